// Takes a heap size in bytes; gives MicroPython's block allocator over it: the pool py/gc.c
// carves out after its tables, first-fit placement, free, realloc in place or by moving, and the
// figures gc.mem_alloc()/mem_free()/micropython.mem_info() report. Corresponds to py/gc.c
// (gc_setup_area, gc_alloc, gc_free, gc_realloc, gc_info) for a 32-bit port with finalisers.
// Collection (mark from roots, sweep) is in collector.ts, over the same allocation table.

/** MICROPY_BYTES_PER_GC_BLOCK: 4 words of 4 bytes. */
export const BYTES_PER_BLOCK = 16;
/** Allocation-table entries per table byte (2 bits each). */
export const BLOCKS_PER_ATB = 4;
/** Finaliser-table bits per byte. */
const BLOCKS_PER_FTB = 8;
/** py/gc.c ALLOC_TABLE_GAP_BYTE: a spare byte between the two tables. */
const TABLE_GAP = 1;

/** Run lengths whose searches are remembered (BlockHeap.floors). */
const FLOOR_SIZES = 17;

/** Blocks of table made at first: all of a pool up to 4 MiB. */
const INITIAL_TABLE_BLOCKS = 1 << 18;

/** The allocation table's kinds (AT_FREE, AT_HEAD, AT_TAIL, AT_MARK). */
export const Kind = { Free: 0, Head: 1, Tail: 2, Mark: 3 } as const;
/** The same as plain constants, for the loops that visit every block. */
const FREE = 0;
const HEAD = 1;
const TAIL = 2;

export interface HeapLayout {
  /** Allocation-table bytes. */
  readonly atbBytes: number;
  /** Finaliser-table bytes. */
  readonly ftbBytes: number;
  /** Blocks in the pool (4 per allocation-table byte). */
  readonly blocks: number;
  /** The pool in bytes: mem_info's "total", mem_alloc() + mem_free(). */
  readonly poolBytes: number;
}

/**
 * gc_setup_area: of `heapBytes` (the span from heap start to end, the end rounded down to a
 * block), each allocation-table byte pays for itself, half a finaliser byte and 4 blocks of 16,
 * so 8/524 of the span (less the gap byte) is table; whatever the division leaves over is unused.
 */
export function heapLayout(heapBytes: number): HeapLayout {
  if (!Number.isInteger(heapBytes) || heapBytes < 0) throw new RangeError(`heap size must be a whole number of bytes, not ${heapBytes}`);
  const total = heapBytes - (heapBytes % BYTES_PER_BLOCK);
  const atbBytes = total > TABLE_GAP ? Math.floor(((total - TABLE_GAP) * 8) / (8 + (8 * BLOCKS_PER_ATB) / BLOCKS_PER_FTB + 8 * BLOCKS_PER_ATB * BYTES_PER_BLOCK)) : 0;
  const blocks = atbBytes * BLOCKS_PER_ATB;
  return { atbBytes, ftbBytes: Math.ceil(blocks / BLOCKS_PER_FTB), blocks, poolBytes: blocks * BYTES_PER_BLOCK };
}

/** gc_info's figures (mem_info prints them; sizes in bytes, run lengths in blocks). */
export interface BlockInfo {
  readonly total: number;
  readonly used: number;
  readonly free: number;
  readonly oneBlocks: number;
  readonly twoBlocks: number;
  readonly maxBlock: number;
  readonly maxFree: number;
}

export interface BlockHeapOptions {
  /**
   * What a failed allocation does before giving up: on a board gc_alloc collects and searches
   * again (the default). The WebAssembly port only schedules the collection for when control
   * returns to JavaScript, so its allocation fails at once; false reproduces that.
   */
  readonly collectOnFailure?: boolean;
}

/** Whole blocks for a request of n bytes (0 for 0: gc_alloc returns NULL and reserves nothing). */
export function blocksFor(nBytes: number): number {
  return Math.ceil(nBytes / BYTES_PER_BLOCK);
}

/**
 * The pool and its allocation table, one kind per block. Addresses are block numbers from the
 * start of the pool; null is a failed allocation (the caller raises MemoryError, see failText).
 */
