# gather: results in order, the first error, return_exceptions, finished tasks, cancelling the gather.
import asyncio


async def value(v, ms):
    await asyncio.sleep_ms(ms)
    print("value", v)
    return v


async def fail(e, ms):
    await asyncio.sleep_ms(ms)
    print("fail", repr(e))
    raise e


async def main():
    print(await asyncio.gather(value(1, 30), value(2, 10), value(3, 20)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(value(4, 30), fail(ValueError("x"), 10), value(5, 20))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep_ms(50)
    print(await asyncio.gather(fail(KeyError(1), 10), value(6, 20), return_exceptions=True))

    done = asyncio.create_task(value(7, 0))
    await asyncio.sleep_ms(5)
    print("finished first:", await asyncio.gather(done, value(8, 5)))

    g = asyncio.create_task(asyncio.gather(value(9, 100), value(10, 200)))
    await asyncio.sleep_ms(50)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    await asyncio.sleep_ms(300)

    t = asyncio.create_task(value(11, 50))
    w = asyncio.create_task(asyncio.gather(t))
    await asyncio.sleep_ms(0)
    try:
        await asyncio.gather(t)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await w)


asyncio.run(main())
