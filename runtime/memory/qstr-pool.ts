// Takes a BlockHeap; gives what interning a new qstr at run time allocates, as py/qstr.c does:
// the text goes into a chunk (at least 128 bytes, grown in place when the blocks after it are free,
// else a new chunk), and its entry into the newest pool, a new pool of twice the entries being
// allocated when that one is full. Pools and chunks are never freed: the VM marks them as roots.

import { AllocationFailure } from "./growth.js";

/** What the pools need of a heap: a BlockHeap, or the VM's heap marking the blocks as the pools' own. */
export interface PoolHeap {
  alloc(nBytes: number): number | null;
  realloc(block: number, nBytes: number, allowMove: boolean): number | null;
  readonly lockDepth: number;
}

/** MICROPY_ALLOC_QSTR_CHUNK_INIT. */
export const QSTR_CHUNK_INIT = 128;
/** qstr_pool_t on 32 bits before its arrays: prev, total_prev_len, alloc, len, hashes, lengths. */
const POOL_HEADER = 24;

export interface QstrPoolOptions {
  /**
   * Entries of the newest pool before any run-time qstr: the firmware's last const pool, whose
   * alloc is MICROPY_ALLOC_QSTR_ENTRIES_INIT (10) or, with frozen modules, min(frozen qstrs, 10);
   * it is full, so the first run-time qstr allocates a pool of twice that.
   */
  readonly constPoolAlloc?: number;
  /** MICROPY_QSTR_BYTES_IN_HASH: 2 at the full feature level (the WebAssembly port), 1 at core. */
  readonly hashBytes?: number;
}

export class QstrPool {
  /** Heads of every pool and chunk allocated, in order: roots for the collector. */
  readonly heads: number[] = [];
  poolAlloc: number;
  poolLen: number;
  chunk: number | null = null;
  chunkAlloc = 0;
  chunkUsed = 0;
  private readonly entryBytes: number;

  constructor(
    private readonly heap: PoolHeap,
    opts: QstrPoolOptions = {},
  ) {
    this.poolAlloc = opts.constPoolAlloc ?? 10;
    this.poolLen = this.poolAlloc;
    this.entryBytes = 4 + (opts.hashBytes ?? 2) + 1; // text pointer, hash, length
  }

  /** Bytes of a pool of n entries. */
  poolBytes(n: number): number {
    return POOL_HEADER + this.entryBytes * n;
  }

  /** qstr_from_strn for text of `len` bytes not interned yet (the caller has looked it up). */
  intern(len: number): void {
    const heap = this.heap;
    const n = len + 1;
    if (this.chunk !== null && this.chunkUsed + n > this.chunkAlloc) {
      // Grow without moving (other qstrs point into it); failing that, trim it and start another.
      if (heap.realloc(this.chunk, this.chunkAlloc + n, false) !== null) this.chunkAlloc += n;
      else {
        heap.realloc(this.chunk, this.chunkUsed, false);
        this.chunk = null;
      }
    }
    if (this.chunk === null) {
      let al = Math.max(n, QSTR_CHUNK_INIT);
      let b = heap.alloc(al);
      if (b === null) {
        al = n;
        b = heap.alloc(n);
        if (b === null) throw new AllocationFailure(n, heap.lockDepth > 0);
      }
      this.chunk = b;
      this.heads.push(b);
      this.chunkAlloc = al;
      this.chunkUsed = 0;
    }
    this.chunkUsed += n;
    if (this.poolLen >= this.poolAlloc) {
      const next = this.poolAlloc * 2;
      const pool = heap.alloc(this.poolBytes(next));
      if (pool === null) {
        // py/qstr.c forgets the chunk, and names the entry count, not the bytes, in its message.
        this.chunk = null;
        throw new AllocationFailure(next, heap.lockDepth > 0);
      }
      this.heads.push(pool);
      this.poolAlloc = next;
      this.poolLen = 0;
    }
    this.poolLen++;
  }
}
