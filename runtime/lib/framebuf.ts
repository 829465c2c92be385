// framebuf's drawing on plain bytes (extmod/modframebuf.c): a frame buffer's geometry checked
// against its buffer, pixels read and written in each of the seven formats, and the drawing
// operations (rects, lines, ellipses, polygons, blit, scroll, text) with MicroPython's clipping.

import { FONT_8X8, FONT_FIRST, FONT_LAST } from "./framebuf-font.js";
import { HostError } from "./host-error.js";

/** The format numbers the module exports (modframebuf.c's FRAMEBUF_* values). */
export const FORMAT = { MVLSB: 0, RGB565: 1, GS4_HMSB: 2, MHLSB: 3, MHMSB: 4, GS2_HMSB: 5, GS8: 6 } as const;

/** The checked shape of a frame buffer: its stride rounded to whole bytes, and the bytes it needs. */
export interface Layout {
  readonly width: number;
  readonly height: number;
  readonly format: number;
  readonly stride: number;
  /** Bytes the buffer must hold, computed in a 32-bit size_t as the C does. */
  readonly bytes: number;
}

/** framebuf_make_new_helper's checks: dimensions, then the format (before the buffer is looked at). */
export function layout(width: number, height: number, format: number, strideArg?: number): Layout {
  let stride = strideArg ?? width;
  if (width < 1 || height < 1 || width > 0xffff || height > 0xffff || stride > 0xffff || stride < width) throw new HostError("ValueError", "");
  let bpp = 1;
  let heightRequired = height;
  let widthRequired = width;
  let stridesRequired = height - 1;
  switch (format) {
    case FORMAT.MVLSB:
      heightRequired = (height + 7) & ~7;
      stridesRequired = heightRequired - 8;
      break;
    case FORMAT.MHLSB:
    case FORMAT.MHMSB:
      stride = (stride + 7) & ~7;
      widthRequired = (width + 7) & ~7;
      break;
    case FORMAT.GS2_HMSB:
      stride = (stride + 3) & ~3;
      widthRequired = (width + 3) & ~3;
      bpp = 2;
      break;
    case FORMAT.GS4_HMSB:
      stride = (stride + 1) & ~1;
      widthRequired = (width + 1) & ~1;
      bpp = 4;
      break;
    case FORMAT.GS8:
      bpp = 8;
      break;
    case FORMAT.RGB565:
      bpp = 16;
      break;
    default:
      throw new HostError("ValueError", "invalid format");
  }
  const u32 = (n: number) => n >>> 0;
  const bits = u32(Math.imul(u32(Math.imul(stridesRequired, stride) + Math.imul(heightRequired - stridesRequired, widthRequired)), bpp));
  // The rounded stride is kept in a uint16_t (a width near 0xffff can wrap it).
  return { width, height, format, stride: stride & 0xffff, bytes: Math.floor(bits / 8) };
}

/** One format's pixel access, as modframebuf.c's per-format table (colours are uint32). */
interface PixelFormat {
  set(fb: FrameBuffer, x: number, y: number, col: number): void;
  get(fb: FrameBuffer, x: number, y: number): number;
  /** Fills an already clipped, non-empty rectangle. */
  fill(fb: FrameBuffer, x: number, y: number, w: number, h: number, col: number): void;
}

/** Reads a byte; beyond the buffer (a palette indexed past its end) reads as 0. */
const byteAt = (b: Uint8Array, i: number): number => b[i] ?? 0;

function setBit(b: Uint8Array, i: number, bit: number, on: boolean): void {
  b[i] = (byteAt(b, i) & ~(1 << bit)) | ((on ? 1 : 0) << bit);
}

const monoHorizontal: PixelFormat = {
  set(fb, x, y, col) {
    const bit = fb.format === FORMAT.MHMSB ? x & 7 : 7 - (x & 7);
    setBit(fb.buf, (x + y * fb.stride) >> 3, bit, col !== 0);
  },
  get(fb, x, y) {
    const bit = fb.format === FORMAT.MHMSB ? x & 7 : 7 - (x & 7);
    return (byteAt(fb.buf, (x + y * fb.stride) >> 3) >> bit) & 1;
  },
  fill(fb, x, y, w, h, col) {
    for (let xx = x; xx < x + w; xx++) for (let yy = y; yy < y + h; yy++) this.set(fb, xx, yy, col);
  },
};

