// The per-run heap object: owners registered per block, roots from the VM, qstr pool as a root,
// finalisers and forgetting freed owners; a small object graph (a list of instances) built with
// the layouts and growth helpers, as the VM will build it.

import { describe, expect, it } from "vitest";
import { GcHeap, type HeapOwner } from "../../runtime/memory/gc-heap.js";
import { type ListItems } from "../../runtime/memory/growth.js";
import { LAYOUT } from "../../runtime/memory/layouts.js";

class Instance implements HeapOwner {
  readonly head: number;
  constructor(readonly heap: GcHeap) {
    const made = LAYOUT.instance(heap.blocks);
    this.head = made.head;
    heap.own(this.head, this);
  }
  references(): number[] {
    return [];
  }
}

class List implements HeapOwner {
  readonly head: number;
  readonly storage: ListItems;
  readonly items: Instance[] = [];
  constructor(readonly heap: GcHeap) {
    const made = LAYOUT.list(heap.blocks, 0);
    this.head = made.head;
    this.storage = made.storage;
    heap.own(this.head, this);
    heap.own(this.storage.block, this);
  }
  append(x: Instance): void {
    const before = this.storage.block;
    this.storage.append();
    if (this.storage.block !== before) this.heap.own(this.storage.block, this);
    this.items.push(x);
  }
  references(block: number): number[] {
    return block === this.head ? [this.storage.block!] : this.items.map((i) => i.head);
  }
}

describe("GcHeap", () => {
  it("keeps what the roots reach through the owners, frees the rest and forgets its owners", () => {
    const heap = new GcHeap(16 * 1024);
    const list = new List(heap);
    const keep: number[] = [list.head];
    heap.roots = () => keep;
    for (let i = 0; i < 10; i++) list.append(new Instance(heap));
    const loose = new Instance(heap);
    // list struct + 16 item slots (4 blocks) + 10 instances + the loose one
    expect(heap.blocks.memAlloc()).toBe(16 * (1 + 4 + 10 + 1));
    const r = heap.collect();
    expect(r.freedHeads).toBe(1);
    expect(heap.ownerOf(loose.head)).toBeUndefined();
    expect(heap.ownerOf(list.items[0]!.head)).toBe(list.items[0]);
    keep.length = 0;
    heap.collect();
    expect(heap.blocks.memAlloc()).toBe(0);
    expect(heap.collections).toBe(2);
  });

  it("interns only new strings, the firmware's costing nothing, and keeps the pool as a root", () => {
    const heap = new GcHeap(16 * 1024, { firmwareQstrs: ["append"] });
    heap.intern("append");
    expect(heap.blocks.memAlloc()).toBe(0);
    heap.intern("zq_name");
    heap.intern("zq_name");
    expect(heap.blocks.memAlloc()).toBe(176 + 128); // the first pool (20 entries) and chunk
    heap.collect();
    expect(heap.blocks.memAlloc()).toBe(176 + 128);
  });

  it("collects when an allocation fails, then names the request in the MemoryError", () => {
    const heap = new GcHeap(1024); // 60 blocks
    const garbage = heap.blocks.alloc(16 * 50);
    expect(garbage).not.toBeNull();
    const kept = heap.blocks.alloc(16 * 40); // fits only after collecting the 50
    expect(kept).toBe(0);
    expect(heap.collections).toBe(1);
    heap.roots = () => [kept!];
    expect(heap.blocks.alloc(16 * 40)).toBeNull(); // collects again, in vain
    expect(heap.collections).toBe(2);
    expect(heap.memoryErrorText(640)).toBe("memory allocation failed, allocating 640 bytes");
  });
});
