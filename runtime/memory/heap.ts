// The VM's heap: takes allocation requests in bytes, either anonymous or owned by the value they
// belong to, and places them in 16-byte blocks as py/gc.c does (BlockHeap: first fit, realloc,
// the allocation table); a collection frees what the VM's walk of its roots did not reach.
// Gives gc.mem_alloc()/mem_free(), mem_info's figures and table, locking, and MemoryError's text.

import { BlockHeap, type BlockInfo, blocksFor, BYTES_PER_BLOCK, Kind } from "./blocks.js";
import { memoryErrorText } from "./growth.js";
import { type PoolHeap } from "./qstr-pool.js";

/** Raised on allocation failure; the VM turns it into Python's MemoryError with this message. */
export class HeapExhausted extends Error {
  constructor(readonly requested: number, readonly locked: boolean) {
    // py/gc.c via m_malloc_fail: the request as asked for, before rounding to blocks.
    super(locked ? "memory allocation failed, heap is locked" : `memory allocation failed, allocating ${requested} bytes`);
    this.name = "MemoryError";
  }
}

/**
 * Usable pool bytes of a heap area of `areaBytes`: py/gc.c gives each 16-byte block 2 allocation
 * bits and 1 finaliser bit out of the same area (8 * area / 524 table bytes, 4 blocks per byte).
 */
export function gcPoolBytes(areaBytes: number): number {
  return Math.floor((8 * areaBytes) / 524) * 4 * BYTES_PER_BLOCK;
}

export interface HeapOptions {
  /** The heap area in bytes as a port configures it (`--heap 16k`); Infinity for no limit. */
  readonly limit?: number;
  /** Whether a failed allocation collects and searches again (a board), or fails at once (the WebAssembly port). */
  readonly collectOnFailure?: boolean;
}

export interface HeapStats {
  readonly used: number;
  readonly free: number;
  readonly peak: number;
  readonly total: number;
  readonly allocations: number;
  readonly collections: number;
}

/** Owner of an anonymous allocation (charge()): the next collection frees it. */
const TRANSIENT = Symbol("transient");
/** Owner of what no collection frees: what loading modules keeps. */
export const FIXED = Symbol("fixed");
/** Owner of what the port allocated before the program started (never freed, never recounted). */
const PORT = Symbol("port");
/** Owner of the qstr pools and chunks (py/qstr.c): never freed, roots of every collection. */
const QSTRS = Symbol("qstrs");

/**
 * What a collection's walk reports for each value it reaches: the bytes the value takes on the
 * device, and whether the value places its own allocations (allocFor/reallocFor) so its blocks
 * are kept as they are. Any other value keeps the blocks made for it (by chargeStr, say) when
 * they add up to its bytes; a value short of blocks gets the rest placed when the sweep is done.
 */
export type Visit = (value: unknown, bytes: number, ownsBlocks: boolean) => void;

/**
 * An object that owns blocks (a list, an instance...) is known to the owner table by a number it
 * carries (PyObject.heapNo), not by a reference: a table that held the objects would keep every
 * dead one alive for the host's garbage collector until the next collection of this heap, which
 * cost a quarter of the time of a program making instances. Numbers are never reused.
 */
interface Numbered {
  heapNo?: number;
}
let lastOwnerNo = 0;

function isNumbered(owner: unknown): owner is Numbered {
  return (typeof owner === "object" && owner !== null) || typeof owner === "function";
}

/** The owner's number, given at its first allocation. */
function numberOf(owner: Numbered): number {
  let n = owner.heapNo;
  if (!n) {
    n = ++lastOwnerNo;
    owner.heapNo = n;
  }
  return n;
}

/** An unbounded heap is the largest a run may have the host allocate (bounds.ts HOST_CAP). */
const UNBOUNDED_AREA = 256 * 1024 * 1024;
/** How far back release() looks for the anonymous allocation it frees. */
const RELEASE_WINDOW = 256;

