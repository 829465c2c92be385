data = list(range(100))
#---
s = sum(x for x in data if x % 3)
#---
it = (x * 2 for x in data)
#---
L = list(it)
#---
it = None
