// Hashing and identity (py/map.c, py/objint.c, py/objstr.c hashes as a 32-bit port computes them, so
// dicts and sets keep the device's order) and id(): the address-like number each object gets.

import { objectState } from "./run-state.js";
import { qstrHash } from "../../bytecode/qstr-hash.js";
import { typeError } from "./exceptions.js";
import { PyDict, PySet } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { typeName } from "./repr.js";
import { PyArray } from "./array.js";
import { PyBoundMethod, PyByteArray, PyBytes, PyComplex, PyFloat, PyInstance, PyList, PyMemoryView, PyObject, PyRange, type PyException, PySlice, PyTuple, PyType, typeOf, type Value } from "./value.js";
import { asInt } from "./ops.js";

/** A hash as MicroPython keeps it: a small int (31 bits, sign-extended), then read unsigned. */
function smallHash(h: number): number {
  return ((h << 1) >> 1) >>> 0;
}

export function strHash(s: string): number {
  return qstrHash(utf8(s));
}

const encoder = new TextEncoder();

const utf8Cache = new Map<string, Uint8Array>();

export function utf8(s: string): Uint8Array {
  if (s.length > 64) return encoder.encode(s);
  let b = utf8Cache.get(s);
  if (!b) {
    if (utf8Cache.size > 4096) utf8Cache.clear();
    b = encoder.encode(s);
    utf8Cache.set(s, b);
  }
  return b;
}

function bigHash(v: bigint): number {
  // mpz_hash: the low 32 bits of the magnitude, negated for a negative value.
  const neg = v < 0n;
  let m = Number((neg ? -v : v) & 0xffffffffn);
  if (neg) m = -m;
  return smallHash(m | 0);
}

/** The address-like identity hash of objects that have no value hash (per run: objects/run-state.ts). */
export function identity(o: object | Value): number {
  if (typeof o === "number" && Number.isInteger(o) && o >= -0x40000000 && o < 0x40000000) return o * 2 + 1;
  if (o === null || typeof o !== "object") {
    let id = objectState.primitiveIds.get(o);
    if (id === undefined) {
      id = objectState.nextId;
      objectState.nextId += 16;
      objectState.primitiveIds.set(o, id);
    }
    return id;
  }
  let id = objectState.ids.get(o);
  if (id === undefined) {
    id = objectState.nextId;
    objectState.nextId += 16;
    objectState.ids.set(o, id);
  }
  return id;
}

/** mp_unary_op(MP_UNARY_OP_HASH) as a table index source (unsigned 32-bit). */
export function hashOf(v: Value): number {
  switch (typeof v) {
    case "string":
      return strHash(v);
    case "number":
      if (v >= -0x40000000 && v < 0x40000000) return v >>> 0;
      return bigHash(BigInt(v));
    case "bigint":
      return bigHash(v);
    case "boolean":
      return v ? 1 : 0;
    default:
      break;
  }
  if (v === null || v === undefined) return identity(NONE_BOX);
  if (v instanceof PyFloat) return floatHash(v.v);
  if (v instanceof PyTuple) {
    let h = EMPTY_TUPLE_ADDRESS;
    for (const x of v.items) h = (h + ((hashOf(x) << 1) >> 1)) | 0;
    return smallHash(h);
  }
  if (v instanceof PyBytes) return qstrHash(v.b);
  if (v instanceof PyComplex) return floatHash(v.re) + floatHash(v.im);
  if (hasNoHash(v)) throw unsupportedHash(v);
  if (v instanceof PySet) {
    let h = 0;
    for (const k of v.table.keyList()) h = (h + hashOf(k)) | 0;
    return smallHash(h);
  }
  if (v instanceof PyType) return identity(v);
  // Equal bound methods (same function, equal self) hash alike.
  if (v instanceof PyBoundMethod) return smallHash((identity(v.self as object) + identity(v.fn as object)) | 0);
  if (typeOf(v).isUser) {
    // objtype.c: a __hash__ in the class (even None, which is then called), else the native
    // base's hash, else identity unless the class defines __eq__.
    const m = lookupSpecial(v, "__hash__");
    if (m !== undefined) {
      const r = asInt(callValue(m, [], null));
      if (r === null) throw typeError("__hash__ must return an int");
      return smallHash(Number(BigInt.asIntN(31, BigInt(r))));
    }
    if (v instanceof PyInstance && v.base !== undefined && v.base !== null && !(v.base instanceof PyInstance)) return hashOf(v.base);
    if (lookupSpecial(v, "__eq__") !== undefined) throw unsupportedHash(v);
  }
  return identity(v as object);
}

/** Native types whose unary operation does not answer hash (mp_unary_op's "unsupported type"). */
function hasNoHash(v: Value): boolean {
  return (
    v instanceof PyList ||
    v instanceof PyDict ||
    v instanceof PyByteArray ||
    (v instanceof PySet && !v.frozen) ||
    v instanceof PyRange ||
    v instanceof PyMemoryView ||
    v instanceof PySlice ||
    v instanceof PyArray ||
    (!typeOf(v).isUser && typeOf(v).name === "deque") ||
    (v instanceof PyObject && (v as { unhashable?: boolean }).unhashable === true)
  );
}

function unsupportedHash(v: Value): PyException {
  return typeError(`unsupported type for __hash__: '${typeName(v)}'`);
}

/** (mp_int_t)f on the WebAssembly build: truncation that saturates, NaN to 0. */
function floatHash(f: number): number {
  let i: number;
  if (Number.isNaN(f)) i = 0;
  else if (f >= 2147483647) i = 2147483647;
  else if (f <= -2147483648) i = -2147483648;
  else i = Math.trunc(f);
  return smallHash(i);
}

/** The address of the empty tuple in the reference 32-bit build, which seeds tuple hashes. */
const EMPTY_TUPLE_ADDRESS = 98208;

const NONE_BOX = {};
