// Properties of the variable-length integer encodings shared by the .mpy writer and the emitter.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSint, decodeUint, encodeSint, encodeUint, uintSize } from "../../bytecode/varint.js";

describe("varints", () => {
  it("unsigned values round-trip and have the size uintSize predicts", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (v) => {
        const out: number[] = [];
        encodeUint(v, out);
        expect(out.length).toBe(uintSize(v));
        expect(decodeUint(Uint8Array.from(out), 0)).toEqual({ value: v, next: out.length });
      }),
    );
  });

  it("signed values round-trip, with the sign carried in bit 6 of the first byte", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (v) => {
        const out: number[] = [];
        encodeSint(v, out);
        expect((out[0]! & 0x40) !== 0).toBe(v < 0);
        expect(decodeSint(Uint8Array.from(out), 0)).toEqual({ value: v, next: out.length });
      }),
    );
  });

  it("encodes known values as MicroPython does", () => {
    const enc = (v: number, f: typeof encodeUint) => {
      const o: number[] = [];
      f(v, o);
      return o;
    };
    expect(enc(127, encodeUint)).toEqual([0x7f]);
    expect(enc(128, encodeUint)).toEqual([0x81, 0x00]);
    expect(enc(64, encodeSint)).toEqual([0x80, 0x40]);
    expect(enc(-1, encodeSint)).toEqual([0x7f]);
    expect(enc(-65, encodeSint)).toEqual([0xff, 0x3f]);
  });

  it("a truncated varint decodes to null", () => {
    expect(decodeUint(Uint8Array.from([0x81, 0x80]), 0)).toBeNull();
  });
});
