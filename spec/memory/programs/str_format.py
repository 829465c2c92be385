a = '%d-%s' % (42, 'abc')
#---
b = '{}:{:>8}'.format('key', 3.5)
#---
c = f'{a}/{b}/{len(a)}'
#---
lines = ['line %d' % i for i in range(40)]
#---
text = '\n'.join(lines)
