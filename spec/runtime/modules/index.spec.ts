// The module table a run gets: every module bound to the same board and heap.

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/machine/board.js";
import { Heap } from "../../../runtime/memory/heap.js";
import { hostModules } from "../../../runtime/modules/index.js";

describe("hostModules", () => {
  it("shares one board and heap between machine, time, gc and micropython", () => {
    const board = new Board();
    const heap = new Heap({ limit: 16384 });
    let out = "";
    const m = hostModules({ board, heap, mark: () => {}, print: (t) => (out += t), stack: () => ({ used: 0, limit: 4096 }), qstrs: () => [] });
    const led = m.machine.Pin(2, m.machine.Pin.OUT);
    m.machine.Timer(0, { period: 100, callback: () => led.toggle() });
    m.time.sleep_ms(350);
    expect(board.log.of("pin", 2)).toHaveLength(3);
    expect(m.time.ticks_ms()).toBe(350);
    heap.track({ heapBytes: 0 }, 32);
    expect(m.gc.mem_alloc()).toBe(32);
    m.gc.collect();
    expect(m.gc.mem_alloc()).toBe(0);
    m.micropython.mem_info();
    expect(out).toContain("GC: total: 16000, used: 0, free: 16000");
    expect(m.struct.calcsize("<HI")).toBe(6);
    expect(m.sys.maxsize).toBe(2 ** 31 - 1);
    expect(m.collections.deque([1, 2, 3], 2).length).toBe(2);
  });
});
