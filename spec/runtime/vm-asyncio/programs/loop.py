# The event loop's API: current_task, get_event_loop, new_event_loop, run_until_complete,
# run_forever and stop, and the exception handler for a task whose error nobody retrieved.
import asyncio


async def bad(n):
    await asyncio.sleep_ms(n)
    raise ValueError("bad %d" % n)


async def stopper(loop, ms):
    await asyncio.sleep_ms(ms)
    print("stopping")
    loop.stop()


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), context["future"].done())


async def main():
    print("current task is a Task:", type(asyncio.current_task()).__name__)
    t = asyncio.create_task(bad(5))
    await asyncio.sleep_ms(20)
    print("t done:", t.done())
    try:
        await t
    except ValueError as e:
        print("retrieved", e)
    return "main result"


try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), loop is asyncio.Loop)
print(loop.run_until_complete(main()))
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.create_task(bad(10))
loop.create_task(stopper(loop, 50))
loop.run_forever()
print("after run_forever")
loop = asyncio.new_event_loop()
loop.set_exception_handler(None)
print(asyncio.run(main()))
