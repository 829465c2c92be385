class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
#---
p = P(1, 2)
#---
ps = [P(i, i) for i in range(30)]
#---
p.z = 3
p.w = 4
p.v = 5
#---
ps = None
