# wait_for and wait_for_ms: a result in time, a timeout, an error from the awaitable, no timeout,
# and a wait_for cancelled from outside.
import asyncio, sys


async def slow(v, ms):
    try:
        await asyncio.sleep_ms(ms)
    except asyncio.CancelledError:
        print("slow", v, "cancelled")
        raise
    return v


async def broken():
    await asyncio.sleep_ms(5)
    raise OSError(5)


async def main():
    print(await asyncio.wait_for(slow(1, 10), 1))
    print(await asyncio.wait_for_ms(slow(2, 10), 100))
    print(await asyncio.wait_for(slow(3, 10), None))
    try:
        await asyncio.wait_for(slow(4, 1000), 0.05)
    except asyncio.TimeoutError as e:
        print("timeout")
        sys.print_exception(e)
    try:
        await asyncio.wait_for_ms(broken(), 100)
    except OSError as e:
        print("error", e)
    t = asyncio.create_task(slow(5, 100))
    print(await asyncio.wait_for(t, 1), t.done())
    w = asyncio.create_task(asyncio.wait_for(slow(6, 1000), 10))
    await asyncio.sleep_ms(20)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("wait_for cancelled")
    await asyncio.sleep_ms(20)


asyncio.run(main())
