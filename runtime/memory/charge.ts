// The VM's side of the heap model (runtime/memory/MODEL.md): every object the VM creates charges
// the bytes MicroPython v1.27.0 would allocate for it on a 32-bit port (runtime/memory/sizes.ts),
// so gc.mem_alloc(), MemoryError on a small heap and heap_lock behave as on a board. Charging
// is off while a module's constants are materialised (the import cost counts those).

import { Heap, HeapExhausted } from "./heap.js";
import { isInterned } from "./import-charge.js";
import { AllocationFailure } from "./growth.js";
import { QstrPool } from "./qstr-pool.js";
import { bitLength } from "./bounds.js";
import { TextSet } from "./text-set.js";
import type { CodeRoot } from "./import-place.js";

/** The heap model of one run: part of the run state that runtime/index.ts swaps in for each Runtime. */
export interface MemState {
  heap: Heap;
  /** Above 0 while charging is off (uncharged()). */
  off: number;
  /** Bytes no collection frees: what loading the modules took. */
  fixed: number;
  /** Strings interned at run time (the module qstr tables), which cost nothing when made again. */
  interned: Set<string>;
  /** The qstr pools and chunks, placed on the heap as py/qstr.c allocates them. */
  pool: QstrPool;
  /** Constant objects of loaded modules: counted with their module's tables, not when reached. */
  consts: WeakSet<object>;
  constStrs: Set<string | bigint | number>;
  /** Objects a built-in module holds (ROM, or the port's allocations at start): no bytes of their own when reached. */
  rom: WeakSet<object>;
  /** Loaded code kept by a pointer no object holds (import-place.ts CodeRoot): walked at each collection. */
  codeRoots: CodeRoot[];
}

export function newMemState(heap = new Heap()): MemState {
  return { heap, off: 0, fixed: 0, interned: new TextSet(), pool: new QstrPool(heap.qstrTable), consts: new WeakSet(), constStrs: new Set(), rom: new WeakSet(), codeRoots: [] };
}

/** The active run's heap model. */
export let mem: MemState = newMemState();

/** Makes `m` the active heap model; returns the one it replaces. */
export function useMem(m: MemState): MemState {
  const prev = mem;
  mem = m;
  return prev;
}

/** Whether allocations are charged now (not while the VM builds its own, ROM-resident objects). */
export function charging(): boolean {
  return mem.off === 0;
}

export function charge(bytes: number): void {
  if (mem.off === 0) mem.heap.reserve(bytes);
}

/** Growing an existing allocation to `requested` bytes (m_renew): fails under heap_lock even when the blocks suffice. */
export function chargeGrowth(bytes: number, requested = bytes): void {
  if (mem.off !== 0) return;
  if (mem.heap.locked) throw new HeapExhausted(requested, true);
  try {
    mem.heap.reserve(bytes);
  } catch (e) {
    // gc_realloc fails naming the new size it asked for, not the growth.
    if (e instanceof HeapExhausted && !e.locked) throw new HeapExhausted(requested, false);
    throw e;
  }
}

/** m_renew shrinking an allocation in place, or m_del: `bytes` (whole blocks) go back to the heap. */
export function release(bytes: number): void {
  if (mem.off === 0 && bytes > 0) mem.heap.release(bytes);
}

/** m_new_maybe: reserves `bytes` when the heap can give them, else reports false (nothing raised). */
export function tryCharge(bytes: number): boolean {
  if (mem.off !== 0) return true;
  try {
    mem.heap.reserve(bytes);
    return true;
  } catch (e) {
    if (e instanceof HeapExhausted) return false;
    throw e;
  }
}

/** m_renew_maybe growing an allocation by `bytes`: refused under heap_lock even when blocks suffice. */
export function tryGrow(bytes: number): boolean {
  if (mem.off !== 0) return true;
  return !mem.heap.locked && tryCharge(bytes);
}

/**
 * A str made at run time (mp_obj_new_str, or from a vstr): free when its text is already a qstr
 * (qstr_find_strn), else its data with a NUL (as a vstr finishes it) and then its 16-byte object.
 * A one-character text is no exception: only the strings internStr() made (indexing, iterating a
 * str, chr()) are qstrs. A str value has no identity here, so a long one's blocks are owned by its
 * text: a collection keeps them while some reached str has that text, which is what decides
 * fragmentation as strings grow. A short one's are anonymous and placed again after a collection:
 * looking every dead short str up by its text cost a third of str_build's time.
 */
export function chargeStr(s: string): void {
  if (mem.off !== 0) return;
  if (isInterned(mem.interned, s)) return;
  const data = utf8Length(s) + 1;
  if (data > OWNED_STR_BYTES) {
    mem.heap.allocFor(s, data);
    mem.heap.allocFor(s, 16);
  } else {
    mem.heap.reserve(data);
    mem.heap.reserve(16);
  }
}

/** Data bytes above which a str's blocks are owned by its text (chargeStr). */
const OWNED_STR_BYTES = 48;

/**
 * mp_obj_new_str_via_qstr (a str's item, its iterator's next, chr()): the text is interned, so the
 * qstr pools may grow (a chunk or a new pool, on the heap for good); nothing else is allocated.
 */
export function internStr(s: string): string {
  if (isInterned(mem.interned, s)) return s;
  if (mem.off === 0) internOnHeap(s);
  mem.interned.add(s);
  return s;
}

/** qstr_from_strn's allocations for a text not interned yet (the caller records it as interned). */
export function internOnHeap(s: string): void {
  try {
    mem.pool.intern(utf8Length(s));
  } catch (e) {
    if (e instanceof AllocationFailure) throw new HeapExhausted(e.requested, e.locked);
    throw e;
  }
}

/** Bytes the qstr pools and chunks occupy on the heap now. */
export function qstrPoolBytes(): number {
  const t = mem.heap.table;
  return mem.pool.heads.reduce((sum, b) => sum + t.nbytes(b), 0);
}

/**
 * An int outside the 31-bit small-int range lives in an mpz of 16-bit digits: the object, then
 * the digits. Anonymous: looking every dead int up by value at each collection costs too much,
 * so a collection places the reached ones again.
 */
export function chargeBig(v: number | bigint): void {
  if (mem.off !== 0) return;
  // Digits from the bit length: linear in the number's size, where shifting it down would be quadratic.
  const digits = Math.ceil(bitLength(v) / 16);
  mem.heap.reserve(16);
  mem.heap.reserve(2 * Math.max(2, digits));
}

/** m_new for an object that keeps its own heads (list, dict, bytearray...); null when charging is off or for 0 bytes. */
export function own(owner: object, bytes: number): number | null {
  return mem.off === 0 ? mem.heap.allocFor(owner, bytes) : null;
}

/** m_renew of an object's own allocation; the head unchanged while charging is off. */
export function renew(owner: object, head: number | null, bytes: number): number | null {
  return mem.off === 0 ? mem.heap.reallocFor(owner, head, bytes) : head;
}

/** m_del of an object's own allocation. */
export function disown(owner: object, head: number | null): void {
  if (mem.off === 0) mem.heap.freeFor(owner, head);
}

export function isSmallInt(v: number): boolean {
  return v >= -0x40000000 && v <= 0x3fffffff;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** Runs `f` without charging (materialising constants, building module namespaces). */
export function uncharged<T>(f: () => T): T {
  mem.off++;
  try {
    return f();
  } finally {
    mem.off--;
  }
}

