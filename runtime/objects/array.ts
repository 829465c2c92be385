// Typed buffers: the `array` module's array and typed memoryviews (py/objarray.c, py/binary.c),
// with a 32-bit port's item sizes (i, I, l, L are 4 bytes) in little-endian order.

import { objectState } from "./run-state.js";
import { NOT_IMPLEMENTED_ERROR, pyErr, typeError, valueError } from "./exceptions.js";
import { asFloat, asInt, bytesOf } from "./ops.js";
import { identity } from "./hash.js";
import { repr } from "./repr.js";
import { nativeType, normInt, PyByteArray, PyBytes, PyFloat, PyInstance, PyMemoryView, PyObject, type Value } from "./value.js";

export const ARRAY = nativeType("array");

// P (pointers), O (objects) and S (string pointers) are MICROPY_PY_STRUCT_UNSAFE_TYPECODES: a word each.
export const ITEM_SIZE: Readonly<Record<string, number>> = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, f: 4, d: 8, P: 4, O: 4, S: 4 };

/** Objects stored in 'O' items, by the word that stands for them (a small int is its tagged self). */

/** The word an object is stored as in an 'O' field (array items, struct fields). */
export function objectWord(v: Value): number {
  const w = identity(v) >>> 0;
  if ((w & 1) === 0) objectState.stored.set(w, v);
  return w;
}

export function wordObject(w: number): Value {
  return w & 1 ? (w | 0) >> 1 : (objectState.stored.get(w) ?? null);
}

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
    case "P":
      return dv.getInt32(0, true);
    case "O":
      return wordObject(dv.getUint32(0, true));
    case "S":
      // mp_binary_get_val_array has no case for it: the item reads as 0.
      return 0;
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
  if (tc === "O") {
    dv.setUint32(0, objectWord(v), true);
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
  if (tc === "S") return; // converted, then stored nowhere (mp_binary_set_val_array_from_int)
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
    const items = this.items().map(repr);
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

/** A buffer as array_binary_op reads it: its bytes and typecode (bytes, bytearray and str are 'B'). */
function bufferInfo(v: Value): { b: Uint8Array; tc: string } | null {
  if (v instanceof PyArray || v instanceof PyMemoryView) return { b: v.bytes, tc: v.typecode };
  if (v instanceof PyBytes || v instanceof PyByteArray) return { b: v.b, tc: "B" };
  if (typeof v === "string") return { b: new TextEncoder().encode(v), tc: "B" };
  if (v instanceof PyInstance && v.base) return bufferInfo(v.base);
  return null;
}

export type BufferCompareOp = "EQUAL" | "LESS" | "LESS_EQUAL" | "MORE" | "MORE_EQUAL";

/**
 * py/objarray.c array_binary_op's comparisons, for an array, bytearray or memoryview on the left:
 * a right side with no buffer is unequal; otherwise the raw bytes are compared when the item types
 * match up to signedness (for ordering, one of them unsigned) and are not floats; anything else is
 * NotImplementedError.
 */
export function bufferCompare(op: BufferCompareOp, a: Value, b: Value): boolean {
  const lhs = bufferInfo(a)!;
  const rhs = bufferInfo(b);
  if (!rhs) return false;
  let unsigned = false;
  const code = (tc: string) => {
    if (tc > "Z") return tc;
    unsigned = true;
    return tc.toLowerCase();
  };
  const lc = code(lhs.tc);
  const rc = code(rhs.tc);
  if (lc !== rc || lc === "f" || lc === "d" || (op !== "EQUAL" && !unsigned)) throw pyErr(NOT_IMPLEMENTED_ERROR);
  return compareBytes(op, lhs.b, rhs.b);
}

/** mp_seq_cmp_bytes: memcmp of the common length, then the longer is greater. */
function compareBytes(op: BufferCompareOp, x: Uint8Array, y: Uint8Array): boolean {
  if (op === "EQUAL" && x.length !== y.length) return false;
  let c = 0;
  for (let i = 0; i < Math.min(x.length, y.length) && c === 0; i++) c = x[i]! - y[i]!;
  if (c === 0) c = x.length - y.length;
  switch (op) {
    case "EQUAL":
      return c === 0;
    case "LESS":
      return c < 0;
    case "LESS_EQUAL":
      return c <= 0;
    case "MORE":
      return c > 0;
    default:
      return c >= 0;
  }
}

/**
 * mp_obj_equal for a pair where one side is an array, bytearray or memoryview, or null when neither
 * side's binary_op is asked (an array is asked only about another array: unlike bytearray and
 * memoryview, its type lacks MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE).
 */
export function bufferEqual(a: Value, b: Value): boolean | null {
  const asks = (x: Value, y: Value) => x instanceof PyByteArray || x instanceof PyMemoryView || (x instanceof PyArray && y instanceof PyArray);
  if (asks(a, b)) return bufferCompare("EQUAL", a, b);
  if (asks(b, a)) return bufferCompare("EQUAL", b, a);
  return null;
}

