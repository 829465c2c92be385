# Generators, yield from, send, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def chain(*its):
    for it in its:
        r = yield from it
    return r


def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            break
        got.append(x)
    yield got


print(list(countdown(4)))
print(list(chain(countdown(2), [7, 8], (c for c in "ab"))))
e = echo()
next(e)
e.send("a")
e.send("b")
print(e.send(None))
print(sum(x * x for x in range(10) if x % 2))
g = countdown(1)
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print("stop", stop.value)
