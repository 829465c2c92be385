// Takes a BlockHeap; gives its allocation table as micropython.mem_info(1) prints it
// (py/gc.c gc_dump_alloc_table): 64 blocks a line, runs of 2+ free lines abbreviated. Heads are
// shown by a letter for their object's type, given by the caller, or 'h'.

import { type BlockHeap, BYTES_PER_BLOCK, Kind } from "./blocks.js";

const PER_LINE = 64;

export function formatAllocTable(heap: BlockHeap, headChar: (block: number) => string = () => "h"): string {
  const n = heap.blocks;
  const kindOf = (b: number) => (b < heap.capacity ? heap.kinds[b] : Kind.Free);
  let out = "";
  for (let bl = 0; bl < n; bl++) {
    if (bl % PER_LINE === 0) {
      let end = bl;
      while (end < n && kindOf(end) === Kind.Free) end++;
      if (end - bl >= 2 * PER_LINE) {
        out += `\n       (${Math.floor((end - bl) / PER_LINE)} lines all free)`;
        bl = end & ~(PER_LINE - 1);
        if (bl >= n) break;
      }
      out += `\n${(bl * BYTES_PER_BLOCK).toString(16).padStart(8, "0")}: `;
    }
    const k = kindOf(bl);
    out += k === Kind.Free ? "." : k === Kind.Tail ? "=" : k === Kind.Mark ? "m" : headChar(bl);
  }
  return out + "\n";
}
