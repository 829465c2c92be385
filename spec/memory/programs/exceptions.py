def fail(n):
    raise ValueError('bad %d' % n)
#---
caught = []
for i in range(5):
    try:
        fail(i)
    except ValueError as e:
        caught.append(e)
#---
msgs = [str(e) for e in caught]
#---
caught = None
#---
try:
    {}['missing']
except KeyError:
    pass