export class BlockHeap {
  readonly layout: HeapLayout;
  /**
   * Kind of each block (py/gc.c packs four per byte; the order of blocks is what matters). A large
   * pool's table is made as placement reaches into it (blocks past its end are free), so a heap of
   * many megabytes costs the host only what the program uses.
   */
  kinds: Uint8Array;
  /** Finaliser flag of each head (the FTB). */
  finaliser: Uint8Array;
  /** Blocks not free, kept as they change so gc.mem_alloc() needs no scan. */
  usedBlocks = 0;
  /**
   * For runs of n blocks (n < FLOOR_SIZES): no free run of n starts before floors[n], known from
   * the last search for n. Where a search would start is unchanged, only how far it must look: a
   * search for a few blocks on a full heap otherwise rescans every used block. Any block made
   * free clears them all.
   */
  private readonly floors = new Int32Array(FLOOR_SIZES);
  /** gc_last_free_atb_index: the table byte where the next search starts. */
  lastFreeAtb = 0;
  /** gc_last_used_block: the sweep stops here. */
  lastUsedBlock = 0;
  /** gc_lock_depth (gc.lock nesting; micropython.heap_lock). */
  lockDepth = 0;
  /** gc_auto_collect_enabled (gc.enable/gc.disable). */
  autoCollect = true;
  /** gc_alloc_threshold in blocks; -1 (size_t -1) is off, the default. */
  thresholdBlocks = -1;
  /** gc_alloc_amount: blocks allocated since the last collection. */
  allocAmount = 0;
  /** Called for a collection the allocator triggers (after a failure, or at the threshold). */
  collect: () => void = () => {};
  /**
   * Allocations held only by the caller for now (an object being built, the old run of a moving
   * realloc): on the device a pointer on the C stack keeps them; here they count as roots.
   */
  readonly pinned = new Map<number, number>();
  private readonly collectOnFailure: boolean;

  constructor(heapBytes: number, opts: BlockHeapOptions = {}) {
    this.layout = heapLayout(heapBytes);
    const made = Math.min(this.layout.blocks, INITIAL_TABLE_BLOCKS);
    this.kinds = new Uint8Array(made + 1); // one past the end reads as Free, as the gap byte does
    this.finaliser = new Uint8Array(made);
    this.collectOnFailure = opts.collectOnFailure ?? true;
  }

  get blocks(): number {
    return this.layout.blocks;
  }

  /** Blocks the table has been made for so far (the whole pool unless it is large). */
  get capacity(): number {
    return this.finaliser.length;
  }

  /** Makes more of a large pool's table; false when all of it is made. */
  private extend(): boolean {
    const have = this.finaliser.length;
    if (have >= this.layout.blocks) return false;
    const next = Math.min(this.layout.blocks, have * 2);
    const kinds = new Uint8Array(next + 1);
    kinds.set(this.kinds.subarray(0, have));
    const fin = new Uint8Array(next);
    fin.set(this.finaliser);
    this.kinds = kinds;
    this.finaliser = fin;
    this.clearFloors();
    return true;
  }

  /** Blocks of the allocation starting at head `block` (head and tails). */
  lengthOf(block: number): number {
    let n = 1;
    while (this.kinds[block + n] === Kind.Tail) n++;
    return n;
  }

  /** gc_nbytes: the bytes an allocation occupies, 0 if `block` is no head. */
  nbytes(block: number): number {
    return this.kinds[block] === Kind.Head ? this.lengthOf(block) * BYTES_PER_BLOCK : 0;
  }

  /** First fit from the search hint, as gc_alloc scans the table; the last block of the run, or -1. */
  private search(n: number): number {
    let free = 0;
    const kinds = this.kinds;
    const end = this.finaliser.length;
    const from = this.lastFreeAtb * BLOCKS_PER_ATB;
    const small = n < FLOOR_SIZES;
    const floor = small ? this.floors[n]! : 0;
    for (let b = from > floor ? from : floor; b < end; b++) {
      if (kinds[b] === FREE) {
        if (++free >= n) {
          if (small) this.floors[n] = b + 1;
          return b;
        }
      } else free = 0;
    }
    if (small) this.floors[n] = Math.max(from, end - n + 1);
    return -1;
  }

