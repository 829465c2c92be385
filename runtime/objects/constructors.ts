// The built-in types' constructors, their make_new slots (py/objint.c, objfloat.c, objstr.c,
// objlist.c, objdict.c, objtype.c ...): int("12", 16), bytes(3), memoryview(b), type(name, bases, ns).
// They are installed as this module loads (vm/interp.ts imports it after the rest of this layer).

import { chargeNative, NATIVE_CYCLES } from "./native-cost.js";
import { BASE_EXCEPTION, EXCEPTION_TYPES, newException, NOT_IMPLEMENTED_ERROR, OVERFLOW_ERROR, pyErr, qstrName, typeError, valueError } from "./exceptions.js";
import { complexOf, floatOf, parseComplexText, parseFloatText } from "./format.js";
import { PyDict } from "./hashtable.js";
import { callValue, lookupSpecial, makeClass } from "./call.js";
import { iterateHeap, toArray, toArrayHeap, toArrayStack } from "./iter.js";
import { asInt, checkSize, bytesOf, machineWord, truthy } from "./ops.js";
import { repr, str, typeName } from "./repr.js";
import { charge, chargeBig, chargeStr, isSmallInt, uncharged } from "../memory/charge.js";
import { SIZES } from "../memory/sizes.js";
import { PyArray } from "./array.js";
import { BOOL, BYTEARRAY, BYTES, COMPLEX, DICT, FLOAT, FROZENSET, INT, LIST, MEMORYVIEW, normInt, OBJECT, PROPERTY, PyByteArray, PyBytes, PyComplex, PyFloat, PyInstance, PyList, PyMemoryView, PyObject, PyProperty, PyRange, PyStaticMethod, PyTuple, PyType, RANGE, SET, STATICMETHOD, CLASSMETHOD, STR, TUPLE, TYPE, typeOf, type KwArgs, type Namespace, type Value, PySuper, SUPER } from "./value.js";
import { checkArgCount, kwArg, newDictFrom, newSet, toIndex } from "./args.js";
import { ARRAY, makeArray } from "./array.js";
import { latin1 } from "../lib/spread.js";
import { refuseBeyondHeap } from "../memory/bounds.js";

