// The operators of the object model (py/runtime.c mp_binary_op, mp_unary_op and the types'
// binary_op slots): arithmetic on ints (exact, bigint beyond 2**53), floats and complex numbers,
// sequences, sets and dicts, comparisons, equality and hashing, and the fall back to special
// methods of user classes (including reflected ones).

import { chargeNative, digitsOfBits, NATIVE_CYCLES } from "./native-cost.js";
import { BINARY_OPS, OP_METHOD_NAMES, UNARY_OPS, type BinaryOpName } from "../../bytecode/opcodes.js";
import { MEMORY_ERROR, NOT_IMPLEMENTED_ERROR, pyErr, typeError, valueError, ZERO_DIVISION_ERROR, OVERFLOW_ERROR } from "./exceptions.js";
import { HashTable, PyDict, PySet, tableOps } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { typeName } from "./repr.js";
import { charge, chargeBig, chargeStr, uncharged } from "../memory/charge.js";
import { SIZES } from "../memory/sizes.js";
import { bitLength, mpzShiftBytes, refuseBeyondHeap, refusePower } from "../memory/bounds.js";
import { bufferCompare, bufferEqual, packItems, PyArray } from "./array.js";
import { iterate, iterateHeap } from "./iter.js";
import { bytesPercent, percentFormat } from "./format.js";
import { newDictFrom } from "./args.js";
import { cPow } from "../lib/math.js";
import { FROZENSET, normInt, NOT_IMPLEMENTED, PyBoundMethod, PyByteArray, PyBytes, PyComplex, PyFloat, PyInstance, PyList, PyMemoryView, PyObject, PyRange, PyTuple, SET, typeOf, type Value } from "./value.js";
import { hashOf } from "./hash.js";
import { utf8 } from "./hash.js";

export function truthy(v: Value): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return v !== 0n;
    case "object":
      if (v === null) return false;
      return objectTruth(v);
    default:
      return false;
  }
}

function objectTruth(v: PyObject): boolean {
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length !== 0;
  if (v instanceof PyDict || v instanceof PySet) return v.table.used !== 0;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b.length !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof PyRange) return v.length !== 0;
  const nativeLen = (v as { len?: () => number }).len;
  if (typeof nativeLen === "function" && !(v instanceof PyInstance)) return nativeLen.call(v) !== 0;
  if (v instanceof PyInstance && v.type.isUser) {
    const b = lookupSpecial(v, "__bool__");
    if (b !== undefined) return truthy(callValue(b, [], null));
    const l = lookupSpecial(v, "__len__");
    if (l !== undefined) return truthy(callValue(l, [], null));
    if (v.base !== undefined && v.base !== null) return truthy(v.base);
  }
  return true;
}

/** A bool or int as a number/bigint, or null for anything else. */
export function asInt(v: Value): number | bigint | null {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

/** mp_obj_get_int: an int as a 32-bit machine word, OverflowError for a long int beyond it (-2**31
 * too: mpz_as_int_checked refuses a magnitude above 2**31 - 1). */
export function machineWord(i: number | bigint): number {
  const n = Number(i);
  if (n > 0x7fffffff || n < -0x7fffffff) throw pyErr(OVERFLOW_ERROR, "overflow converting long int to machine word");
  return n;
}

export function asFloat(v: Value): number | null {
  if (typeof v === "number") return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof PyInstance && v.base instanceof PyFloat) return v.base.v;
  return null;
}

const big = (v: number | bigint) => (typeof v === "bigint" ? v : BigInt(v));

function floorDivInt(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
  // (+ 0 turns JavaScript's -0 into the int 0.)
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) return Math.floor(a / b) + 0;
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normInt(q);
}

function modInt(a: number | bigint, b: number | bigint): number | bigint {
  if (b === 0 || b === 0n) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const y = big(b);
  let r = big(a) % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normInt(r);
}

const SMALL_MAX = 0x3fffffff;
const SMALL_MIN = -0x40000000;

const isSmall = (v: number | bigint) => typeof v === "number" && v <= SMALL_MAX && v >= SMALL_MIN;

/**
 * An int result beyond the fast path: an mpz when it leaves the 31-bit small-int range, and
 * when both operands were small, the mpz MicroPython first made of the left one.
 */
function intResult(a: number | bigint, b: number | bigint, r: bigint | number, work = LINEAR): number | bigint {
  const v = typeof r === "bigint" ? normInt(r) : r;
  if (!isSmall(v)) {
    if (isSmall(a) && isSmall(b)) charge(SIZES.bigint(2));
    chargeBig(v);
  }
  if (typeof r === "bigint") chargeBigWork(work, a, b, r);
  return v;
}

/** What a long-int operation's time grows with (native-cost.ts): its result's digits, or digit pairs. */
const LINEAR = 0;
const PRODUCT = 1;
const POWER = 2;

