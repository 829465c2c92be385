L = []
#---
for i in range(10):
    L.append(i)
#---
for i in range(100):
    L.append(i * 1000)
#---
del L[50:]
#---
L = None
