// runtime/lib/framebuf.ts on its own: the buffer size each geometry needs (the smallest buffer
// the unix port accepts), the checks' order, pixel packing per format, and the font table.

import { describe, expect, it } from "vitest";
import { FORMAT, FrameBuffer, layout } from "../../../runtime/lib/framebuf.js";
import { FONT_8X8 } from "../../../runtime/lib/framebuf-font.js";

const errorOf = (f: () => unknown): string => {
  try {
    f();
    return "ok";
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
};

describe("framebuf geometry", () => {
  // [width, height, format, stride, smallest buffer FrameBuffer() accepts on the unix port]
  const sizes: [number, number, number, number | undefined, number][] = [
    [10, 10, FORMAT.MHLSB, undefined, 20],
    [10, 10, FORMAT.MHLSB, 11, 20],
    [8, 10, FORMAT.MHLSB, 9, 19],
    [8, 3, FORMAT.MVLSB, undefined, 8],
    [1, 9, FORMAT.MVLSB, 10, 11],
    [5, 8, FORMAT.GS2_HMSB, undefined, 16],
    [7, 2, FORMAT.GS2_HMSB, 9, 5],
    [3, 8, FORMAT.GS4_HMSB, undefined, 16],
    [7, 2, FORMAT.GS4_HMSB, 9, 9],
    [8, 2, FORMAT.GS8, 10, 18],
    [8, 2, FORMAT.RGB565, 10, 36],
    [9, 3, FORMAT.MHMSB, undefined, 6],
  ];
  it.each(sizes)("%i x %i in format %i (stride %s) needs %i bytes", (w, h, f, s, n) => {
    const l = layout(w, h, f, s);
    expect(l.bytes).toBe(n);
    expect(() => new FrameBuffer(new Uint8Array(n), l)).not.toThrow();
    expect(errorOf(() => new FrameBuffer(new Uint8Array(n - 1), l))).toBe("ValueError: ");
  });

  it("rounds a packed format's stride up to whole bytes", () => {
    expect(layout(10, 2, FORMAT.MHLSB, 11).stride).toBe(16);
    expect(layout(5, 2, FORMAT.GS2_HMSB).stride).toBe(8);
    expect(layout(5, 2, FORMAT.GS4_HMSB).stride).toBe(6);
    expect(layout(5, 2, FORMAT.GS8).stride).toBe(5);
    expect(layout(5, 9, FORMAT.MVLSB, 7).stride).toBe(7);
  });

  it("checks the dimensions before the format (framebuf_bounds.py)", () => {
    expect(errorOf(() => layout(-1, 10, 99))).toBe("ValueError: ");
    expect(errorOf(() => layout(10, 10, FORMAT.MHLSB, 9))).toBe("ValueError: ");
    expect(errorOf(() => layout(0x10000, 1, FORMAT.GS8))).toBe("ValueError: ");
    expect(errorOf(() => layout(10, 10, 7))).toBe("ValueError: invalid format");
  });
});

describe("framebuf pixels", () => {
  const fb = (format: number, w: number, h: number, bytes: number) => new FrameBuffer(new Uint8Array(bytes), layout(w, h, format));

  it("packs pixels as each format's bytes (framebuf1.py, framebuf2.py, framebuf4.py)", () => {
    const cases: [number, number, string][] = [
      [FORMAT.MVLSB, 8, "8100000000000000"],
      [FORMAT.MHLSB, 1, "c0"],
      [FORMAT.MHMSB, 1, "03"],
      [FORMAT.GS2_HMSB, 2, "0700"],
      [FORMAT.GS4_HMSB, 4, "75000000"],
      [FORMAT.GS8, 8, "07d5000000000000"],
      [FORMAT.RGB565, 16, "0700d5ff000000000000000000000000"],
    ];
    for (const [format, bytes, hex] of cases) {
      const f = fb(format, 8, format === FORMAT.MVLSB ? 8 : 1, bytes);
      if (format === FORMAT.MVLSB) {
        f.pixel(0, 0, 1);
        f.pixel(0, 7, 1);
      } else {
        f.pixel(0, 0, 7);
        f.pixel(1, 0, -43);
      }
      expect(Buffer.from(f.buf).toString("hex")).toBe(hex);
    }
  });

  it("reads colours back as unsigned and ignores pixels outside", () => {
    const f = fb(FORMAT.RGB565, 2, 2, 8);
    f.fill(-1);
    expect(f.pixel(1, 1)).toBe(0xffff);
    expect(f.pixel(2, 0)).toBeUndefined();
    expect(f.pixel(0, -1, 5)).toBeUndefined();
  });
});

describe("framebuf font", () => {
  it("holds 96 glyphs of 8 columns: space empty, '!' and the checkerboard of character 127", () => {
    expect(FONT_8X8.length).toBe(96 * 8);
    expect([...FONT_8X8.subarray(0, 8)]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([...FONT_8X8.subarray(8, 16)]).toEqual([0, 0, 0, 0x4f, 0x4f, 0, 0, 0]);
    expect([...FONT_8X8.subarray(95 * 8)]).toEqual([0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55, 0xaa, 0x55]);
  });
});
