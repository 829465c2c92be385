# Tasks due at the same tick run in the order the task queue (a pairing heap) gives them; sleepers
# join when their tick comes.
import asyncio

log = []


async def worker(i, n):
    for k in range(n):
        log.append("w%d.%d" % (i, k))
        await asyncio.sleep_ms(0)


async def sleeper(i, ms):
    await asyncio.sleep_ms(ms)
    log.append("s%d" % i)


async def main():
    ts = [asyncio.create_task(worker(i, 3)) for i in range(5)]
    ss = [asyncio.create_task(sleeper(i, (i * 7) % 5 * 20)) for i in range(8)]
    for t in ts:
        await t
    log.append("workers done")
    for s in ss:
        await s
    print(" ".join(log))
    # Tasks created from inside other tasks, some finishing at once.
    order = []

    async def leaf(i):
        order.append(i)

    async def branch(i):
        a = asyncio.create_task(leaf(i * 10))
        await asyncio.sleep_ms(0)
        b = asyncio.create_task(leaf(i * 10 + 1))
        await a
        await b
        order.append(-i)

    await asyncio.gather(*[branch(i) for i in range(1, 5)])
    print(order)


asyncio.run(main())