  /** Blocks became free: what the last searches learnt no longer holds. */
  clearFloors(): void {
    this.floors.fill(0);
  }

  /**
   * gc_alloc: n bytes in whole blocks; null when nothing fits even after a collection (or when
   * the heap is locked). A zero-byte request gives null and is no failure (see m_malloc).
   */
  alloc(nBytes: number, hasFinaliser = false): number | null {
    const n = blocksFor(nBytes);
    if (n === 0 || this.lockDepth > 0) return null;
    const noneDue = this.thresholdBlocks < 0 || !this.autoCollect || this.allocAmount < this.thresholdBlocks;
    if (n === 1 && noneDue) {
      // The commonest request (a float, a small object, a short str's data) with no collection
      // due: search() and the placement below for one block, written out.
      const kinds = this.kinds;
      const stop = this.finaliser.length;
      let b = Math.max(this.lastFreeAtb * BLOCKS_PER_ATB, this.floors[1]!);
      while (b < stop && kinds[b] !== FREE) b++;
      if (b < stop) {
        this.floors[1] = b + 1;
        this.lastFreeAtb = (b + 1) >> 2; // / BLOCKS_PER_ATB, as an integer shift
        if (b > this.lastUsedBlock) this.lastUsedBlock = b;
        kinds[b] = HEAD;
        this.finaliser[b] = hasFinaliser ? 1 : 0;
        this.allocAmount++;
        this.usedBlocks++;
        return b;
      }
    }
    // With no collection due, a run found at once is the answer.
    let end = noneDue ? this.search(n) : -1;
    if (end < 0) end = this.searchCollecting(n);
    if (end < 0) return null;
    const start = end - n + 1;
    // Only a one-block search proves there is no free block before it.
    if (n === 1) this.lastFreeAtb = Math.floor((end + 1) / BLOCKS_PER_ATB);
    if (end > this.lastUsedBlock) this.lastUsedBlock = end;
    const kinds = this.kinds;
    kinds[start] = HEAD;
    for (let b = start + 1; b <= end; b++) kinds[b] = TAIL;
    this.finaliser[start] = hasFinaliser ? 1 : 0;
    this.allocAmount += n;
    this.usedBlocks += n;
    return start;
  }

  /**
   * gc_alloc's search with its collections: at the threshold first, then after making more of a
   * large pool's table, on failure (when the port collects then); the last block of a run, or -1.
   */
  private searchCollecting(n: number): number {
    let collected = !this.autoCollect;
    if (!collected && this.thresholdBlocks >= 0 && this.allocAmount >= this.thresholdBlocks) {
      this.collect();
      collected = true;
    }
    let end = this.search(n);
    while (end < 0 && this.extend()) end = this.search(n);
    while (end < 0) {
      if (collected) return -1;
      if (this.collectOnFailure) this.collect();
      collected = true;
      end = this.search(n);
    }
    return end;
  }

  /** gc_free: frees an allocation at once (a no-op while the heap is locked). */
  free(block: number): void {
    if (this.lockDepth > 0) return;
    const k = this.kinds[block];
    if (k !== Kind.Head && k !== Kind.Mark) throw new Error(`internal error: gc_free of block ${block}, which heads no allocation`);
    this.finaliser[block] = 0;
    this.clearFloors();
    if (Math.floor(block / BLOCKS_PER_ATB) < this.lastFreeAtb) this.lastFreeAtb = Math.floor(block / BLOCKS_PER_ATB);
    do {
      this.kinds[block++] = Kind.Free;
      this.usedBlocks--;
    } while (this.kinds[block] === Kind.Tail);
  }