export class Heap {
  /** The configured heap area, and the pool left after the allocation tables. */
  readonly area: number;
  readonly limit: number;
  readonly table: BlockHeap;
  /** The owner of each head that is neither anonymous nor an object's: FIXED, PORT, or a str/int value. */
  private readonly owners: unknown[] = [];
  /** The number of the object owning each head (numberOf); 0 for none. */
  private ownerNos: Float64Array;
  /**
   * 1 for each anonymous (TRANSIENT) head, whose owners slot is then empty: a byte per block, so
   * that the many anonymous allocations and the sweep that frees them touch no array of values.
   */
  private anonymous: Uint8Array;
  /** The latest anonymous heads, a ring of RELEASE_WINDOW (release() frees among them; -1 is none). */
  private readonly recent = new Int32Array(RELEASE_WINDOW).fill(-1);
  private recentAt = 0;
  private peakBytes = 0;
  private allocCount = 0;
  private allocatedBytes = 0;
  private collectCount = 0;
  /** Blocks a pointer no walk sees keeps alive (pinPointer), in order. */
  private readonly pointerPins: number[] = [];
  /** Called to collect when an allocation fails or the threshold is reached. */
  onPressure: (() => void) | null = null;

  constructor(opts: HeapOptions = {}) {
    const lim = opts.limit ?? Infinity;
    this.area = lim;
    this.table = new BlockHeap(Number.isFinite(lim) ? lim : UNBOUNDED_AREA, { collectOnFailure: opts.collectOnFailure ?? true });
    this.limit = Number.isFinite(lim) ? this.table.layout.poolBytes : Infinity;
    this.table.collect = () => this.onPressure?.();
    this.anonymous = new Uint8Array(this.table.capacity);
    this.ownerNos = new Float64Array(this.table.capacity);
    const t = this.table;
    this.qstrTable = {
      alloc: (n) => {
        const b = t.alloc(n);
        if (b !== null) {
          this.setOwner(b, QSTRS);
          this.counted(t.lengthOf(b));
        }
        return b;
      },
      realloc: (b, n, move) => this.reallocOwned(QSTRS, b, n, move),
      get lockDepth() {
        return t.lockDepth;
      },
    };
  }

  /** The table as the qstr pools allocate on it (qstr-pool.ts): each block theirs from the moment it is placed. */
  readonly qstrTable: PoolHeap;

  get used(): number {
    return this.table.usedBlocks * BYTES_PER_BLOCK;
  }
  get peak(): number {
    return this.peakBytes;
  }
  /** Bytes ever allocated, frees not counted (micropython.mem_total). */
  get allocated(): number {
    return this.allocatedBytes;
  }
  get free(): number {
    return Number.isFinite(this.limit) ? this.limit - this.used : Number.MAX_SAFE_INTEGER;
  }
  get locked(): boolean {
    return this.table.lockDepth > 0;
  }
  /** gc.disable() stops automatic collection, never explicit gc.collect(). */
  get autoCollect(): boolean {
    return this.table.autoCollect;
  }
  set autoCollect(on: boolean) {
    this.table.autoCollect = on;
  }
  /** gc.threshold() in bytes (whole blocks); -1 off. */
  get threshold(): number {
    return this.table.thresholdBlocks < 0 ? -1 : this.table.thresholdBlocks * BYTES_PER_BLOCK;
  }
  set threshold(bytes: number) {
    this.table.thresholdBlocks = bytes < 0 ? -1 : Math.floor(bytes / BYTES_PER_BLOCK);
  }

  /** Records a head's owner; the table of owners stays a dense array (a sparse one is slow). */
  private setOwner(b: number, owner: unknown): void {
    if (owner === TRANSIENT) return this.setAnonymous(b);
    this.makeSlots(b);
    this.anonymous[b] = 0;
    const owners = this.owners;
    if (isNumbered(owner)) {
      this.ownerNos[b] = numberOf(owner);
      if (b < owners.length) owners[b] = undefined;
      return;
    }
    this.ownerNos[b] = 0;
    while (owners.length <= b) owners.push(undefined);
    owners[b] = owner;
  }

