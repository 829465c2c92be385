// The time, gc and micropython modules bound to a board and a heap: the README's blink example
// replayed through them, collection by reachability, heap locking, mem_info output and schedule().

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/machine/board.js";
import { ADC, Pin } from "../../../runtime/machine/machine.js";
import { Heap, type HeapCell } from "../../../runtime/memory/heap.js";
import { gcModule, micropythonModule } from "../../../runtime/modules/gc.js";
import { timeModule } from "../../../runtime/modules/time.js";

describe("time on the virtual clock", () => {
  it("replays examples/blink.py: 4 toggles 500 ms apart, ticks_ms 2000", () => {
    const board = new Board().adc(0, [[0, 1000], [1_000_000, 3000]]);
    const time = timeModule(board);
    const led = new Pin(board, 2, Pin.OUT);
    const sensor = new ADC(board, 0);
    const readings: number[] = [];
    for (let i = 0; i < 4; i++) {
      led.toggle();
      readings.push(sensor.read_u16());
      time.sleep_ms(500);
    }
    expect(led.value()).toBe(0);
    expect(readings).toEqual([1000, 1000, 3000, 3000]);
    expect(time.ticks_ms()).toBe(2000);
    const toggles = board.log.of("pin", 2).map((e) => e.t_us);
    expect(toggles.slice(1).map((t, i) => t - toggles[i]!)).toEqual([500_000, 500_000, 500_000]);
  });

  it("measures elapsed time with wrapping ticks and keeps wall time", () => {
    const time = timeModule(new Board(), 1_700_000_000);
    const t0 = time.ticks_us();
    time.sleep(1.5);
    expect(time.ticks_diff(time.ticks_us(), t0)).toBe(1_500_000);
    expect(time.time()).toBe(1_700_000_001);
    expect(time.time_ns()).toBe(1_700_000_001_500_000_000n);
    expect(() => time.ticks_add(0, 2 ** 30)).toThrow("ticks interval overflow");
    expect(() => time.mktime([2024, 1, 1])).toThrow("mktime needs a tuple of length 8 or 9");
  });
});

describe("gc and micropython", () => {
  it("collects what the mark phase does not reach and reports it in mem_info", () => {
    const heap = new Heap({ limit: 16 * 1024 });
    const root: HeapCell & { child?: HeapCell } = { heapBytes: 0 };
    const roots = [root];
    const gc = gcModule(heap, (keep) => {
      for (const r of roots) if (keep(r) && r.child) keep(r.child);
    });
    heap.track(root, 16);
    root.child = { heapBytes: 0 };
    heap.track(root.child, 40);
    heap.track({ heapBytes: 0 }, 100);
    expect(gc.mem_alloc()).toBe(16 + 48 + 112);
    gc.collect();
    expect(gc.mem_alloc()).toBe(64);
    expect(gc.mem_free()).toBe(16000 - 64);

    let printed = "";
    const mp = micropythonModule(heap, () => ({ used: 200, limit: 8192 }), (t) => (printed += t), () => ["led", "sensor"]);
    mp.mem_info();
    expect(printed).toBe(
      "stack: 200 out of 8192\nGC: total: 16000, used: 64, free: 15936\n No. of 1-blocks: 1, 2-blocks: 0, max blk sz: 3, max free sz: 996\n",
    );
    printed = "";
    mp.qstr_info();
    expect(printed).toBe("qstr pool: n_pool=1, n_qstr=2, n_str_data_bytes=15, n_total_bytes=39\n");
  });

  it("refuses allocation under heap_lock and runs scheduled calls in order", () => {
    const heap = new Heap();
    const mp = micropythonModule(heap, () => ({ used: 0, limit: 0 }), () => {}, () => []);
    mp.heap_lock();
    expect(mp.heap_locked()).toBe(1);
    expect(() => heap.reserve(8)).toThrow("memory allocation failed, heap is locked");
    expect(mp.heap_unlock()).toBe(0);
    const ran: unknown[] = [];
    for (let i = 0; i < 4; i++) mp.schedule((a) => ran.push(a), i);
    expect(() => mp.schedule(() => {}, 0)).toThrow("schedule queue full");
    mp.runScheduled();
    expect(ran).toEqual([0, 1, 2, 3]);
  });

  it("automatic collection frees memory before MemoryError unless gc is disabled", () => {
    const heap = new Heap({ limit: 1024 });
    const gc = gcModule(heap, () => {});
    heap.track({ heapBytes: 0 }, 900);
    gc.disable();
    expect(() => heap.reserve(100)).toThrow("memory allocation failed, allocating 100 bytes");
    gc.enable();
    expect(heap.reserve(100)).toBe(112);
  });
});