/** Fills the make slots of the built-in types. */
function installConstructors(): void {
  INT.make = (c, a) => makeInt(c, a);
  BOOL.make = (_c, a) => (a.length ? truthy(a[0]) : false);
  FLOAT.make = (c, a) => makeFloat(c, a);
  COMPLEX.make = (c, a) => makeComplex(c, a);
  // str() and bytes() take no keyword arguments in MicroPython (py/objstr.c).
  const noKeywords = (kw: KwArgs | null) => {
    if (kw && kw.length) throw pyErr(NOT_IMPLEMENTED_ERROR, "keyword argument(s) not implemented - use normal args instead");
  };
  STR.make = (c, a, k) => {
    noKeywords(k);
    if (a.length > 3) throw typeError("function expected at most 3 arguments, got " + a.length);
    const r = makeStr(c, a);
    if (r !== a[0]) chargeStr(r as string);
    return r;
  };
  BYTES.make = (_c, a, k) => {
    noKeywords(k);
    if (a.length > 3) throw typeError("function expected at most 3 arguments, got " + a.length);
    if (a.length >= 2 && typeof a[1] !== "string") throw typeError("encoding must be str");
    return new PyBytes(bytesFrom(a, true));
  };
  BYTEARRAY.make = (_c, a) => new PyByteArray(bytesFrom(a, false));
  MEMORYVIEW.make = (_c, a) => {
    const o = a[0];
    if (o instanceof PyBytes) return new PyMemoryView(o, () => o.b, 0, o.b.length, "B", true);
    if (o instanceof PyByteArray) return new PyMemoryView(o, () => o.b, 0, o.b.length);
    if (o instanceof PyArray) return new PyMemoryView(o, () => o.bytes, 0, o.bytes.length, o.typecode);
    if (o instanceof PyMemoryView) return o;
    // A str's buffer is its UTF-8 data, read-only.
    if (typeof o === "string") {
      const b = uncharged(() => new PyBytes(encodeStr(o)));
      return new PyMemoryView(b, () => b.b, 0, b.b.length, "B", true);
    }
    // A native subclass's instance views its native part (objtype.c instance_get_buffer); an object
    // that lends another's buffer (framebuf.FrameBuffer) views that one.
    const owner = o instanceof PyInstance ? o.base : o instanceof PyObject ? (o as { bufferOwner?: Value }).bufferOwner : undefined;
    if (owner) return MEMORYVIEW.make!(_c, [owner], null);
    // Any other object that lends its data (a file in a ROM filesystem) is viewed read-only.
    const lent = o instanceof PyObject ? bytesOf(o) : null;
    if (lent) return new PyMemoryView(o as PyObject, () => bytesOf(o)!, 0, lent.length, "B", true);
    throw typeError("object with buffer protocol required");
  };
  // Only a plain tuple is returned as it is: an attrtuple or namedtuple is copied (py/objtuple.c).
  TUPLE.make = (_c, a) => (a.length ? (a[0] instanceof PyTuple && a[0].type === TUPLE ? a[0] : new PyTuple(toArrayHeap(a[0]))) : new PyTuple([]));
  LIST.make = (_c, a) => {
    // list(iterable) appends item by item, growing as MicroPython's list does.
    const l = new PyList([]);
    if (a.length) for (const x of iterateHeap(a[0])) l.append(x);
    return l;
  };
  DICT.make = (_c, a, k) => newDictFrom(a, k);
  SET.make = (_c, a) => newSet(a.length ? iterateHeap(a[0]) : []);
  FROZENSET.make = (_c, a) => newSet(a.length ? iterateHeap(a[0]) : [], FROZENSET);
  RANGE.make = (c, a, k) => {
    if (k && k.length) throw typeError("function doesn't take keyword arguments");
    return makeRange(c, a);
  };
  OBJECT.make = () => new PyInstance(OBJECT);
  PROPERTY.make = (_c, a, k) => new PyProperty(a[0] ?? kwArg(k, "fget") ?? null, a[1] ?? kwArg(k, "fset") ?? null, a[2] ?? kwArg(k, "fdel") ?? null);
  STATICMETHOD.make = (_c, a) => new PyStaticMethod(a[0], false);
  CLASSMETHOD.make = (_c, a) => new PyStaticMethod(a[0], true);
  SUPER.make = (_c, a) => {
    const [cls, obj] = a;
    if (!(cls instanceof PyType)) throw typeError("first argument to super() must be type");
    // The second argument must be an instance or a subclass of the first.
    if (obj !== undefined && !typeOf(obj).isSubtypeOf(cls) && !(obj instanceof PyType && obj.isSubtypeOf(cls))) throw typeError("super(type, obj): obj must be an instance or subtype of type");
    // An explicit super object; super().f() makes none.
    charge(SIZES.super());
    return new PySuper(cls, obj);
  };
  TYPE.make = (meta, a) => {
    if (a.length === 1) return typeOf(a[0]);
    if (a.length !== 3) throw typeError("type takes 1 or 3 arguments");
    // mp_obj_new_type: a str name, a tuple of types as bases, a dict as the namespace.
    const [name, bases, dict] = a;
    if (typeof name !== "string" || !(bases instanceof PyTuple) || !(dict instanceof PyDict)) throw typeError("type() takes a name, a tuple of bases and a dict");
    if (!bases.items.every((b) => b instanceof PyType)) throw typeError("type isn't an acceptable base type");
    const ns: Namespace = new Map();
    for (const [k, v] of dict.table.entries()) ns.set(k as string, v);
    const cls = makeClass(qstrName(name), bases.items as PyType[], ns, meta === TYPE ? null : meta);
    if (a[2] instanceof PyDict && a[2].type !== DICT) cls.dictType = a[2].type;
    return cls;
  };
  BASE_EXCEPTION.make = (c, a) => newException(c, a.slice());
  ARRAY.make = (_c, a) => makeArray(a, toArray);
}

const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * int(text, base) as py/parsenum.c reads it: spaces, a sign, a base prefix (in base 0 a leading
 * zero allows only zeros), digits with underscores, spaces; anything else is a ValueError that
 * quotes the text from the digits on.
 */
