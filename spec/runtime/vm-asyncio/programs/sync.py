# Event, Lock and ThreadSafeFlag between tasks.
import asyncio


async def waiter(ev, name):
    print(name, "waits", ev.is_set())
    r = await ev.wait()
    print(name, "woke", r)


async def locker(lock, name, ms):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock", lock.locked())
        await asyncio.sleep_ms(ms)
    print(name, "released")


async def cancelled_locker(lock):
    try:
        await lock.acquire()
        print("should not get the lock")
    except asyncio.CancelledError:
        print("cancelled while waiting for the lock")


async def flag_waiter(flag, n):
    for i in range(n):
        await flag.wait()
        print("flag", i)


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "abc"]
    await asyncio.sleep_ms(10)
    ev.set()
    print("set", ev.is_set())
    await asyncio.sleep_ms(0)
    await waiter(ev, "d")
    ev.clear()
    print("cleared", ev.is_set())
    for t in ts:
        await t

    lock = asyncio.Lock()
    ls = [asyncio.create_task(locker(lock, n, 10)) for n in "xyz"]
    await asyncio.sleep_ms(5)
    c = asyncio.create_task(cancelled_locker(lock))
    await asyncio.sleep_ms(0)
    c.cancel()
    for t in ls:
        await t
    await c
    print("locked at the end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # The lock handed to a task that is cancelled before it runs goes on to the next.
    lock2 = asyncio.Lock()
    await lock2.acquire()
    p = asyncio.create_task(locker(lock2, "p", 1))
    q = asyncio.create_task(locker(lock2, "q", 1))
    await asyncio.sleep_ms(0)
    lock2.release()
    p.cancel()
    await asyncio.sleep_ms(20)
    print("p done", p.done(), "q done", q.done(), lock2.locked())

    flag = asyncio.ThreadSafeFlag()
    f = asyncio.create_task(flag_waiter(flag, 3))
    for i in range(3):
        await asyncio.sleep_ms(10)
        print("set flag", i)
        flag.set()
    await f
    flag.set()
    flag.clear()
    print("flag wait after clear:")
    try:
        await asyncio.wait_for_ms(flag.wait(), 20)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
