# The built-in module: the WebAssembly VM freezes micropython-lib's `collections` over it, a board does not.
from ucollections import deque
#---
q = deque((), 16)
#---
for i in range(10):
    q.append(i)
#---
x = q.popleft()
#---
q2 = deque([1, 2, 3], 100)
