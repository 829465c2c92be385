// Strings in .mpy files are UTF-8 that may carry lone surrogates, as MicroPython writes them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeWtf8, encodeWtf8 } from "../../bytecode/wtf8.js";

describe("wtf8", () => {
  it("agrees with UTF-8 on well-formed strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => {
      expect(Array.from(encodeWtf8(s))).toEqual(Array.from(new TextEncoder().encode(s)));
      expect(decodeWtf8(encodeWtf8(s))).toBe(s);
    }));
  });

  it("round-trips lone surrogates as 3-byte sequences", () => {
    expect(Array.from(encodeWtf8("\ud800x"))).toEqual([0xed, 0xa0, 0x80, 0x78]);
    expect(decodeWtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe("\ud800");
  });

  it("rejects malformed bytes", () => {
    for (const bad of [[0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(decodeWtf8(Uint8Array.from(bad))).toBeNull();
    }
  });
});
