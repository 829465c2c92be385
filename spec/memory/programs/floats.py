f = 1.5
#---
fl = [i / 3 for i in range(30)]
#---
s = sum(fl)
#---
strs = ['%.3f' % x for x in fl[:10]]