const B64 = 1n << 64n;
const B128 = 1n << 128n;
const B256 = 1n << 256n;

/** 16-bit digits of an int for the cost table: bands up to 256 bits (comparisons, no allocation), exact beyond. */
function digitsOf(v: number | bigint): number {
  if (typeof v === "number") return v < 2 ** 32 && v > -(2 ** 32) ? 2 : 4;
  if (v < B64 && v > -B64) return 4;
  if (v < B128 && v > -B128) return 8;
  if (v < B256 && v > -B256) return 16;
  return digitsOfBits(bitLength(v));
}

/** Virtual time of a long-int operation with result `r`: one bitLength per operand it needs (linear in their size, as the operation is). */
function chargeBigWork(work: number, a: number | bigint, b: number | bigint, r: bigint): void {
  if (work === LINEAR) chargeNative(NATIVE_CYCLES.bigDigit * digitsOf(r));
  else if (work === PRODUCT) chargeNative(NATIVE_CYCLES.bigMulPair * digitsOf(a) * digitsOf(b));
  else {
    // Square-and-multiply: the last squaring (half the result's digits, squared) dominates; the
    // earlier ones add a third.
    const half = digitsOf(r) / 2;
    chargeNative(NATIVE_CYCLES.bigMulPair * half * half * 1.34);
  }
}

/**
 * py/objint_mpz.c: with an mpz operand, // and % make a new mpz whose digits mpz_divmod_inpl
 * sizes at the left operand's length + 1 (the other part, and a small operand, are temporaries).
 */
function divResult(a: number | bigint, b: number | bigint): void {
  if (isSmall(a) && isSmall(b)) return;
  const na = Math.ceil(bitLength(a) / 16);
  charge(SIZES.bigint(na + 1));
  // Long division: the divisor's digits for each digit of the quotient.
  const nb = digitsOf(b);
  chargeNative(NATIVE_CYCLES.bigDivPair * nb * Math.max(1, na - nb + 1));
}

function isInt32(v: number | bigint): v is number {
  return typeof v === "number" && v >= -0x80000000 && v <= 0x7fffffff;
}

export function intBinary(op: BinaryOpName, a: number | bigint, b: number | bigint): Value {
  switch (op) {
    case "ADD":
    case "INPLACE_ADD":
      if (typeof a === "number" && typeof b === "number") {
        const r = a + b;
        if (r <= SMALL_MAX && r >= SMALL_MIN) return r;
      }
      return intResult(a, b, big(a) + big(b));
    case "SUBTRACT":
    case "INPLACE_SUBTRACT":
      if (typeof a === "number" && typeof b === "number") {
        const r = a - b;
        if (r <= SMALL_MAX && r >= SMALL_MIN) return r;
      }
      return intResult(a, b, big(a) - big(b));
    case "MULTIPLY":
    case "INPLACE_MULTIPLY":
      if (typeof a === "number" && typeof b === "number") {
        const r = a * b;
        if (r <= SMALL_MAX && r >= SMALL_MIN) return r === 0 ? 0 : r;
      }
      return intResult(a, b, big(a) * big(b), PRODUCT);
    case "FLOOR_DIVIDE":
    case "INPLACE_FLOOR_DIVIDE": {
      const q = floorDivInt(a, b);
      divResult(a, b);
      return q;
    }
    case "MODULO":
    case "INPLACE_MODULO": {
      const r = modInt(a, b);
      divResult(a, b);
      return r;
    }
    case "TRUE_DIVIDE":
    case "INPLACE_TRUE_DIVIDE":
      if (b === 0 || b === 0n) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
      return new PyFloat(Number(a) / Number(b));
    case "POWER":
    case "INPLACE_POWER": {
      if (b < 0) {
        if (a === 0 || a === 0n) throw pyErr(ZERO_DIVISION_ERROR, "0.0 to a negative power");
        return new PyFloat(Math.pow(Number(a), Number(b)));
      }
      if (typeof a === "number" && typeof b === "number") {
        const r = Math.pow(a, b);
        if (r <= SMALL_MAX && r >= SMALL_MIN) return r;
      }
      const e = big(b);
      const x = big(a);
      refusePower(x, e);
      return intResult(a, b, x ** e, POWER);
    }
    case "LSHIFT":
    case "INPLACE_LSHIFT": {
      if (b < 0) throw valueError("negative shift count");
      if (typeof a === "number" && typeof b === "number" && b < 22) {
        const r = a * 2 ** b;
        if (r <= SMALL_MAX && r >= SMALL_MIN) return r;
      }
      // A long-int count is taken as a machine word (mp_obj_int_get_checked); then the result must fit.
      if (typeof b === "bigint" || b > 0x7fffffff) throw pyErr(OVERFLOW_ERROR, "overflow converting long int to machine word");
      if (a !== 0 && a !== 0n) refuseBeyondHeap(mpzShiftBytes(bitLength(big(a)) + Number(b)));
      return intResult(a, b, big(a) << big(b));
    }
    case "RSHIFT":
    case "INPLACE_RSHIFT": {
      if (b < 0) throw valueError("negative shift count");
      if (isInt32(a) && typeof b === "number") return b > 31 ? (a < 0 ? -1 : 0) : a >> b;
      return intResult(a, b, big(a) >> big(b));
    }
    case "AND":
    case "INPLACE_AND":
      if (isInt32(a) && isInt32(b)) return a & b;
      return intResult(a, b, big(a) & big(b));
    case "OR":
    case "INPLACE_OR":
      if (isInt32(a) && isInt32(b)) return a | b;
      return intResult(a, b, big(a) | big(b));
    case "XOR":
    case "INPLACE_XOR":
      if (isInt32(a) && isInt32(b)) return a ^ b;
      return intResult(a, b, big(a) ^ big(b));
    default:
      // Comparisons (ints have no nan, so a three-way sign decides them all).
      return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
  }
}

