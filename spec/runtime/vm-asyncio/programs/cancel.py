# cancel(): of a sleeping task, of a task waiting on another (forwarded to that one), of a finished
# task, of itself; a task that catches CancelledError and goes on.
import asyncio


async def sleepy(name, ms):
    try:
        await asyncio.sleep_ms(ms)
        print(name, "woke")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep_ms(50)
            print("stubborn slept", i)
        except asyncio.CancelledError:
            print("stubborn ignores cancel", i)
    return "stubborn done"


async def waits_on(t):
    try:
        r = await t
        print("waits_on got", r)
    except asyncio.CancelledError:
        print("waits_on cancelled")
        raise


async def main():
    a = asyncio.create_task(sleepy("a", 1000))
    await asyncio.sleep_ms(10)
    print("cancel a:", a.cancel(), a.done())
    await asyncio.sleep_ms(0)
    print("a done:", a.done())
    try:
        await a
    except asyncio.CancelledError:
        print("awaiting a raised CancelledError")
    print("cancel a again:", a.cancel())

    inner = asyncio.create_task(sleepy("inner", 1000))
    outer = asyncio.create_task(waits_on(inner))
    await asyncio.sleep_ms(10)
    print("cancel outer:", outer.cancel())
    await asyncio.sleep_ms(10)
    print("inner done:", inner.done(), "outer done:", outer.done())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep_ms(10)
    s.cancel()
    await asyncio.sleep_ms(10)
    s.cancel()
    print(await s)

    try:
        asyncio.current_task().cancel()
    except RuntimeError as e:
        print("RuntimeError:", e)

    f = asyncio.create_task(sleepy("f", 5))
    print(await f, f.cancel())


asyncio.run(main())
