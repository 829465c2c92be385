# mpyc-options: -X emit=native
# A whole module compiled as native code: classes, generators, exceptions, closures.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def first(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


print(Point(1, 2) + Point(3, 4))
print(first(10, fib()))
print(safe_div(1, 4), safe_div(1, 0))
print([f(3) for f in [lambda x: x + 1, lambda x: x * 2]])
