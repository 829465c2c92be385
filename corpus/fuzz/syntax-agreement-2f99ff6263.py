class C:
    @staticmethod
    def s():
        return 1
@print
@C.s.__class__
def g():
    pass
print([y := 2, (z := 3)], f(w := 4) if 0 else 0)
if (v := 1):
    pass
