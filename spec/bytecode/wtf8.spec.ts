// Strings in .mpy files are UTF-8 that may carry lone surrogates, as MicroPython writes them.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEscaped, decodeWtf8, encodeWtf8 } from "../../bytecode/wtf8.js";

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

  it("refuses separately encoded surrogate halves, which a JS string would join", () => {
    expect(decodeWtf8(Uint8Array.from([0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]))).toBeNull();
    expect(decodeWtf8(Uint8Array.from([0xed, 0xb0, 0x80, 0xed, 0xa0, 0x80]))).toBe("\udc00\ud800");
  });

  it("round-trips any bytes through surrogate escapes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
      const { text, escaped } = decodeEscaped(b);
      expect(Array.from(encodeWtf8(text, escaped))).toEqual(Array.from(b));
    }));
    expect(decodeEscaped(Uint8Array.from([0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x82]))).toEqual({ text: "a\udcff\u00e9\udce2\udc82", escaped: true });
    expect(decodeEscaped(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: "\ufeffa", escaped: false });
  });

  it("decodes a megabyte with a stray byte in linear time", () => {
    const b = new Uint8Array(1 << 20).fill(0x31);
    b[3] = 0xff;
    const t0 = performance.now();
    expect(decodeEscaped(b).text.length).toBe(b.length);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
