# An error that ends the main task comes out of asyncio.run with the package's frames in its
# traceback; a coroutine that is not one is refused.
import asyncio


async def inner():
    await asyncio.sleep_ms(1)
    raise KeyError("inner")


async def middle():
    await inner()


try:
    asyncio.create_task(42)
except TypeError as e:
    print("TypeError:", e)

asyncio.run(middle())
