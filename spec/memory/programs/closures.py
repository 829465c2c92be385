def make(n):
    def add(x):
        return x + n
    return add
#---
f = make(5)
#---
fs = [make(i) for i in range(20)]
#---
vals = [g(1) for g in fs]
#---
fs = None
