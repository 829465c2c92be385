// Takes the installed WebAssembly MicroPython package; gives a copy of its .wasm whose heap cannot
// grow, so `heapsize` is the whole heap as on a board. Nothing is committed: the copy is made at test
// time from whatever package is installed, and is on disk only while the package loads it.
//
// Why a patch: the pyscript variant builds py/gc.c with MICROPY_GC_SPLIT_HEAP_AUTO. When gc_alloc
// finds no room it calls gc_try_add_heap(), which asks the port how much more it may take
// (gc_get_max_new_split() in ports/webassembly/main.c: a constant 128 MiB) and, if the request
// fits in that, gc_add()s a new area. So the heap grows by itself and never raises MemoryError at a
// board's size. The patch makes gc_get_max_new_split() return 0: gc_try_add_heap() then always
// fails (avail < needed) and the allocation raises MemoryError. mem_info's "max new split" shows 0.
//
// In the .wasm, gc_get_max_new_split is a function of its own whose body is 8 bytes:
//   08            body size
//   00            no locals
//   41 80 80 80 c0 00   i32.const 134217728 (signed LEB128, 5 bytes)
//   0b            end
// The patch turns the constant's 4th byte 0xc0 into 0x80, giving 80 80 80 80 00: the same length,
// a valid (padded) LEB128 encoding of 0. The body is matched whole and must occur exactly once.
//
// What it does not change: with SPLIT_HEAP_AUTO the port's gc_collect() only schedules a
// collection for when control returns to JavaScript, so a failed allocation is NOT preceded by a
// collection as on a board; garbage made during the same runPython() call still counts.

import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";

export const PACKAGE = "@micropython/micropython-webassembly-pyscript";

const BODY = Uint8Array.from([0x08, 0x00, 0x41, 0x80, 0x80, 0x80, 0xc0, 0x00, 0x0b]);
/** Offset, within BODY, of the byte the patch changes, and its new value. */
const PATCH_AT = 6;
const PATCH_TO = 0x80;

/** The installed package's folder. */
export function packageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${PACKAGE}/package.json`));
}

function findAll(hay: Uint8Array, needle: Uint8Array): number[] {
  const at: number[] = [];
  outer: for (let i = hay.indexOf(needle[0]!); i >= 0 && i <= hay.length - needle.length; i = hay.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    at.push(i);
  }
  return at;
}

/** The package's wasm with gc_get_max_new_split() returning 0; throws if the function is not found once. */
export function patchFixedHeap(wasm: Uint8Array): Uint8Array {
  const hits = findAll(wasm, BODY);
  if (hits.length !== 1) {
    throw new Error(`fixed-heap patch: expected gc_get_max_new_split's body once in ${PACKAGE}'s wasm, found it ${hits.length} times (another version?)`);
  }
  const out = Uint8Array.from(wasm);
  out[hits[0]! + PATCH_AT] = PATCH_TO;
  return out;
}

let cached: Uint8Array | null = null;

/** The patched wasm's bytes, made once per process. */
export function fixedHeapBytes(): Uint8Array {
  cached ??= patchFixedHeap(fs.readFileSync(path.join(packageDir(), "micropython.wasm")));
  return cached;
}

/**
 * Runs `load` with the path of the patched wasm, written for it into a new folder in the temp folder
 * and removed once `load` is done: the package reads its .wasm from a file path only, once, while it
 * loads. A folder per call, so concurrent loads and test workers never share or see half a file.
 */
export async function withFixedHeapWasm<T>(load: (file: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-fixed-heap-"));
  try {
    const file = path.join(dir, "micropython.wasm");
    fs.writeFileSync(file, fixedHeapBytes());
    return await load(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
