import json
#---
obj = {'a': [1, 2, 3], 'b': {'c': 'text'}, 'd': None}
#---
s = json.dumps(obj)
#---
back = json.loads(s)
#---
big = json.dumps([{'i': i} for i in range(20)])
