class MyError(Exception):
    pass
#---
errs = [MyError('e', i) for i in range(10)]
#---
try:
    raise MyError('x')
except MyError as e:
    last = e
#---
errs = None
last = None
