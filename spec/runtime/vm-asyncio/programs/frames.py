# The package's plain functions add their frames to the traceback of an error passing through them:
# Lock.release, create_task (and the Loop's), current_task, Stream.write and awrite.
import asyncio, io, sys


def show(f):
    try:
        f()
    except Exception as e:
        sys.print_exception(e)


class Broken(io.IOBase):
    def ioctl(self, req, arg):
        return 4 if req == 3 else -1

    def write(self, buf):
        raise OSError(5)


show(lambda: asyncio.Lock().release())
show(lambda: asyncio.create_task(42))
show(lambda: asyncio.get_event_loop().create_task(None))
show(lambda: asyncio.current_task())
show(lambda: asyncio.StreamWriter(Broken()).write(b"x"))


async def main():
    try:
        await asyncio.StreamWriter(Broken()).awrite(b"abc", 1)
    except OSError as e:
        sys.print_exception(e)


asyncio.run(main())
