// The heap's owner tables (runtime/memory/heap.ts): objects known by number, values by themselves,
// anonymous heads by a byte; the sweep that frees four blocks at a time must free exactly what a
// block-by-block sweep frees, around owned, pinned and port runs; a table grown past its first
// size still tells owned heads from unowned ones.

import { describe, expect, it } from "vitest";
import { Kind } from "../../../runtime/memory/blocks.js";
import { Heap } from "../../../runtime/memory/heap.js";

describe("Heap owners", () => {
  it("keeps the blocks of reached objects and values, frees the rest", () => {
    const h = new Heap({ limit: 16384 });
    const kept = { name: "kept" };
    const lost = { name: "lost" };
    const text = "x".repeat(60);
    const a = h.allocFor(kept, 40)!;
    const b = h.allocFor(lost, 40)!;
    const c = h.allocFor(text, 61)!;
    h.reserve(16);
    expect(h.owns(kept, a)).toBe(true);
    expect(h.owns(lost, a)).toBe(false);
    expect(h.owns(text, c)).toBe(true);
    h.collect((visit) => {
      visit(kept, 48, true);
      visit(text, 64, false);
    });
    expect(h.owns(kept, a)).toBe(true);
    expect(h.owns(lost, b)).toBe(false);
    expect(h.owns(text, c)).toBe(true);
    expect(h.used).toBe(48 + 64);
  });

  it("sweeps runs of anonymous blocks as a block-by-block sweep would", () => {
    const h = new Heap({ limit: 8192 });
    const owner = {};
    const sizes = [16, 48, 16, 16, 32, 16, 64, 16, 16, 16, 16, 80, 16];
    for (let round = 0; round < 4; round++) for (const n of sizes) h.reserve(n);
    const owned = h.allocFor(owner, 16)!;
    for (const n of sizes) h.reserve(n);
    const pinned = h.table.alloc(32)!;
    h.table.pin(pinned);
    for (const n of sizes) h.reserve(n);
    h.collect((visit) => visit(owner, 16, true));
    const kinds = h.table.kinds;
    const live: number[] = [];
    for (let b = 0; b < h.table.capacity; b++) if (kinds[b] === Kind.Head) live.push(b);
    // Only the owned and the pinned allocations, their blocks as they were.
    expect(live).toEqual([owned, pinned]);
    expect(kinds[pinned + 1]).toBe(Kind.Tail);
    expect(kinds[owned + 1]).toBe(Kind.Free);
    expect(h.used).toBe(16 + 32);
    h.table.unpin(pinned);
    h.collect((visit) => visit(owner, 16, true));
    expect(h.used).toBe(16);
  });

  it("adopts heads placed directly beyond the table's first size", () => {
    const h = new Heap();
    // Fill the part of the table made at first (4 MiB), so that the direct allocation makes more.
    const first = h.table.capacity;
    while (h.table.usedBlocks < first) h.reserve(16);
    const before = h.stats().allocations;
    const direct = h.table.alloc(64)!;
    expect(direct).toBe(first);
    expect(h.table.capacity).toBeGreaterThan(first);
    h.adoptUnowned(new Set([direct]));
    expect(h.stats().allocations).toBe(before + 1);
    h.collect(() => {}, 64);
    expect(h.table.kinds[direct]).toBe(Kind.Head);
  });
});
