# Two LEDs blinked by asyncio tasks while a hardware timer counts ticks: run with
# `mpyc run examples/tasks.py --trace-hw` to see every pin change on the virtual clock.
import asyncio
from machine import Pin, Timer

ticks = 0


def on_tick(t):
    global ticks
    ticks += 1


async def blink(pin, period_ms, times):
    for _ in range(times):
        pin.toggle()
        await asyncio.sleep_ms(period_ms)


async def main():
    timer = Timer(-1, mode=Timer.PERIODIC, period=100, callback=on_tick)
    await asyncio.gather(
        asyncio.create_task(blink(Pin(2, Pin.OUT), 250, 4)),
        asyncio.create_task(blink(Pin(3, Pin.OUT), 400, 3)),
    )
    timer.deinit()
    print("timer ticks:", ticks)


asyncio.run(main())
