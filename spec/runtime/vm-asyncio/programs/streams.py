# asyncio's Stream over a stream written in Python: reads wait for the stream to say it is readable,
# writes the stream does not take at once wait in drain().
import asyncio, io

MP_STREAM_POLL = 3
POLLIN = 1
POLLOUT = 4


class Pipe(io.IOBase):
    def __init__(self, room):
        self.data = bytearray()
        self.room = room
        self.eof = False

    def ioctl(self, req, arg):
        if req != MP_STREAM_POLL:
            return -1
        r = 0
        if arg & POLLIN and (self.data or self.eof):
            r |= POLLIN
        if arg & POLLOUT and self.room:
            r |= POLLOUT
        return r

    def read(self, n=-1):
        if not self.data:
            return b"" if self.eof else None
        if n < 0:
            n = len(self.data)
        r = bytes(self.data[:n])
        self.data = self.data[n:]
        return r

    def readline(self):
        i = self.data.find(b"\n")
        if i < 0:
            return self.read(-1)
        return self.read(i + 1)

    def write(self, buf):
        n = min(len(buf), self.room)
        if n == 0:
            return None
        self.room -= n
        print("pipe takes", bytes(buf[:n]))
        return n


async def feed(p, chunks):
    for c in chunks:
        await asyncio.sleep_ms(10)
        p.data.extend(c)
    await asyncio.sleep_ms(10)
    p.eof = True


async def make_room(p):
    for i in range(4):
        await asyncio.sleep_ms(10)
        p.room += 3
        print("room", p.room)


async def main():
    p = Pipe(0)
    r = asyncio.StreamReader(p)
    asyncio.create_task(feed(p, [b"hel", b"lo\nwor", b"ld\n", b"12345", b"6"]))
    print(await r.readline())
    print(await r.readline())
    print(await r.readexactly(4))
    print(await r.read(10))
    print(await r.read())
    try:
        await r.readexactly(1)
    except EOFError:
        print("EOFError")

    w = asyncio.StreamWriter(Pipe(2), {"peer": "x"})
    print(w.get_extra_info("peer"))
    w.write(b"abcdefgh")
    asyncio.create_task(make_room(w.s))
    await w.drain()
    print("drained")
    await w.drain()
    print(asyncio.StreamReader is asyncio.StreamWriter)


asyncio.run(main())
