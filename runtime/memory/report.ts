// The memory report of `mpyc run --mem-report` and the text of micropython.mem_info(): takes the
// Heap and the measured import cost of the program's .mpy, gives structured numbers plus their formatting
// (py/modmicropython.c mem_info, py/gc.c gc_dump_info).

import type { Heap } from "./heap.js";
import type { ImportCostReport } from "./import-charge.js";

export interface MemReport {
  /** The configured heap area and the pool usable for objects (null: unlimited). */
  readonly heapArea: number | null;
  readonly heapPool: number | null;
  /** RAM the import of the program's .mpy took, by part. */
  readonly importCost: ImportCostReport;
  /** Highest heap use during the run, and use when the program ended. */
  readonly peak: number;
  readonly atExit: number;
  readonly allocations: number;
  readonly collections: number;
  /** Bytes of bytecode (with preludes) and of constants in the .mpy. */
  readonly codeBytes: number;
  readonly constantBytes: number;
  /** RAM saved if the module were frozen into flash: its kept code, constants and qstrs move to ROM. */
  readonly frozenRomBytes: number;
  readonly frozenRamSaved: number;
}

export function memReport(heap: Heap, cost: ImportCostReport): MemReport {
  const s = heap.stats();
  const rom = cost.codeBytes + cost.constantBytes + cost.qstrBytes;
  return {
    heapArea: Number.isFinite(heap.area) ? heap.area : null,
    heapPool: Number.isFinite(heap.limit) ? heap.limit : null,
    importCost: cost,
    peak: s.peak,
    atExit: s.used,
    allocations: s.allocations,
    collections: s.collections,
    codeBytes: cost.codeBytes,
    constantBytes: cost.constantBytes,
    frozenRomBytes: rom,
    frozenRamSaved: rom,
  };
}

const pct = (n: number, of: number | null) => (of ? ` (${((100 * n) / of).toFixed(1)}% of ${of})` : "");

/** The report as printed after a run, one fact per line; `note` says why the import cost is not the measured one. */
export function formatMemReport(r: MemReport, fileName = "program", note?: string): string {
  const c = r.importCost;
  const lines = [
    `memory report for ${fileName} (MicroPython v1.27.0 heap model, 32-bit, 16-byte blocks)`,
    r.heapArea === null ? "  heap:            unlimited" : `  heap:            ${r.heapArea} bytes, ${r.heapPool} usable after GC tables`,
    `  import cost:     ${c.total} bytes${pct(c.total, r.heapPool)}${note ? ` (${note})` : ""}`,
    `    bytecode:      ${c.codeBytes} bytes kept of ${c.rawCodes} code objects`,
    `    constants:     ${c.constantBytes} bytes`,
    `    qstrs:         ${c.qstrBytes} bytes`,
    `    module:        ${c.moduleBytes} bytes`,
    `    objects:       ${c.objectBytes} bytes (functions, classes and values it keeps, and the modules it imports)`,
    `  peak heap:       ${r.peak} bytes${pct(r.peak, r.heapPool)}`,
    `  heap at exit:    ${r.atExit} bytes`,
    `  allocations:     ${r.allocations}, collections: ${r.collections}`,
    `  if frozen:       ${r.frozenRomBytes} bytes move to ROM, saving ${r.frozenRamSaved} bytes of RAM`,
  ];
  return lines.join("\n") + "\n";
}

export interface StackInfo {
  readonly used: number;
  readonly limit: number;
}

/** micropython.mem_info() text; `verbose` adds the block map line MicroPython prints after it. */
export function memInfoText(heap: Heap, stack: StackInfo, verbose = false): string {
  const i = heap.info();
  let out = `stack: ${stack.used} out of ${stack.limit}\n`;
  out += `GC: total: ${i.total}, used: ${i.used}, free: ${i.free}\n`;
  out += ` No. of 1-blocks: ${i.oneBlocks}, 2-blocks: ${i.twoBlocks}, max blk sz: ${i.maxBlock}, max free sz: ${i.maxFree}\n`;
  if (verbose) out += `GC memory layout: ${i.used / 16} blocks used of ${i.total / 16}\n`;
  return out;
}
