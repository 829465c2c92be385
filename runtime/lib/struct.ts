// The `struct` module on plain JS values: format strings in, byte layouts out (py/modstruct.c and
// py/binary.c on a 32-bit little-endian port). Integers are truncated to their field, not range
// checked, as MicroPython does; unpack accepts a buffer longer than needed.

import { HostError } from "./host-error.js";

export type StructValue = number | bigint | Uint8Array;

interface Field {
  readonly code: string;
  readonly offset: number;
  readonly size: number;
  /** For 's': the byte length; otherwise 1. */
  readonly count: number;
}

/** `repeat` fields of one code laid end to end (a count before a type): kept as a run, never expanded up front. */
interface Run extends Field {
  readonly repeat: number;
}

// Sizes with '<', '>', '!' (standard) and with '@' (native 32-bit: alignment = size, 8-byte at most).
// P, O and S (a pointer, an object, a pointer to a NUL-terminated string) are a word in every mode.
const STANDARD: Record<string, number> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, P: 4, O: 4, S: 4 };
const NATIVE: Record<string, number> = STANDARD;

export interface Layout {
  readonly littleEndian: boolean;
  readonly runs: readonly Run[];
  /** How many values the format packs or unpacks. */
  readonly items: number;
  readonly size: number;
}

export function layout(fmt: string): Layout {
  let i = 0;
  let mode = "@";
  if ("@=<>!".includes(fmt[0] ?? "")) {
    mode = fmt[0] === "!" ? ">" : fmt[0]!;
    i = 1;
  }
  const native = mode === "@";
  // py/binary.c knows no sizes under '=', so every typed field there is a "bad typecode".
  const table: Record<string, number> = native ? NATIVE : mode === "=" ? {} : STANDARD;
  const runs: Run[] = [];
  let size = 0;
  let items = 0;
  while (i < fmt.length) {
    let cnt = 1;
    if (/[0-9]/.test(fmt[i]!)) {
      let j = i;
      while (j < fmt.length && /[0-9]/.test(fmt[j]!)) j++;
      cnt = Number(fmt.slice(i, j));
      i = j;
    }
    const c = fmt[i++];
    // A count with no type after it is a field of type NUL: mp_binary_get_size's "bad typecode".
    if (c === undefined) throw new HostError("ValueError", "bad typecode");
    if (c === "x") {
      size += cnt;
    } else if (c === "s") {
      runs.push({ code: "s", offset: size, size: cnt, count: cnt, repeat: 1 });
      size += cnt;
      items++;
    } else {
      const sz = table[c];
      if (sz === undefined) throw new HostError("ValueError", "bad typecode");
      if (cnt === 0) continue;
      const align = native ? sz : 1;
      size = Math.ceil(size / align) * align;
      runs.push({ code: c, offset: size, size: sz, count: 1, repeat: cnt });
      size += sz * cnt;
      items += cnt;
    }
  }
  return { littleEndian: mode !== ">", runs, items, size };
}

/** The fields of a layout one by one, in order (the caller stops when it has enough). */
export function* fieldsOf(l: Layout): Generator<Field> {
  for (const r of l.runs) for (let k = 0; k < r.repeat; k++) yield { code: r.code, offset: r.offset + k * r.size, size: r.size, count: r.count };
}

/** The codes of the first `n` fields. */
export function codesOf(l: Layout, n: number): string[] {
  const out: string[] = [];
  if (n <= 0) return out;
  for (const f of fieldsOf(l)) {
    out.push(f.code);
    if (out.length >= n) break;
  }
  return out;
}

/** calcsize: the size as the device's size_t holds it, returned as a 31-bit small int (both wrap). */
export function calcsize(fmt: string): number {
  const size = layout(fmt).size % 2 ** 32;
  return ((size | 0) << 1) >> 1;
}

const SIGNED = new Set(["b", "h", "i", "l", "q"]);

function toBigInt(v: StructValue): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number" && Number.isInteger(v)) return BigInt(v);
  throw new HostError("TypeError", "can't convert to int");
}