export function parseIntText(text: string, base: number): number | bigint {
  if ((base !== 0 && base < 2) || base > 36) throw valueError("int() arg 2 must be >= 2 and <= 36");
  let i = 0;
  const n = text.length;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  let neg = false;
  if (text[i] === "+" || text[i] === "-") neg = text[i++] === "-";
  if (n - i > 1 && text[i] === "0") {
    const p = text[i + 1]!.toLowerCase();
    const prefixed = (p === "x" && (base === 0 || base === 16) && 16) || (p === "o" && (base === 0 || base === 8) && 8) || (p === "b" && (base === 0 || base === 2) && 2);
    if (prefixed) (base = prefixed), (i += 2);
    else if (base === 0) base = 1;
  } else if (base === 0) base = 10;
  const start = i;
  const digits: string[] = [];
  let run = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 95) {
      digits.push(text.slice(run, i));
      run = i + 1;
      continue;
    }
    const d = c >= 48 && c <= 57 ? c - 48 : (c | 0x20) >= 97 && (c | 0x20) <= 122 ? (c | 0x20) - 87 : 99;
    if (d >= base) break;
  }
  digits.push(text.slice(run, i));
  const digitsEnd = i;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  if (digitsEnd === start || i !== n) {
    // The text is quoted as its UTF-8 bytes (mp_str_print_quoted in bytes mode), without the b.
    const quoted = repr(uncharged(() => new PyBytes(encodeStr(text.slice(start))))).slice(1);
    throw valueError(`invalid syntax for integer with base ${base === 1 ? 0 : base}: ${quoted}`);
  }
  const all = digits.join("");
  // The mpz is sized from the digit count before it is filled (mpz_set_from_str).
  refuseBeyondHeap((Math.ceil((all.length * Math.log2(base === 1 ? 8 : base)) / 16) + 1) * 2);
  const r = digitsValue(all, base === 1 ? 8 : base);
  // mpz_set_from_str multiplies what it has by the base for each character: half the final digits on average.
  const finalDigits = Math.ceil((all.length * Math.log2(base === 1 ? 8 : base)) / 16);
  chargeNative((NATIVE_CYCLES.bigParsePair * all.length * finalDigits) / 2);
  const v = normInt(neg ? -r : r);
  if (typeof v === "bigint" || !isSmallInt(v)) chargeBig(v);
  return v;
}

/** The value of valid digits in `base`: V8's own parser for the bases it reads, else halves joined (subquadratic). */
function digitsValue(d: string, base: number): bigint {
  if (d === "") return 0n;
  if (base === 10) return BigInt(d);
  if (base === 16 || base === 8 || base === 2) return BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + d);
  if (d.length <= 10) return BigInt(parseInt(d, base));
  const half = d.length >> 1;
  const low = d.length - half;
  return digitsValue(d.slice(0, half), base) * BigInt(base) ** BigInt(low) + digitsValue(d.slice(half), base);
}

