// Collection, qstr interning and growth policies of the heap model, with the figures measured on
// the fixed-heap WebAssembly VM where they are the device's.

import { describe, expect, it } from "vitest";
import { BlockHeap, Kind } from "../../runtime/memory/blocks.js";
import { collectGarbage } from "../../runtime/memory/collector.js";
import { AllocationFailure, HashTable, hashAllocAtLeast, ListItems, mNew, roundAlloc, Vstr } from "../../runtime/memory/growth.js";
import { QstrPool } from "../../runtime/memory/qstr-pool.js";

describe("mark and sweep", () => {
  it("frees exactly the runs no root reaches, keeps cycles reached, runs finalisers first", () => {
    const h = new BlockHeap(4096);
    const a = mNew(h, 32)!;
    const b = mNew(h, 16)!;
    const c = mNew(h, 64)!;
    const d = mNew(h, 16, true)!;
    const e = mNew(h, 16)!;
    const refs = new Map<number, number[]>([
      [a, [b]],
      [b, [a, c]], // a cycle a <-> b, and c below it
      [d, [e]],
    ]);
    const order: string[] = [];
    const r = collectGarbage(h, { roots: () => [a], references: (x) => refs.get(x) ?? [] }, { finalise: (x) => order.push(`del ${x}`), freed: (x) => order.push(`free ${x}`) });
    expect(r).toEqual({ freedHeads: 2, freedBlocks: 2 });
    expect(order).toEqual([`del ${d}`, `free ${d}`, `free ${e}`]);
    expect([a, b, c].map((x) => h.kinds[x])).toEqual([Kind.Head, Kind.Head, Kind.Head]);
    expect(h.kinds[d]).toBe(Kind.Free);
    expect(h.memAlloc()).toBe(16 * 7);
    expect(h.lastUsedBlock).toBe(c + 3);
    expect(h.lastFreeAtb).toBe(0);
  });

  it("a moving realloc keeps its old run through the collection it triggers", () => {
    const h = new BlockHeap(1024); // 60 blocks
    h.collect = () => collectGarbage(h, { roots: () => [], references: () => [] });
    const a = mNew(h, 16 * 20)!; // 0..19
    mNew(h, 16); // 20: blocks a's growth in place, and is garbage
    mNew(h, 16 * 30); // 21..50: garbage; 9 blocks stay free
    // No run of 30 without collecting; the collection frees both garbage runs but not a (it is
    // pinned), so the new run starts at 20; unpinned, a would have gone too and the run gone to 0.
    expect(h.realloc(a, 16 * 30)).toBe(20);
    expect(h.memAlloc()).toBe(16 * 30);
    expect(h.kinds[0]).toBe(Kind.Free);
  });
});

describe("qstr pools and chunks (py/qstr.c)", () => {
  it("pools double from twice the firmware's last pool: 176, 304, 592, 1152, 2272 bytes as measured", () => {
    // Measured on the WebAssembly VM: interning 300 new 5-letter names after one (`_intern`)
    // allocated new pools of these sizes at these names (mem_alloc jumps after a collection).
    const h = new BlockHeap(64 * 1024);
    const q = new QstrPool(h);
    q.intern(7); // `_intern`: the first pool (20 entries) and chunk
    expect(h.memAlloc()).toBe(176 + 128);
    const pools: [number, number][] = [];
    for (let i = 0; i < 300; i++) {
      const before = q.poolAlloc;
      q.intern(5);
      if (q.poolAlloc !== before) pools.push([i, roundAlloc(q.poolBytes(q.poolAlloc)) & ~15]);
    }
    expect(pools).toEqual([
      [19, 304],
      [59, 592],
      [139, 1152],
      [299, 2272],
    ]);
  });

  it("a chunk grows in place while the blocks after it are free, else a new one starts", () => {
    const h = new BlockHeap(4096);
    const q = new QstrPool(h, { constPoolAlloc: 1000 });
    q.poolLen = 0; // room in the pool: only chunks allocate
    for (let i = 0; i < 21; i++) q.intern(5); // 126 of 128 bytes
    expect(h.memAlloc()).toBe(128);
    q.intern(5); // 134: grows in place
    expect(h.memAlloc()).toBe(144);
    const wall = mNew(h, 16)!;
    for (let i = 0; i < 2; i++) q.intern(5); // 146 > 144 and the next block is taken: a new chunk
    expect(q.heads.length).toBe(2);
    expect(h.memAlloc()).toBe(144 + 16 + 128);
    expect(wall).toBe(9);
  });
});

describe("growth policies", () => {
  it("list items: min 4, doubling on append, len+k+4 on extend, halving on pop", () => {
    const h = new BlockHeap(8192);
    const l = new ListItems(h, 0);
    expect(l.alloc).toBe(4);
    for (let i = 0; i < 5; i++) l.append();
    expect(l.alloc).toBe(8);
    l.extendFromList(10);
    expect(l.alloc).toBe(19);
    while (l.len > 8) l.pop();
    expect(l.alloc).toBe(9);
    while (l.len > 4) l.pop();
    expect(l.alloc).toBe(4);
    l.clear();
    expect([l.alloc, h.memAlloc()]).toEqual([4, 16]);
  });

  it("map tables step through py/map.c's sizes, peaking at old + new during a rehash", () => {
    expect([0, 1, 3, 7, 13, 74, 55000].map(hashAllocAtLeast)).toEqual([0, 2, 4, 8, 17, 97, 82501]);
    const h = new BlockHeap(1024); // 60 blocks
    const t = new HashTable(h, 8);
    for (let i = 0; i < 17; i++) t.add();
    expect([t.alloc, h.memAlloc()]).toEqual([17, 144]);
    // Growing to 23 slots (184 bytes, 12 blocks) needs 9 + 12 blocks at once.
    mNew(h, 16 * 39);
    expect(() => t.add()).toThrow(AllocationFailure);
    expect(() => t.add()).toThrow("memory allocation failed, allocating 184 bytes");
  });

  it("vstr: ROUND_ALLOC(len + n + 16), trimmed to len + 1 when it becomes a str", () => {
    const h = new BlockHeap(4096);
    const v = new Vstr(h, 16);
    v.add(10);
    v.add(10); // 20 > 16: 8 * floor(36 / 8) + 8 = 40
    expect(v.alloc).toBe(40);
    const s = v.finish();
    expect(h.nbytes(s.data!)).toBe(32); // 21 bytes
    expect(h.nbytes(s.object!)).toBe(16);
    const w = new Vstr(h, 8);
    w.add(3);
    expect(w.finish(true)).toEqual({ data: null, object: null });
    expect(h.memAlloc()).toBe(48);
  });
});
