// Typed buffers: the `array` module's array and typed memoryviews (py/objarray.c, py/binary.c),
// with a 32-bit port's item sizes (i, I, l, L are 4 bytes) in little-endian order.

import { OVERFLOW_ERROR, pyErr, typeError, valueError } from "./exceptions.js";
import { asFloat, asInt, bytesOf } from "./ops.js";
import { floatStr } from "./repr.js";
import { nativeType, normInt, PyByteArray, PyBytes, PyFloat, PyMemoryView, PyObject, type Value } from "./value.js";

export const ARRAY = nativeType("array");

export const ITEM_SIZE: Readonly<Record<string, number>> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8 };

export function itemSize(typecode: string): number {
  const n = ITEM_SIZE[typecode];
  if (n === undefined) throw valueError("bad typecode");
  return n;
}

/** Reads item `i` of type `tc` from `b`. */
export function getItem(b: Uint8Array, tc: string, i: number): Value {
  const n = ITEM_SIZE[tc]!;
  const dv = new DataView(b.buffer, b.byteOffset + i * n, n);
  switch (tc) {
    case "b":
      return dv.getInt8(0);
    case "B":
      return dv.getUint8(0);
    case "h":
      return dv.getInt16(0, true);
    case "H":
      return dv.getUint16(0, true);
    case "i":
    case "l":
      return dv.getInt32(0, true);
    case "I":
    case "L":
      return dv.getUint32(0, true);
    case "q":
      return normInt(dv.getBigInt64(0, true));
    case "Q":
      return normInt(dv.getBigUint64(0, true));
    case "f":
      return new PyFloat(dv.getFloat32(0, true));
    default:
      return new PyFloat(dv.getFloat64(0, true));
  }
}

/** Writes `v` as item `i` of type `tc` into `b`, wrapping integers as C stores them. */
export function setItem(b: Uint8Array, tc: string, i: number, v: Value): void {
  const n = ITEM_SIZE[tc]!;
  const dv = new DataView(b.buffer, b.byteOffset + i * n, n);
  if (tc === "f" || tc === "d") {
    const f = asFloat(v);
    if (f === null) throw typeError(`can't convert ${typeNameOf(v)} to float`);
    if (tc === "f") dv.setFloat32(0, f, true);
    else dv.setFloat64(0, f, true);
    return;
  }
  let x = asInt(v);
  if (x === null) {
    if (v instanceof PyFloat) throw typeError("can't convert float to int");
    throw typeError(`can't convert ${typeNameOf(v)} to int`);
  }
  const big = BigInt(x);
  if (n === 8) {
    if (tc === "q") dv.setBigInt64(0, BigInt.asIntN(64, big), true);
    else dv.setBigUint64(0, BigInt.asUintN(64, big), true);
    return;
  }
  x = Number(BigInt.asUintN(32, big));
  if (n === 1) dv.setUint8(0, x & 0xff);
  else if (n === 2) dv.setUint16(0, x & 0xffff, true);
  else dv.setUint32(0, x >>> 0, true);
}

function typeNameOf(v: Value): string {
  return v === null ? "NoneType" : typeof v === "string" ? "str" : v instanceof PyObject ? v.type.name : typeof v;
}

export class PyArray extends PyObject {
  type = ARRAY;
  constructor(
    readonly typecode: string,
    public bytes: Uint8Array,
  ) {
    super();
  }
  get length(): number {
    return this.bytes.length / ITEM_SIZE[this.typecode]!;
  }
  get(i: number): Value {
    return getItem(this.bytes, this.typecode, i);
  }
  items(): Value[] {
    const out: Value[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }
  append(v: Value): void {
    const n = ITEM_SIZE[this.typecode]!;
    const nb = new Uint8Array(this.bytes.length + n);
    nb.set(this.bytes);
    setItem(nb, this.typecode, this.length, v);
    this.bytes = nb;
  }
  extendBytes(add: Uint8Array): void {
    const nb = new Uint8Array(this.bytes.length + add.length);
    nb.set(this.bytes);
    nb.set(add, this.bytes.length);
    this.bytes = nb;
  }
  repr(): string {
    if (this.length === 0) return `array('${this.typecode}')`;
    const items = this.items().map((v) => (v instanceof PyFloat ? floatStr(v.v) : String(v)));
    return `array('${this.typecode}', [${items.join(", ")}])`;
  }
  len(): number {
    return this.length;
  }
}

/** Packs values into a new buffer of `tc` items. */
export function packItems(tc: string, items: Value[]): Uint8Array {
  const b = new Uint8Array(items.length * ITEM_SIZE[tc]!);
  items.forEach((v, i) => setItem(b, tc, i, v));
  return b;
}

export function makeArray(args: Value[], iterate: (v: Value) => Value[]): PyArray {
  const tc = args[0];
  if (typeof tc !== "string" || ITEM_SIZE[tc] === undefined) throw valueError("bad typecode");
  if (args.length < 2) return new PyArray(tc, new Uint8Array(0));
  const init = args[1];
  const raw = init instanceof PyArray ? null : bytesOf(init);
  if (raw && !(init instanceof PyArray)) {
    const n = ITEM_SIZE[tc]!;
    return new PyArray(tc, raw.slice(0, raw.length - (raw.length % n)));
  }
  return new PyArray(tc, packItems(tc, iterate(init)));
}

/** memoryview's item type: its source array's typecode, else bytes ('B'). */
export function viewTypecode(m: PyMemoryView): string {
  return m.typecode;
}

export { PyBytes, PyByteArray, OVERFLOW_ERROR, pyErr };
