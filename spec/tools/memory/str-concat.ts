// Takes a heap size and the allocation table a VM printed (micropython.mem_info(1)) right after a
// collection; gives where `s = s + 'x'` runs out of memory from that table, on the block heap alone
// (py/gc.c's placement and collection, objstr.c's concatenation), so a device's table and mpyc's
// can each be run forward from the same start.

import { BlockHeap, Kind } from "../../../runtime/memory/blocks.js";
import { collectGarbage } from "../../../runtime/memory/collector.js";
import { memoryErrorText } from "../../../runtime/memory/growth.js";
import { startRuns } from "../../../runtime/memory/port-start.js";

/**
 * The first line of the table `micropython.mem_info(1)` printed in `output` ('h', '=', '.' and
 * type letters, as port-start.ts reads them), or undefined. The cases' start tables fit in it.
 */
export function printedTable(output: string): string | undefined {
  const m = /^00000000: (\S+)$/m.exec(output);
  if (!m) return undefined;
  // A later line holding a used block would be lost: refuse it rather than read a wrong start.
  const rest = output.slice(m.index + m[0].length).split("\n").filter((l) => /^[0-9a-f]{8}: /.test(l));
  if (rest.some((l) => /[^.]/.test(l.slice(10).trim()))) throw new Error("the start table reaches past its first line");
  return m[1]!;
}

/**
 * Where `s = s + 'x'` (from s = '', counting n) fails on a heap of `heapBytes` whose blocks in use
 * are `table`, every one of them live and the collection index at 0, as just after gc.collect().
 * Each step allocates the new text (len + 1 bytes and its 0, vstr_init_len) then its 16-byte str
 * object; a failed allocation collects, the old str and the new text being still held, and tries
 * once more. '' + 'x' is the interned 'x' and allocates nothing.
 */
export function concatFromTable(heapBytes: number, table: string): { count: number; message: string } {
  const h = new BlockHeap(heapBytes);
  const start = startRuns(table).filter(([at, n]) => at + n <= h.capacity);
  for (const [at, n] of start) {
    h.kinds[at] = Kind.Head;
    for (let b = at + 1; b < at + n; b++) h.kinds[b] = Kind.Tail;
    h.lastUsedBlock = Math.max(h.lastUsedBlock, at + n - 1);
  }
  h.recount();
  const held: number[] = start.map(([at]) => at);
  let str: { obj: number; text: number } | null = null;
  let text: number | null = null;
  h.collect = () =>
    collectGarbage(h, {
      roots: () => [...held, ...(str ? [str.obj] : []), ...(text !== null ? [text] : [])],
      references: (b) => (str && b === str.obj ? [str.text] : []),
    });
  let len = 1;
  for (;;) {
    text = h.alloc(len + 2);
    if (text === null) return { count: len, message: memoryErrorText(h, len + 2) };
    const obj = h.alloc(16);
    if (obj === null) return { count: len, message: memoryErrorText(h, 16) };
    str = { obj, text };
    text = null;
    len++;
  }
}
