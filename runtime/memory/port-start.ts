// Takes nothing; gives the allocations the WebAssembly port of MicroPython v1.27.0 has on its heap
// when a program starts (after a collection: 336 bytes in 21 blocks over the first 27, as
// micropython.mem_info(1) prints them), which the VM places before anything else so that
// placement, and so where a growing object runs out, starts from the device's table.
// Corresponds to what mp_init and the port's start-up leave allocated (sys.modules, sys.path...).

/** The start of the device's table: 'h' a head, '=' its tail, '.' free (type letters read as heads). */
export const WEBASSEMBLY_START_TABLE = "h=.hhhh=hhh.hh...h===.h===h";

/** The runs of the start table as [first block, blocks]. */
export function startRuns(table: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let b = 0; b < table.length; b++) {
    const c = table[b]!;
    if (c === "." || c === "=") continue;
    let n = 1;
    while (table[b + n] === "=") n++;
    runs.push([b, n]);
  }
  return runs;
}
