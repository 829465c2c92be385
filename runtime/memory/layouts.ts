// Takes a BlockHeap; gives the allocations each kind of object makes when it is created, in the
// order the C code makes them, as functions the VM calls at the point of creation. Each returns
// the heads it allocated (the object's own first) and, for growable storage, the helper that owns
// it. Corresponds to the constructors in py/obj*.c (mp_obj_new_list, mp_obj_new_dict, ...);
// sizes are the 32-bit structs of sizes.ts.

import { type BlockHeap } from "./blocks.js";
import { ArrayItems, HashTable, ListItems, mNew, Vstr } from "./growth.js";

const WORD = 4;

export interface Made<S = undefined> {
  /** The object's own struct. */
  readonly head: number;
  /** Every head allocated, in order (the struct included). */
  readonly heads: readonly number[];
  /** The storage that grows with the object, if any. */
  readonly storage: S;
}

const made = <S>(heads: (number | null)[], storage: S): Made<S> => {
  const hs = heads.filter((h): h is number => h !== null);
  return { head: hs[0]!, heads: hs, storage };
};

export const LAYOUT = {
  /** mp_obj_new_float: type + double. */
  float: (h: BlockHeap) => made([mNew(h, 4 + 8)], undefined),
  /** mp_obj_new_tuple: type, len, items inline. */
  tuple: (h: BlockHeap, n: number) => made([mNew(h, 8 + WORD * n)], undefined),
  /** mp_obj_new_list: the struct, then max(n, 4) item slots. */
  list: (h: BlockHeap, n: number) => {
    const head = mNew(h, 16);
    const items = new ListItems(h, n);
    return made([head, items.block], items);
  },
  /** mp_obj_new_dict(n): the struct, then a table of n slots (none for 0: it comes with the first key). */
  dict: (h: BlockHeap, n = 0) => {
    const head = mNew(h, 16);
    const table = new HashTable(h, 8, n);
    return made([head, table.block], table);
  },
  /** mp_obj_new_set(n): as a dict, 4-byte slots. */
  set: (h: BlockHeap, n = 0) => {
    const head = mNew(h, 16);
    const table = new HashTable(h, 4, n);
    return made([head, table.block], table);
  },
  /** mp_obj_new_instance: type, member map, one slot per native base; members come with the first store. */
  instance: (h: BlockHeap, nativeBases = 0) => {
    const head = mNew(h, 16 + WORD * nativeBases);
    return made([head], new HashTable(h, 8));
  },
  /**
   * Calling a class whose __init__ takes arguments (py/objtype.c mp_obj_instance_make_new): self
   * and the arguments are copied into an array on the heap for the call, freed (m_del) when
   * __init__ returns. Without arguments there is none.
   */
  initArgs: (h: BlockHeap, nArgs: number, nKw = 0) => (nArgs + nKw === 0 ? null : mNew(h, WORD * (1 + nArgs + 2 * nKw))),
  /** array_new (bytearray, array): the struct, then len * item bytes (none for 0). */
  bytearray: (h: BlockHeap, len: number, itemBytes = 1) => {
    const head = mNew(h, 16);
    const items = new ArrayItems(h, len, itemBytes);
    return made([head, items.block], items);
  },
  /** memoryview: an mp_obj_array_t pointing into another object's buffer. */
  memoryview: (h: BlockHeap) => made([mNew(h, 16)], undefined),
  /**
   * str/bytes of `len` bytes built in a vstr (str * n, bytes(n), '%' formatting, str methods):
   * the data (len + 1, trimmed from whatever the vstr grew to), then the 16-byte object.
   */
  strFromVstr: (h: BlockHeap, len: number) => {
    const v = new Vstr(h, len + 1);
    v.len = len;
    const r = v.finish();
    return made([r.object, r.data], undefined);
  },
  /** mp_obj_new_str_copy (a str made from given bytes): the object, then its data. */
  strCopy: (h: BlockHeap, len: number) => made([mNew(h, 16), mNew(h, len + 1)], undefined),
  /** mp_obj_new_exception_args: the exception (type, traceback sizes, traceback data, args), then the args tuple. */
  exception: (h: BlockHeap, nArgs: number) => made([mNew(h, 16), mNew(h, 8 + WORD * nArgs)], undefined),
  /** mp_obj_new_fun_bc: type, context, child table, bytecode, then defaults inline. */
  function: (h: BlockHeap, extraArgs = 0) => made([mNew(h, 16 + WORD * extraArgs)], undefined),
  /** mp_obj_new_cell: type + value. */
  cell: (h: BlockHeap) => made([mNew(h, 8)], undefined),
  /** mp_obj_new_closure: type, function, count, cells inline (the function object comes first). */
  closure: (h: BlockHeap, cells: number) => made([mNew(h, 12 + WORD * cells)], undefined),
  /** mp_obj_new_bound_meth: type, method, self. */
  boundMethod: (h: BlockHeap) => made([mNew(h, 12)], undefined),
  /** mp_obj_int_new_mpz then mpz_need_dig: the object, then at least 2 16-bit digits. */
  bigint: (h: BlockHeap, digits: number) => made([mNew(h, 16), mNew(h, 2 * Math.max(2, digits))], undefined),
  /** An iterator made without a buffer on the stack (mp_getiter(o, NULL)): mp_obj_iter_buf_t. */
  iterator: (h: BlockHeap) => made([mNew(h, 16)], undefined),
  /** enumerate(it): type, iterator, count; then the iterator (py/objenumerate.c). */
  enumerate: (h: BlockHeap) => made([mNew(h, 12), mNew(h, 16)], undefined),
  /** zip(*its): type, count, one slot per iterable; then an iterator for each, in order. */
  zip: (h: BlockHeap, n: number) => made([mNew(h, 8 + WORD * n), ...Array.from({ length: n }, () => mNew(h, 16))], undefined),
  /** map(f, *its): type, count, function, one slot per iterable; then their iterators. */
  map: (h: BlockHeap, n: number) => made([mNew(h, 12 + WORD * n), ...Array.from({ length: n }, () => mNew(h, 16))], undefined),
  /** filter(f, it): type, function, iterator; then the iterator. */
  filter: (h: BlockHeap) => made([mNew(h, 12), mNew(h, 16)], undefined),
  /** reversed(seq) over a sequence without __reversed__: type, sequence, index. */
  reversed: (h: BlockHeap) => made([mNew(h, 12)], undefined),
  /** BUILD_SLICE: type, start, stop, step. */
  slice: (h: BlockHeap) => made([mNew(h, 16)], undefined),
  /**
   * A class statement's type object (py/objtype.c mp_obj_new_type): mp_obj_type_t (type, flags,
   * name, 12 slot indices) and 10 slots, one more for a base and one more for a base's protocol.
   * Before it, __build_class__ made the class body's locals (a dict of no slots, which the body
   * fills) and, with bases, their tuple (kept only for two or more).
   */
  type: (h: BlockHeap, hasBase = false, baseProtocol = false) => made([mNew(h, 20 + WORD * (10 + (hasBase ? 1 : 0) + (baseProtocol ? 1 : 0)))], undefined),
  /**
   * Calling a generator function (py/objgenerator.c gen_wrap_call): type, pending exception and
   * the code state (function, ip, sp, n_state and exception index, old globals), then n_state
   * slots and 8 bytes per exception-stack entry, both from the code's prelude.
   */
  generator: (h: BlockHeap, nState: number, nExcStack: number) => made([mNew(h, 28 + WORD * nState + 8 * nExcStack)], undefined),
  /** range(): type, start, stop, step. */
  range: (h: BlockHeap) => made([mNew(h, 16)], undefined),
  /** deque(iterable, maxlen): the struct (6 words), then a ring of maxlen + 1 slots. */
  deque: (h: BlockHeap, maxlen: number) => made([mNew(h, 24), mNew(h, WORD * (maxlen + 1))], undefined),
} as const;
