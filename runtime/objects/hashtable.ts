// dict and set storage as MicroPython lays it out (py/map.c): open addressing with linear
// probing over a table whose sizes come from one fixed list, deleted slots left as tombstones,
// and growth only when a probe finds no free slot at all. Iteration walks the table in slot
// order, so a dict prints its keys in the same order as on the device. Hashes follow a 32-bit
// port: small ints hash to themselves, strings by djb2 over their UTF-8 bytes kept to 16 bits.

import { refuseBeyondHeap } from "../memory/bounds.js";
import { charge, disown, own, release } from "../memory/charge.js";
import { DICT, FROZENSET, PyObject, SET, type PyType, type Value } from "./value.js";

const SIZES = [
  0, 2, 4, 6, 8, 10, 12, 17, 23, 29, 37, 47, 59, 73, 97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161, 3229, 4831, 7243,
  10861, 16273, 24407, 36607, 54907,
];

export function allocAtLeast(x: number): number {
  for (const s of SIZES) if (s >= x) return s;
  // Beyond the list MicroPython grows by a bit more than half, kept odd.
  return x + (x >> 1) | 1;
}

/** A tombstone: a deleted slot that probing must pass over. */
const DELETED = Symbol("deleted");
type Slot = Value | typeof DELETED;

export type HashFn = (v: Value) => number;
export type EqFn = (a: Value, b: Value) => boolean;

/**
 * The operations a table needs from the object model: ops.ts fills them as it loads (a table may hold
 * any value, whose hash and equality call back into Python, so this file cannot import them).
 */
export const tableOps: { hash: HashFn; eq: EqFn } = {
  hash: () => 0,
  eq: (a, b) => a === b,
};

function sameKey(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeof a;
  // Two different strings or two different small ints are never equal: skip the general test.
  if ((ta === "string" || ta === "number") && typeof b === ta) return false;
  return tableOps.eq(a, b);
}

