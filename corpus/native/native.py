# @micropython.native functions: arithmetic, loops, calls, exceptions, with, closures, generators.
import micropython


@micropython.native
def add(a, b=2, *args, **kw):
    return a + b + len(args) + len(kw)


@micropython.native
def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        total += i
    while n > 0:
        n -= 1
        if n == 2:
            break
    else:
        total = -1
    return total, n


@micropython.native
def guarded(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        return type(e).__name__
    finally:
        print("finally", x)


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return True


@micropython.native
def managed():
    with Ctx() as c:
        raise ValueError(c is not None)
    return "swallowed"


@micropython.native
def counter(start):
    count = start

    def step(k=1):
        nonlocal count
        count += k
        return count

    return step


@micropython.native
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("sent", x)
    yield from [n, n + 1]


@micropython.native
def comprehensions(xs):
    return [x * x for x in xs if x], {x: -x for x in xs}, sum(x for x in xs)


print(add(1), add(1, 2, 3, k=4))
print(loops(10))
print(guarded(5), guarded(0))
print(managed())
c = counter(5)
print(c(), c(3))
g = gen(3)
print(next(g), g.send("a"), list(g))
print(comprehensions([0, 1, 2, 3]))
