def f(*args, **kw):
    return len(args) + len(kw)
#---
r = f(1, 2, 3)
#---
r = f(a=1, b=2)
#---
d = {'x': 1, 'y': 2}
r = f(*[1, 2], **d)
#---
calls = [f(i, k=i) for i in range(10)]
