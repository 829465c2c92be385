// Takes the run's Heap, its qstr pool and a module whose import import-charge.ts has just counted;
// gives the loader's allocations placed on that heap in the device's order (import-load.ts): the
// module's names interned into the pools (on the heap, for good), the parts a collection leaves
// (module, globals, constant tables and objects) kept for good and the rest (code, raw-code
// records) garbage until the next collection.
// Corresponds to where py/persistentcode.c's and py/qstr.c's allocations land in py/gc.c's heap.

import { type CompiledModule, type RawCode } from "../../bytecode/rawcode.js";
import { AllocationFailure } from "./growth.js";
import { type Heap, HeapExhausted } from "./heap.js";
import { isInterned } from "./import-charge.js";
import { type LoadedRaw, loadModule, type LoadedModule, type QstrSet } from "./import-load.js";
import { type QstrPool } from "./qstr-pool.js";

export interface PlacedImport {
  /** Everything the loader allocates, garbage included (an upper bound: qstr pools grown from empty). */
  readonly allocated: number;
}

/** Where the module's globals table was placed, and its slots: it grows as names are stored. */
export interface PlacedGlobals {
  head: number | null;
  alloc: number;
  /** Bytes of the body's bytecode the object-table pointer keeps where it landed on this heap (0: none). */
  readonly pinnedBytes: number;
}

const records = new WeakMap<RawCode, object>();
/**
 * The owner of a raw code's record (mp_raw_code_t): kept while its parent's children table is.
 * The code's own bytecode and children table are owned by the RawCode itself.
 */
export function rawRecordKey(raw: RawCode): object {
  let k = records.get(raw);
  if (!k) records.set(raw, (k = {}));
  return k;
}

/** Owners of a loaded raw code tree's blocks: a function reaching the code keeps them (vm/gc.ts). */
function codeOwners(lr: LoadedRaw, raw: RawCode, out: Map<number, unknown>): void {
  if (lr.data !== null) out.set(lr.data, raw);
  if (lr.children !== null) out.set(lr.children, raw);
  out.set(lr.rc, rawRecordKey(raw));
  lr.kids.forEach((k, i) => codeOwners(k, raw.children[i]!, out));
}

export function placeImport(heap: Heap, pool: QstrPool, interned: Set<string>, m: CompiledModule, filePath: string, inPlace: boolean, load: PlacedImport): PlacedGlobals | null {
  if (heap.locked) throw new HeapExhausted(load.allocated, true);
  // As the device would, collect first when the whole import cannot fit; then no collection runs
  // while the loader holds allocations it has not stored anywhere yet.
  if (heap.autoCollect && heap.used + load.allocated > heap.limit) heap.onPressure?.();
  const t = heap.table;
  const auto = t.autoCollect;
  t.autoCollect = false;
  const known: QstrSet = { has: (s) => isInterned(interned, s), add: (s) => void interned.add(s) };
  let mod: LoadedModule | null = null;
  try {
    mod = loadModule(t, pool, known, m, { filePath, inPlace });
  } catch (e) {
    if (e instanceof AllocationFailure) throw new HeapExhausted(e.requested, e.locked);
    throw e;
  } finally {
    t.autoCollect = auto;
    const kept = new Set<number>();
    const owned = new Map<number, unknown>();
    if (mod) {
      codeOwners(mod.root, m.root, owned);
      for (const b of [mod.context, mod.globalsDict, mod.globals.block, mod.tables, ...mod.consts.flat()]) if (b !== null) kept.add(b);
      // The module body's bytecode, when the context's object-table pointer lands on it (as
      // import-charge.ts counts it): the device's conservative collector keeps it.
      if (mod.objTableAt !== null && mod.objTableAt === mod.root.data) kept.add(mod.objTableAt);
    }
    heap.adoptUnowned(kept, owned);
  }
  const pinned = mod.objTableAt !== null && mod.objTableAt === mod.root.data;
  return { head: mod.globals.block, alloc: mod.globals.alloc, pinnedBytes: pinned ? heap.table.nbytes(mod.objTableAt!) : 0 };
}

/** The names an import interns, recorded without placing anything (an import made while charging is off). */
export function internUnplaced(interned: Set<string>, m: CompiledModule, filePath: string): void {
  for (const s of [filePath, ...m.qstrs]) interned.add(s);
}
