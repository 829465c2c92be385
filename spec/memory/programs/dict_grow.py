D = {}
#---
for i in range(8):
    D[i] = i
#---
for i in range(8, 60):
    D[i] = str(i)
#---
for i in range(30):
    del D[i]
#---
D.clear()
