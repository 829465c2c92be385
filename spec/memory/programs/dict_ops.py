D = {'a': 1, 'b': 2, 'c': 3}
#---
E = dict(D)
#---
E.update({'d': 4, 'e': 5})
#---
K = list(E.keys())
#---
V = [v for v in E.values()]
#---
E = None
K = None
