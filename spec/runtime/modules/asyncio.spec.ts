// The asyncio scheduler on virtual time: tasks interleave by wake time, gather collects, Event and
// Lock hand over in order, wait_for times out, and machine timers fire while tasks sleep.

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/board/board.js";
import { Pin } from "../../../runtime/board/machine.js";
import { Timer } from "../../../runtime/board/timers.js";
import { AsyncEvent, AsyncLock, awaitOn, fromGenerator, gather, Scheduler, waitFor, type Request } from "../../../runtime/lib/asyncio-core.js";

const sleepMs = (ms: number): Request => ({ kind: "sleep", us: ms * 1000 });

describe("asyncio on the virtual clock", () => {
  it("interleaves two blinkers by wake time and gathers their results", () => {
    const board = new Board();
    const s = new Scheduler(board.clock);
    const log: string[] = [];
    function* blink(name: string, period: number, n: number) {
      for (let i = 0; i < n; i++) {
        log.push(`${name}@${board.clock.ms}`);
        yield sleepMs(period);
      }
      return name.length * n;
    }
    const result = s.run(
      fromGenerator(
        (function* () {
          const a = s.create_task(fromGenerator(blink("a", 300, 3)));
          const b = s.create_task(fromGenerator(blink("bb", 500, 2)));
          return yield* gather([a, b]);
        })(),
      ),
    );
    expect(result).toEqual([3, 4]);
    expect(log).toEqual(["a@0", "bb@0", "a@300", "bb@500", "a@600"]);
    expect(board.clock.ms).toBe(1000);
  });

  it("wakes Event waiters in order and hands a Lock over first come, first served", () => {
    const board = new Board();
    const s = new Scheduler(board.clock);
    const ev = new AsyncEvent(s);
    const lock = new AsyncLock(s);
    const log: string[] = [];
    function* worker(name: string) {
      yield* awaitOn(ev);
      yield* awaitOn(lock);
      log.push(`${name} in @${board.clock.ms}`);
      yield sleepMs(100);
      lock.release();
    }
    s.run(
      fromGenerator(
        (function* () {
          const ts = ["w1", "w2", "w3"].map((n) => s.create_task(fromGenerator(worker(n))));
          yield sleepMs(50);
          ev.set();
          yield* gather(ts);
        })(),
      ),
    );
    expect(log).toEqual(["w1 in @50", "w2 in @150", "w3 in @250"]);
    expect(lock.locked()).toBe(false);
  });

  it("wait_for raises TimeoutError and cancels the slow task", () => {
    const board = new Board();
    const s = new Scheduler(board.clock);
    let finished = false;
    const slow = fromGenerator(
      (function* () {
        yield sleepMs(1000);
        finished = true;
      })(),
    );
    expect(() => s.run(fromGenerator(waitFor(s, slow, 200_000)))).toThrow("TimeoutError");
    expect(board.clock.ms).toBe(200);
    expect(finished).toBe(false);
  });

  it("lets machine timers fire while tasks sleep", () => {
    const board = new Board();
    const s = new Scheduler(board.clock);
    const led = new Pin(board, 2, Pin.OUT);
    new Timer(board, 0, { period: 250, callback: () => led.toggle() });
    s.run(fromGenerator((function* () { yield sleepMs(1000); })()));
    expect(board.log.of("pin", 2).map((e) => e.t_us / 1000)).toEqual([250, 500, 750, 1000]);
  });

  it("reports a deadlock instead of hanging", () => {
    const board = new Board();
    const s = new Scheduler(board.clock);
    const ev = new AsyncEvent(s);
    expect(() => s.run(fromGenerator(awaitOn(ev)))).toThrow("all tasks are waiting");
  });
});