/** py/objfloat.c mp_obj_float_divmod: [floor quotient, modulo] with CPython's signs of zero. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod === 0) mod = y < 0 ? -0 : 0;
  else if (mod < 0 !== y < 0) {
    mod += y;
    div -= 1;
  }
  let floordiv: number;
  if (div === 0) floordiv = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  else {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  }
  return [floordiv, mod];
}

export function floatMod(a: number, b: number): number {
  return floatDivmod(a, b)[1];
}

function floatBinary(op: BinaryOpName, a: number, b: number): Value {
  switch (op) {
    case "ADD":
    case "INPLACE_ADD":
      return new PyFloat(a + b);
    case "SUBTRACT":
    case "INPLACE_SUBTRACT":
      return new PyFloat(a - b);
    case "MULTIPLY":
    case "INPLACE_MULTIPLY":
      return new PyFloat(a * b);
    case "TRUE_DIVIDE":
    case "INPLACE_TRUE_DIVIDE":
      if (b === 0) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
      return new PyFloat(a / b);
    case "FLOOR_DIVIDE":
    case "INPLACE_FLOOR_DIVIDE": {
      return new PyFloat(floatDivmod(a, b)[0]);
    }
    case "MODULO":
    case "INPLACE_MODULO":
      return new PyFloat(floatMod(a, b));
    case "POWER":
    case "INPLACE_POWER":
      if (a === 0 && b < 0 && Number.isFinite(b)) throw pyErr(ZERO_DIVISION_ERROR, "divide by zero");
      if (a < 0 && b !== Math.floor(b) && !Number.isNaN(b)) return complexPow(new PyComplex(a, 0), new PyComplex(b, 0));
      return new PyFloat(cPow(a, b));
    case "LESS":
      return a < b;
    case "MORE":
      return a > b;
    case "LESS_EQUAL":
      return a <= b;
    case "MORE_EQUAL":
      return a >= b;
    case "EQUAL":
      return a === b;
    case "NOT_EQUAL":
      return a !== b;
    default:
      return NOT_IMPLEMENTED;
  }
}

function asComplex(v: Value): PyComplex | null {
  if (v instanceof PyComplex) return v;
  const f = asFloat(v);
  return f === null ? null : new PyComplex(f, 0);
}

function complexPow(x: PyComplex, y: PyComplex): PyComplex {
  if (x.re === 0 && x.im === 0) {
    if (y.im !== 0 || y.re < 0) throw pyErr(ZERO_DIVISION_ERROR, "0.0 to a complex power");
    return new PyComplex(y.re === 0 ? 1 : 0, 0);
  }
  const lnr = Math.log(Math.hypot(x.re, x.im));
  const th = Math.atan2(x.im, x.re);
  const mag = Math.exp(y.re * lnr - y.im * th);
  const ang = y.im * lnr + y.re * th;
  return new PyComplex(mag * Math.cos(ang), mag * Math.sin(ang));
}

function complexBinary(op: BinaryOpName, a: PyComplex, b: PyComplex): Value {
  switch (op) {
    case "ADD":
    case "INPLACE_ADD":
      return new PyComplex(a.re + b.re, a.im + b.im);
    case "SUBTRACT":
    case "INPLACE_SUBTRACT":
      return new PyComplex(a.re - b.re, a.im - b.im);
    case "MULTIPLY":
    case "INPLACE_MULTIPLY":
      return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    case "TRUE_DIVIDE":
    case "INPLACE_TRUE_DIVIDE": {
      if (b.re === 0 && b.im === 0) throw pyErr(ZERO_DIVISION_ERROR, "complex divide by zero");
      const d = b.re * b.re + b.im * b.im;
      return new PyComplex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
    }
    case "POWER":
    case "INPLACE_POWER":
      return complexPow(a, b);
    case "EQUAL":
      return a.re === b.re && a.im === b.im;
    case "NOT_EQUAL":
      return !(a.re === b.re && a.im === b.im);
    default:
      return NOT_IMPLEMENTED;
  }
}

/** Lexicographic comparison of two sequences by Python equality and ordering. */
function seqCompare(op: BinaryOpName, a: Value[], b: Value[]): Value {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && equal(a[i], b[i])) i++;
  if (op === "EQUAL") return i === a.length && i === b.length;
  if (op === "NOT_EQUAL") return !(i === a.length && i === b.length);
  if (i < n) return truthy(binaryOp(op, a[i], b[i]));
  return cmpResult(op, a.length - b.length);
}

