# A micropython.RingIO between two tasks through asyncio's Stream: the writer waits in drain() while
# the ring is full, the reader in read() while it is empty; poll says which.
import asyncio, micropython, select

ring = micropython.RingIO(8)
p = select.poll()
p.register(ring, select.POLLIN | select.POLLOUT)
print("empty:", p.poll(0))
ring.write(b"1234567")
print("full:", p.poll(0))
print(ring.read())

stream = asyncio.StreamWriter(ring)


async def writer():
    for i in range(3):
        stream.write(b"<%d:abcdefghij>" % i)
        await stream.drain()
        print("written", i)


async def reader(n):
    got = b""
    while len(got) < n:
        part = await stream.read(5)
        print("read", part)
        got += part
    return got


async def main():
    w = asyncio.create_task(writer())
    print(await reader(3 * 14))
    await w


asyncio.run(main())
