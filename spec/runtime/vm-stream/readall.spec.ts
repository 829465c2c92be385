// read() of a whole stream grows its buffer on the heap, as py/stream.c's does: a stream that never
// ends fills the board's heap and is MemoryError, not a loop without end.

import { describe, expect, it } from "vitest";
import { Heap } from "../../../runtime/memory/heap.js";
import { newMemState, useMem } from "../../../runtime/memory/charge.js";
import { readAll, Stream } from "../../../runtime/modules/stream.js";

class Endless extends Stream {
  readonly isText = false;
  override read(into: Uint8Array): number {
    into.fill(65);
    return into.length;
  }
  ioctl(): number {
    return 0;
  }
}

class Finite extends Stream {
  readonly isText = false;
  private left = 1000;
  override read(into: Uint8Array): number {
    const n = Math.min(this.left, into.length);
    into.fill(66, 0, n);
    this.left -= n;
    return n;
  }
  ioctl(): number {
    return 0;
  }
}

describe("readAll", () => {
  it("reads a finite stream whole, and stops an endless one with MemoryError", () => {
    const saved = useMem(newMemState(new Heap({ limit: 64 * 1024 })));
    try {
      expect(readAll(new Finite()).length).toBe(1000);
      expect(() => readAll(new Endless())).toThrow(/memory allocation failed/);
    } finally {
      useMem(saved);
    }
  });
});
