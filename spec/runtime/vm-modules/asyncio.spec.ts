// asyncio from Python programs on virtual time: tasks interleave by wake time, gather, exceptions,
// cancel, Event and wait_for. The WebAssembly port's asyncio runs on the browser's event loop, so the
// expected text was taken from MicroPython's own extmod/asyncio on the unix port (same order; its
// ticks are real, ours start at 0 and are exact).

import { describe, expect, it } from "vitest";
import { runOurs } from "./run.js";

const PROGRAM = `
import asyncio, time
async def blink(name, period, n):
    for i in range(n):
        print(name, time.ticks_ms())
        await asyncio.sleep_ms(period)
    return name * n

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def main():
    a = asyncio.create_task(blink("a", 300, 3))
    b = asyncio.create_task(blink("bb", 500, 2))
    r = await asyncio.gather(a, b)
    print(r, time.ticks_ms())
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(blink("c", 100, 10))
    await asyncio.sleep_ms(250)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", time.ticks_ms())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event at", time.ticks_ms())
    w = asyncio.create_task(waiter())
    await asyncio.sleep_ms(50)
    ev.set()
    await w
    try:
        await asyncio.wait_for(blink("d", 100, 10), 0.25)
    except asyncio.TimeoutError:
        print("timeout", time.ticks_ms())
    return 42

print(asyncio.run(main()))
`;

describe("asyncio on virtual time", () => {
  it("runs tasks in MicroPython's order with exact virtual timestamps", () => {
    const r = runOurs(PROGRAM);
    expect(r.error).toBeNull();
    expect(r.output).toBe(
      "a 0\nbb 0\na 300\nbb 500\na 600\n['aaa', 'bbbb'] 1000\ncaught boom\nc 1100\nc 1200\nc 1300\ncancelled 1350\n" +
        "event at 1400\nd 1400\nd 1500\nd 1600\ntimeout 1650\n42\n",
    );
  });

  it("machine timers fire while tasks sleep, and an uncaught task error ends asyncio.run", () => {
    const r = runOurs(`
import asyncio
from machine import Pin, Timer
led = Pin(2, Pin.OUT)
Timer(0, period=200, callback=lambda t: led.toggle())
async def main():
    await asyncio.sleep_ms(700)
    raise OSError(5)
asyncio.run(main())
`);
    expect(r.error).toBe("OSError");
    // To the millisecond: the callbacks' own code takes a few microseconds of the board model's time.
    expect(r.events.filter((e) => e.kind === "pin").map((e) => Math.round(e.t_us / 1000) * 1000)).toEqual([200_000, 400_000, 600_000]);
  });
});
