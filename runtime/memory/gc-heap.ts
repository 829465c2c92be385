// Takes a heap size and the VM's roots; gives the one object a run keeps for its memory: the
// block heap, the qstr pool, the set of interned strings, and a table from each allocation's head
// to the object that owns it, through which the collector follows references. Corresponds to
// MicroPython's heap state (mp_state_mem) together with gc_collect()'s root scan.

import { BlockHeap, type BlockHeapOptions } from "./blocks.js";
import { collectGarbage, type CollectResult } from "./collector.js";
import { memoryErrorText } from "./growth.js";
import { QstrPool, type QstrPoolOptions } from "./qstr-pool.js";

/** An object on the heap, as the collector sees it: for each of its blocks, the heads it points to. */
export interface HeapOwner {
  references(block: number): Iterable<number>;
  /** Called before its blocks are freed if it was allocated with a finaliser (its __del__). */
  finalise?(): void;
}

export interface GcHeapOptions extends BlockHeapOptions, QstrPoolOptions {
  /** Strings the firmware interns at build time (the port's static qstrs): interning them costs nothing. */
  readonly firmwareQstrs?: Iterable<string>;
}

export class GcHeap {
  readonly blocks: BlockHeap;
  readonly qstrs: QstrPool;
  /** Every interned string: the firmware's and those interned at run time. */
  readonly interned: Set<string>;
  private readonly owners = new Map<number, HeapOwner>();
  /** Heads the VM's roots hold (module dicts, sys.modules, live frames, pending exception...). */
  roots: () => Iterable<number> = () => [];
  collections = 0;

  constructor(heapBytes: number, opts: GcHeapOptions = {}) {
    this.blocks = new BlockHeap(heapBytes, opts);
    this.qstrs = new QstrPool(this.blocks, opts);
    this.interned = new Set(opts.firmwareQstrs ?? []);
    this.blocks.collect = () => void this.collect();
  }

  /** Records who owns the allocation at head `block` (each block an object allocates). */
  own(block: number | null, owner: HeapOwner): void {
    if (block !== null) this.owners.set(block, owner);
  }

  /** The owner of a head, if any. */
  ownerOf(block: number): HeapOwner | undefined {
    return this.owners.get(block);
  }

  /** qstr_from_strn: interns a string, allocating only if it is new. */
  intern(text: string, byteLength = new TextEncoder().encode(text).length): void {
    if (this.interned.has(text)) return;
    this.qstrs.intern(byteLength);
    this.interned.add(text);
  }

  /** gc.collect(), and the collection a failed allocation or the threshold triggers. */
  collect(): CollectResult {
    this.collections++;
    const qstrHeads = this.qstrs.heads;
    const roots = this.roots;
    return collectGarbage(
      this.blocks,
      {
        roots: function* () {
          yield* qstrHeads;
          yield* roots();
        },
        references: (b) => this.owners.get(b)?.references(b) ?? [],
      },
      {
        finalise: (b) => this.owners.get(b)?.finalise?.(),
        freed: (b) => void this.owners.delete(b),
      },
    );
  }

  /** The text of the MemoryError for a failed request of n bytes, made on this heap. */
  memoryErrorText(nBytes: number): string {
    return memoryErrorText(this.blocks, nBytes);
  }
}