  /** Marks head `b` anonymous (its owner TRANSIENT); an anonymous head has no other owner recorded. */
  private setAnonymous(b: number): void {
    this.makeSlots(b);
    this.anonymous[b] = 1;
    this.ownerNos[b] = 0;
    if (b < this.owners.length) this.owners[b] = undefined;
  }

  /** The byte and number tables reach block `b` (the block table grows as placement reaches into a large pool). */
  private makeSlots(b: number): void {
    if (b < this.anonymous.length) return;
    const n = Math.max(this.table.capacity, b + 1);
    const anonymous = new Uint8Array(n);
    anonymous.set(this.anonymous);
    this.anonymous = anonymous;
    const nos = new Float64Array(n);
    nos.set(this.ownerNos);
    this.ownerNos = nos;
  }

  /** Whether head `b` has an owner recorded. */
  private hasOwner(b: number): boolean {
    return (b < this.anonymous.length && (this.anonymous[b] === 1 || this.ownerNos[b] !== 0)) || this.owners[b] !== undefined;
  }

  /** Head `b` no longer has an owner (it was freed, or moved). */
  private clearOwner(b: number): void {
    if (b < this.owners.length) this.owners[b] = undefined;
    if (b < this.anonymous.length) {
      this.anonymous[b] = 0;
      this.ownerNos[b] = 0;
    }
  }

  private counted(blocks: number): void {
    this.allocCount++;
    this.allocatedBytes += blocks * BYTES_PER_BLOCK;
    const used = this.used;
    if (used > this.peakBytes) this.peakBytes = used;
  }

  /** gc_alloc for `owner`; throws HeapExhausted after the collection a failure triggers. */
  private place(bytes: number, owner: unknown): number {
    if (this.table.lockDepth > 0) throw new HeapExhausted(bytes, true);
    const b = this.table.alloc(bytes);
    if (b === null) throw new HeapExhausted(bytes, false);
    this.setOwner(b, owner);
    this.counted(blocksFor(bytes));
    return b;
  }

  /**
   * A pointer that lives as long as the run (a module context's object-table pointer) holds the
   * address of block `b`: whatever allocation starts there, now or later, the device's collector
   * keeps (it marks any head a word points at), until it is freed explicitly.
   */
  pinPointer(b: number): void {
    const i = this.pointerPins.findIndex((x) => x >= b);
    if (this.pointerPins[i] === b) return;
    this.pointerPins.splice(i < 0 ? this.pointerPins.length : i, 0, b);
  }

  /** An anonymous allocation of `bytes` (rounded to blocks, returned); the next collection frees it. */
  reserve(bytes: number): number {
    if (bytes <= 0) return 0;
    const t = this.table;
    if (t.lockDepth > 0) throw new HeapExhausted(bytes, true);
    const b = t.alloc(bytes);
    if (b === null) throw new HeapExhausted(bytes, false);
    // setAnonymous(b), without its stores when no other owner is recorded (as is usual).
    const owners = this.owners;
    if (b < this.anonymous.length && this.ownerNos[b] === 0 && (b >= owners.length || owners[b] === undefined)) this.anonymous[b] = 1;
    else this.setAnonymous(b);
    this.recent[this.recentAt++ & (RELEASE_WINDOW - 1)] = b;
    const n = blocksFor(bytes);
    this.allocCount++;
    this.allocatedBytes += n * BYTES_PER_BLOCK;
    if (t.usedBlocks * BYTES_PER_BLOCK > this.peakBytes) this.peakBytes = t.usedBlocks * BYTES_PER_BLOCK;
    return n * BYTES_PER_BLOCK;
  }

