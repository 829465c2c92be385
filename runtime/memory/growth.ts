// Takes a BlockHeap; gives the allocation patterns of MicroPython's growable storage, as functions
// the VM calls when an object grows or shrinks: m_new/m_renew/m_del (py/malloc.c), list items
// (py/objlist.c), dict and set tables (py/map.c, rehash allocating the new table before freeing the
// old one), and vstr buffers that build str/bytes (py/vstr.c, py/objstr.c mp_obj_new_str_from_vstr).

import { type BlockHeap, failText } from "./blocks.js";

/** A failed m_malloc/m_renew: the VM raises MemoryError with `message`. */
export class AllocationFailure extends Error {
  constructor(
    readonly requested: number,
    readonly locked: boolean,
  ) {
    super(failText(requested, locked));
    this.name = "MemoryError";
  }
}

/** m_malloc: n bytes or MemoryError; null (no allocation) for 0 bytes. */
export function mNew(heap: BlockHeap, nBytes: number, hasFinaliser = false): number | null {
  if (nBytes === 0) return null;
  const b = heap.alloc(nBytes, hasFinaliser);
  if (b === null) throw new AllocationFailure(nBytes, heap.lockDepth > 0);
  return b;
}

/** m_realloc (allowed to move): the new address, or MemoryError naming the new size. */
export function mRenew(heap: BlockHeap, block: number | null, newBytes: number): number | null {
  const b = heap.realloc(block, newBytes, true);
  if (b === null && newBytes > 0) throw new AllocationFailure(newBytes, heap.lockDepth > 0);
  return b;
}

/** m_free. */
export function mDel(heap: BlockHeap, block: number | null): void {
  if (block !== null) heap.free(block);
}

const WORD = 4;
/** py/objlist.c LIST_MIN_ALLOC. */
export const LIST_MIN_ALLOC = 4;

/** A list's item array (the mp_obj_list_t itself is a separate 16-byte allocation). */
export class ListItems {
  block: number | null;
  constructor(
    private readonly heap: BlockHeap,
    public len: number,
    public alloc = Math.max(len, LIST_MIN_ALLOC),
  ) {
    this.block = mNew(heap, alloc * WORD);
  }
  private resize(alloc: number): void {
    this.block = mRenew(this.heap, this.block, alloc * WORD);
    this.alloc = alloc;
  }
  /** mp_obj_list_append: doubles when full. */
  append(): void {
    if (this.len >= this.alloc) this.resize(this.alloc * 2);
    this.len++;
  }
  /** list_extend from another list of k items: exactly len + k + 4 when it does not fit. */
  extendFromList(k: number): void {
    if (this.len + k > this.alloc) this.resize(this.len + k + 4);
    this.len += k;
  }
  /** list.extend from any other iterable: one append per item. */
  extendFromIter(k: number): void {
    for (let i = 0; i < k; i++) this.append();
  }
  /** list_pop/list_remove: halves when less than half is used (and more than the minimum is allocated). */
  pop(): void {
    this.len--;
    if (this.alloc > LIST_MIN_ALLOC && this.alloc > 2 * this.len) this.resize(this.alloc >> 1);
  }
  /** list_clear: back to the minimum. */
  clear(): void {
    this.len = 0;
    this.resize(LIST_MIN_ALLOC);
  }
}

/** A bytearray's (or array's) item buffer: grows by 8 items when full (py/objarray.c array_append). */
export class ArrayItems {
  block: number | null;
  free = 0;
  constructor(
    private readonly heap: BlockHeap,
    public len: number,
    readonly itemBytes = 1,
  ) {
    this.block = mNew(heap, len * itemBytes);
  }
  append(): void {
    if (this.free === 0) {
      this.block = mRenew(this.heap, this.block, (this.len + 8) * this.itemBytes);
      this.free = 8;
    }
    this.len++;
    this.free--;
  }
}

/** py/map.c hash_allocation_sizes: the table sizes a map or set steps through. */
const HASH_SIZES = [0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161, 3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907];

/** get_hash_alloc_greater_or_equal_to. */
export function hashAllocAtLeast(x: number): number {
  for (const s of HASH_SIZES) if (s >= x) return s;
  return (x + (x >> 1)) | 1;
}

/**
 * A dict's (or instance's, module's) mp_map_t table of 8-byte slots, or a set's table of 4-byte
 * slots. A new key goes into a free or deleted slot; only when every slot holds a live key does
 * the table grow, to the next size, the new table allocated while the old one is still held.
 */
