// The heap accountant: takes allocation requests in bytes, gives MicroPython's block-rounded
// counts (current, peak, free), a size limit that fails like py/gc.c, heap locking, and a
// collect() that frees what a mark phase over the runtime's object graph did not reach.

import { blocks, BLOCK_BYTES } from "./sizes.js";

/** Raised on allocation failure; the VM turns it into Python's MemoryError with this message. */
export class HeapExhausted extends Error {
  constructor(readonly requested: number, readonly locked: boolean) {
    // py/gc.c via m_malloc_fail: the request as asked for, before rounding to blocks.
    super(locked ? "memory allocation failed, heap is locked" : `memory allocation failed, allocating ${requested} bytes`);
    this.name = "MemoryError";
  }
}

/** Anything the heap tracks: the VM's objects carry their reserved size here. */
export interface HeapCell {
  heapBytes: number;
  /** Block-rounded sizes of the cell's separate allocations, for mem_info's block histogram. */
  heapAllocs?: number[];
}

/**
 * Usable pool bytes of a heap area of `areaBytes`: py/gc.c gives each 16-byte block 2 allocation
 * bits and 1 finaliser bit out of the same area (8 * area / 524 table bytes, 4 blocks per byte).
 */
export function gcPoolBytes(areaBytes: number): number {
  return Math.floor((8 * areaBytes) / 524) * 4 * BLOCK_BYTES;
}

export interface HeapOptions {
  /** The heap area in bytes as a port configures it (`--heap 16k`); Infinity for no limit. */
  readonly limit?: number;
}

export interface HeapStats {
  readonly used: number;
  readonly free: number;
  readonly peak: number;
  readonly total: number;
  readonly allocations: number;
  readonly collections: number;
}

export class Heap {
  /** The configured heap area, and the pool left after the allocation tables. */
  readonly area: number;
  readonly limit: number;
  private usedBytes = 0;
  private peakBytes = 0;
  private allocCount = 0;
  private allocatedBytes = 0;
  private collectCount = 0;
  private lockDepth = 0;
  private live = new Set<HeapCell>();
  /** gc.disable() stops automatic collection, never explicit gc.collect(). */
  autoCollect = true;
  /** gc.threshold(): collect when this many bytes were allocated since the last collection; -1 off. */
  threshold = -1;
  private sinceCollect = 0;
  /** Called to reclaim memory before failing; returns nothing, the heap re-checks afterwards. */
  onPressure: (() => void) | null = null;

  constructor(opts: HeapOptions = {}) {
    const lim = opts.limit ?? Infinity;
    this.area = lim;
    this.limit = Number.isFinite(lim) ? gcPoolBytes(lim) : Infinity;
  }

  get used(): number {
    return this.usedBytes;
  }
  get peak(): number {
    return this.peakBytes;
  }
  /** Bytes ever reserved, frees not counted (micropython.mem_total). */
  get allocated(): number {
    return this.allocatedBytes;
  }
  get free(): number {
    return Number.isFinite(this.limit) ? this.limit - this.usedBytes : Number.MAX_SAFE_INTEGER;
  }
  get locked(): boolean {
    return this.lockDepth > 0;
  }

  /** Reserves `bytes` (rounded to blocks) and returns the rounded amount. Throws HeapExhausted. */
  reserve(bytes: number): number {
    const size = blocks(bytes);
    if (size === 0) return 0;
    if (this.lockDepth > 0) throw new HeapExhausted(bytes, true);
    if (this.threshold >= 0 && this.autoCollect && this.sinceCollect + size > this.threshold) this.onPressure?.();
    if (this.usedBytes + size > this.limit && this.autoCollect) this.onPressure?.();
    if (this.usedBytes + size > this.limit) throw new HeapExhausted(bytes, false);
    this.usedBytes += size;
    this.sinceCollect += size;
    this.allocCount++;
    this.allocatedBytes += size;
    if (this.usedBytes > this.peakBytes) this.peakBytes = this.usedBytes;
    return size;
  }

