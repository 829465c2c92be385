@(print)
def f():
    pass
