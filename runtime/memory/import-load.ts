// Takes a BlockHeap, the qstr pool and a compiled module; gives the allocations importing that
// .mpy makes before its body runs, in the order py/builtinimport.c and py/persistentcode.c make
// them (module object and globals, the file name, the constant tables, each qstr, each constant,
// then each raw code depth first: bytecode, children table, children, record), and the references
// between them, so that the collector frees what the device frees once the body has run (the
// module's own raw code, bytecode and children table, the raw-code records of its functions).
// The file object and the reader are made as the WebAssembly port's posix VFS makes them; stat
// paths are on the C stack.

import { type CompiledModule, type ConstObject, type RawCode } from "../../bytecode/rawcode.js";
import { encodeWtf8 } from "../../bytecode/wtf8.js";
import { type BlockHeap } from "./blocks.js";
import { type HashTable, mDel, mNew } from "./growth.js";
import { LAYOUT } from "./layouts.js";
import { type QstrPool } from "./qstr-pool.js";

/** Small ints of a 32-bit port (31 bits, MICROPY_OBJ_REPR_A) are immediate: |v| below 2**30. */
const SMALL_INT_LIMIT = 1n << 30n;

/** MICROPY_MODULE_DICT_SIZE: a module's globals start with one slot. */
export const MODULE_DICT_SIZE = 1;

/** The interned strings the VM knows (the firmware's and those made at run time). */
export interface QstrSet {
  has(text: string): boolean;
  add(text: string): void;
}

/** qstr_from_strn: interns `text` if it is new, allocating as py/qstr.c does. */
export function internText(q: QstrPool, known: QstrSet, text: string): void {
  if (known.has(text)) return;
  q.intern(encodeWtf8(text).length);
  known.add(text);
}

export interface LoadedRaw {
  /** The mp_raw_code_t record. */
  readonly rc: number;
  /** The bytecode copied to RAM; null when it runs in place (ROM, frozen). */
  readonly data: number | null;
  /** The children table, if the code has children. */
  readonly children: number | null;
  readonly kids: readonly LoadedRaw[];
}

export interface LoadedModule {
  /** mp_module_context_t: the module object (type, globals) and its constant tables. */
  readonly context: number;
  readonly globalsDict: number;
  readonly globals: HashTable;
  /** The qstr and object tables (one allocation); null when both are empty. */
  readonly tables: number | null;
  /**
   * Where the context's object-table pointer points, as a block, when it is block-aligned: the
   * object table starts right after the qstr table, so with no objects and a qstr table of a
   * whole number of blocks it points at the start of the next allocation, which the device's
   * conservative collector then keeps alive.
   */
  readonly objTableAt: number | null;
  /** Heads of each constant object (a tuple's items after it); empty for immediates and qstrs. */
  readonly consts: readonly (readonly number[])[];
  /** Heads of a package's `__path__` str (object, then text); empty when there is none or it is a qstr. */
  readonly pathStr: readonly number[];
  readonly root: LoadedRaw;
}

export interface LoadOptions {
  /** The path the import found (`/lib/m.mpy`): interned, and stored as `__file__`. */
  readonly filePath: string;
  /** The module is run in place (a ROM filesystem or frozen): bytecode and constant data are not copied. */
  readonly inPlace?: boolean;
  /**
   * A package's folder (`/lib/mip`): py/builtinimport.c stores it as `__path__` (a new str, then
   * the globals table grown) right after making the module, before its __init__ file is read.
   */
  readonly packagePath?: string;
}

function loadConst(h: BlockHeap, q: QstrPool, known: QstrSet, c: ConstObject, inPlace: boolean): number[] {
  switch (c.kind) {
    case "none":
    case "false":
    case "true":
    case "ellipsis":
      return [];
    case "tuple": {
      const t = LAYOUT.tuple(h, c.items.length).head;
      return [t, ...c.items.flatMap((i) => loadConst(h, q, known, i, inPlace))];
    }
    case "bytes":
    case "str": {
      const len = c.kind === "str" ? encodeWtf8(c.value).length : c.value.length;
      if (c.kind === "bytes" && len === 0) return []; // mp_const_empty_bytes
      // A str whose text is an interned qstr becomes that qstr (mp_obj_new_str_type_from_vstr).
      if (c.kind === "str" && known.has(c.value)) {
        if (!inPlace) mDel(h, mNew(h, len + 1));
        return [];
      }
      if (inPlace) return [mNew(h, 16)!]; // mp_obj_new_str_static: the object only
      return [...LAYOUT.strFromVstr(h, len).heads];
    }
    case "int": {
      // The decimal text is read into a vstr (left as garbage), then parsed into an mpz that
      // mpz_set_from_str sizes by the digit count: len * 8 / 16 + 1 digits.
      const text = c.value.toString();
      if (!inPlace) mNew(h, text.length + 1);
      // A tuple's small ints are stored as text too; parsed, they are immediate.
      if (c.value >= -SMALL_INT_LIMIT && c.value < SMALL_INT_LIMIT) return [];
      const decimals = text.replace("-", "").length;
      return [...LAYOUT.bigint(h, Math.floor((decimals * 8) / 16) + 1).heads];
    }
    case "float":
    case "complex": {
      const text = c.kind === "float" ? String(c.value) : `${c.real}+${c.imag}j`;
      if (!inPlace) mNew(h, text.length + 1);
      return [mNew(h, c.kind === "float" ? 12 : 20)!];
    }
  }
}

