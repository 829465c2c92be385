// Takes a compiled module, the run's interned strings and the path an import found; gives what the import
// allocates before its body runs (garbage included) and what of it a collection leaves, from the
// loader's own allocations (import-load.ts) as py/builtinimport.c and py/persistentcode.c make them.
// Functions' code is not in the kept part: it stays only while a function object holds it.

import { type CompiledModule, type ConstObject, type RawCode } from "../../bytecode/rawcode.js";
import { STATIC_QSTRS } from "../../bytecode/qstr-static.js";
import { BlockHeap } from "./blocks.js";
import { type HashTable } from "./growth.js";
import { loadModule, type QstrSet } from "./import-load.js";
import { QstrPool } from "./qstr-pool.js";
import { shapeOf, TextSet } from "./text-set.js";
import { WEBASSEMBLY_QSTRS } from "./qstrs-webassembly.js";

/** The strings the port's firmware has interned at start (the WebAssembly VM's, the oracle's). */
export const FIRMWARE_QSTRS: ReadonlySet<string> = new Set(WEBASSEMBLY_QSTRS);

/** Firmware and static qstrs in one set (a TextSet: most texts looked up there are answered without hashing them). */
const BUILT_IN_QSTRS = new TextSet([...WEBASSEMBLY_QSTRS, ...STATIC_QSTRS]);

/** Is `text` an interned string: a static qstr, one of the firmware's, or one interned at run time? */
export function isInterned(interned: ReadonlySet<string>, text: string): boolean {
  const k = shapeOf(text);
  return BUILT_IN_QSTRS.hasShaped(text, k) || (interned instanceof TextSet ? interned.hasShaped(text, k) : interned.has(text));
}

/** qstr pools on a heap of their own (only pools and chunks are allocated there): what interning would grow them by. */
export class QstrArea {
  private readonly heap: BlockHeap;
  private readonly pool: QstrPool;
  constructor(heapBytes: number) {
    // Room for the pools whatever the board's heap: the pools' growth is what matters, not where they fit.
    this.heap = new BlockHeap(Math.max(heapBytes, 1024 * 1024));
    this.pool = new QstrPool(this.heap);
  }
  /** Bytes the pools and chunks occupy. */
  private poolBytes(): number {
    return this.pool.heads.reduce((sum, b) => sum + this.heap.nbytes(b), 0);
  }
  /** Interns each new text; gives the bytes the pools grew by. */
  intern(interned: Set<string>, texts: Iterable<string>): number {
    const before = this.poolBytes();
    const known: QstrSet = { has: (t) => isInterned(interned, t), add: (t) => void interned.add(t) };
    for (const t of texts) {
      if (known.has(t)) continue;
      this.pool.intern(new TextEncoder().encode(t).length);
      known.add(t);
    }
    return this.poolBytes() - before;
  }
}

export interface ImportCharge {
  /** Everything the loader allocates, garbage included (qstr pools grown from empty, an upper bound). */
  readonly allocated: number;
  /** What a collection leaves of it besides the qstr pools: the module context and globals, the constant tables and constants. */
  readonly kept: number;
  /** Of `kept`, the constant tables and constant objects. */
  readonly constantBytes: number;
  /** Of `constantBytes`, the body's bytecode kept by the object-table pointer where this count placed it. */
  readonly pinnedBytes: number;
  /** Of `kept`, the module context and its globals dict (grown as names are added). */
  readonly moduleBytes: number;
  /** A name goes into the module's globals: gives the bytes the table grew by (the old table is freed). */
  addGlobal(): number;
  /** A name leaves the module's globals (its slot stays in the table). */
  removeGlobal(): void;
}

/** Bytes that are ample for one constant object as the loader makes it (its data and header). */
function constRoom(c: ConstObject): number {
  switch (c.kind) {
    case "str":
      return 4 * c.value.length + 64;
    case "bytes":
      return c.value.length + 64;
    case "int":
      // Its decimal text, then an mpz sized by that text's length (import-load.ts).
      return 2 * c.value.toString().length + 64;
    case "tuple":
      return c.items.reduce((sum, x) => sum + constRoom(x), 64 + 4 * c.items.length);
    default:
      return 64;
  }
}

/**
 * The loader's allocations for `m`, found at `filePath`, counted on a heap of its own: `interned`
 * is only read (the import interns its names when it is placed, import-place.ts).
 */
