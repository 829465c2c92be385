// The VM's heap: block rounding and placement, peak, the size limit failing as py/gc.c does, heap
// locking, collection by reachability, and owned allocations kept in place across a collection.

import { describe, expect, it } from "vitest";
import { gcPoolBytes, Heap, HeapExhausted, parseHeapSize } from "../../../runtime/memory/heap.js";

describe("Heap", () => {
  it("counts whole blocks and remembers the peak", () => {
    const h = new Heap({ limit: 16384 });
    const a = {};
    const head = h.allocFor(a, 12);
    h.reserve(17);
    expect(h.used).toBe(48);
    h.collect((visit) => visit(a, 16, true));
    expect(h.used).toBe(16);
    expect(h.peak).toBe(48);
    expect(h.owns(a, head!)).toBe(true);
  });

  it("fails beyond the limit with MicroPython's message, naming the bytes asked for", () => {
    const h = new Heap({ limit: parseHeapSize("1k") });
    expect(h.limit).toBe(960);
    h.reserve(900);
    expect(() => h.reserve(60)).toThrow("memory allocation failed, allocating 60 bytes");
    expect(h.used).toBe(912);
  });

  it("collects under pressure before failing", () => {
    const h = new Heap({ limit: 400 }); // 24 blocks
    h.reserve(320);
    h.onPressure = () => h.collect(() => {});
    expect(h.reserve(96)).toBe(96);
    expect(h.stats().collections).toBe(1);
  });

  it("sizes the pool as py/gc.c splits an area between tables and blocks", () => {
    // The WebAssembly VM reports GC total 1024512, 64000 and 195392 for these heapsize values.
    expect(gcPoolBytes(1024 * 1024)).toBe(1024512);
    expect(gcPoolBytes(65536)).toBe(64000);
    expect(gcPoolBytes(200000)).toBe(195392);
    expect(new Heap({ limit: 16 * 1024 }).limit).toBe(16000);
  });

  it("counts live allocations by block size for mem_info", () => {
    const h = new Heap({ limit: 16384 });
    h.reserve(16);
    h.reserve(100);
    h.reserve(20);
    const i = h.info();
    expect([i.oneBlocks, i.twoBlocks, i.maxBlock]).toEqual([1, 1, 7]);
  });

  it("places first fit, so a freed hole is reused and fragmentation limits the largest allocation", () => {
    const h = new Heap({ limit: 1024 }); // 60 blocks
    const owners = Array.from({ length: 6 }, () => ({}));
    const heads = owners.map((o) => h.allocFor(o, 160)!);
    expect(heads).toEqual([0, 10, 20, 30, 40, 50]);
    // Every other one unreached: five holes of 10 blocks, none of 11.
    h.collect((visit) => owners.forEach((o, i) => i % 2 && visit(o, 160, true)));
    expect(h.used).toBe(480);
    expect(() => h.allocFor({}, 161)).toThrow("memory allocation failed, allocating 161 bytes");
    expect(h.allocFor({}, 160)).toBe(0);
  });

  it("keeps a reached value's blocks in place and places what it is short of after the sweep", () => {
    const h = new Heap({ limit: 1024 });
    h.reserve(32);
    h.allocFor("some text", 10);
    h.allocFor("some text", 16);
    h.collect((visit) => {
      visit("some text", 32, false);
      visit("other", 48, false);
    });
    expect(h.used).toBe(80);
    expect(h.owns("some text", 2)).toBe(true);
    expect(h.owns("other", 4)).toBe(true);
  });

  it("grows an owned allocation in place or moves it, and frees what is released", () => {
    const h = new Heap({ limit: 1024 });
    const a = {};
    let b = h.allocFor(a, 16);
    h.reserve(16);
    b = h.reallocFor(a, b, 48);
    expect(b).toBe(2); // the block after it is taken: moved
    expect(h.used).toBe(64);
    h.release(16);
    expect(h.used).toBe(48);
    expect(h.reallocFor(a, b, 16)).toBe(2);
    expect(h.used).toBe(16);
  });

  it("refuses every allocation while locked", () => {
    const h = new Heap();
    h.lock();
    h.lock();
    expect(() => h.reserve(4)).toThrow(HeapExhausted);
    expect(() => h.reserve(4)).toThrow("memory allocation failed, heap is locked");
    expect(h.unlock()).toBe(1);
    expect(h.unlock()).toBe(0);
    expect(h.reserve(4)).toBe(16);
  });

  it("parses heap sizes and rejects nonsense clearly", () => {
    expect(parseHeapSize("16k")).toBe(16384);
    expect(parseHeapSize("2M")).toBe(2 * 1024 * 1024);
    expect(parseHeapSize("4096")).toBe(4096);
    expect(() => parseHeapSize("lots")).toThrow("invalid heap size 'lots'");
    expect(() => parseHeapSize("8")).toThrow("smaller than one 16-byte block");
  });
});
