// struct against results printed by MicroPython v1.27.0's WebAssembly port, and pack/unpack round trips.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calcsize, pack, packInto, unpackFrom } from "../../../runtime/lib/struct.js";

const b = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("struct", () => {
  it("computes sizes with native alignment and standard sizes", () => {
    expect(calcsize("bhiqd")).toBe(24);
    expect(calcsize("<bhiqd")).toBe(23);
    expect(calcsize("@bq")).toBe(16);
    expect(calcsize("2s3xH")).toBe(8);
    expect(() => calcsize("=bq")).toThrow("bad typecode");
    expect(() => calcsize("<2h 2b")).toThrow("bad typecode");
    expect(() => calcsize("<z")).toThrow("bad typecode");
  });

  it("packs as MicroPython does, truncating ints and padding strings", () => {
    expect(pack("<hHb", [-2, 65535, 300])).toEqual(b("\xfe\xff\xff\xff,"));
    expect(pack(">I2sf", [0xdeadbeef, b("abc"), 1.5])).toEqual(b("\xde\xad\xbe\xefab?\xc0\x00\x00"));
    expect(pack("<e", [1.337])).toEqual(b("Y="));
    expect(pack("<ii", [1])).toEqual(b("\x01\x00\x00\x00\x00\x00\x00\x00"));
    expect(pack("<4s", [b("ab")])).toEqual(b("ab\x00\x00"));
    expect(pack("@bd", [1, 2.0])).toEqual(b("\x01" + "\x00".repeat(13) + "\x00@"));
  });

  it("unpacks from a buffer that is at least big enough", () => {
    const buf = Uint8Array.from({ length: 24 }, (_, i) => i);
    expect(unpackFrom("<IiQq", buf)).toEqual([50462976, 117835012, 1084818905618843912n, 1663540288323457296n]);
    expect(unpackFrom("<e", b("\x00<"))).toEqual([1.0]);
    expect(unpackFrom("<h", b("\x01\x02\x03"))).toEqual([513]);
    expect(() => unpackFrom("<i", b("12"))).toThrow("buffer too small");
    expect(unpackFrom(">H", buf, -2)).toEqual([0x1617]);
  });

  it("pack_into writes at an offset and refuses to overrun", () => {
    const buf = new Uint8Array(6);
    packInto("<H", buf, 4, [0x0102]);
    expect([...buf]).toEqual([0, 0, 0, 0, 2, 1]);
    expect(() => packInto("<I", buf, 4, [1])).toThrow("buffer too small");
  });

  it("round-trips integers of every width and order", () => {
    const cases = [
      ["b", -128, 127], ["B", 0, 255], ["h", -32768, 32767], ["H", 0, 65535],
      ["i", -(2 ** 31), 2 ** 31 - 1], ["I", 0, 2 ** 31 - 1],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom("<", ">", "@", "!"), fc.double({ min: 0, max: 1, noNaN: true }), ([c, lo, hi], order, t) => {
        const v = Math.floor(lo + (hi - lo) * t);
        return unpackFrom(order + c, pack(order + c, [v]))[0] === v;
      }),
    );
  });
});
