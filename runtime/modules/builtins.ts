// The builtins module (py/modbuiltins.c) and the constructors of the built-in types.

import { EXCEPTION_TYPES, OVERFLOW_ERROR, pyErr, qstrName, STOP_ITERATION, typeError, valueError } from "../objects/exceptions.js";
import { formatValue } from "../objects/format.js";
import { interp } from "../vm/state.js";
import { BUILD_CLASS } from "../vm/build-class.js";
import { DEFAULT_IMPORT } from "../vm/imports.js";
import { printToStream } from "./stream.js";
import { callValue, delAttr, getAttr, getAttrOrUndefined, lookupSpecial, setAttr } from "../objects/call.js";
import { PyFunction, PyGenerator } from "../objects/value.js";
import { getIter, iterate, iterNext, PyIterator, toArray, toArrayHeap } from "../objects/iter.js";
import { asFloat, asInt, binaryOp, bytesOf, truthy } from "../objects/ops.js";
import { hashOf, identity } from "../objects/hash.js";
import { repr, str, typeName } from "../objects/repr.js";
import { subscr } from "../objects/subscr.js";
import { chargeStr, internStr } from "../memory/charge.js";
import { PyAttrTuple } from "../objects/attrtuple.js";
import { BOOL, BYTEARRAY, BYTES, COMPLEX, DICT, ELLIPSIS, FLOAT, FROZENSET, INT, LIST, MEMORYVIEW, normInt, NOT_IMPLEMENTED, OBJECT, PROPERTY, PyBoundMethod, PyBuiltin, PyByteArray, PyBytes, PyComplex, PyException, PyFloat, PyInstance, PyList, PyRange, PyTuple, PyType, RANGE, SET, SLICE, STATICMETHOD, CLASSMETHOD, STR, TUPLE, TYPE, typeOf, type KwArgs, type Namespace, type Value, SUPER, PyModule, nativeType } from "../objects/value.js";
import { type Output, checkArgCount, fn, kwArg, len, sortValues, toIndex } from "../objects/args.js";
import { intFromFloat } from "../objects/constructors.js";
import { withArity } from "../objects/args.js";


// ---- number parsing ----

// ---- type constructors ----

// ---- sorting (MicroPython's quicksort is not stable; we keep a stable merge sort, equal keys rarely print differently) ----

function minMax(args: Value[], kw: KwArgs | null, wantMax: boolean): Value {
  const key = kwArg(kw, "key");
  const dflt = kwArg(kw, "default");
  const items = args.length === 1 ? toArray(args[0]) : args;
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError("arg is an empty sequence");
  }
  let best = items[0];
  let bestKey = key ? callValue(key, [best], null) : best;
  for (let i = 1; i < items.length; i++) {
    const k = key ? callValue(key, [items[i]], null) : items[i];
    if (truthy(binaryOp(wantMax ? "MORE" : "LESS", k, bestKey))) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}