const FORMATS: readonly PixelFormat[] = [
  // MVLSB: a byte is a column of 8 pixels, the least significant bit at the top.
  {
    set: (fb, x, y, col) => setBit(fb.buf, (y >> 3) * fb.stride + x, y & 7, col !== 0),
    get: (fb, x, y) => (byteAt(fb.buf, (y >> 3) * fb.stride + x) >> (y & 7)) & 1,
    fill(fb, x, y, w, h, col) {
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(fb, xx, yy, col);
    },
  },
  // RGB565: one little-endian uint16 per pixel.
  {
    set(fb, x, y, col) {
      const i = 2 * (x + y * fb.stride);
      fb.buf[i] = col & 0xff;
      fb.buf[i + 1] = (col >> 8) & 0xff;
    },
    get: (fb, x, y) => byteAt(fb.buf, 2 * (x + y * fb.stride)) | (byteAt(fb.buf, 2 * (x + y * fb.stride) + 1) << 8),
    fill(fb, x, y, w, h, col) {
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(fb, xx, yy, col);
    },
  },
  // GS4_HMSB: two pixels a byte, the left one in the high nibble.
  {
    set(fb, x, y, col) {
      const i = (x + y * fb.stride) >> 1;
      const c = col & 0xff;
      fb.buf[i] = x % 2 ? (c & 0x0f) | (byteAt(fb.buf, i) & 0xf0) : ((c << 4) & 0xff) | (byteAt(fb.buf, i) & 0x0f);
    },
    get(fb, x, y) {
      const b = byteAt(fb.buf, (x + y * fb.stride) >> 1);
      return x % 2 ? b & 0x0f : b >> 4;
    },
    fill(fb, x, y, w, h, col) {
      // The C fills with the colour's low nibble in both halves of a byte.
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) this.set(fb, xx, yy, col & 0x0f);
    },
  },
  monoHorizontal,
  monoHorizontal,
  // GS2_HMSB: four pixels a byte, the leftmost in the lowest two bits.
  {
    set(fb, x, y, col) {
      const i = (x + y * fb.stride) >> 2;
      const shift = (x & 3) << 1;
      fb.buf[i] = ((col & 3) << shift) | (byteAt(fb.buf, i) & ~(3 << shift));
    },
    get: (fb, x, y) => (byteAt(fb.buf, (x + y * fb.stride) >> 2) >> ((x & 3) << 1)) & 3,
    fill(fb, x, y, w, h, col) {
      for (let xx = x; xx < x + w; xx++) for (let yy = y; yy < y + h; yy++) this.set(fb, xx, yy, col);
    },
  },
  // GS8: a byte per pixel.
  {
    set: (fb, x, y, col) => void (fb.buf[x + y * fb.stride] = col & 0xff),
    get: (fb, x, y) => byteAt(fb.buf, x + y * fb.stride),
    fill(fb, x, y, w, h, col) {
      for (let yy = y; yy < y + h; yy++) fb.buf.fill(col & 0xff, x + yy * fb.stride, x + w + yy * fb.stride);
    },
  },
];

// Ellipse quadrants (Q2 Q1 / Q3 Q4) and the fill flag, as ellipse()'s mask argument has them.
const ELLIPSE_FILL = 0x10;
const ELLIPSE_ALL = 0x0f;
const [Q1, Q2, Q3, Q4] = [1, 2, 4, 8];

/** A frame buffer over a byte buffer it draws into (mp_obj_framebuf_t without its Python object). */
export class FrameBuffer {
  readonly width: number;
  readonly height: number;
  readonly format: number;
  readonly stride: number;
  private readonly px: PixelFormat;

  /** The buffer must hold what the layout needs (else ValueError with no message). */
  constructor(
    readonly buf: Uint8Array,
    l: Layout,
  ) {
    if (l.bytes > buf.length) throw new HostError("ValueError", "");
    this.width = l.width;
    this.height = l.height;
    this.format = l.format;
    this.stride = l.stride;
    this.px = FORMATS[l.format]!;
  }

  /** A colour as the C's uint32_t parameter receives an mp_int_t. */
  private static colour(col: number): number {
    return col >>> 0;
  }

  contains(x: number, y: number): boolean {
    return x >= 0 && x < this.width && y >= 0 && y < this.height;
  }

  private setChecked(x: number, y: number, col: number, mask: number): void {
    if (mask && this.contains(x, y)) this.px.set(this, x, y, FrameBuffer.colour(col));
  }

  getPixel(x: number, y: number): number {
    return this.px.get(this, x, y);
  }

  fill(col: number): void {
    this.px.fill(this, 0, 0, this.width, this.height, FrameBuffer.colour(col));
  }

