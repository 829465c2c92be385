class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
#---
head = None
for i in range(40):
    head = Node(i, head)
#---
n = head
count = 0
while n:
    count += 1
    n = n.nxt
#---
head = head.nxt.nxt
