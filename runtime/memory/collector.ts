// Takes a BlockHeap and the program's object graph (roots, and the allocations each allocation
// points to); gives a collection as py/gc.c runs it: mark from the roots, run the finalisers of
// unreached objects that have one, free every unreached run, and restart placement at the start.
// Corresponds to gc_collect_start/gc_collect_root/gc_mark_subtree/gc_collect_end in py/gc.c.

import { type BlockHeap, Kind } from "./blocks.js";

/**
 * What the VM shows the collector. MicroPython scans conservatively (every word of a reached
 * block that looks like a heap pointer); the VM instead lists the heads each allocation really
 * points to, including the stale words the device would still see (see MODEL.md).
 */
export interface HeapGraph {
  /** Heads held by roots: module dicts and sys.modules, live frames and their stacks, pending exception, ... */
  roots(): Iterable<number>;
  /** Heads the allocation at head `block` points to. */
  references(block: number): Iterable<number>;
}

export interface CollectHooks {
  /** An unreached head with the finaliser flag, before anything is freed (its __del__ runs here). */
  finalise?(block: number): void;
  /** An unreached head, as it is freed: the VM forgets what lived there. */
  freed?(block: number): void;
}

export interface CollectResult {
  /** Heads freed (gc.collect()'s return value when MICROPY_PY_GC_COLLECT_RETVAL). */
  readonly freedHeads: number;
  readonly freedBlocks: number;
}

/** Marks every head reachable from the graph's roots and the heap's pinned runs. */
export function markReachable(heap: BlockHeap, graph: HeapGraph): void {
  const { kinds } = heap;
  const stack: number[] = [];
  const visit = (b: number) => {
    if (b >= 0 && b < heap.capacity && kinds[b] === Kind.Head) {
      kinds[b] = Kind.Mark;
      stack.push(b);
    }
  };
  const drain = () => {
    while (stack.length > 0) for (const r of graph.references(stack.pop()!)) visit(r);
  };
  for (const r of graph.roots()) {
    visit(r);
    drain();
  }
  for (const r of heap.pinned.keys()) {
    visit(r);
    drain();
  }
}

/** gc_collect_end: finalisers, then the sweep up to the last used block; placement restarts at 0. */
export function sweep(heap: BlockHeap, hooks: CollectHooks = {}): CollectResult {
  const { kinds } = heap;
  if (hooks.finalise) {
    for (let b = 0; b <= heap.lastUsedBlock; b++) {
      if (heap.finaliser[b] && kinds[b] === Kind.Head) {
        hooks.finalise(b);
        heap.finaliser[b] = 0;
      }
    }
  }
  let freedHeads = 0;
  let freedBlocks = 0;
  let freeTail = false;
  let lastUsed = 0;
  for (let b = 0; b <= heap.lastUsedBlock && b < heap.capacity; b++) {
    const k = kinds[b];
    if (k === Kind.Head) {
      freeTail = true;
      freedHeads++;
      hooks.freed?.(b);
    }
    if (k === Kind.Head || k === Kind.Tail) {
      if (freeTail) {
        kinds[b] = Kind.Free;
        heap.finaliser[b] = 0;
        freedBlocks++;
      } else lastUsed = b;
    } else if (k === Kind.Mark) {
      kinds[b] = Kind.Head;
      freeTail = false;
      lastUsed = b;
    }
  }
  heap.lastUsedBlock = lastUsed;
  heap.usedBlocks -= freedBlocks;
  heap.clearFloors();
  heap.lastFreeAtb = 0;
  return { freedHeads, freedBlocks };
}

/** A whole collection (gc.collect(), or the one gc_alloc triggers): resets the threshold count, marks, sweeps. */
export function collectGarbage(heap: BlockHeap, graph: HeapGraph, hooks: CollectHooks = {}): CollectResult {
  heap.allocAmount = 0;
  markReachable(heap, graph);
  return sweep(heap, hooks);
}