  /** fill_rect: clipped to the buffer; an empty or wholly outside rectangle draws nothing. */
  fillRect(x: number, y: number, w: number, h: number, col: number): void {
    if (h < 1 || w < 1 || ((x + w) | 0) <= 0 || ((y + h) | 0) <= 0 || y >= this.height || x >= this.width) return;
    const xEnd = Math.min(this.width, (x + w) | 0);
    const yEnd = Math.min(this.height, (y + h) | 0);
    const x0 = Math.max(x, 0);
    const y0 = Math.max(y, 0);
    this.px.fill(this, x0, y0, xEnd - x0, yEnd - y0, FrameBuffer.colour(col));
  }

  /** pixel(x, y[, c]): the colour inside the buffer, or undefined outside it or when setting. */
  pixel(x: number, y: number, col?: number): number | undefined {
    if (!this.contains(x, y)) return undefined;
    if (col === undefined) return this.getPixel(x, y);
    this.px.set(this, x, y, FrameBuffer.colour(col));
    return undefined;
  }

  rect(x: number, y: number, w: number, h: number, col: number, fill: boolean): void {
    if (fill) return this.fillRect(x, y, w, h, col);
    this.fillRect(x, y, w, 1, col);
    this.fillRect(x, y + h - 1, w, 1, col);
    this.fillRect(x, y, 1, h, col);
    this.fillRect(x + w - 1, y, 1, h, col);
  }

  /** Bresenham's line, stepping along the longer axis; the end point is always drawn. */
  line(x1: number, y1: number, x2: number, y2: number, col: number): void {
    let dx = x2 - x1;
    let sx = 1;
    if (dx <= 0) {
      dx = -dx;
      sx = -1;
    }
    let dy = y2 - y1;
    let sy = 1;
    if (dy <= 0) {
      dy = -dy;
      sy = -1;
    }
    const steep = dy > dx;
    if (steep) {
      [x1, y1] = [y1, x1];
      [dx, dy] = [dy, dx];
      [sx, sy] = [sy, sx];
    }
    let e = 2 * dy - dx;
    for (let i = 0; i < dx; i++) {
      if (steep) this.setChecked(y1, x1, col, 1);
      else this.setChecked(x1, y1, col, 1);
      while (e >= 0) {
        y1 += sy;
        e -= 2 * dx;
      }
      x1 += sx;
      e += 2 * dy;
    }
    this.setChecked(x2, y2, col, 1);
  }

  private ellipsePoints(cx: number, cy: number, x: number, y: number, col: number, mask: number): void {
    if (mask & ELLIPSE_FILL) {
      if (mask & Q1) this.fillRect(cx, cy - y, x + 1, 1, col);
      if (mask & Q2) this.fillRect(cx - x, cy - y, x + 1, 1, col);
      if (mask & Q3) this.fillRect(cx - x, cy + y, x + 1, 1, col);
      if (mask & Q4) this.fillRect(cx, cy + y, x + 1, 1, col);
    } else {
      this.setChecked(cx + x, cy - y, col, mask & Q1);
      this.setChecked(cx - x, cy - y, col, mask & Q2);
      this.setChecked(cx - x, cy + y, col, mask & Q3);
      this.setChecked(cx + x, cy + y, col, mask & Q4);
    }
  }

  /** The midpoint ellipse in two passes (slope above and below -1); `quadrants` as ellipse()'s m. */
  ellipse(cx: number, cy: number, a: number, b: number, col: number, fill: boolean, quadrants = ELLIPSE_ALL): void {
    const mask = (fill ? ELLIPSE_FILL : 0) | (quadrants & ELLIPSE_ALL);
    if (a === 0 && b === 0) return this.setChecked(cx, cy, col, mask & ELLIPSE_ALL);
    const twoASquare = 2 * a * a;
    const twoBSquare = 2 * b * b;
    let x = a;
    let y = 0;
    let xChange = b * b * (1 - 2 * a);
    let yChange = a * a;
    let error = 0;
    let stopX = twoBSquare * a;
    let stopY = 0;
    while (stopX >= stopY) {
      this.ellipsePoints(cx, cy, x, y, col, mask);
      y++;
      stopY += twoASquare;
      error += yChange;
      yChange += twoASquare;
      if (2 * error + xChange > 0) {
        x--;
        stopX -= twoBSquare;
        error += xChange;
        xChange += twoBSquare;
      }
    }
    x = 0;
    y = b;
    xChange = b * b;
    yChange = a * a * (1 - 2 * b);
    error = 0;
    stopX = 0;
    stopY = twoASquare * b;
    while (stopX <= stopY) {
      this.ellipsePoints(cx, cy, x, y, col, mask);
      x++;
      stopX += twoBSquare;
      error += xChange;
      xChange += twoBSquare;
      if (2 * error + yChange > 0) {
        y--;
        stopY -= twoASquare;
        error += yChange;
        yChange += twoASquare;
      }
    }
  }