  /** The port's own allocations at start, [first block, blocks] each, on an empty heap. */
  placeStart(runs: readonly [number, number][]): void {
    const t = this.table;
    for (const [at, n] of runs) {
      if (at + n > t.capacity) continue;
      t.kinds[at] = Kind.Head;
      for (let b = at + 1; b < at + n; b++) t.kinds[b] = Kind.Tail;
      this.setOwner(at, PORT);
      t.lastUsedBlock = Math.max(t.lastUsedBlock, at + n - 1);
    }
    t.recount();
    this.allocatedBytes += this.used;
    this.resetPeak();
  }

  /**
   * gc_realloc of one of the port's own allocations at `head` (a host that models the port's
   * JavaScript API grows the port's table of proxied objects): in place, or moved. Gives the new head.
   */
  reallocPort(head: number, bytes: number): number | null {
    return this.owners[head] === PORT ? this.reallocOwned(PORT, head, bytes, true) : null;
  }

  /** gc_realloc of `owner`'s blocks at `head` (in place, or moved when `move`); the owner follows them. */
  private reallocOwned(owner: unknown, head: number, bytes: number, move: boolean): number | null {
    const t = this.table;
    const before = t.usedBlocks;
    const b = t.realloc(head, bytes, move);
    if (b !== null && b !== head) {
      this.clearOwner(head);
      this.setOwner(b, owner);
    }
    if (t.usedBlocks > before) this.counted(t.usedBlocks - before);
    return b;
  }

  /**
   * Takes the heads allocated on the table directly (the loader model's): those in `kept` become
   * bytes no collection frees, those in `owned` their owner's, the rest anonymous garbage.
   */
  adoptUnowned(kept: ReadonlySet<number>, owned?: ReadonlyMap<number, unknown>): void {
    const t = this.table;
    const last = Math.min(t.lastUsedBlock, t.capacity - 1);
    for (let b = 0; b <= last; b++) {
      if (t.kinds[b] !== Kind.Head || this.hasOwner(b)) continue;
      this.setOwner(b, kept.has(b) ? FIXED : (owned?.get(b) ?? TRANSIENT));
      this.counted(t.lengthOf(b));
    }
  }

  /** Bytes no collection frees (what an import keeps), placed now. */
  reserveFixed(bytes: number): void {
    if (bytes > 0) this.place(bytes, FIXED);
  }

  /**
   * mp_map_rehash of a table no collection frees (a module's globals, sys.modules): the new table
   * of `bytes` is placed before the old one at `head` (kept for good, or the port's from its
   * start) is freed. Gives the new head.
   */
  renewFixed(head: number | null, bytes: number): number {
    const b = this.place(bytes, FIXED);
    if (head !== null && (this.owns(FIXED, head) || this.owns(PORT, head))) {
      this.table.free(head);
      this.clearOwner(head);
    }
    return b;
  }

  /** An allocation owned by `owner` (an object, or a str or int value); null for 0 bytes. */
  allocFor(owner: unknown, bytes: number): number | null {
    return bytes > 0 ? this.place(bytes, owner) : null;
  }

  /** Whether `head` is still an allocation of `owner` (a collection may have freed it meanwhile). */
  owns(owner: unknown, head: number): boolean {
    if (head >= this.table.capacity || this.table.kinds[head] !== Kind.Head) return false;
    if (this.anonymous[head] === 1) return owner === TRANSIENT;
    const no = head < this.ownerNos.length ? this.ownerNos[head]! : 0;
    if (isNumbered(owner)) return no !== 0 && no === owner.heapNo;
    return no === 0 && this.owners[head] === owner;
  }

