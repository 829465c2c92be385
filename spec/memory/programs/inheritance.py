class A:
    def f(self):
        return 1
class B(A):
    def g(self):
        return 2
#---
objs = [B() for i in range(10)]
#---
r = [o.f() + o.g() for o in objs]
#---
class C(B):
    pass
#---
objs = None