export function chargeImport(interned: ReadonlySet<string>, m: CompiledModule, filePath: string, inPlace: boolean, packagePath?: string): ImportCharge {
  let data = 0;
  const walk = (rc: RawCode) => {
    data += rc.data.length + 4 * rc.children.length + 16;
    rc.children.forEach(walk);
  };
  walk(m.root);
  // A heap of its own for the loader, large enough for all it makes, its own qstr pool included.
  const constants = m.consts.reduce((sum, c) => sum + constRoom(c), 0);
  const texts = m.qstrs.reduce((sum, q) => sum + 4 * q.length + 8, 4 * filePath.length + 8);
  const h = new BlockHeap(Math.max(64 * 1024, 4 * (data + constants + texts) + 4096));
  const mine = new Set<string>();
  const known: QstrSet = { has: (t) => isInterned(interned, t) || mine.has(t), add: (t) => void mine.add(t) };
  const mod = loadModule(h, new QstrPool(h), known, m, { filePath, inPlace, ...(packagePath !== undefined ? { packagePath } : {}) });
  const size = (b: number | null) => (b === null ? 0 : h.nbytes(b));
  // The context's object-table pointer, one past a qstr table of whole blocks when there are no
  // constant objects, keeps the allocation starting there: the module body's bytecode, when the
  // loader placed it there (import-load.ts objTableAt).
  const pinned = mod.objTableAt !== null && mod.objTableAt === mod.root.data ? size(mod.objTableAt) : 0;
  const constantBytes = size(mod.tables) + mod.consts.flat().reduce((s, b) => s + size(b), 0) + pinned;
  const moduleBytes = size(mod.context) + size(mod.globalsDict) + size(mod.globals.block);
  const globals: HashTable = mod.globals;
  let grown = 0;
  return {
    allocated: h.memAlloc(),
    kept: constantBytes + moduleBytes,
    constantBytes,
    pinnedBytes: pinned,
    get moduleBytes() {
      return moduleBytes + grown;
    },
    addGlobal(): number {
      const before = size(globals.block);
      globals.add();
      const g = size(globals.block) - before;
      grown += g;
      return g;
    },
    removeGlobal(): void {
      globals.remove();
    },
  };
}

/** What importing a module costs once a collection has run (`--mem-report`), by part; the parts add up to `total`. */
export interface ImportCostReport {
  readonly total: number;
  /** Bytecode and children tables the module's functions keep (the module body's own code is freed). */
  readonly codeBytes: number;
  readonly rawCodes: number;
  /** The constant tables and constant objects. */
  readonly constantBytes: number;
  /** qstr pools grown for the module's names. */
  readonly qstrBytes: number;
  /** The module context and globals dict. */
  readonly moduleBytes: number;
  /** Functions, classes and every other object the body left in the globals. */
  readonly objectBytes: number;
}

/**
 * Splits a measured import cost into its parts, `grownQstrs` of it the qstr pools' growth. `qstrBytes`: the pools' growth for the module's
 * names when the program importing it has interned the module's own name first (as `import M`
 * in its qstr table does), which is what an import measures.
 */
export function importCostReport(load: ImportCharge, m: CompiledModule, measured: number, grownQstrs: number, qstrBytes = grownQstrs): ImportCostReport {
  const total = measured - grownQstrs + qstrBytes;
  let rawCodes = 0;
  const count = (rc: RawCode) => {
    rawCodes++;
    rc.children.forEach(count);
  };
  count(m.root);
  // The top-level functions' code, as kept while they live (the body's code and the records go).
  const walk = new CodeWalk();
  let code = 0;
  for (const c of m.root.children) code += walk.bytes(c, false);
  // Each part is what the loader made of it, as much as the total leaves room for: a constant only
  // the body's code reached is gone after the collection, so the parts never exceed what was kept.
  let room = total;
  const take = (n: number) => {
    const t = Math.max(0, Math.min(n, room));
    room -= t;
    return t;
  };
  const qstrs = take(qstrBytes);
  const moduleBytes = take(load.moduleBytes);
  const constantBytes = take(load.constantBytes);
  const codeBytes = take(code);
  return { total, codeBytes, rawCodes, constantBytes, qstrBytes: qstrs, moduleBytes, objectBytes: room };
}

/**
 * RAM a function's code holds while its function object lives (mp_obj_fun_bc_t points at its
 * bytecode and children table; the table at the children's records, each record at its code).
 * The walk counts each code and each record once.
 */
export class CodeWalk {
  private readonly codes = new Set<RawCode>();
  private readonly records = new Set<RawCode>();
  bytes(raw: RawCode, inPlace: boolean): number {
    if (this.codes.has(raw)) return 0;
    this.codes.add(raw);
    let n = inPlace ? 0 : blocks16(raw.data.length);
    if (raw.children.length) n += blocks16(4 * raw.children.length);
    for (const c of raw.children) {
      if (!this.records.has(c)) {
        this.records.add(c);
        n += 16; // the child's mp_raw_code_t
      }
      n += this.bytes(c, inPlace);
    }
    return n;
  }
}

const blocks16 = (n: number) => Math.ceil(n / 16) * 16;
