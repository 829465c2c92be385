// Run-time qstr interning in the heap model against the device: 300 new names interned one call at
// a time on the fixed-heap WebAssembly VM, the model started from the VM's allocation table and
// told which runs are the qstr chunk and pool; after each call (and its collection) mem_alloc and
// the whole table must agree, chunk growth in place and new pools included.

import { describe, expect, it } from "vitest";
import { Kind } from "../../runtime/memory/blocks.js";
import { mNew } from "../../runtime/memory/growth.js";
import { QstrPool } from "../../runtime/memory/qstr-pool.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { heapFromDump, modelCells, normalise, tableCells } from "./atb.js";

describe("qstr interning against the device", () => {
  it("300 new five-letter names, one per call", async () => {
    const HEAP = 64 * 1024;
    const o = await MemoryOracle.load({ heapsize: HEAP, fixed: true });
    const [memInfo] = o.functions("micropython", ["mem_info"]);
    const dump = () => o.call(memInfo!, 1).output;
    const blocks = heapFromDump(HEAP, dump()).blocks;
    const before = tableCells(dump(), blocks);
    // Defining the function interns its name: the first run-time chunk (8 blocks) and pool (20 entries, 11 blocks).
    o.run("def _intern(s):\n    hasattr(_intern, s)");
    const [intern] = o.functions("__main__", ["_intern"]);
    o.collect();
    const after = dump();
    const heap = heapFromDump(HEAP, after);
    const cells = tableCells(after, blocks);
    const newRuns = [...cells].flatMap((c, b) => (c !== "." && c !== "=" && before[b] !== c ? [b] : [])).map((b) => [b, heap.lengthOf(b)] as const);
    const chunk = newRuns.filter(([, n]) => n === 8);
    const pool = newRuns.filter(([, n]) => n === 11);
    expect(chunk.length).toBe(1);
    expect(pool.length).toBe(1);
    const q = new QstrPool(heap);
    q.poolAlloc = 20;
    q.poolLen = 1;
    q.chunk = chunk[0]![0];
    q.chunkAlloc = 128;
    q.chunkUsed = 8; // "_intern\0"
    const base = o.memAlloc();
    const modelBase = heap.memAlloc();
    for (let i = 0; i < 300; i++) {
      const name = "n" + String(i).padStart(4, "0");
      expect(o.call(intern!, name).error).toBeNull();
      o.collect();
      // The call: the argument becomes a str (object, then its 6 bytes), hasattr interns it; the str is garbage.
      const obj = mNew(heap, 16)!;
      const data = mNew(heap, name.length + 1)!;
      q.intern(name.length);
      heap.free(obj);
      heap.free(data);
      heap.lastFreeAtb = 0;
      expect(heap.memAlloc() - modelBase, `after ${name}`).toBe(o.memAlloc() - base);
      expect(modelCells(heap), `table after ${name}`).toBe(normalise(tableCells(dump(), blocks)));
    }
    expect(q.poolAlloc).toBe(320);
    expect(heap.kinds[q.chunk!]).toBe(Kind.Head);
  });
});
