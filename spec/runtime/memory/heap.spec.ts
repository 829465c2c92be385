// The heap accountant: block rounding, peak, the size limit failing as py/gc.c does, heap locking,
// and collection by reachability.

import { describe, expect, it } from "vitest";
import { gcPoolBytes, Heap, HeapExhausted, parseHeapSize, type HeapCell } from "../../../runtime/memory/heap.js";

describe("Heap", () => {
  it("counts whole blocks and remembers the peak", () => {
    const h = new Heap();
    const a: HeapCell = { heapBytes: 0 };
    h.track(a, 12);
    h.track({ heapBytes: 0 }, 17);
    expect(h.used).toBe(48);
    h.collect((keep) => keep(a));
    expect(h.used).toBe(16);
    expect(h.peak).toBe(48);
  });

  it("fails beyond the limit with MicroPython's message, naming the bytes asked for", () => {
    const h = new Heap({ limit: parseHeapSize("1k") });
    expect(h.limit).toBe(960);
    h.reserve(900);
    expect(() => h.reserve(60)).toThrow("memory allocation failed, allocating 60 bytes");
    expect(h.used).toBe(912);
  });

  it("collects under pressure before failing", () => {
    const h = new Heap({ limit: 200 });
    h.track({ heapBytes: 0 }, 160);
    h.onPressure = () => h.collect(() => {});
    expect(h.reserve(48)).toBe(48);
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
    const h = new Heap();
    const a: HeapCell = { heapBytes: 0 };
    h.track(a, 16);
    h.track(a, 100);
    h.track({ heapBytes: 0 }, 20);
    expect(h.blockHistogram()).toEqual({ ones: 1, twos: 1, largest: 7 });
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
