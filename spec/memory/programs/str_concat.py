s = ''
#---
for i in range(50):
    s = s + 'x'
#---
for i in range(50):
    s += str(i)
#---
r = s.replace('x', 'yy')
#---
s = None
