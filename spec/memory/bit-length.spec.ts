// bitLength (runtime/memory/bounds.ts), which sizes every mpz the heap model charges: a safe
// integer given as a number must have the length its bigint has, at each power of two and between.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitLength } from "../../runtime/memory/bounds.js";

describe("bitLength", () => {
  it("of a number is that of the same bigint", () => {
    const edges = [0, 1, -1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 52, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    for (let e = 0; e < 53; e++) edges.push(2 ** e, 2 ** e - 1, -(2 ** e));
    for (const v of edges) expect(bitLength(v)).toBe(bitLength(BigInt(v)));
    fc.assert(fc.property(fc.maxSafeInteger(), (v) => bitLength(v) === bitLength(BigInt(v))));
  });

  it("counts the bits of the magnitude", () => {
    expect(bitLength(0)).toBe(0);
    expect(bitLength(-8)).toBe(4);
    expect(bitLength(2 ** 40)).toBe(41);
    expect(bitLength(1n << 300n)).toBe(301);
  });
});
