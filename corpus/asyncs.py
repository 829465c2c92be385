# async def / await / async for / async with, driven by hand without an event loop.
class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Guard:
    async def __aenter__(self):
        print("enter")
        return "guarded"

    async def __aexit__(self, *exc):
        print("exit")


async def inner(x):
    return x * 2


async def main():
    total = await inner(5)
    async for v in Ticker(3):
        total += v
    async with Guard() as g:
        print(g)
    return total


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
