T = tuple(range(10))
#---
P = [(i, i * i) for i in range(20)]
#---
Q = T + T
#---
a, b, *rest = T
#---
P = None
