# Function calls: naive recursive Fibonacci, plus calls with keyword and default arguments.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b=1, *, scale=1):
    return (a + b) * scale


def run(n):
    acc = 0
    for i in range(n):
        acc = add(acc, i, scale=1) % 100003
        acc = add(acc) % 100003
    return acc


print(fib(25), run(60000))