export class HashTable {
  block: number | null = null;
  used = 0;
  alloc = 0;
  constructor(
    private readonly heap: BlockHeap,
    /** 8 for a map (key, value), 4 for a set. */
    readonly slotBytes: 8 | 4,
    initial = 0,
  ) {
    if (initial > 0) {
      this.block = mNew(heap, initial * slotBytes);
      this.alloc = initial;
    }
  }
  private rehash(): void {
    const next = hashAllocAtLeast(this.alloc + 1);
    const table = mNew(this.heap, next * this.slotBytes);
    mDel(this.heap, this.block);
    this.block = table;
    this.alloc = next;
  }
  /** A key that is not there yet goes in. */
  add(): void {
    if (this.used >= this.alloc) this.rehash();
    this.used++;
  }
  /** A key is deleted (its slot becomes a sentinel; the table keeps its size). */
  remove(): void {
    this.used--;
  }
  /** mp_map_clear/mp_set_clear: the table is freed. */
  clear(): void {
    mDel(this.heap, this.block);
    this.block = null;
    this.alloc = 0;
    this.used = 0;
  }
}

/** py/vstr.c ROUND_ALLOC: up to the next multiple of 8 above. */
export const roundAlloc = (a: number) => (a & ~7) + 8;

/** A vstr buffer building a str or bytes. */
export class Vstr {
  block: number | null;
  len = 0;
  alloc: number;
  constructor(
    private readonly heap: BlockHeap,
    alloc = 16,
  ) {
    this.alloc = Math.max(alloc, 1);
    this.block = mNew(heap, this.alloc);
  }
  /** vstr_add_len/vstr_add_strn/vstr_add_byte: grows to ROUND_ALLOC(len + n + 16) when short. */
  add(n: number): void {
    if (this.len + n > this.alloc) {
      const next = roundAlloc(this.len + n + 16);
      this.block = mRenew(this.heap, this.block, next);
      this.alloc = next;
    }
    this.len += n;
  }
  /** vstr_extend: exactly `n` more. */
  extend(n: number): void {
    this.block = mRenew(this.heap, this.block, this.alloc + n);
    this.alloc += n;
  }
  /**
   * mp_obj_new_str_from_vstr/mp_obj_new_bytes_from_vstr: the buffer is trimmed to len + 1 (the
   * NUL) unless it is that size, then the 16-byte str object is allocated; returns both heads.
   * An existing qstr with the same text (str only) frees the buffer and allocates nothing.
   */
  finish(isInternedText = false): { data: number | null; object: number | null } {
    if (isInternedText) {
      mDel(this.heap, this.block);
      this.block = null;
      return { data: null, object: null };
    }
    const data = this.len + 1 === this.alloc ? this.block : mRenew(this.heap, this.block, this.len + 1);
    this.block = null;
    return { data, object: mNew(this.heap, 16) };
  }
}

/** The format m_malloc_fail raises MemoryError with (py/malloc.c), before %u is filled in. */
const FAIL_FORMAT = "memory allocation failed, allocating %u bytes";

/**
 * The text of the MemoryError a failed request of n bytes raises, found by making the
 * allocations py/objexcept.c mp_obj_new_exception_msg_vlist makes for it (on a port without an
 * emergency exception buffer): the str object, a buffer the size of the format, grown by
 * `len + 16` when the formatted text does not fit (cut short if it cannot grow), then the
 * exception and its 1-tuple of arguments. No room for the str object, or for the tuple: no text.
 * No room for the buffer: the format itself, `%u` and all. The allocations stay, as the
 * exception's, until a collection.
 */
export function memoryErrorText(h: Pick<BlockHeap, "alloc" | "realloc">, nBytes: number): string {
  const str = h.alloc(16);
  let alloc = FAIL_FORMAT.length + 1;
  let buf = h.alloc(alloc);
  let text = "";
  if (str !== null && buf === null) text = FAIL_FORMAT;
  else if (str !== null && buf !== null) {
    let canGrow = true;
    for (const piece of ["memory allocation failed, allocating ", String(nBytes), " bytes"]) {
      let len = piece.length;
      if (text.length + len >= alloc) {
        const grown: number | null = canGrow ? h.realloc(buf, alloc + len + 16, true) : null;
        if (grown === null) {
          canGrow = false;
          len = alloc - text.length - 1;
        } else {
          buf = grown;
          alloc += len + 16;
        }
      }
      text += piece.slice(0, len);
    }
  }
  h.alloc(16); // the exception; without room, the VM's static emergency exception is used
  const tuple = str === null ? null : h.alloc(8 + 4);
  return tuple === null ? "" : text;
}