function round(args: Value[]): Value {
  const v = args[0];
  const nd = args.length > 1 && args[1] !== null ? toIndex(args[1]) : null;
  const i = asInt(v);
  if (i !== null) {
    if (nd === null || nd >= 0) return typeof i === "boolean" ? Number(i) : i;
    const p = 10n ** BigInt(-nd);
    const b = BigInt(i);
    let q = b / p;
    let r = b % p;
    if (r < 0n) {
      r += p;
      q -= 1n;
    }
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
    return normInt(q * p);
  }
  const f = asFloat(v);
  if (f === null) throw typeError(`can't convert ${typeName(v)} to float`);
  if (nd === null) {
    if (!Number.isFinite(f)) throw Number.isNaN(f) ? valueError("can't convert NaN to int") : pyErr(OVERFLOW_ERROR, "can't convert inf to int");
    return intFromFloat(roundHalfEven(f));
  }
  if (nd > 15 || !Number.isFinite(f)) return new PyFloat(f);
  const m = 10 ** Math.abs(nd);
  const r = nd >= 0 ? roundHalfEven(f * m) / m : roundHalfEven(f / m) * m;
  return new PyFloat(r);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

// ---- print ----


function print(out: Output, args: Value[], kw: KwArgs | null): Value {
  const sep = kwArg(kw, "sep");
  const end = kwArg(kw, "end");
  const file = kwArg(kw, "file");
  if (file !== undefined) {
    const pieces = args.flatMap((a, i) => (i ? [sep === undefined || sep === null ? " " : (sep as string), str(a)] : [str(a)]));
    printToStream(file, [...pieces, end === undefined || end === null ? "\n" : (end as string)]);
    return null;
  }
  const text = args.map(str).join(sep === undefined || sep === null ? " " : (sep as string)) + (end === undefined || end === null ? "\n" : (end as string));
  out.write(text);
  return null;
}

/** Builds the builtins namespace for one run. */
export function makeBuiltins(out: Output): Namespace {
  const b: Namespace = new Map();
  const def = (name: string, f: (args: Value[], kw: KwArgs | null) => Value) => b.set(name, fn(name, f));
  for (const [name, t] of [
    ["int", INT], ["bool", BOOL], ["float", FLOAT], ["complex", COMPLEX], ["str", STR], ["bytes", BYTES], ["bytearray", BYTEARRAY],
    ["memoryview", MEMORYVIEW], ["tuple", TUPLE], ["list", LIST], ["dict", DICT], ["set", SET], ["frozenset", FROZENSET],
    ["range", RANGE], ["slice", SLICE], ["object", OBJECT], ["type", TYPE], ["property", PROPERTY], ["staticmethod", STATICMETHOD],
    ["classmethod", CLASSMETHOD], ["super", SUPER],
  ] as const) b.set(name, t);
  for (const [name, t] of EXCEPTION_TYPES) b.set(name, t);
  b.set("EnvironmentError", EXCEPTION_TYPES.get("OSError")!);
  b.set("IOError", EXCEPTION_TYPES.get("OSError")!);
  b.set("Ellipsis", ELLIPSIS);
  b.set("NotImplemented", NOT_IMPLEMENTED);
  b.set("__build_class__", BUILD_CLASS);
  b.set("__import__", DEFAULT_IMPORT.fn);
  b.set("__name__", "builtins");

  def("print", (a, k) => print(out, a, k));
  def("len", (a) => (checkArgCount(a, null, 1, 1), len(a[0])));
  def("repr", (a) => {
    checkArgCount(a, null, 1, 1);
    const r = repr(a[0]);
    chargeStr(r);
    return r;
  });
  def("abs", (a) => {
    checkArgCount(a, null, 1, 1);
    const v = a[0];
    const i = asInt(v);
    if (i !== null) return i < 0 ? normInt(-BigInt(i)) : typeof i === "boolean" ? Number(i) : i;
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
    if (v instanceof PyComplex) return new PyFloat(Math.hypot(v.re, v.im));
    const m = lookupSpecial(v, "__abs__");
    if (m !== undefined) return callValue(m, [], null);
    throw typeError(`unsupported type for __abs__: '${typeName(v)}'`);
  });
  def("all", (a) => {
    for (const x of iterate(a[0])) if (!truthy(x)) return false;
    return true;
  });
  def("any", (a) => {
    for (const x of iterate(a[0])) if (truthy(x)) return true;
    return false;
  });
  def("bin", (a) => formatValue(a[0], "#b"));
  def("oct", (a) => formatValue(a[0], "#o"));
  def("hex", (a) => formatValue(a[0], "#x"));
  def("callable", (a) => {
    const v = a[0];
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType || (typeOf(v).isUser && lookupSpecial(v, "__call__") !== undefined);
  });
  def("chr", (a) => {
    const n = toIndex(a[0]);
    if (n < 0 || n > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return internStr(String.fromCodePoint(n)); // mp_obj_new_str_via_qstr
  });
  def("ord", (a) => {
    const v = a[0];
    if (typeof v === "string") {
      const cps = Array.from(v);
      if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
      return cps[0]!.codePointAt(0)!;
    }
    const bb = bytesOf(v);
    if (bb && bb.length === 1) return bb[0]!;
    throw typeError(`ord() expected a character, but string of length ${bb ? bb.length : 0} found`);
  });
  def("divmod", (a) => new PyTuple([binaryOp("FLOOR_DIVIDE", a[0], a[1]), binaryOp("MODULO", a[0], a[1])]));
  def("pow", (a) => {
    if (a.length === 3 && a[2] !== null) {
      const isInt = (v: Value) => typeof v === "number" || typeof v === "bigint";
      if (!isInt(a[0]) || !isInt(a[1]) || !isInt(a[2])) throw typeError("pow() with 3 arguments requires integers");
      // py/mpz.c mpz_pow3_inpl: 0 for a zero base, a negative exponent or a modulus of +-1; 1 for
      // a zero exponent (not reduced); else square-and-multiply with floor modulo.
      const base = BigInt(asInt(a[0])!);
      let e = BigInt(asInt(a[1])!);
      const m = BigInt(asInt(a[2])!);
      if (m === 0n) throw valueError("pow() 3rd argument cannot be 0");
      if (base === 0n || e < 0n || m === 1n || m === -1n) return 0;
      if (e === 0n) return 1;
      const fmod = (x: bigint) => {
        const r = x % m;
        return r !== 0n && r < 0n !== m < 0n ? r + m : r;
      };
      let r = 1n;
      let x = base;
      for (;;) {
        if (e & 1n) r = fmod(r * x);
        e >>= 1n;
        if (e === 0n) break;
        x = fmod(x * x);
      }
      return normInt(r);
    }
    return binaryOp("POWER", a[0], a[1]);
  });
  def("hash", (a) => {
    const h = hashOf(a[0]) | 0;
    return (h << 1) >> 1;
  });
  def("id", (a) => identity(a[0] as object));
  def("isinstance", (a) => isinstance(a[0], a[1]));
  def("issubclass", (a) => {
    const c = a[0];
    if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    const check = (t: Value): boolean => {
      if (t instanceof PyTuple) return t.items.some(check);
      if (!(t instanceof PyType)) throw typeError("issubclass() arg 2 must be a class or a tuple of classes");
      return c.isSubtypeOf(t);
    };
    return check(a[1]);
  });
  def("iter", (a) => getIter(a[0]));
  def("next", (a) => {
    if (a[0] instanceof PyGenerator && a.length === 1) return a[0].send(null);
    if (typeOf(a[0]).isUser) {
      const m = lookupSpecial(a[0], "__next__");
      if (m !== undefined) {
        if (a.length === 1) return callValue(m, [], null);
        try {
          return callValue(m, [], null);
        } catch (e) {
          if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) return a[1];
          throw e;
        }
      }
    }
    const v = iterNext(a[0]);
    if (v === undefined) {
      if (a.length > 1) return a[1];
      throw pyErr(STOP_ITERATION);
    }
    return v;
  });
  def("min", (a, k) => minMax(a, k, false));
  def("max", (a, k) => minMax(a, k, true));
  def("sum", (a) => {
    let acc = a.length > 1 ? a[1] : 0;
    for (const x of iterate(a[0])) acc = binaryOp("ADD", acc, x);
    return acc;
  });
  def("sorted", (a, k) => {
    // mp_builtin_sorted: list(iterable), which appends item by item (the array doubling), then sort.
    const l = new PyList([]);
    for (const x of toArrayHeap(a[0])) l.append(x);
    l.items = sortValues(l.items, kwArg(k, "key") ?? null, truthy(kwArg(k, "reverse") ?? false));
    return l;
  });
  def("reversed", (a, k) => {
    checkArgCount(a, k, 1, 1);
    const v = a[0];
    if (typeOf(v).isUser) {
      const m = lookupSpecial(v, "__reversed__");
      if (m !== undefined) return callValue(m, [], null);
    }
    const items = v instanceof PyList ? v.items : null;
    if (items) {
      let i = items.length;
      return new PyIterator(() => (--i >= 0 && i < items.length ? items[i] : undefined), REVERSED);
    }
    const arr = v instanceof PyRange || v instanceof PyTuple || typeof v === "string" || v instanceof PyBytes || v instanceof PyByteArray ? toArray(v) : null;
    if (!arr) {
      const n = len(v);
      let i = n;
      return new PyIterator(() => (--i >= 0 ? subscr(v, i) : undefined), REVERSED);
    }
    let i = arr.length;
    return new PyIterator(() => (--i >= 0 ? arr[i] : undefined), REVERSED);
  });
  def("enumerate", (a, k) => {
    if (a.length > 2) throw typeError("extra positional arguments given");
    for (const [name] of k ?? []) if (name !== "iterable" && name !== "start") throw typeError(`unexpected keyword argument '${name}'`);
    const iterable = a.length ? a[0] : kwArg(k, "iterable");
    if (iterable === undefined) throw typeError("'iterable' argument required");
    const it = getIter(iterable);
    let i = toIndex(a[1] ?? kwArg(k, "start") ?? 0);
    return new PyIterator(() => {
      const v = iterNext(it);
      return v === undefined ? undefined : new PyTuple([i++, v]);
    }, ENUMERATE);
  });
  def("zip", (a, k) => {
    checkArgCount(a, k, 0, Infinity);
    const its = a.map(getIter);
    return new PyIterator(() => {
      if (its.length === 0) return undefined;
      const out: Value[] = [];
      for (const it of its) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return new PyTuple(out);
    }, ZIP);
  });
  def("map", (a, k) => {
    checkArgCount(a, k, 2, Infinity);
    const f = a[0];
    const its = a.slice(1).map(getIter);
    return new PyIterator(() => {
      const xs: Value[] = [];
      for (const it of its) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        xs.push(v);
      }
      return callValue(f, xs, null);
    }, MAP);
  });
  def("filter", (a, k) => {
    checkArgCount(a, k, 2, 2);
    const f = a[0];
    const it = getIter(a[1]);
    return new PyIterator(() => {
      for (;;) {
        const v = iterNext(it);
        if (v === undefined) return undefined;
        if (truthy(f === null ? v : callValue(f, [v], null))) return v;
      }
    }, FILTER);
  });
  def("getattr", (a) => {
    if (typeof a[1] !== "string") throw typeError("attribute name must be a string");
    qstrName(a[1]);
    if (a.length > 2) {
      try {
        const v = getAttrOrUndefined(a[0], a[1]);
        return v === undefined ? a[2] : v;
      } catch (e) {
        if (e instanceof PyException && e.type.name === "AttributeError") return a[2];
        throw e;
      }
    }
    return getAttr(a[0], a[1]);
  });
  def("setattr", (a) => {
    if (typeof a[1] !== "string") throw typeError("attribute name must be a string");
    setAttr(a[0], qstrName(a[1]), a[2]);
    return null;
  });
  def("delattr", (a) => (delAttr(a[0], qstrName(a[1] as string)), null));
  def("hasattr", (a) => {
    if (typeof a[1] !== "string") throw typeError("attribute name must be a string");
    qstrName(a[1]);
    try {
      return getAttrOrUndefined(a[0], a[1] as string) !== undefined;
    } catch (e) {
      if (e instanceof PyException && e.type.name === "AttributeError") return false;
      throw e;
    }
  });
  def("round", (a) => round(a));
  def("format", (a) => formatValue(a[0], a.length > 1 ? (a[1] as string) : ""));
  def("dir", (a) => {
    if (a.length === 0) return new PyList([...(interp.locals ?? interp.top?.code.ctx.globals ?? new Map()).keys()]);
    const v = a[0];
    // An instance's own __dir__ answers for it (a class's does not: it would be unbound).
    if (!(v instanceof PyType) && typeOf(v).isUser) {
      const custom = lookupSpecial(v, "__dir__");
      if (custom !== undefined) return callValue(custom, [], null);
    }
    if (v instanceof PyAttrTuple) return new PyList(v.dirNames());
    const names = new Set<string>();
    if (v instanceof PyModule) for (const k of v.dict.keys()) names.add(k);
    else {
      if (v instanceof PyInstance) for (const k of v.dict.keys()) names.add(k);
      const t = v instanceof PyType ? v : typeOf(v);
      for (const c of t.mro) for (const k of c.dict.keys()) names.add(k);
      names.add("__class__");
    }
    return new PyList([...names]);
  });
  // What compile(..., "single") code calls on each expression statement: print the repr of a
  // value other than None and keep it as `_` (modbuiltins.c __repl_print__).
  def("__repl_print__", (a) => {
    if (a[0] !== null && a[0] !== undefined) {
      out.write(repr(a[0]) + "\n");
      b.set("_", a[0]);
    }
    return null;
  });
  // input([prompt]): the prompt is printed, then one line of stdin is read and returned without its
  // newline; EOFError at the end. The line is echoed with "\r\n", as readline echoes what is typed.
  def("input", (a) => {
    if (a.length > 0) out.write(str(a[0]));
    const line = interp.stdin?.readLine() ?? null;
    if (line === null) throw pyErr(EXCEPTION_TYPES.get("EOFError")!);
    const decoded = new TextDecoder().decode(line);
    const text = decoded.endsWith("\n") ? decoded.slice(0, -1) : decoded;
    out.write(text + "\r\n");
    return text;
  });
  // Argument counts and keywords the builtins accept, so a bad call is MicroPython's TypeError.
  const ARITY: Record<string, [number, number, string[]?]> = {
    abs: [1, 1, []], all: [1, 1, []], any: [1, 1, []], bin: [1, 1, []], callable: [1, 1, []], chr: [1, 1, []],
    divmod: [2, 2, []], hash: [1, 1, []], hex: [1, 1, []], id: [1, 1, []], input: [0, 1, []], isinstance: [2, 2, []], issubclass: [2, 2, []],
    iter: [1, 2, []], len: [1, 1, []], max: [1, Infinity, ["key", "default"]], min: [1, Infinity, ["key", "default"]],
    next: [1, 2, []], oct: [1, 1, []], ord: [1, 1, []], pow: [2, 3, []], repr: [1, 1, []], round: [1, 2, []],
    sorted: [1, 1, ["key", "reverse"]], sum: [1, 2, []], getattr: [2, 3, []], setattr: [3, 3, []], delattr: [2, 2, []],
    hasattr: [2, 2, []], print: [0, Infinity, ["sep", "end", "file"]], format: [1, 2, []],
  };
  for (const [name, [min, max, kws]] of Object.entries(ARITY)) {
    const f = b.get(name);
    if (f instanceof PyBuiltin) {
      withArity(f, [min, max], kws ?? null);
    }
  }
  // map, filter, zip, enumerate and reversed are types (user classes may derive from them): calling
  // one runs its function, argument checks included.
  for (const t of [MAP, FILTER, ZIP, ENUMERATE, REVERSED]) {
    const f = b.get(t.name) as PyBuiltin;
    t.make = (_c, a, k) => callValue(f, a, k);
    b.set(t.name, t);
  }
  return b;
}

export function isinstance(v: Value, cls: Value): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isinstance(v, c));
  if (!(cls instanceof PyType)) throw typeError("isinstance() arg 2 must be a class or a tuple of classes");
  return typeOf(v).isSubtypeOf(cls);
}

const REVERSED = nativeType("reversed");
const ENUMERATE = nativeType("enumerate");
const ZIP = nativeType("zip");
const MAP = nativeType("map");
const FILTER = nativeType("filter");