export class HashTable {
  /** Bytes per slot once a dict (8) or set (4) owns the table; 0 while unowned (not charged). */
  slotBytes = 0;
  /** The dict or set whose heap allocation the table is, and its head. */
  private owner: object | null = null;
  private head: number | null = null;
  keys: Slot[] = [];
  vals: Value[] = [];
  alloc = 0;
  used = 0;
  /** Keeps insertion order (an OrderedDict's table): equality between two such is order-sensitive. */
  readonly ordered: boolean = false;
  /** Called with the new slot count whenever the table is (re)allocated, for memory accounting. */
  constructor(initial = 0) {
    if (initial > 0) this.reset(initial);
  }
  private reset(n: number): void {
    // A size no heap could hold (BUILD_MAP of a damaged file asks for any) is MemoryError before the
    // host allocates it. A set's slot is one word, a dict's two (mp_map_elem_t); an unowned table
    // is bounded by the smaller, so nothing a board could hold is refused here.
    refuseBeyondHeap((this.slotBytes || 4) * n);
    this.alloc = n;
    this.keys = new Array<Slot>(n).fill(undefined);
    this.vals = new Array<Value>(n).fill(undefined);
    this.used = 0;
  }
  private rehash(): void {
    const oldAlloc = this.alloc;
    const oldK = this.keys;
    const oldV = this.vals;
    const newAlloc = allocAtLeast(this.alloc + 1);
    // mp_map_rehash/mp_set_rehash: the new table is allocated while the old one is held, then the old freed.
    if (this.owner) {
      const table = own(this.owner, this.slotBytes * newAlloc);
      disown(this.owner, this.head);
      this.head = table;
    } else if (this.slotBytes) {
      // A table some native object keeps (a poll set): anonymous blocks, the old freed after the new is made.
      charge(this.slotBytes * newAlloc);
      release(this.slotBytes * oldAlloc);
    }
    this.reset(newAlloc);
    for (let i = 0; i < oldK.length; i++) {
      const k = oldK[i];
      if (k !== undefined && k !== DELETED) this.set(k, oldV[i]);
    }
  }
  /** Slot index of `key`, or -1. */
  find(key: Value): number {
    if (this.alloc === 0) return -1;
    const start = tableOps.hash(key) % this.alloc;
    let pos = start;
    for (;;) {
      const k = this.keys[pos];
      if (k === undefined) return -1;
      if (k !== DELETED && sameKey(k as Value, key)) return pos;
      pos = (pos + 1) % this.alloc;
      if (pos === start) return -1;
    }
  }
  get(key: Value): Value {
    const i = this.find(key);
    return i < 0 ? undefined : this.vals[i];
  }
  has(key: Value): boolean {
    return this.find(key) >= 0;
  }
  /** Stores key: value; returns true if the key was new. */
  set(key: Value, value: Value): boolean {
    if (this.alloc === 0) this.rehash();
    const h = tableOps.hash(key);
    for (;;) {
      const start = h % this.alloc;
      let pos = start;
      let avail = -1;
      for (;;) {
        const k = this.keys[pos];
        if (k === undefined) {
          const at = avail >= 0 ? avail : pos;
          this.keys[at] = key;
          this.vals[at] = value;
          this.used++;
          return true;
        }
        if (k === DELETED) {
          if (avail < 0) avail = pos;
        } else if (sameKey(k as Value, key)) {
          this.vals[pos] = value;
          return false;
        }
        pos = (pos + 1) % this.alloc;
        if (pos === start) break;
      }
      if (avail >= 0) {
        this.keys[avail] = key;
        this.vals[avail] = value;
        this.used++;
        return true;
      }
      this.rehash();
    }
  }
  /** Removes `key`; returns its value, or undefined when absent. */
  delete(key: Value): Value {
    const i = this.find(key);
    if (i < 0) return undefined;
    const v = this.vals[i];
    this.used--;
    this.keys[i] = this.keys[(i + 1) % this.alloc] === undefined ? undefined : DELETED;
    this.vals[i] = undefined;
    return v;
  }
  /** The table becomes `owner`'s, with `slotBytes` per slot: its allocation is made now. */
  bind(owner: object, slotBytes: 8 | 4): void {
    this.owner = owner;
    this.slotBytes = slotBytes;
    this.head = own(owner, slotBytes * this.alloc);
  }
  /** mp_map_clear/mp_set_clear: the table is freed at once (m_del). */
  clear(): void {
    if (this.owner) disown(this.owner, this.head);
    else if (this.slotBytes) release(this.slotBytes * this.alloc);
    this.head = null;
    this.keys = [];
    this.vals = [];
    this.alloc = 0;
    this.used = 0;
  }
  /** Slot indices of live entries in table order. */
  *slots(): Generator<number> {
    for (let i = 0; i < this.alloc; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DELETED) yield i;
    }
  }
  /** Index of the first live slot at or after `i`, or -1. */
  nextSlot(i: number): number {
    for (; i < this.alloc; i++) {
      const k = this.keys[i];
      if (k !== undefined && k !== DELETED) return i;
    }
    return -1;
  }
  keyAt(i: number): Value {
    return this.keys[i] as Value;
  }
  entries(): [Value, Value][] {
    const out: [Value, Value][] = [];
    for (const i of this.slots()) out.push([this.keys[i] as Value, this.vals[i]]);
    return out;
  }
  keyList(): Value[] {
    const out: Value[] = [];
    for (const i of this.slots()) out.push(this.keys[i] as Value);
    return out;
  }
  /** Takes `other`'s slots as they are (a set whose table is swapped for a new one, as set_intersect_int's update does). */
  adopt(other: HashTable): void {
    if (this.owner && other.alloc !== this.alloc) {
      const table = own(this.owner, this.slotBytes * other.alloc);
      disown(this.owner, this.head);
      this.head = table;
    }
    this.keys = other.keys;
    this.vals = other.vals;
    this.alloc = other.alloc;
    this.used = other.used;
  }
  copy(): HashTable {
    const t = new HashTable();
    t.keys = this.keys.slice();
    t.vals = this.vals.slice();
    t.alloc = this.alloc;
    t.used = this.used;
    return t;
  }
}

export class PyDict extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  type: PyType = DICT;
  /** A dict in ROM (errno.errorcode, module tables): any change is a TypeError. */
  fixed = false;
  /** The heap head of mp_obj_dict_t (the table has its own). */
  head: number | null;
  constructor(readonly table: HashTable = new HashTable()) {
    super();
    this.head = own(this, 16);
    table.bind(this, 8);
  }
}

export class PySet extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  /** The heap head of mp_obj_set_t (the table has its own). */
  head: number | null;
  constructor(
    readonly table: HashTable,
    readonly type: PyType = SET,
  ) {
    super();
    this.head = own(this, 16);
    table.bind(this, 4);
  }
  get frozen(): boolean {
    return this.type === FROZENSET || this.type.isSubtypeOf(FROZENSET);
  }
}