  /**
   * gc_realloc: shrinks in place, grows in place into free blocks that follow, or else (if
   * allowed) allocates a new run, copies and frees the old one; null on failure, the old
   * allocation then untouched. The old run is pinned through a collection the move triggers.
   */
  realloc(block: number | null, nBytes: number, allowMove = true): number | null {
    if (block === null) return this.alloc(nBytes);
    if (nBytes === 0) {
      this.free(block);
      return null;
    }
    if (this.lockDepth > 0) return null;
    if (this.kinds[block] !== Kind.Head) throw new Error(`internal error: gc_realloc of block ${block}, which heads no allocation`);
    const want = blocksFor(nBytes);
    let have = 1;
    let free = 0;
    while (block + want > this.finaliser.length && this.extend());
    for (let b = block + 1; b < this.finaliser.length; b++) {
      const k = this.kinds[b];
      if (k === Kind.Tail) {
        have++;
        continue;
      }
      if (k === Kind.Free) {
        free++;
        if (have + free >= want) break;
        continue;
      }
      break;
    }
    if (want === have) return block;
    if (want < have) {
      for (let b = block + want; b < block + have; b++) this.kinds[b] = Kind.Free;
      this.usedBlocks -= have - want;
      this.clearFloors();
      const atb = Math.floor((block + want) / BLOCKS_PER_ATB);
      if (atb < this.lastFreeAtb) this.lastFreeAtb = atb;
      return block;
    }
    if (want <= have + free) {
      for (let b = block + have; b < block + want; b++) this.kinds[b] = Kind.Tail;
      this.usedBlocks += want - have;
      // py/gc.c records one past the new end here (block + new_blocks), unlike gc_alloc.
      this.lastUsedBlock = Math.max(this.lastUsedBlock, block + want);
      return block;
    }
    if (!allowMove) return null;
    this.pin(block);
    let moved: number | null;
    try {
      moved = this.alloc(nBytes, this.finaliser[block] === 1);
    } finally {
      this.unpin(block);
    }
    if (moved === null) return null;
    this.free(block);
    return moved;
  }

  pin(block: number): void {
    this.pinned.set(block, (this.pinned.get(block) ?? 0) + 1);
  }

  unpin(block: number): void {
    const n = this.pinned.get(block) ?? 0;
    if (n <= 1) this.pinned.delete(block);
    else this.pinned.set(block, n - 1);
  }

  /** gc_info: used and free blocks, one- and two-block runs, the longest run and the longest free run. */
  info(): BlockInfo {
    let used = 0;
    let free = 0;
    let oneBlocks = 0;
    let twoBlocks = 0;
    let maxBlock = 0;
    let maxFree = 0;
    let len = 0;
    let lenFree = 0;
    const n = this.layout.blocks;
    const made = this.finaliser.length;
    for (let b = 0; b < n; b++) {
      const k = b < made ? this.kinds[b] : Kind.Free;
      if (k === Kind.Free) {
        free++;
        lenFree++;
        len = 0;
      } else if (k === Kind.Head) {
        used++;
        len = 1;
      } else if (k === Kind.Tail) {
        used++;
        len++;
      }
      const last = b + 1 === n;
      const next = last || b + 1 >= made ? Kind.Free : this.kinds[b + 1];
      if (last || next === Kind.Free || next === Kind.Head) {
        if (len === 1) oneBlocks++;
        else if (len === 2) twoBlocks++;
        if (len > maxBlock) maxBlock = len;
        if (last || next === Kind.Head) {
          if (lenFree > maxFree) maxFree = lenFree;
          lenFree = 0;
        }
      }
    }
    return { total: this.layout.poolBytes, used: used * BYTES_PER_BLOCK, free: free * BYTES_PER_BLOCK, oneBlocks, twoBlocks, maxBlock, maxFree };
  }

  /** Recounts the used blocks after the table was written directly (a copy of the device's). */
  recount(): void {
    let used = 0;
    for (let b = 0; b < this.finaliser.length; b++) if (this.kinds[b] !== Kind.Free) used++;
    this.usedBlocks = used;
    this.clearFloors();
  }

  /** gc.mem_alloc(): bytes in used blocks. */
  memAlloc(): number {
    return this.usedBlocks * BYTES_PER_BLOCK;
  }

  /** gc.mem_free(): bytes in free blocks. */
  memFree(): number {
    return this.layout.poolBytes - this.memAlloc();
  }
}

/** py/malloc.c m_malloc_fail: the MemoryError text for a failed request of n bytes. */
export function failText(nBytes: number, locked: boolean): string {
  return locked ? "memory allocation failed, heap is locked" : `memory allocation failed, allocating ${nBytes} bytes`;
}
