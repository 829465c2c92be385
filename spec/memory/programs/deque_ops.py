from collections import deque
#---
q = deque((), 16)
#---
for i in range(10):
    q.append(i)
#---
x = q.popleft()
#---
q2 = deque([1, 2, 3], 100)
