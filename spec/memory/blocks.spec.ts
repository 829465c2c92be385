// The block allocator (runtime/memory/blocks.ts) against MicroPython's own heap: the pool each
// heap size gives, and placement, in-place growth and moves through a fragmented heap, compared
// block for block with the allocation table the fixed-heap WebAssembly VM prints.

import { describe, expect, it } from "vitest";
import { BlockHeap, heapLayout, Kind } from "../../runtime/memory/blocks.js";
import { collectGarbage } from "../../runtime/memory/collector.js";
import { formatAllocTable } from "../../runtime/memory/dump.js";
import { ListItems, mNew } from "../../runtime/memory/growth.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { heapFromDump, modelCells, normalise, tableCells } from "./atb.js";

describe("heap layout (gc_setup_area)", () => {
  // Measured: micropython.mem_info() "total" on the fixed-heap VM.
  const MEASURED: [number, number][] = [
    [16 * 1024, 16000],
    [32 * 1024, 32000],
    [64 * 1024, 64000],
    [128 * 1024, 128064],
    [256 * 1024, 256128],
  ];
  for (const [heap, total] of MEASURED) {
    it(`${heap} bytes give a ${total}-byte pool`, () => {
      expect(heapLayout(heap).poolBytes).toBe(total);
      const h = new BlockHeap(heap);
      expect(h.memAlloc() + h.memFree()).toBe(total);
      expect(h.info()).toMatchObject({ total, used: 0, free: total, maxFree: total / 16 });
    });
  }
  it("rejects a size that is no whole number of bytes", () => {
    expect(() => heapLayout(-1)).toThrow(RangeError);
    expect(() => heapLayout(1.5)).toThrow(RangeError);
  });
});

describe("placement", () => {
  it("first fit from the start; a one-block allocation moves the search hint past itself", () => {
    const h = new BlockHeap(4096);
    const a = h.alloc(40)!; // 3 blocks at 0
    const b = h.alloc(16)!; // 1 block at 3
    const c = h.alloc(100)!; // 7 blocks at 4
    expect([a, b, c]).toEqual([0, 3, 4]);
    expect(h.lastFreeAtb).toBe(1);
    h.free(a);
    expect(h.lastFreeAtb).toBe(0);
    expect(h.alloc(32)).toBe(0); // fits in the hole
    expect(h.alloc(48)).toBe(11); // does not
    expect(h.alloc(16)).toBe(2); // fills the hole's last block
    expect(h.alloc(0)).toBeNull();
    expect(h.info()).toMatchObject({ used: 14 * 16, oneBlocks: 2, twoBlocks: 1, maxBlock: 7 });
  });

  it("realloc shrinks in place, grows into following free blocks, else moves", () => {
    const h = new BlockHeap(4096);
    const a = h.alloc(64)!; // 0..3
    const b = h.alloc(16)!; // 4
    expect(h.realloc(a, 32)).toBe(a); // shrinks to 0..1
    expect(h.kinds[2]).toBe(Kind.Free);
    expect(h.realloc(a, 64)).toBe(a); // grows back in place
    expect(h.realloc(a, 80)).toBe(5); // blocked by b: moves
    expect(h.kinds[0]).toBe(Kind.Free);
    expect(h.realloc(b, 16 * 3, false)).toBeNull(); // the moved run follows b, and b may not move
    h.free(5);
    expect(h.realloc(b, 16 * 3, false)).toBe(b); // now it grows into the freed blocks
    expect(h.memAlloc()).toBe(16 * 3);
    expect(h.lengthOf(b)).toBe(3);
  });

  it("a failed allocation collects and retries once; locked heaps fail without collecting", () => {
    const h = new BlockHeap(1024); // 60 blocks
    const keep = new Set<number>();
    let collections = 0;
    h.collect = () => {
      collections++;
      collectGarbage(h, { roots: () => keep, references: () => [] });
    };
    const a = h.alloc(16 * 30)!;
    keep.add(h.alloc(16 * 20)!);
    expect(h.alloc(16 * 20)).toBe(a); // after collecting a
    expect(collections).toBe(1);
    expect(h.alloc(16 * 40)).toBeNull();
    expect(collections).toBe(2);
    h.lockDepth = 1;
    expect(h.alloc(16)).toBeNull();
    expect(collections).toBe(2);
  });

  it("gc.threshold: a collection once that many blocks were allocated since the last", () => {
    const h = new BlockHeap(4096);
    let collections = 0;
    h.collect = () => {
      collections++;
      collectGarbage(h, { roots: () => [], references: () => [] });
    };
    h.thresholdBlocks = 4;
    h.alloc(48);
    h.alloc(16);
    expect(collections).toBe(0);
    h.alloc(16); // 4 blocks allocated so far: collects first
    expect(collections).toBe(1);
    expect(h.memAlloc()).toBe(16);
  });
});

