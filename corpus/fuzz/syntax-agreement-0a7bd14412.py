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
f'{d0[''] = x0 % 1009
print(sorted(d0.items()))
with CM((lambda p, q=3: 0)((sum([(0 + x0) for x in ([1, 2, 3] + sorted(list(b''), key=lambda v: -v, reverse=True)) if x0 % 3]) if (x0 < x0) else 0x7f))) as x0, CM(2):
    try:
        x0 = 0
        print([y for y in [1, 2, 3] if (x0 := y) > 0], x0)
        print(undefined_name)
    except Exception as ex:
        print('caught', type(ex).__name__, ex.args)
    print([0][0 % 3 + 1])
