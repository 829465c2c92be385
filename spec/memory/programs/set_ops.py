S = set()
#---
for i in range(50):
    S.add(i)
#---
T = {i for i in range(25, 75)}
#---
U = S | T
#---
I = S & T
#---
S.discard(3)
U = None
