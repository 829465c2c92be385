# Functions: defaults, *args, keyword-only, **kwargs, closures, nonlocal, global, lambdas.
counter = 0


def bump(n=1):
    global counter
    counter += n
    return counter


def collect(a, b=2, *rest, key=None, flag=True, **extra):
    return (a, b, rest, key, flag, sorted(extra.items()))


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    total = 0

    def step(by=1):
        nonlocal total
        total += by
        return total
    return step


print(bump(), bump(5))
print(collect(1))
print(collect(1, 3, 4, 5, key="k", z=9, y=8))
add3 = make_adder(3)
print(add3(4), make_adder(-1)(1))
c = make_counter()
c()
c(10)
print(c())
square = lambda v: v * v
print(list(map(square, range(5))))
print((lambda *a, **k: (a, sorted(k)))(1, 2, b=3))
args = [1, 2]
kw = {"key": "x"}
print(collect(*args, **kw))