  /**
   * m_renew of `owner`'s allocation at `head` to `bytes`: in place, or moved; a head no longer
   * the owner's is allocated afresh. Shrinking under heap_lock leaves the blocks as they are.
   */
  reallocFor(owner: unknown, head: number | null, bytes: number): number | null {
    if (head !== null && !this.owns(owner, head)) head = null;
    if (head === null) return this.allocFor(owner, bytes);
    if (bytes <= 0) {
      this.freeFor(owner, head);
      return null;
    }
    const t = this.table;
    // gc_realloc fails whenever the heap is locked, even for a size its blocks already hold.
    if (t.lockDepth > 0) throw new HeapExhausted(bytes, true);
    const before = t.usedBlocks;
    const b = t.realloc(head, bytes, true);
    if (b === null) throw new HeapExhausted(bytes, false);
    if (b !== head) {
      this.clearOwner(head);
      this.setOwner(b, owner);
    }
    if (t.usedBlocks > before) this.counted(t.usedBlocks - before);
    return b;
  }

  /** m_del of `owner`'s allocation (nothing if it is no longer the owner's, or the heap is locked). */
  freeFor(owner: unknown, head: number | null): void {
    if (head === null || !this.owns(owner, head) || this.table.lockDepth > 0) return;
    this.table.free(head);
    this.clearOwner(head);
  }

  /**
   * Gives back `bytes` of anonymous allocations at once (m_del of a replaced table, a buffer
   * shrunk): the latest one of that size, else part of a larger one, else smaller ones.
   */
  release(bytes: number): void {
    let n = blocksFor(bytes);
    if (n === 0 || this.table.lockDepth > 0) return;
    const t = this.table;
    const ring = this.recent;
    const at = (i: number) => (this.recentAt - 1 - i) & (RELEASE_WINDOW - 1);
    const live = (h: number) => h >= 0 && this.anonymous[h] === 1 && t.kinds[h] === Kind.Head;
    for (let i = 0; i < RELEASE_WINDOW; i++) {
      const h = ring[at(i)]!;
      if (live(h) && t.lengthOf(h) === n) return this.dropRecent(at(i));
    }
    for (let i = 0; i < RELEASE_WINDOW; i++) {
      const h = ring[at(i)]!;
      if (live(h) && t.lengthOf(h) > n) {
        t.realloc(h, (t.lengthOf(h) - n) * BYTES_PER_BLOCK, false);
        return;
      }
    }
    for (let i = 0; i < RELEASE_WINDOW && n > 0; i++) {
      const h = ring[at(i)]!;
      if (!live(h)) continue;
      n -= t.lengthOf(h);
      this.dropRecent(at(i));
    }
  }

  private dropRecent(slot: number): void {
    const h = this.recent[slot]!;
    this.table.free(h);
    this.clearOwner(h);
    this.recent[slot] = -1;
  }

  /**
   * A collection: `walk` reports every value the roots reach (see Visit); `fixedBytes` are the
   * bytes no collection frees. Anonymous allocations and those of unreached owners are freed;
   * reached values keep their blocks, and what they are short of is placed afterwards, first fit
   * from the start of the heap, where py/gc.c's next allocation would search.
   */
  collect(walk: (visit: Visit) => void, fixedBytes = 0): void {
    const reached = new Map<unknown, number>();
    /** The numbers of the reached objects that own blocks. */
    const reachedNos = new Set<number>();
    walk((v, bytes, ownsBlocks) => {
      if (reached.has(v)) return;
      reached.set(v, ownsBlocks ? -1 - bytes : bytes);
      if (isNumbered(v) && v.heapNo) reachedNos.add(v.heapNo);
    });
    reached.set(FIXED, fixedBytes);
    const t = this.table;
    const lock = t.lockDepth;
    t.lockDepth = 0; // a collection under heap_lock still sweeps (gc_sweep frees without gc_free)
    try {
      const held = new Map<unknown, number[]>();
      const heldNos = new Map<number, number[]>();
      const { freed, lastKept } = this.sweep(reached, held, reachedNos, heldNos);
      t.usedBlocks -= freed;
      t.clearFloors();
      const kinds = t.kinds;
      const short: [unknown, number][] = [];
      for (const [o, w] of reached) {
        const heads = isNumbered(o) ? (o.heapNo ? heldNos.get(o.heapNo) : undefined) : held.get(o);
        if (w < 0) {
          if (!heads && w < -1) short.push([o, -1 - w]);
          continue;
        }
        let have = 0;
        if (heads) for (const h of heads) have += t.lengthOf(h) * BYTES_PER_BLOCK;
        while (heads && have > w && heads.length > 0) {
          const h = heads.pop()!;
          have -= t.lengthOf(h) * BYTES_PER_BLOCK;
          t.free(h);
          this.clearOwner(h);
        }
        if (have < w) short.push([o, w - have]);
      }
      let lastUsed = lastKept;
      while (kinds[lastUsed + 1] === Kind.Tail) lastUsed++;
      t.lastUsedBlock = lastUsed;
      t.lastFreeAtb = 0;
      t.allocAmount = 0;
      const auto = t.autoCollect;
      t.autoCollect = false; // placing what survived never collects again
      try {
        for (const [o, w] of short) {
          const b = t.alloc(w);
          if (b !== null) this.setOwner(b, o);
        }
      } finally {
        t.autoCollect = auto;
      }
      t.allocAmount = 0;
    } finally {
      t.lockDepth = lock;
    }
    this.recent.fill(-1);
    this.collectCount++;
  }

