x0 = 3
y0 = -7
z0 = 12
s0 = 's0'
l0 = [1, 2, 3]
d0 = {'k': 1}
f0 = 1.5
class NS:
    pass
ns = NS()
ns.v = 5
class CM:
    def __init__(self, tag):
        self.tag = tag % 1000
    def __enter__(self):
        print('enter', self.tag)
        return self.tag
    def __exit__(self, t, v, tb):
        print('exit', self.tag, t is None)
        return self.tag % 2 == 1
def deco(fn):
    def w(*a, **k):
        return ('deco', fn(*a, **k))
    return w
async def aid(v):
    return v
def run(co):
    try:
        co.send(None)
    except StopIteration as st:
        return st.value
ÿ( ([1, 2, 3])
[x0, s0] = [0 % 1009, ('')[:9]]
print(x0, s0)
print((x0 < x0))