function writeField(view: DataView, f: Field, v: StructValue, le: boolean): void {
  const o = f.offset;
  switch (f.code) {
    case "s": {
      if (!(v instanceof Uint8Array)) throw new HostError("TypeError", "object with buffer protocol required");
      const out = new Uint8Array(view.buffer, view.byteOffset + o, f.size);
      out.fill(0);
      out.set(v.subarray(0, f.size));
      return;
    }
    case "f":
    case "d":
    case "e": {
      if (typeof v !== "number" && typeof v !== "bigint") throw new HostError("TypeError", "can't convert to float");
      const x = Number(v);
      if (f.code === "f") view.setFloat32(o, x, le);
      else if (f.code === "d") view.setFloat64(o, x, le);
      else view.setUint16(o, halfBits(x), le);
      return;
    }
  }
  const bits = BigInt.asUintN(f.size * 8, toBigInt(v));
  for (let k = 0; k < f.size; k++) {
    const byte = Number((bits >> BigInt(8 * k)) & 0xffn);
    view.setUint8(o + (le ? k : f.size - 1 - k), byte);
  }
}

function readField(view: DataView, f: Field, le: boolean): StructValue {
  const o = f.offset;
  switch (f.code) {
    case "s":
      return new Uint8Array(view.buffer.slice(view.byteOffset + o, view.byteOffset + o + f.size));
    case "f":
      return view.getFloat32(o, le);
    case "d":
      return view.getFloat64(o, le);
    case "e":
      return halfValue(view.getUint16(o, le));
  }
  let bits = 0n;
  for (let k = 0; k < f.size; k++) bits |= BigInt(view.getUint8(o + (le ? k : f.size - 1 - k))) << BigInt(8 * k);
  const v = SIGNED.has(f.code) ? BigInt.asIntN(f.size * 8, bits) : bits;
  return f.size === 8 || v > 0x7fffffffn ? v : Number(v);
}

/** struct.pack_into(fmt, buffer, offset, *values). */
export function packInto(fmt: string, buf: Uint8Array, offset: number, values: readonly StructValue[]): void {
  const l = layout(fmt);
  if (offset < 0) offset += buf.length;
  if (offset < 0 || offset + l.size > buf.length) throw new HostError("ValueError", "buffer too small");
  const view = new DataView(buf.buffer, buf.byteOffset + offset, l.size);
  // Fields without a value are left as they are (zero in a fresh buffer), as MicroPython does.
  let k = 0;
  for (const f of fieldsOf(l)) {
    if (k >= values.length) break;
    writeField(view, f, values[k++]!, l.littleEndian);
  }
}

/** struct.pack(fmt, *values): surplus values are ignored and missing ones pack as zero, as in MicroPython. */
export function pack(fmt: string, values: readonly StructValue[]): Uint8Array {
  const out = new Uint8Array(layout(fmt).size);
  packInto(fmt, out, 0, values);
  return out;
}

/** struct.unpack / unpack_from: the buffer only has to be big enough. */
export function unpackFrom(fmt: string, buf: Uint8Array, offset = 0): StructValue[] {
  const l = layout(fmt);
  if (offset < 0) offset += buf.length;
  if (offset < 0 || offset + l.size > buf.length) throw new HostError("ValueError", "buffer too small");
  const view = new DataView(buf.buffer, buf.byteOffset + offset, l.size);
  const out: StructValue[] = [];
  for (const f of fieldsOf(l)) out.push(readField(view, f, l.littleEndian));
  return out;
}

function halfBits(x: number): number {
  const f32 = new DataView(new ArrayBuffer(4));
  f32.setFloat32(0, x);
  const b = f32.getUint32(0);
  const sign = (b >>> 16) & 0x8000;
  const exp = ((b >>> 23) & 0xff) - 127 + 15;
  const mant = b & 0x7fffff;
  if (((b >>> 23) & 0xff) === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  if (exp >= 0x1f) return sign | 0x7c00;
  if (exp <= 0) {
    if (exp < -10) return sign;
    const m = (mant | 0x800000) >> (1 - exp);
    return sign | ((m + 0x1000) >> 13);
  }
  return (sign | (exp << 10) | (mant >> 13)) + ((mant >> 12) & 1);
}

function halfValue(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 0x1f) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}