function repeatCount(v: Value): number | null {
  const n = asInt(v);
  if (n === null) return null;
  const w = machineWord(n);
  return w < 0 ? 0 : w;
}

function bytesCompare(op: BinaryOpName, a: Uint8Array, b: Uint8Array): Value {
  let i = 0;
  const n = Math.min(a.length, b.length);
  while (i < n && a[i] === b[i]) i++;
  const d = i < n ? a[i]! - b[i]! : a.length - b.length;
  return cmpResult(op, d);
}

function cmpResult(op: BinaryOpName, d: number): Value {
  switch (op) {
    case "LESS":
      return d < 0;
    case "MORE":
      return d > 0;
    case "LESS_EQUAL":
      return d <= 0;
    case "MORE_EQUAL":
      return d >= 0;
    case "EQUAL":
      return d === 0;
    case "NOT_EQUAL":
      return d !== 0;
    default:
      return NOT_IMPLEMENTED;
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

export function bytesOf(v: Value): Uint8Array | null {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b;
  if (v instanceof PyObject && "bytes" in v && (v as { bytes: unknown }).bytes instanceof Uint8Array) return (v as unknown as { bytes: Uint8Array }).bytes;
  // A native subclass's instance lends its native part's buffer (objtype.c instance_get_buffer).
  if (v instanceof PyInstance && v.base) return bytesOf(v.base);
  return null;
}

/**
 * py/objset.c set_intersect_int: the other operand's items, in its order, that the set holds (so
 * an item equal in both, like 0 and False, is the other's).
 */
export function intersectTable(self: PySet, other: Value): HashTable {
  const t = new HashTable();
  for (const k of iterateHeap(other)) if (self.table.has(k)) t.set(k, undefined);
  return t;
}

function setBinary(op: BinaryOpName, a: PySet, b: Value): Value {
  if (!(b instanceof PySet)) {
    if (op === "EQUAL") return false;
    if (op === "NOT_EQUAL") return true;
    if (op.startsWith("INPLACE_") && a.type === SET) {
      // s |= iterable is allowed for the in-place forms only on sets with a set; fall through.
    }
    return NOT_IMPLEMENTED;
  }
  const resultType = a.frozen ? FROZENSET : SET;
  const copy = (t: HashTable) => t.copy();
  const subset = (x: PySet, y: PySet) => x.table.keyList().every((k) => y.table.has(k));
  switch (op) {
    case "OR":
    case "INPLACE_OR": {
      const t = op === "OR" ? copy(a.table) : a.table;
      charge(16); // set_update_int/set_diff_int: mp_getiter(other, NULL), a heap iterator
      for (const k of b.table.keyList()) t.set(k, undefined);
      return op === "OR" ? new PySet(t, resultType) : a;
    }
    case "AND":
    case "INPLACE_AND": {
      // Always a plain set, even from a frozenset (set_intersect makes a new set).
      const t = intersectTable(a, b);
      if (op === "AND") return new PySet(t, SET);
      a.table.adopt(t);
      return a;
    }
    case "SUBTRACT":
    case "INPLACE_SUBTRACT": {
      const t = op === "SUBTRACT" ? copy(a.table) : a.table;
      charge(16); // set_update_int/set_diff_int: mp_getiter(other, NULL), a heap iterator
      for (const k of b.table.keyList()) t.delete(k);
      return op === "SUBTRACT" ? new PySet(t, resultType) : a;
    }
    case "XOR":
    case "INPLACE_XOR": {
      const t = op === "XOR" ? copy(a.table) : a.table;
      charge(16); // set_update_int/set_diff_int: mp_getiter(other, NULL), a heap iterator
      for (const k of b.table.keyList()) if (t.has(k)) t.delete(k);
      else t.set(k, undefined);
      return op === "XOR" ? new PySet(t, resultType) : a;
    }
    case "EQUAL":
      return a.table.used === b.table.used && subset(a, b);
    case "NOT_EQUAL":
      return !(a.table.used === b.table.used && subset(a, b));
    case "LESS_EQUAL":
      return subset(a, b);
    case "LESS":
      return a.table.used < b.table.used && subset(a, b);
    case "MORE_EQUAL":
      return subset(b, a);
    case "MORE":
      return a.table.used > b.table.used && subset(b, a);
    default:
      return NOT_IMPLEMENTED;
  }
}

const REFLECTED: Partial<Record<BinaryOpName, string>> = {
  ADD: "__radd__", SUBTRACT: "__rsub__", MULTIPLY: "__rmul__", TRUE_DIVIDE: "__rtruediv__", FLOOR_DIVIDE: "__rfloordiv__",
  MODULO: "__rmod__", POWER: "__rpow__", LSHIFT: "__rlshift__", RSHIFT: "__rrshift__", AND: "__rand__", OR: "__ror__", XOR: "__rxor__",
  MAT_MULTIPLY: "__rmatmul__", LESS: "__gt__", MORE: "__lt__", LESS_EQUAL: "__ge__", MORE_EQUAL: "__le__",
};

/** Special-method names of the operators: the opcode table's (membership never reaches user lookup). */
export const METHOD_OF: { readonly [K in BinaryOpName]: string } = OP_METHOD_NAMES;

function plainOp(op: BinaryOpName): BinaryOpName {
  return op.startsWith("INPLACE_") ? (op.slice(8) as BinaryOpName) : op;
}

export const binaryOpByIndex = (i: number): BinaryOpName => BINARY_OPS[i]!;
export const unaryOpByIndex = (i: number) => UNARY_OPS[i]!;

/** mp_binary_op: `a op b`. */
export function binaryOp(op: BinaryOpName, a: Value, b: Value): Value {
  if (op === "IS") return is(a, b);
  // Fast path: two small ints.
  if (typeof a === "number" && typeof b === "number" && op !== "IN") return intBinary(op, a, b);
  if (op === "IN") return contains(b, a);
  if (op === "EQUAL") {
    // `==` gives whatever a user __eq__ returns, not just its truth (the right operand's only
    // when the left is not a user object).
    for (const [x, y] of (a instanceof PyInstance && a.type.isUser ? [[a, b]] : [[b, a]]) as [Value, Value][]) {
      if (x instanceof PyInstance && x.type.isUser) {
        const m = lookupSpecial(x, "__eq__");
        if (m !== undefined) {
          const r = callValue(m, [y], null);
          if (r !== NOT_IMPLEMENTED) return r;
        }
      }
    }
    return equal(a, b);
  }
  if (op === "NOT_EQUAL") {
    // A user __ne__ answers (its result as it is): the left operand's, or the right one's when the
    // left is not a user object; otherwise not __eq__.
    for (const [x, y] of (a instanceof PyInstance && a.type.isUser ? [[a, b]] : [[b, a]]) as [Value, Value][]) {
      if (x instanceof PyInstance && x.type.isUser) {
        const m = lookupSpecial(x, "__ne__");
        if (m !== undefined) {
          const r = callValue(m, [y], null);
          if (r !== NOT_IMPLEMENTED) return r;
        }
      }
    }
    return !equal(a, b);
  }
  const r = nativeBinary(op, a, b);
  if (r !== NOT_IMPLEMENTED) return r;
  return userBinary(op, a, b);
}

function nativeBinary(op: BinaryOpName, a: Value, b: Value): Value {
  const ia = asInt(a);
  if (ia !== null) {
    const ib = asInt(b);
    if (ib !== null) return intBinary(op, ia, ib);
    if (b instanceof PyFloat) return floatBinary(op, Number(ia), b.v);
    if (b instanceof PyComplex) return complexBinary(op, uncharged(() => new PyComplex(Number(ia), 0)), b);
    if (op === "MULTIPLY" || op === "INPLACE_MULTIPLY") return repeat(b, ia);
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PyFloat) {
    const fb = asFloat(b);
    if (fb !== null) return floatBinary(op, a.v, fb);
    if (b instanceof PyComplex) return complexBinary(op, uncharged(() => new PyComplex(a.v, 0)), b);
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PyComplex) {
    const cb = b instanceof PyComplex ? b : uncharged(() => asComplex(b));
    return cb ? complexBinary(op, a, cb) : NOT_IMPLEMENTED;
  }
  if (typeof a === "string") {
    if (op === "MODULO" || op === "INPLACE_MODULO") {
      const r = percentFormat(a, b);
      chargeStr(r);
      return r;
    }
    if (typeof b === "string") {
      switch (op) {
        case "ADD":
        case "INPLACE_ADD": {
          // Adding an empty string gives back the other operand itself.
          if (b === "") return a;
          if (a === "") return b;
          const r = a + b;
          chargeStr(r);
          return r;
        }
        default:
          return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
      }
    }
    if (op === "MULTIPLY" || op === "INPLACE_MULTIPLY") {
      const n = repeatCount(b);
      if (n !== null) {
        checkSize(a.length * n, 1);
        const r = a.repeat(n);
        chargeStr(r);
        return r;
      }
    }
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PyList) {
    if (op === "INPLACE_ADD") {
      // The right side is read in full first: l += l doubles l once.
      const add = Array.from(iterate(b));
      a.reserve(a.items.length + add.length);
      for (const x of add) a.items.push(x);
      return a;
    }
    if (b instanceof PyList) {
      if (op === "ADD") return new PyList(a.items.concat(b.items));
      return seqCompare(op, a.items, b.items);
    }
    if (op === "MULTIPLY" || op === "INPLACE_MULTIPLY") {
      const n = repeatCount(b);
      if (n === null) return NOT_IMPLEMENTED;
      // No in-place repeat: l *= n makes a new list, as py/objlist.c has MULTIPLY only.
      return new PyList(repeatItems(a.items, n));
    }
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PyTuple) {
    if (b instanceof PyTuple) {
      if (op === "ADD" || op === "INPLACE_ADD") return new PyTuple(a.items.concat(b.items));
      return seqCompare(op, a.items, b.items);
    }
    if (op === "MULTIPLY" || op === "INPLACE_MULTIPLY") {
      const n = repeatCount(b);
      return n === null ? NOT_IMPLEMENTED : new PyTuple(repeatItems(a.items, n));
    }
    return NOT_IMPLEMENTED;
  }
  if ((a instanceof PyArray || a instanceof PyByteArray || a instanceof PyMemoryView) && (op === "LESS" || op === "LESS_EQUAL" || op === "MORE" || op === "MORE_EQUAL")) {
    return bufferCompare(op, a, b);
  }
  const ab = a instanceof PyBytes || a instanceof PyByteArray ? a.b : null;
  if (ab) {
    if ((op === "MODULO" || op === "INPLACE_MODULO") && a instanceof PyBytes) return bytesPercent(a, b);
    const bb = bytesOf(b);
    if (bb) {
      if (op === "ADD" || op === "INPLACE_ADD") {
        if (a instanceof PyBytes && b instanceof PyBytes && (bb.length === 0 || ab.length === 0)) return bb.length === 0 ? a : b;
        if (a instanceof PyByteArray && op === "INPLACE_ADD") {
          a.grow(bb.length);
          a.b = concatBytes(a.b, bb);
          return a;
        }
        return a instanceof PyByteArray ? new PyByteArray(concatBytes(ab, bb)) : new PyBytes(concatBytes(ab, bb));
      }
      return bytesCompare(op, ab, bb);
    }
    // Only bytes repeats: bytearray, like array, has no multiply (py/objarray.c).
    if ((op === "MULTIPLY" || op === "INPLACE_MULTIPLY") && a instanceof PyBytes) {
      const n = repeatCount(b);
      if (n === null) return NOT_IMPLEMENTED;
      checkSize(ab.length * n, 1);
      const r = new Uint8Array(ab.length * n);
      for (let i = 0; i < n; i++) r.set(ab, i * ab.length);
      return new PyBytes(r);
    }
    if ((op === "MODULO" || op === "INPLACE_MODULO") && a instanceof PyBytes) return bytesPercent(a, b);
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PyArray) {
    if (op === "ADD" || op === "INPLACE_ADD") {
      const add = b instanceof PyArray && b.typecode === a.typecode ? b.bytes : b instanceof PyArray || op === "ADD" ? null : null;
      const src = add ?? (b instanceof PyArray || bytesOf(b) ? bytesOf(b) : packItems(a.typecode, Array.from(iterate(b))));
      if (!src) return NOT_IMPLEMENTED;
      if (op === "INPLACE_ADD") {
        a.extendBytes(src);
        return a;
      }
      return new PyArray(a.typecode, concatBytes(a.bytes, src));
    }
    return NOT_IMPLEMENTED;
  }
  if (a instanceof PySet) return setBinary(op, a, b);
  // dict | x and dict |= x take anything dict.update() takes (py/objdict.c dict_binary_op).
  if (a instanceof PyDict && (op === "OR" || op === "INPLACE_OR")) {
    return newDictFrom([b], null, op === "OR" ? new PyDict(a.table.copy()) : a);
  }
  if (a instanceof PyInstance && a.base && !a.type.isUser) return nativeBinary(op, a.base, b);
  return NOT_IMPLEMENTED;
}

/** Larger sequences than this cannot exist on a microcontroller; asking for one is MemoryError. */
export const MAX_ITEMS = 1 << 26;

export function checkSize(n: number, itemBytes: number): void {
  if (n > MAX_ITEMS) throw pyErr(MEMORY_ERROR, `memory allocation failed, allocating ${Math.floor(n * itemBytes)} bytes`);
  // The copy the caller then makes: bytes written, or word-sized items.
  chargeNative(itemBytes === 1 ? n * NATIVE_CYCLES.textWrite : n * NATIVE_CYCLES.itemCopy);
}

function repeatItems(items: Value[], n: number): Value[] {
  checkSize(items.length * n, 4);
  const out: Value[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function repeat(seq: Value, n: number | bigint): Value {
  if (typeof seq === "string" || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyBytes) {
    return nativeBinary("MULTIPLY", seq, n);
  }
  return NOT_IMPLEMENTED;
}

function userBinary(op: BinaryOpName, a: Value, b: Value): Value {
  const ta = typeOf(a);
  if (ta.isUser) {
    let m = lookupSpecial(a, METHOD_OF[op]);
    if (m === undefined && op.startsWith("INPLACE_")) m = lookupSpecial(a, METHOD_OF[plainOp(op)]);
    if (m !== undefined) {
      const r = callValue(m, [b], null);
      if (r !== NOT_IMPLEMENTED) return r;
    } else if (a instanceof PyInstance && a.base) {
      const r = nativeBinary(op, a.base, b instanceof PyInstance && b.base ? b.base : b);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  const tb = typeOf(b);
  const rname = REFLECTED[plainOp(op)];
  if (tb.isUser && rname) {
    const m = lookupSpecial(b, rname);
    if (m !== undefined) {
      const r = callValue(m, [a], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if (b instanceof PyInstance && b.base && !ta.isUser) {
    const r = nativeBinary(op, a, b.base);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  throw unsupported(op, a, b);
}

/**
 * A bool takes part in a binary operation as the int it stands for, so the error names 'int'; an
 * in-place operation that fails was retried as the plain one (py/runtime.c), which the error names.
 */
function unsupported(op: BinaryOpName, a: Value, b: Value) {
  const name = (v: Value) => (typeof v === "boolean" ? "int" : typeName(v));
  return typeError(`unsupported types for ${METHOD_OF[plainOp(op)]}: '${name(a)}', '${name(b)}'`);
}

export function is(a: Value, b: Value): boolean {
  if (a === b) return true;
  // Floats are boxed: two boxes are never the same object (as on the device).
  return false;
}

export function equal(a: Value, b: Value): boolean {
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod) return a.fn === b.fn && (a.self === b.self || equal(a.self, b.self));
  if (a === b) {
    // float and complex are MP_TYPE_FLAG_EQ_NOT_REFLEXIVE: a nan is not equal to itself.
    if (a instanceof PyFloat) return !Number.isNaN(a.v);
    if (a instanceof PyComplex) return !Number.isNaN(a.re) && !Number.isNaN(a.im);
    // A user __eq__ is asked even about an object and itself.
    if (a instanceof PyInstance && a.type.isUser && a.type.lookup("__eq__") !== undefined) return userEq(a, b);
    return true;
  }
  const ta = typeof a;
  const tb = typeof b;
  if (ta === "string" || tb === "string") {
    if (ta === tb) return false;
    // A bytearray or memoryview compares its bytes with a str's.
    return bufferEqual(a, b) ?? userEq(a, b);
  }
  if (ta === "number" || ta === "boolean" || ta === "bigint") {
    const ib = asInt(b);
    if (ib !== null) return asInt(a) == ib; // eslint-disable-line eqeqeq
    if (b instanceof PyFloat) return Number(asInt(a)) === b.v;
    if (b instanceof PyComplex) return b.im === 0 && Number(asInt(a)) === b.re;
    return userEq(a, b);
  }
  if (a === null || b === null) return userEq(a, b);
  const r = nativeEq(a as PyObject, b as Value);
  return r === null ? userEq(a, b) : r;
}

const checksOtherType = (t: PyTuple): boolean => (t as { checksOtherType?: boolean }).checksOtherType === true;

function nativeEq(a: PyObject, b: Value): boolean | null {
  if (a instanceof PyFloat) {
    const fb = asFloat(b);
    if (fb !== null) return a.v === fb;
    if (b instanceof PyComplex) return b.im === 0 && b.re === a.v;
    return null;
  }
  if (a instanceof PyComplex) {
    const cb = asComplex(b);
    return cb ? a.re === cb.re && a.im === cb.im : null;
  }
  if (a instanceof PyTuple && b instanceof PyTuple) {
    // py/obj.c compares objects of two types only when one of them checks other types, as a
    // namedtuple does: an attrtuple (sys.implementation) equals no plain tuple.
    if (a.type !== b.type && !checksOtherType(a) && !checksOtherType(b)) return false;
    return seqCompare("EQUAL", a.items, b.items) as boolean;
  }
  if (a instanceof PyList && b instanceof PyList) return seqCompare("EQUAL", a.items, b.items) as boolean;
  if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) return bytesCompare("EQUAL", a.b, b.b) as boolean;
  const r = bufferEqual(a, b);
  if (r !== null) return r;
  if (a instanceof PySet && b instanceof PySet) return setBinary("EQUAL", a, b) as boolean;
  if (a instanceof PyDict && b instanceof PyDict) {
    // py/objdict.c: a dict equals only a dict of its own type; two OrderedDicts compare in order.
    if (a.type !== b.type || a.table.used !== b.table.used) return false;
    if (a.table.ordered && b.table.ordered) {
      const ea = a.table.entries();
      const eb = b.table.entries();
      return ea.every(([k, v], i) => equal(k, eb[i]![0]) && equal(v, eb[i]![1]));
    }
    for (const [k, v] of a.table.entries()) {
      const i = b.table.find(k);
      if (i < 0 || !equal(v, b.table.vals[i])) return false;
    }
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    return la === b.length && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
  }
  return null;
}

function userEq(a: Value, b: Value): boolean {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (typeOf(x).isUser) {
      const m = lookupSpecial(x, "__eq__");
      if (m !== undefined) {
        const r = callValue(m, [y], null);
        if (r !== NOT_IMPLEMENTED) return truthy(r);
      }
      if (x instanceof PyInstance && x.base !== undefined && x.base !== null) {
        const yy = y instanceof PyInstance && y.base !== undefined && y.base !== null ? y.base : y;
        // A str or int base (a JS primitive) compares as that value.
        const r = typeof x.base === "object" ? nativeEq(x.base, yy) : equal(x.base, yy) || null;
        if (r !== null) return r;
      }
    }
  }
  return a === b;
}

export function contains(container: Value, item: Value): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    const at = container.indexOf(item);
    // Virtual time of the scan (native-cost.ts): the text read up to the match.
    chargeNative((at < 0 ? container.length : at + item.length) * NATIVE_CYCLES.textRead);
    return at >= 0;
  }
  if (container instanceof PyDict) return container.table.has(item);
  if (container instanceof PySet) return container.table.has(item);
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    let i = 0;
    for (; i < items.length; i++) if (items[i] === item || equal(items[i], item)) break;
    chargeNative(Math.min(i + 1, items.length) * NATIVE_CYCLES.itemCompare);
    return i < items.length;
  }
  if (container instanceof PyByteArray || container instanceof PyArray || container instanceof PyMemoryView) {
    // objarray.c: only a bytearray searches for a buffer; a number is not looked for at all.
    const sub = typeof item === "string" ? utf8(item) : bytesOf(item);
    if (sub) return container instanceof PyByteArray && indexOfBytes(container.b, sub, 0) >= 0;
    if (typeof item === "number" || typeof item === "bigint" || item instanceof PyFloat) throw pyErr(NOT_IMPLEMENTED_ERROR, "");
    return false;
  }
  if (container instanceof PyBytes) {
    if (typeof item === "string") return indexOfBytes(container.b, utf8(item), 0) >= 0;
    const n = asInt(item);
    if (n !== null) return container.b.includes(Number(n));
    const sub = bytesOf(item);
    if (!sub) throw typeError("unsupported types for __contains__");
    return indexOfBytes(container.b, sub, 0) >= 0;
  }
  if (container instanceof PyRange) {
    const n = asInt(item);
    if (n === null) return false;
    const v = Number(n);
    const { start, stop, step } = container;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  if (typeOf(container).isUser) {
    const m = lookupSpecial(container, "__contains__");
    if (m !== undefined) return truthy(callValue(m, [item], null));
  }
  for (const x of iterate(container)) if (equal(x, item)) return true;
  return false;
}

export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** mp_unary_op for the bytecode's unary operators. */
export function unaryOp(op: string, v: Value): Value {
  if (op === "NOT") return !truthy(v);
  if (typeof v === "number") {
    if (op === "NEGATIVE") return v === 0 ? 0 : -v;
    if (op === "POSITIVE") return v;
    if (op === "INVERT") return -v - 1;
  }
  const i = asInt(v);
  if (i !== null) {
    const r = op === "NEGATIVE" ? normInt(-big(i)) : op === "POSITIVE" ? normInt(big(i)) : op === "INVERT" ? normInt(-big(i) - 1n) : null;
    if (r !== null) {
      if (!isSmall(r) && (op !== "POSITIVE" || typeof v === "boolean")) chargeBig(r);
      return r;
    }
  }
  if (v instanceof PyFloat) {
    if (op === "NEGATIVE") return new PyFloat(-v.v);
    if (op === "POSITIVE") return v;
  }
  if (v instanceof PyComplex) {
    if (op === "NEGATIVE") return new PyComplex(-v.re, -v.im);
    if (op === "POSITIVE") return v;
  }
  if (typeOf(v).isUser) {
    const name = op === "NEGATIVE" ? "__neg__" : op === "POSITIVE" ? "__pos__" : "__invert__";
    const m = lookupSpecial(v, name);
    if (m !== undefined) return callValue(m, [], null);
  }
  const name = op === "NEGATIVE" ? "__neg__" : op === "POSITIVE" ? "__pos__" : "__invert__";
  throw typeError(`unsupported type for ${name}: '${typeName(v)}'`);
}

// The hash tables (hashtable.ts, below this file) hash and compare keys through these.
tableOps.hash = hashOf;
tableOps.eq = equal;
