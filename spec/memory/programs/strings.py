s = 'hello'
#---
t = s * 20
#---
u = t.upper()
#---
parts = ' '.join(['word%d' % i for i in range(30)])
#---
words = parts.split()
#---
words = None