export function intFromFloat(f: number): number | bigint {
  if (Number.isNaN(f)) throw valueError("can't convert NaN to int");
  if (!Number.isFinite(f)) throw pyErr(OVERFLOW_ERROR, "can't convert inf to int");
  const t = Math.trunc(f) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

function makeInt(_cls: PyType, args: Value[]): Value {
  if (args.length === 0) return 0;
  const v = args[0];
  if (args.length >= 2) {
    if (typeof v !== "string" && !(v instanceof PyBytes)) throw typeError("can't convert non-string with explicit base");
    return parseIntText(typeof v === "string" ? v : latin1(v.b), toIndex(args[1]));
  }
  const i = asInt(v);
  if (i !== null) return typeof i === "boolean" ? Number(i) : i;
  if (v instanceof PyFloat) return intFromFloat(v.v);
  if (typeof v === "string") return parseIntText(v, 10);
  // MP_UNARY_OP_INT_MAYBE of a native object (a uctypes pointer gives its address), before its buffer.
  const intMaybe = v instanceof PyObject ? (v as { intMaybe?: () => Value }).intMaybe : undefined;
  const fromNative = typeof intMaybe === "function" ? intMaybe.call(v) : undefined;
  if (fromNative !== undefined) return fromNative;
  const buf = bytesOf(v);
  if (buf) return parseIntText(latin1(buf), 10);
  if (typeOf(v).isUser) {
    const m = lookupSpecial(v, "__int__") ?? lookupSpecial(v, "__index__");
    if (m !== undefined) {
      const r = callValue(m, [], null);
      if (typeof r !== "number" && typeof r !== "bigint") throw typeError(`__int__ returned non-int (type ${typeName(r)})`);
      return r;
    }
  }
  throw typeError(`can't convert ${typeName(v)} to int`);
}

function makeFloat(_cls: PyType, args: Value[]): Value {
  if (args.length === 0) return new PyFloat(0);
  const v = args[0];
  if (v instanceof PyFloat) return v;
  if (typeof v === "string") return new PyFloat(parseFloatText(v));
  const b = bytesOf(v);
  if (b) return new PyFloat(parseFloatText(latin1(b)));
  return new PyFloat(floatOf(v));
}

// py/objcomplex.c complex_make_new: one argument is text, a complex or anything mp_obj_get_complex
// takes; with two, each is a complex or a float and the second is multiplied by j.
function makeComplex(_cls: PyType, args: Value[]): Value {
  if (args.length === 0) return new PyComplex(0, 0);
  const [a, b] = args;
  if (args.length === 1) {
    if (typeof a === "string") return new PyComplex(...parseComplexText(a));
    if (a instanceof PyComplex) return a;
    return new PyComplex(...complexOf(a));
  }
  let [re, im] = a instanceof PyComplex ? [a.re, a.im] : [floatOf(a), 0];
  if (b instanceof PyComplex) {
    re -= b.im;
    im += b.re;
  } else im += floatOf(b);
  return new PyComplex(re, im);
}

function encodeStr(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function makeStr(_cls: PyType, args: Value[]): Value {
  if (args.length === 0) return "";
  const v = args[0];
  if (args.length >= 2) {
    const b = bytesOf(v);
    if (b) {
      // Invalid UTF-8 is UnicodeError, as py/objstr.c checks it.
      try {
        return new TextDecoder("utf-8", { fatal: true }).decode(b);
      } catch {
        throw pyErr(EXCEPTION_TYPES.get("UnicodeError")!);
      }
    }
  }
  return str(v);
}

/** An int that a 32-bit port holds as a long-int object: beyond 31 bits. */
const isLongInt = (x: Value): boolean => typeof x === "bigint" || (typeof x === "number" && !isSmallInt(x));

/** bytes(n) takes only a small int as a count (a long int is iterated, and fails); bytearray(n) any machine word. */
function bytesFrom(args: Value[], smallCountOnly: boolean): Uint8Array {
  if (args.length === 0) return new Uint8Array(0);
  const v = args[0];
  if (typeof v === "string") {
    if (args.length < 2) throw typeError("string argument without an encoding");
    return encodeStr(v);
  }
  const b = bytesOf(v);
  if (b) return b.slice();
  const n = asInt(v);
  if (n !== null && !(smallCountOnly && isLongInt(n))) {
    const count = machineWord(n);
    if (count < 0) throw valueError("negative count");
    checkSize(count, 1);
    return new Uint8Array(count);
  }
  // bytearray() iterates through a heap iterator (array_construct), bytes() through a stack one.
  // Each item is mp_obj_get_int'd: bytes() checks the range (MICROPY_FULL_CHECKS); bytearray() stores the
  // low byte, of a long int too (mp_binary_set_val_array truncates its bytes).
  if (!smallCountOnly) return Uint8Array.from(toArrayHeap(v), (x) => (isLongInt(x) ? Number(BigInt.asUintN(8, BigInt(x as number | bigint))) : toIndex(x) & 0xff));
  return Uint8Array.from(toArrayStack(v), (x) => {
    const i = toIndex(x);
    if (i < 0 || i > 255) throw valueError("bytes value out of range");
    return i;
  });
}

function makeRange(_cls: PyType, args: Value[]): Value {
  checkArgCount(args, null, 1, 3);
  const n = args.map(toIndex);
  if (n.length === 1) return new PyRange(0, n[0]!, 1);
  const step = n[2] ?? 1;
  if (step === 0) throw valueError("zero step");
  return new PyRange(n[0]!, n[1]!, step);
}
installConstructors();