  /**
   * poly(x, y, coords, c, fill): the closed polygon through the (x, y) pairs `coord(0..)` reads,
   * walked from the last point back to the first. Filling crosses each scan line with the edges
   * (an edge's bottom pixel left out), fills between pairs of crossings, and patches the pixels a
   * local minimum or a horizontal edge would miss.
   */
  poly(x: number, y: number, points: number, coord: (i: number) => number, col: number, fill: boolean): void {
    if (!fill) {
      let [px1, py1] = [coord(0), coord(1)];
      let i = points * 2 - 1;
      do {
        const py2 = coord(i--);
        const px2 = coord(i--);
        this.line(x + px1, y + py1, x + px2, y + py2, col);
        [px1, py1] = [px2, py2];
      } while (i >= 0);
      return;
    }
    let yMin = Infinity;
    let yMax = -Infinity;
    for (let i = 0; i < points; i++) {
      const py = coord(i * 2 + 1);
      yMin = Math.min(yMin, py);
      yMax = Math.max(yMax, py);
    }
    for (let row = yMin; row <= yMax; row++) {
      const nodes: number[] = [];
      let [px1, py1] = [coord(0), coord(1)];
      let i = points * 2 - 1;
      do {
        const py2 = coord(i--);
        const px2 = coord(i--);
        if (py1 !== py2 && ((py1 > row && py2 <= row) || (py1 <= row && py2 > row))) {
          nodes.push(Math.trunc((32 * px1 + Math.trunc((32 * (px2 - px1) * (row - py1)) / (py2 - py1)) + 16) / 32));
        } else if (row === Math.max(py1, py2)) {
          if (py1 < py2) this.setChecked(x + px2, y + py2, col, 1);
          else if (py2 < py1) this.setChecked(x + px1, y + py1, col, 1);
          else this.line(x + px1, y + py1, x + px2, y + py2, col);
        }
        [px1, py1] = [px2, py2];
      } while (i >= 0);
      nodes.sort((p, q) => p - q);
      for (let k = 0; k + 1 < nodes.length; k += 2) this.fillRect(x + nodes[k]!, y + row, nodes[k + 1]! - nodes[k]! + 1, 1, col);
    }
  }

  /** blit: `src` drawn at (x, y), each colour through `palette` (its row 0) if given, `key` skipped. */
  blit(src: FrameBuffer, x: number, y: number, key: number, palette: FrameBuffer | null): void {
    if (x >= this.width || y >= this.height || -x >= src.width || -y >= src.height) return;
    const x0 = Math.max(0, x);
    const x1 = Math.max(0, -x);
    const xEnd = Math.min(this.width, x + src.width);
    const yEnd = Math.min(this.height, y + src.height);
    const skip = key >>> 0;
    for (let dy = Math.max(0, y), sy = Math.max(0, -y); dy < yEnd; dy++, sy++) {
      for (let dx = x0, sx = x1; dx < xEnd; dx++, sx++) {
        let col = src.getPixel(sx, sy);
        if (palette) col = palette.getPixel(col, 0);
        if (col !== skip) this.px.set(this, dx, dy, col);
      }
    }
  }

  /** scroll: moves the contents by (xstep, ystep); what is uncovered keeps its old pixels. */
  scroll(xstep: number, ystep: number): void {
    if (Math.abs(xstep) >= this.width || Math.abs(ystep) >= this.height) return;
    const [sx, xEnd, dx] = xstep < 0 ? [0, this.width + xstep, 1] : [this.width - 1, xstep - 1, -1];
    const [sy, yEnd, dy] = ystep < 0 ? [0, this.height + ystep, 1] : [this.height - 1, ystep - 1, -1];
    for (let y = sy; y !== yEnd; y += dy) {
      for (let x = sx; x !== xEnd; x += dx) this.px.set(this, x, y, this.getPixel(x - xstep, y - ystep));
    }
  }

  /** text: the bytes of `s` (up to a NUL) in the 8x8 font, 8 pixels apart; others draw as glyph 127. */
  text(s: Uint8Array, x: number, y0: number, col: number): void {
    const c = FrameBuffer.colour(col);
    for (const byte of s) {
      if (byte === 0) break;
      const chr = byte < FONT_FIRST || byte > FONT_LAST ? FONT_LAST : byte;
      const glyph = (chr - FONT_FIRST) * 8;
      for (let j = 0; j < 8; j++, x++) {
        if (x < 0 || x >= this.width) continue;
        for (let bits = FONT_8X8[glyph + j]!, y = y0; bits; bits >>= 1, y++) {
          if (bits & 1 && y >= 0 && y < this.height) this.px.set(this, x, y, c);
        }
      }
    }
  }
}
