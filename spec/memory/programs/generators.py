def gen(n):
    for i in range(n):
        yield i * i
#---
g = gen(100)
#---
first = [next(g) for i in range(10)]
#---
total = sum(gen(50))
#---
g = None