  /**
   * gc_sweep over the table up to the last used block: frees each head (and its tails) that is
   * anonymous, unowned or of an owner not in `reached` (an object's by its number, `reachedNos`),
   * unless pinned; collects the kept heads of reached owners into `held` (`heldNos`). Gives the
   * blocks freed and the last head kept.
   */
  private sweep(reached: ReadonlyMap<unknown, number>, held: Map<unknown, number[]>, reachedNos: ReadonlySet<number>, heldNos: Map<number, number[]>): { freed: number; lastKept: number } {
    const t = this.table;
    const last = Math.min(t.lastUsedBlock, t.capacity - 1);
    this.makeSlots(last);
    const kinds = t.kinds;
    const fin = t.finaliser;
    const owners = this.owners;
    const anonymous = this.anonymous;
    const nos = this.ownerNos;
    // Heads no collection frees: runs a realloc holds, and the blocks pointers keep (pinPointer),
    // in order, so that the four-block steps below can stop short of the next one.
    const pins = t.pinned.size > 0 ? [...new Set([...t.pinned.keys(), ...this.pointerPins])].sort((x, y) => x - y) : this.pointerPins;
    let pinAt = 0;
    let nextPin = pins.length > 0 ? pins[0]! : Infinity;
    // The kinds as plain numbers: this loop visits every block of the heap at each collection.
    const HEAD: number = Kind.Head;
    const TAIL: number = Kind.Tail;
    const FREE: number = Kind.Free;
    // Four blocks at a time where all four are anonymous heads or tails of a run being freed (most
    // of a heap of floats, ints and short strs): the same tables as words.
    const kinds4 = new Uint32Array(kinds.buffer, kinds.byteOffset, kinds.length >> 2);
    const anonymous4 = new Uint32Array(anonymous.buffer, anonymous.byteOffset, anonymous.length >> 2);
    const fin4 = new Uint32Array(fin.buffer, fin.byteOffset, fin.length >> 2);
    const wordsEnd = Math.min((last + 1) >> 2, anonymous4.length, fin4.length) << 2;
    let freed = 0;
    let lastKept = 0;
    /** Whether the blocks now visited are tails of a head just freed. */
    let freeing = false;
    for (let b = 0; b <= last; b++) {
      while (nextPin < b) nextPin = pins[++pinAt] ?? Infinity;
      if ((b & 3) === 0 && b < wordsEnd && b + 3 < nextPin && (freeing || kinds[b] === HEAD)) {
        const w = kinds4[b >> 2]!;
        const heads = w & 0x01010101;
        const tails = (w >>> 1) & 0x01010101;
        // Every byte a head or a tail (Kind 1 or 2), and every head anonymous.
        if ((heads | tails) === 0x01010101 && (heads & tails) === 0 && (anonymous4[b >> 2]! & heads) === heads) {
          kinds4[b >> 2] = 0;
          anonymous4[b >> 2]! &= ~heads;
          fin4[b >> 2]! &= ~heads;
          freed += 4;
          freeing = true;
          b += 3;
          continue;
        }
      }
      const k = kinds[b];
      if (k === TAIL) {
        if (freeing) {
          kinds[b] = FREE;
          freed++;
        }
        continue;
      }
      freeing = false;
      if (k !== HEAD) continue;
      const anon = anonymous[b] === 1;
      if (!anon) {
        const no = nos[b]!;
        if (no !== 0) {
          if (reachedNos.has(no)) {
            lastKept = b;
            const hs = heldNos.get(no);
            if (hs) hs.push(b);
            else heldNos.set(no, [b]);
            continue;
          }
        } else {
          const o = owners[b];
          if (o === PORT || o === QSTRS) {
            lastKept = b;
            continue;
          }
          if (o !== undefined && reached.has(o)) {
            lastKept = b;
            const hs = held.get(o);
            if (hs) hs.push(b);
            else held.set(o, [b]);
            continue;
          }
        }
      }
      if (b === nextPin) {
        lastKept = b;
        continue;
      }
      // Swept in place, as gc_sweep does: the head and its tails (the blocks that follow) become free.
      if (anon) anonymous[b] = 0;
      else {
        nos[b] = 0;
        if (b < owners.length) owners[b] = undefined;
      }
      fin[b] = 0;
      kinds[b] = FREE;
      freed++;
      freeing = true;
    }
    return { freed, lastKept };
  }


