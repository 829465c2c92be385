// Reads the allocation table that micropython.mem_info(1) prints back into block kinds, so a
// test can start the model from the device's exact heap and compare tables afterwards.

import { BlockHeap, Kind } from "../../runtime/memory/blocks.js";

/** The table lines of mem_info(1) output, as one string per block ('.', '=', 'm' or a head letter). */
export function tableCells(dump: string, blocks: number): string {
  const start = dump.indexOf("GC memory layout");
  if (start < 0) throw new Error("no allocation table in mem_info(1) output");
  let cells = "";
  for (const line of dump.slice(start).split(/\r?\n/).slice(1)) {
    const free = /^\s+\((\d+) lines all free\)/.exec(line);
    if (free) cells += ".".repeat(Number(free[1]) * 64);
    else {
      const m = /^([0-9a-f]{8}): (.*)$/.exec(line);
      if (m) cells = cells.padEnd(parseInt(m[1]!, 16) / 16, ".") + m[2]!;
    }
  }
  return cells.padEnd(blocks, ".").slice(0, blocks);
}

/** Heads as 'h': the model knows no types. */
export const normalise = (cells: string) => cells.replace(/[^.=m]/g, "h");

/** A model heap whose table is the device's, as a collection leaves it (search restarts at 0). */
export function heapFromDump(heapBytes: number, dump: string): BlockHeap {
  const heap = new BlockHeap(heapBytes);
  const cells = tableCells(dump, heap.blocks);
  let last = 0;
  for (let b = 0; b < heap.blocks; b++) {
    const c = cells[b]!;
    heap.kinds[b] = c === "." ? Kind.Free : c === "=" ? Kind.Tail : c === "m" ? Kind.Mark : Kind.Head;
    if (c !== ".") last = b;
  }
  heap.lastUsedBlock = last;
  heap.recount();
  return heap;
}

/** The model's table in the same form. */
export function modelCells(heap: BlockHeap): string {
  let s = "";
  for (let b = 0; b < heap.blocks; b++) s += heap.kinds[b] === Kind.Free ? "." : heap.kinds[b] === Kind.Tail ? "=" : "h";
  return s;
}
