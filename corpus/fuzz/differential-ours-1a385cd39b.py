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
with CM(x0) as x0, CM(2):
    try:
        with CM(x0) as x0, CM(2):
            print(s0, b'', sep='|', end='!\n')
        assert False, ''
    except Exception as ex:
        print('caught', type(ex).__name__, ex.args)
        for x0, s0 in zip(l0, (repr([1, 2, 3]))[:4]):
            l0 += (list(range(divmod((lambda p, q=3: ((0 // 1) // 1))(x0), 2)[1] % 6)) + list(range(z0 % 6)))
            l0 *= 2
            l0 = l0[-6:]
            print(l0)
        print((x0 < 0))
    z0 = y0 = (0) % 1009
    print(z0, y0)
def fn1_0(x1=x0, y1=0, z1=0):
    s1 = 's1'
    l1 = [1, 2, 3]
    d1 = {'k': 1}
    f1 = 1.5
    def fn2_0(x2, *, y2, z2=2):
        global x0
        s2 = 's2'
        l2 = [1, 2, 3]
        d2 = {'k': 1}
        f2 = 1.5
        class K3_0:
            x3 = 3
            y3 = -7
            z3 = 12
            s3 = 's3'
            l3 = [1, 2, 3]
            d3 = {'k': 1}
            f3 = 1.5
            def __init__(self, v):
                self.v = v % 1000
                self.items = [v % 7, 1]
            def meth(self, x4, y4=2, z4=3):
                s4 = 's4'
                l4 = [1, 2, 3]
                d4 = {'k': 1}
                f4 = 1.5
                (x4, y4), z4 = (0, self.v), x0 % 1009
                x4 %= 1009
                y4 %= 1009
                print(x4, y4, z4)
                return 0
        obj = K3_0(0)
        obj2 = K3_0(x0)
        print(obj.meth(x0), obj.v, K3_0.x3)

        return lambda a: a + y2 + x0
    print((lambda r: r(5) if callable(r) else r)(fn2_0(0, y2=x0)), (lambda r: r(5) if callable(r) else r)(fn2_0(z2=0, y2=x0, x2=0)))
    return lambda a: a + y1 + x0
print((lambda r: r(5) if callable(r) else r)(fn1_0()), (lambda r: r(5) if callable(r) else r)(fn1_0(z1=x0)), (lambda r: r(5) if callable(r) else r)(fn1_0(0, z1=x0)))
print([1 // (x - 1) for x in range(3)])
