A = list(range(20))
#---
B = A[2:15]
#---
C = A + B
#---
A.extend(B)
#---
A.pop()
A.pop(0)
#---
A.clear()