function loadRaw(h: BlockHeap, raw: RawCode, inPlace: boolean): LoadedRaw {
  const data = inPlace ? null : mNew(h, raw.data.length);
  const children = raw.children.length ? mNew(h, 4 * raw.children.length) : null;
  const kids = raw.children.map((c) => loadRaw(h, c, inPlace));
  const rc = mNew(h, 12)!; // mp_raw_code_t on a port without native code or settrace
  return { rc, data, children, kids };
}

/**
 * The allocations of `import M` up to running the body: mp_obj_new_module (context, globals,
 * `__name__`), the file name interned, the tables, qstrs, constants and raw codes, then
 * `__file__` stored. The caller adds the module to sys.modules (its table may grow first) and
 * makes the module's function object to run the body.
 */
export function loadModule(h: BlockHeap, q: QstrPool, known: QstrSet, m: CompiledModule, opts: LoadOptions): LoadedModule {
  const inPlace = opts.inPlace ?? false;
  const context = mNew(h, 16)!;
  const dict = LAYOUT.dict(h, MODULE_DICT_SIZE);
  dict.storage.add(); // __name__
  const pathStr: number[] = [];
  if (opts.packagePath !== undefined) {
    // mp_obj_new_str: the existing qstr if the text is one, else the object and then its text.
    if (!known.has(opts.packagePath)) pathStr.push(mNew(h, 16)!, mNew(h, encodeWtf8(opts.packagePath).length + 1)!);
    dict.storage.add(); // __path__
  }
  internText(q, known, opts.filePath);
  // mp_reader_new_file (extmod/vfs_reader.c) on the WebAssembly port's posix VFS: the file object
  // (8 bytes, with a finaliser; garbage once closed), then the reader with its default buffer
  // (32 bytes), freed when the load closes it. A module run in place is read from memory.
  const reader = inPlace ? null : (mNew(h, 8, true), mNew(h, 32));
  const nq = Math.ceil((2 * m.qstrs.length) / 4);
  const tables = mNew(h, 4 * (nq + m.consts.length));
  const objTableAt = tables !== null && (4 * nq) % 16 === 0 ? tables + (4 * nq) / 16 : null;
  for (const s of m.qstrs) {
    if (!known.has(s)) {
      // load_qstr: the text is read into a temporary, interned, and the temporary freed.
      const tmp = mNew(h, encodeWtf8(s).length);
      internText(q, known, s);
      mDel(h, tmp);
    }
  }
  const consts = m.consts.map((c) => loadConst(h, q, known, c, inPlace));
  const root = loadRaw(h, m.root, inPlace);
  if (reader !== null) mDel(h, reader);
  dict.storage.add(); // __file__
  return { context, globalsDict: dict.head, globals: dict.storage, tables, objTableAt, consts, pathStr, root };
}

/**
 * The references among a loaded module's allocations, for the collector: the context holds its
 * globals and tables, the tables hold the constants, a record holds its bytecode and children
 * table, a children table holds the children's records. A function object made from a raw code
 * holds the context, that code's bytecode and its children table (not its record).
 */
export function moduleReferences(mod: LoadedModule): Map<number, number[]> {
  const refs = new Map<number, number[]>();
  const add = (from: number | null, to: (number | null)[]) => {
    if (from === null) return;
    refs.set(from, [...(refs.get(from) ?? []), ...to.filter((t): t is number => t !== null)]);
  };
  add(mod.context, [mod.globalsDict, mod.tables, mod.objTableAt]);
  add(mod.globalsDict, [mod.globals.block]);
  add(mod.tables, mod.consts.flatMap((c) => c.slice(0, 1)));
  for (const c of mod.consts) if (c.length > 1) add(c[0]!, c.slice(1));
  const walk = (r: LoadedRaw) => {
    add(r.rc, [r.data, r.children]);
    add(r.children, r.kids.map((k) => k.rc));
    r.kids.forEach(walk);
  };
  walk(mod.root);
  return refs;
}

/** What a function object made from `raw` points to (mp_obj_fun_bc_t: context, child table, bytecode). */
export function functionReferences(mod: LoadedModule, raw: LoadedRaw): number[] {
  return [mod.context, raw.children, raw.data].filter((x): x is number => x !== null);
}
