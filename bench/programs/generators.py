# Generators: a pipeline of generator functions, a generator expression and yield from.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chain(a, b):
    yield from a
    yield from b


def run(n):
    total = 0
    for v in chain(squares(evens(count(n))), count(n // 2)):
        total = (total + v) % 1000003
    total += sum(x % 7 for x in range(n))
    return total


print(run(150000))
