data = [(i * 7919) % 101 for i in range(100)]
#---
s = sorted(data)
#---
data.sort()
#---
r = sorted(data, key=lambda v: -v)
#---
w = sorted(['b', 'a', 'c'] * 10)
