a = 2 ** 100
#---
b = a * a
#---
c = [1 << i for i in range(30, 90, 10)]
#---
d = b // 12345
#---
e = str(b)