describe("against the device's allocation table (fixed 16k heap)", () => {
  it("20 bytearrays, every other freed, a list grown through the holes, then the largest bytearray", async () => {
    const o = await MemoryOracle.load({ heapsize: 16 * 1024, fixed: true });
    o.run(
      "L = [None] * 20\nL2 = None\nX = None\n" +
        "def mk(i):\n    L[i] = bytearray(300)\ndef rm(i):\n    L[i] = None\n" +
        "def newlist():\n    global L2\n    L2 = []\ndef app():\n    L2.append(None)\n" +
        "def tryb(n):\n    global X\n    try:\n        X = bytearray(n)\n    except MemoryError as e:\n        return str(e)\n    X = None\n    return ''",
    );
    const [mk, rm, newlist, app, tryb] = o.functions("__main__", ["mk", "rm", "newlist", "app", "tryb"]);
    const [memInfo] = o.functions("micropython", ["mem_info"]);
    o.collect();
    const dump = () => o.call(memInfo!, 1).output;
    const heap = heapFromDump(16 * 1024, dump());
    const blocks = heap.blocks;
    const afterCollect = () => {
      heap.lastFreeAtb = 0;
      heap.allocAmount = 0;
    };
    const objs: [number, number][] = [];
    for (let i = 0; i < 20; i++) {
      o.call(mk!, i);
      o.collect();
      objs.push([mNew(heap, 16)!, mNew(heap, 300)!]); // mp_obj_array_t, then its 300 bytes
      afterCollect();
    }
    expect(modelCells(heap)).toBe(normalise(tableCells(dump(), blocks)));
    for (let i = 0; i < 20; i += 2) {
      o.call(rm!, i);
      o.collect();
      heap.free(objs[i]![0]);
      heap.free(objs[i]![1]);
      afterCollect();
    }
    expect(modelCells(heap)).toBe(normalise(tableCells(dump(), blocks)));
    o.call(newlist!);
    o.collect();
    mNew(heap, 16); // the list object
    const items = new ListItems(heap, 0);
    afterCollect();
    for (let i = 0; i < 40; i++) {
      o.call(app!);
      o.collect();
      items.append();
      afterCollect();
      expect(modelCells(heap), `after append ${i + 1}`).toBe(normalise(tableCells(dump(), blocks)));
    }
    const info = o.gcInfo();
    expect(heap.info()).toEqual({ total: info.total, used: info.used, free: info.free, oneBlocks: info.oneBlocks, twoBlocks: info.twoBlocks, maxBlock: info.maxBlock, maxFree: info.maxFree });
    expect(o.memAlloc()).toBe(heap.memAlloc());
    // The largest bytearray: its 16-byte object takes a hole first, then the data needs one run.
    const probe = new BlockHeap(16 * 1024);
    probe.kinds.set(heap.kinds);
    probe.recount();
    probe.alloc(16);
    const largest = probe.info().maxFree * 16;
    expect(o.call(tryb!, largest).value).toBe("");
    o.collect();
    expect(o.call(tryb!, largest + 1).value).toBe(`memory allocation failed, allocating ${largest + 1} bytes`);
    expect(largest).toBeLessThan(heap.memFree() - 16 * 8);
  });

  it("formats the table as mem_info(1) does", () => {
    const h = new BlockHeap(16 * 1024);
    h.alloc(48);
    h.alloc(16);
    expect(formatAllocTable(h)).toBe("\n00000000: h==h" + ".".repeat(60) + "\n       (14 lines all free)\n00003c00: " + ".".repeat(40) + "\n");
  });
});
