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
  /** Loaded code the object-table pointer keeps beyond its own block (a children table or a record). */
  readonly codeRoot: CodeRoot | null;
}

const records = new WeakMap<RawCode, object>();
const childTables = new WeakMap<RawCode, object>();
const keyOf = (keys: WeakMap<RawCode, object>, raw: RawCode): object => {
  let k = keys.get(raw);
  if (!k) keys.set(raw, (k = {}));
  return k;
};
/**
 * The owner of a raw code's record (mp_raw_code_t): kept while its parent's children table is.
 * The code's own bytecode is owned by the RawCode itself.
 */
export function rawRecordKey(raw: RawCode): object {
  return keyOf(records, raw);
}
/** The owner of a raw code's children table: kept with its bytecode by a function, or alone by a pointer to it. */
export function rawChildrenKey(raw: RawCode): object {
  return keyOf(childTables, raw);
}

/**
 * Loaded code a pointer outside the walk keeps (the object-table pointer landing on it): a
 * children table keeps its children's records and through them their code; a record its code.
 */
export interface CodeRoot {
  readonly raw: RawCode;
  readonly part: "children" | "record";
}

/** Owners of a loaded raw code tree's blocks: a function reaching the code keeps them (vm/gc.ts). */
function codeOwners(lr: LoadedRaw, raw: RawCode, out: Map<number, unknown>): void {
  if (lr.data !== null) out.set(lr.data, raw);
  if (lr.children !== null) out.set(lr.children, rawChildrenKey(raw));
  out.set(lr.rc, rawRecordKey(raw));
  lr.kids.forEach((k, i) => codeOwners(k, raw.children[i]!, out));
}

export function placeImport(heap: Heap, pool: QstrPool, interned: Set<string>, m: CompiledModule, filePath: string, inPlace: boolean, load: PlacedImport, packagePath?: string): PlacedGlobals | null {
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
    mod = loadModule(t, pool, known, m, { filePath, inPlace, ...(packagePath !== undefined ? { packagePath } : {}) });
  } catch (e) {
    if (e instanceof AllocationFailure) throw new HeapExhausted(e.requested, e.locked);
    throw e;
  } finally {
    t.autoCollect = auto;
    const kept = new Set<number>();
    const owned = new Map<number, unknown>();
    if (mod) {
      codeOwners(mod.root, m.root, owned);
      // The __path__ str is a value in the globals: its blocks are its text's (as a long str's are).
      for (const b of mod.pathStr) owned.set(b, packagePath);
      for (const b of [mod.context, mod.globalsDict, mod.globals.block, mod.tables, ...mod.consts.flat()]) if (b !== null) kept.add(b);
    }
    heap.adoptUnowned(kept, owned);
  }
  // The context's object-table pointer, one past a qstr table of whole blocks when the module has
  // no constant objects: the device's conservative collector keeps whatever allocation starts
  // there, the loader's (often the body's bytecode) or one made later, and what that one points to.
  let codeRoot: CodeRoot | null = null;
  if (mod.objTableAt !== null) {
    heap.pinPointer(mod.objTableAt);
    codeRoot = codeAt(mod.root, m.root, mod.objTableAt);
  }
  return { head: mod.globals.block, alloc: mod.globals.alloc, codeRoot };
}

/** The children table or record of the loaded tree at block `b`, if one is there. */
function codeAt(lr: LoadedRaw, raw: RawCode, b: number): CodeRoot | null {
  if (lr.children === b) return { raw, part: "children" };
  if (lr.rc === b) return { raw, part: "record" };
  for (let i = 0; i < lr.kids.length; i++) {
    const found = codeAt(lr.kids[i]!, raw.children[i]!, b);
    if (found) return found;
  }
  return null;
}

/** The names an import interns, recorded without placing anything (an import made while charging is off). */
export function internUnplaced(interned: Set<string>, m: CompiledModule, filePath: string): void {
  for (const s of [filePath, ...m.qstrs]) interned.add(s);
}
