// asyncio on the virtual board, where no unix port can say what happens: a ThreadSafeFlag set by a
// machine.Timer callback wakes its task at the timer's virtual time, and a main task left waiting
// for ever keeps the board polling (as a board's loop does, every 3 ms) until the run's time limit.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board } from "../../../runtime/board/board.js";
import { runAsync } from "../../../runtime/index.js";
import { runOurs } from "../vm-modules/run.js";

describe("asyncio on the virtual board", () => {
  it("wakes a task waiting on a ThreadSafeFlag at the time a timer callback sets it", () => {
    const r = runOurs(`
import asyncio, time
from machine import Timer
flag = asyncio.ThreadSafeFlag()
Timer(0, period=250, callback=lambda t: flag.set())
async def main():
    for i in range(3):
        await flag.wait()
        print("flag", i, time.ticks_ms() // 10 * 10)
asyncio.run(main())
`);
    expect(r.error).toBeNull();
    expect(r.output).toBe("flag 0 250\nflag 1 500\nflag 2 750\n");
  });

  it("keeps polling while the main task waits on something nothing will set, until the time limit", () => {
    const board = new Board();
    board.stopAt(2_000_000);
    const r = runOurs(
      `
import asyncio
ev = asyncio.Event()
async def main():
    print("waiting")
    await ev.wait()
    print("never")
asyncio.run(main())
`,
      board,
    );
    expect(r.internalError).toBeUndefined();
    expect(r.halted).toBe("time-limit");
    expect(r.output).toBe("waiting\n");
    expect(board.clock.us).toBe(2_000_000);
  });

  it("returns from run_until_complete() with no main task once no task is left", () => {
    const r = runOurs(`
import asyncio
async def f(n):
    await asyncio.sleep_ms(n)
    print("f", n)
asyncio.create_task(f(20))
asyncio.create_task(f(10))
print(asyncio.run_until_complete())
`);
    expect(r.output).toBe("f 10\nf 20\nNone\n");
  });

  it("refuses to queue the running task when no loop runs (a board would queue None), as a RuntimeError", () => {
    const r = runOurs(`
import asyncio
for aw in (asyncio.Event().wait(), asyncio.sleep_ms(5), asyncio.Lock()):
    try:
        if isinstance(aw, asyncio.Lock):
            aw.state = 1
            aw = aw.acquire()
        for x in aw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
`);
    expect(r.internalError).toBeUndefined();
    expect(r.output).toBe("RuntimeError: no running event loop\n".repeat(3));
  });

  it("stops at the run's budget when cancel() follows tasks that await each other in a ring (a board hangs)", async () => {
    const program = compile(
      `
import asyncio
async def a():
    await tb
async def b():
    await ta
async def main():
    global ta, tb
    ta = asyncio.create_task(a())
    tb = asyncio.create_task(b())
    await asyncio.sleep_ms(10)
    print("cancelling")
    ta.cancel()
asyncio.run(main())
`,
      { sourceName: "ring.py" },
    );
    if (!program.ok) throw program.error;
    const r = await runAsync(program.mpy, { maxSteps: 100_000 });
    expect(r).toMatchObject({ output: "cancelling\n", stopped: "steps" });
    expect(r.internalError).toBeUndefined();
  });
});
