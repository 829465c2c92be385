def counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
#---
inc = counter()
#---
for i in range(100):
    inc()
#---
incs = [counter() for i in range(10)]
