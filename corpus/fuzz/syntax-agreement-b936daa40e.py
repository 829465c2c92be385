l = [1]
@l[0]
def f():
    pass
