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
try: \
    w2 = 0
    while w2 < 0:
        w2 += 1
        assert isinstance(x0, int), 'int'
    else:
        for s0, x0 in sorted(d0.items())[:3]:
            print(x0)
    print(int(s0 + 'q'))
except Exception as ex:
    print('caught', type(ex).__name__, ex.args)
print([1 // (x - 1) for x in range(3)])
