// Checks the memory oracle itself: the fixed-heap patch gives a heap of exactly the pool py/gc.c
// carves out of `heapsize` that raises MemoryError when full, and readings taken between calls
// see what survives a collection, unlike readings taken inside one call.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fixedHeapBytes, packageDir, patchFixedHeap } from "../oracle/fixed-heap.js";
import { MemoryOracle, parseGcInfo } from "../oracle/memory-oracle.js";

/** py/gc.c gc_setup_area with finalisers: the pool is 64 bytes per allocation-table byte. */
const poolOf = (heap: number) => Math.floor(((heap - 1) * 8) / 524) * 64;

describe("fixed-heap patch", () => {
  it("changes exactly one byte of the package's wasm, turning 128 MiB into a padded 0", () => {
    const original = fs.readFileSync(path.join(packageDir(), "micropython.wasm"));
    const patched = fixedHeapBytes();
    expect(patched.length).toBe(original.length);
    const diff = [...original.keys()].filter((i) => original[i] !== patched[i]);
    expect(diff.length).toBe(1);
    expect([...patched.subarray(diff[0]! - 5, diff[0]! + 2)]).toEqual([0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x00]);
    expect(() => patchFixedHeap(patched)).toThrow(/found it 0 times/);
  });

  for (const heap of [16 * 1024, 32 * 1024, 64 * 1024, 128 * 1024]) {
    it(`a ${heap / 1024}k heap is fixed: mem_info's total is the pool, and filling it raises MemoryError`, async () => {
      const o = await MemoryOracle.load({ heapsize: heap, fixed: true });
      const info = o.gcInfo();
      expect(info.total).toBe(poolOf(heap));
      expect(info.maxNewSplit).toBe(0);
      expect(o.memAlloc() + o.memFree()).toBe(info.total);
      const r = o.run("x = []\nwhile True:\n    x.append(len(x))");
      expect(r.error).toMatch(/MemoryError: memory allocation failed, allocating \d+ bytes/);
      expect(o.gcInfo().total).toBe(poolOf(heap));
    });
  }

  it("the unpatched package grows past heapsize instead", async () => {
    const o = await MemoryOracle.load({ heapsize: 16 * 1024 });
    expect(o.run("x = [0] * 10000").error).toBeNull();
    expect(o.gcInfo().total).toBeGreaterThan(40000);
  });
});

describe("readings between calls", () => {
  it("garbage made in a call counts until a collection, which runs when a call returns to JavaScript", async () => {
    const o = await MemoryOracle.load({ heapsize: 256 * 1024, fixed: true });
    const base = o.memAlloc();
    expect(o.memAlloc()).toBe(base); // a reading allocates nothing
    o.run("x = [0] * 1000\ndel x");
    expect(o.memAlloc() - base).toBeGreaterThan(4000);
    o.collect();
    expect(o.memAlloc()).toBe(base);
    // Inside one call, gc.collect() only schedules: the list is still counted.
    const inside = "import gc\nx = [0] * 1000\ndel x\ngc.collect()\nprint(gc.mem_alloc())\ndel gc";
    o.run(inside); // once first: __main__'s globals table and the qstr pool grow for the new names
    o.collect();
    const base2 = o.memAlloc();
    const r = o.run(inside);
    expect(Number(r.output.trim()) - base2).toBeGreaterThan(4000);
    o.collect();
    expect(o.memAlloc()).toBe(base2);
  });

  it("parses mem_info's GC lines", () => {
    const info = parseGcInfo("stack: 100 out of 1000\nGC: total: 16000, used: 336, free: 15664, max new split: 0\n No. of 1-blocks: 9, 2-blocks: 2, max blk sz: 4, max free sz: 973\n");
    expect(info).toEqual({ total: 16000, used: 336, free: 15664, maxNewSplit: 0, oneBlocks: 9, twoBlocks: 2, maxBlock: 4, maxFree: 973 });
    expect(() => parseGcInfo("nothing")).toThrow(/not understood/);
  });

  it("reads the device's heap: which allocation points at a block", async () => {
    const o = await MemoryOracle.load({ heapsize: 64 * 1024, fixed: true });
    o.run("zq_l = [bytearray(40)]");
    o.collect();
    const runs = o.runs();
    expect(runs.reduce((n, r) => n + r.blocks, 0) * 16).toBe(o.memAlloc());
    const array = runs.filter((r) => r.kind === "A");
    expect(array.length).toBe(1);
    // The bytearray object is held by the list's item array (word 0), and holds its 40-byte buffer (word 3).
    const holders = o.referrersOf(array[0]!.block);
    expect(holders.some((h) => h.word === 0)).toBe(true);
    const { poolStart } = o.allocTable();
    const buffer = (o.word(poolStart + 16 * array[0]!.block + 12) - poolStart) / 16;
    expect(runs.find((r) => r.block === buffer)?.blocks).toBe(3);
  });
});