  /** Reserves storage for `cell`, adding to what it already holds (growing a list's items, say). */
  track(cell: HeapCell, bytes: number): void {
    const size = this.reserve(bytes);
    if (size === 0) return;
    cell.heapBytes = (cell.heapBytes ?? 0) + size;
    (cell.heapAllocs ??= []).push(size);
    this.live.add(cell);
  }

  /** Resizes a separately allocated part of `cell` (m_renew): frees the old, reserves the new. */
  resize(cell: HeapCell, oldBytes: number, newBytes: number): void {
    const before = blocks(oldBytes);
    const after = blocks(newBytes);
    if (after > before) {
      this.track(cell, after - before);
    } else if (after < before) {
      cell.heapBytes -= before - after;
      this.usedBytes -= before - after;
    }
  }

  /** Sets the bytes in use to what a collection found reachable (keeps the peak). */
  rebase(used: number): void {
    this.usedBytes = Math.max(0, used);
    this.sinceCollect = 0;
    this.collectCount++;
  }

  /** Gives memory back explicitly (m_del of a replaced table, say). */
  release(bytes: number): void {
    this.usedBytes = Math.max(0, this.usedBytes - blocks(bytes));
  }

  /**
   * gc.collect(): `mark` visits every object reachable from the roots and calls `keep` on each;
   * every tracked cell not kept is freed. Returns the bytes freed.
   */
  collect(mark: (keep: (cell: HeapCell) => boolean) => void): number {
    const reached = new Set<HeapCell>();
    mark((cell) => {
      if (reached.has(cell)) return false;
      reached.add(cell);
      return true;
    });
    let freed = 0;
    for (const cell of this.live) {
      if (!reached.has(cell)) {
        freed += cell.heapBytes;
        this.live.delete(cell);
      }
    }
    this.usedBytes -= freed;
    this.sinceCollect = 0;
    this.collectCount++;
    return freed;
  }

  lock(): void {
    this.lockDepth++;
  }
  /** Returns the new depth, as micropython.heap_unlock() does. */
  unlock(): number {
    if (this.lockDepth > 0) this.lockDepth--;
    return this.lockDepth;
  }
  get depth(): number {
    return this.lockDepth;
  }

  stats(): HeapStats {
    return {
      used: this.usedBytes,
      free: this.free,
      peak: this.peakBytes,
      total: this.limit,
      allocations: this.allocCount,
      collections: this.collectCount,
    };
  }

  /** Sizes in bytes of the live allocations tracked one by one, oldest first. */
  *allocations(): Generator<number> {
    for (const cell of this.live) yield* cell.heapAllocs ?? [cell.heapBytes];
  }

  /** Live allocations by size in blocks, as mem_info counts 1-blocks, 2-blocks and the largest. */
  blockHistogram(): { ones: number; twos: number; largest: number } {
    let ones = 0;
    let twos = 0;
    let largest = 0;
    for (const cell of this.live) {
      for (const bytes of cell.heapAllocs ?? [cell.heapBytes]) {
        const n = bytes / BLOCK_BYTES;
        if (n === 1) ones++;
        else if (n === 2) twos++;
        if (n > largest) largest = n;
      }
    }
    return { ones, twos, largest };
  }

  resetPeak(): void {
    this.peakBytes = this.usedBytes;
  }
}

/** Parses `16k`, `2M`, `65536` into bytes; throws a readable error on anything else. */
export function parseHeapSize(text: string): number {
  const m = /^\s*(\d+)\s*([kKmM]?)[bB]?\s*$/.exec(text);
  if (!m) throw new Error(`invalid heap size '${text}' (expected a number of bytes, e.g. 16k, 65536, 1M)`);
  const n = Number(m[1]) * (m[2] === "" ? 1 : m[2].toLowerCase() === "k" ? 1024 : 1024 * 1024);
  if (n < BLOCK_BYTES) throw new Error(`heap size '${text}' is smaller than one ${BLOCK_BYTES}-byte block`);
  return n;
}
