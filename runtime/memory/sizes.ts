// Heap cost, in bytes, of each object kind as MicroPython v1.27.0 lays it out on a 32-bit port
// (MICROPY_OBJ_REPR_A: small ints and qstrs are immediate, floats are boxed). Every size is what
// the GC really reserves: requests round up to whole 16-byte blocks (py/gc.c BYTES_PER_BLOCK).

export const BLOCK_BYTES = 16;
export const WORD_BYTES = 4;

/** Bytes the GC reserves for a request of `n` bytes (a zero-byte request reserves nothing). */
export function blocks(n: number): number {
  return n <= 0 ? 0 : Math.ceil(n / BLOCK_BYTES) * BLOCK_BYTES;
}

// Slot counts a hash table takes as it grows: py/map.c hash_allocation_sizes.
const HASH_SIZES = [
  0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919,
  1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
];

/** The next table size at least `x` slots (py/map.c get_hash_alloc_greater_or_equal_to). */
export function hashAllocAtLeast(x: number): number {
  for (const s of HASH_SIZES) if (s >= x) return s;
  return (x + Math.floor(x / 2)) | 1;
}

/** Slots a map or set holds after `n` distinct insertions into an empty one: it rehashes when full. */
export function hashAllocAfterInserts(n: number, start = 0): number {
  let alloc = start;
  for (let used = 0; used < n; used++) if (used >= alloc) alloc = hashAllocAtLeast(alloc + 1);
  return alloc;
}

/** Item slots a list holds after `n` appends to an empty list (py/objlist.c: starts at 4, doubles). */
export function listAllocAfterAppends(n: number): number {
  let alloc = 4;
  while (alloc < n) alloc *= 2;
  return alloc;
}

/** Sizes of the fixed part of each object (first number) and its separately allocated storage. */
export const SIZES = {
  /** mp_obj_float_t: type pointer + double. */
  float: () => blocks(4 + 8),
  /** mp_obj_complex_t: type pointer + two doubles. */
  complex: () => blocks(4 + 16),
  /** mp_obj_str_t (type, hash, len, data) plus the NUL-terminated data. */
  str: (byteLen: number) => blocks(16) + blocks(byteLen + 1),
  /** bytes share the str layout, also NUL-terminated. */
  bytes: (len: number) => blocks(16) + blocks(len + 1),
  /** mp_obj_array_t (type, typecode|free, len, items) plus the items. */
  bytearray: (len: number) => blocks(16) + blocks(len),
  /** mp_obj_tuple_t: type, len, then the items inline. */
  tuple: (len: number) => blocks(8 + WORD_BYTES * len),
  /** mp_obj_list_t (type, alloc, len, items) plus the item array, never below 4 slots. */
  list: (alloc: number) => blocks(16) + blocks(WORD_BYTES * Math.max(4, alloc)),
  /** mp_obj_dict_t (type + mp_map_t) plus the key/value table of `alloc` slots. */
  dict: (alloc: number) => blocks(16) + blocks(8 * alloc),
  /** mp_obj_set_t (type + mp_set_t) plus the table of `alloc` slots. */
  set: (alloc: number) => blocks(16) + blocks(WORD_BYTES * alloc),
  /** mp_obj_int_t holding an mpz_t, plus its 16-bit digits (at least 2: mpz.c MIN_ALLOC). */
  bigint: (digits: number) => blocks(16) + blocks(2 * Math.max(2, digits)),
  /** A bare object(): just the type pointer. */
  object: () => blocks(4),
  /**
   * mp_obj_instance_t: type + member map, then one slot per native base (a subclass of list, dict...
   * has one: 20 bytes, two blocks); the member table grows like a dict's.
   */
  instance: (members: number, nativeBases = 0) => blocks(16 + WORD_BYTES * nativeBases) + blocks(8 * hashAllocAfterInserts(members)),
  /** mp_obj_fun_bc_t: type, context, child table, bytecode, then default arguments inline. */
  function: (extraArgs = 0) => blocks(16 + WORD_BYTES * extraArgs),
  /** mp_obj_closure_t: type, function, count, then the captured cells inline. */
  closure: (cells: number) => blocks(12 + WORD_BYTES * cells),
  /** mp_obj_cell_t: type + value. */
  cell: () => blocks(8),
  /** mp_obj_bound_meth_t: type, method, self. */
  boundMethod: () => blocks(12),
  /** mp_obj_range_t: type, start, stop, step. */
  range: () => blocks(16),
  /** Iterators over a list, tuple or range: type, next function, object, index. */
  iterator: () => blocks(16),
  /** mp_obj_super_t: type, the class and the object. */
  super: () => blocks(12),
  /** mp_obj_deque_t (type, alloc, get, put, flags, items) plus its ring of maxlen + 1 slots. */
  deque: (maxlen: number) => blocks(24) + blocks(WORD_BYTES * (maxlen + 1)),
  /** mp_obj_stringio_t (type, vstr pointer, pos, ref) plus the vstr record and its buffer. */
  bytesIO: (capacity: number) => blocks(16) + blocks(16) + blocks(capacity),
  /**
   * mp_obj_namedtuple_type_t: the type header (20 bytes), its 8 slots, the field count and a qstr
   * per field.
   */
  namedTupleType: (fields: number) => blocks(56 + WORD_BYTES * fields),
  /**
   * A class's type object (py/objtype.c mp_obj_new_type): the type header (20 bytes) and 10 slots,
   * one more for its parent when it has bases and one more for a protocol its first base has (a
   * stream's, io.IOBase's); the bases tuple and the locals dict apart.
   */
  classType: (hasBases: boolean, protocol = false) => blocks(20 + WORD_BYTES * (10 + (hasBases ? 1 : 0) + (protocol ? 1 : 0))),
  /**
   * A generator instance: type, pending exception and the code state header (function, ip, sp,
   * sizes, old globals: 7 words), then n_state slots (locals + stack) and 8 bytes per try block.
   */
  generator: (nState: number, excStack = 0) => blocks(WORD_BYTES * (7 + nState) + 8 * excStack),
} as const;

/**
 * Digits (16-bit) an mpz needs to hold `value`: from its hexadecimal text when it is long, which
 * takes linear time (shifting 16 bits at a time copies the number once per digit: minutes for a
 * 300 KB int); a short one is shifted.
 */
export function mpzDigits(value: bigint): number {
  let v = value < 0n ? -value : value;
  if (v >= 1n << 256n) {
    const hex = v.toString(16);
    return Math.ceil(((hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)))) / 16);
  }
  let n = 0;
  while (v > 0n) {
    v >>= 16n;
    n++;
  }
  return n;
}