  /**
   * The text of the MemoryError for a failed request of `nBytes`, made on this heap as
   * py/objexcept.c makes it (growth.ts memoryErrorText); its allocations are garbage at once.
   */
  failText(nBytes: number): string {
    const t = this.table;
    const mark = (b: number | null): number | null => {
      if (b !== null) {
        this.setOwner(b, TRANSIENT);
        this.recent[this.recentAt++ & (RELEASE_WINDOW - 1)] = b;
        this.counted(t.lengthOf(b));
      }
      return b;
    };
    return memoryErrorText(
      {
        alloc: (n) => (t.lockDepth > 0 ? null : mark(t.alloc(n))),
        realloc: (b, n, move) => {
          const r = t.realloc(b, n, move);
          if (r !== null && r !== b) {
            if (b !== null) this.clearOwner(b);
            mark(r);
          }
          return r;
        },
      },
      nBytes,
    );
  }

  lock(): void {
    this.table.lockDepth++;
  }
  /** Returns the new depth, as micropython.heap_unlock() does. */
  unlock(): number {
    if (this.table.lockDepth > 0) this.table.lockDepth--;
    return this.table.lockDepth;
  }
  get depth(): number {
    return this.table.lockDepth;
  }

  stats(): HeapStats {
    return {
      used: this.used,
      free: this.free,
      peak: this.peakBytes,
      total: this.limit,
      allocations: this.allocCount,
      collections: this.collectCount,
    };
  }

  /** gc_info's figures from the table. */
  info(): BlockInfo {
    return this.table.info();
  }

  resetPeak(): void {
    this.peakBytes = this.used;
  }
}

/** Parses `16k`, `2M`, `65536` into bytes; throws a readable error on anything else. */
export function parseHeapSize(text: string): number {
  const m = /^\s*(\d+)\s*([kKmM]?)[bB]?\s*$/.exec(text);
  if (!m) throw new Error(`invalid heap size '${text}' (expected a number of bytes, e.g. 16k, 65536, 1M)`);
  const n = Number(m[1]) * (m[2] === "" ? 1 : m[2].toLowerCase() === "k" ? 1024 : 1024 * 1024);
  if (n < BYTES_PER_BLOCK) throw new Error(`heap size '${text}' is smaller than one ${BYTES_PER_BLOCK}-byte block`);
  return n;
}
