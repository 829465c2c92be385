// Methods of the built-in types (py/objstr.c, objlist.c, objdict.c, objset.c, objint.c, ...),
// installed into each type's namespace as native methods whose first argument is self.

import { chargeNative, NATIVE_CYCLES } from "./native-cost.js";
import { ATTRIBUTE_ERROR, INDEX_ERROR, KEY_ERROR, NOT_IMPLEMENTED_ERROR, OVERFLOW_ERROR, pyErr, STOP_ITERATION, typeError, valueError } from "./exceptions.js";
import { strFormat } from "./format.js";
import { charge, chargeStr } from "../memory/charge.js";
import { HashTable, PyDict, PySet } from "./hashtable.js";
import { allocInstance, construct, getAttr } from "./call.js";
import { PyGenerator } from "./value.js";
import { iterate, iterateHeap, tableIter, toArray, toArrayHeap } from "./iter.js";
import { asInt, bytesOf, contains, equal, intersectTable } from "./ops.js";
import { typeName } from "./repr.js";
import { kwArg, len, newDictFrom, newSet, sortValues, toIndex } from "./args.js";
import { delSubscr, sliceRange, storeSubscr, subscr } from "./subscr.js";
import { getIter, iterNext } from "./iter.js";
import { ARRAY, packItems, PyArray } from "./array.js";
import {
  BYTEARRAY,
  BYTES,
  DICT,
  FROZENSET,
  GENERATOR,
  INT,
  LIST,
  OBJECT,
  PyBuiltin,
  PyStaticMethod,
  PyProperty,
  PyMemoryView,
  MEMORYVIEW,
  ITERATOR,
  PROPERTY,
  RANGE,
  SLICE,
  PyByteArray,
  PyBytes,
  PyException,
  PyInstance,
  PyList,
  PySlice,
  PyTuple,
  PyType,
  SET,
  STR,
  TUPLE,
  normInt,
  type KwArgs,
  type Value,
} from "./value.js";
import { BASE_EXCEPTION } from "./exceptions.js";
import { repr as reprValue } from "./repr.js";
import { PyObject } from "./value.js";
import { withArity } from "./args.js";
import { typeOf } from "./value.js";
import { latin1, pushAll } from "../lib/spread.js";

type Method = (self: never, args: Value[], kw: KwArgs | null) => Value;

/**
 * A method's self as its implementation needs it: the native part of an instance of a Python
 * subclass, or the value itself. Anything else (a call through a subclass, `L.append(1)`) is a
 * TypeError rather than a method run on the wrong kind of value.
 */
function selfOf(t: PyType, v: Value): Value {
  const self = v instanceof PyInstance && v.base ? v.base : v;
  const ts = typeOf(self);
  if (ts !== t && !ts.isSubtypeOf(t)) throw typeError(`argument should be a '${t.name}' not a '${typeName(v)}'`);
  return self;
}

/** Bytes of a str, bytes or bytearray (a str's UTF-16 length stands for its UTF-8 size), else 0. */
function textLength(v: Value): number {
  return typeof v === "string" ? v.length : v instanceof PyBytes || v instanceof PyByteArray ? v.b.length : 0;
}

/** list and tuple methods that compare each item in turn (native-cost.ts itemCompare). */
const SEARCHES = new Set(["index", "count", "remove"]);

function install(t: PyType, methods: Record<string, Method>): void {
  for (const [name, m] of Object.entries(methods)) {
    const f = m as (s: Value, a: Value[], k: KwArgs | null) => Value;
    // Every method of str, bytes and bytearray reads its text and may write a new one: virtual time
    // in proportion (native-cost.ts).
    const text = t === STR || t === BYTES || t === BYTEARRAY;
    const search = (t === LIST || t === TUPLE) && SEARCHES.has(name);
    // A str method's new string result is a heap object unless it is interned (or self).
    const call =
      t === STR
        ? (a: Value[], kw: KwArgs | null) => {
            const self = typeof a[0] === "string" ? a[0] : selfOf(t, a[0]);
            const r = f(self, a.slice(1), kw);
            if (typeof r === "string" && r !== a[0]) chargeStr(r);
            chargeNative(textLength(self) * NATIVE_CYCLES.textRead + textLength(r) * NATIVE_CYCLES.textWrite);
            return r;
          }
        : text
          ? (a: Value[], kw: KwArgs | null) => {
              const self = selfOf(t, a[0]);
              const r = f(self, a.slice(1), kw);
              chargeNative(textLength(self) * NATIVE_CYCLES.textRead + textLength(r) * NATIVE_CYCLES.textWrite);
              return r;
            }
          : search
            ? (a: Value[], kw: KwArgs | null) => {
                const self = selfOf(t, a[0]) as PyList | PyTuple;
                chargeNative(self.items.length * NATIVE_CYCLES.itemCompare);
                return f(self, a.slice(1), kw);
              }
            : (a: Value[], kw: KwArgs | null) => f(selfOf(t, a[0]), a.slice(1), kw);
    t.dict.set(name, new PyBuiltin(name, call, true));
  }
}

function strArg(v: Value, what = "str"): string {
  if (typeof v !== "string") throw typeError(`can't convert '${typeName(v)}' object to ${what} implicitly`);
  return v;
}

function clampRange(s: string, a: Value[], from: number): [number, number] {
  const n = s.length;
  let start = a[from] === undefined || a[from] === null ? 0 : toIndex(a[from]);
  let end = a[from + 1] === undefined || a[from + 1] === null ? n : toIndex(a[from + 1]);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  return [Math.min(start, n), Math.min(end, n)];
}

const WS = /^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g;

function stripChars(s: string, chars: Value, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    if (left && right) return s.replace(WS, "");
    if (left) return s.replace(/^[ \t\n\r\x0b\x0c]+/, "");
    return s.replace(/[ \t\n\r\x0b\x0c]+$/, "");
  }
  const set = strArg(chars);
  let i = 0;
  let j = s.length;
  if (left) while (i < j && set.includes(s[i]!)) i++;
  if (right) while (j > i && set.includes(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function split(s: string, sep: Value, max: number): string[] {
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let rest = s.replace(/^[ \t\n\r\x0b\x0c]+/, "");
    while (rest) {
      if (max >= 0 && out.length >= max) {
        out.push(rest);
        break;
      }
      const m = /[ \t\n\r\x0b\x0c]+/.exec(rest);
      if (!m) {
        out.push(rest);
        break;
      }
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
  const d = strArg(sep);
  if (d === "") throw valueError("empty separator");
  const parts = s.split(d);
  if (max < 0 || parts.length <= max + 1) return parts;
  return [...parts.slice(0, max), parts.slice(max).join(d)];
}

function rsplit(s: string, sep: Value, max: number): string[] {
  if (max < 0) return split(s, sep, -1);
  // MicroPython leaves rsplit(None, n) out (py/objstr.c).
  if (sep === undefined || sep === null) throw pyErr(NOT_IMPLEMENTED_ERROR, "rsplit(None,n)");
  const d = strArg(sep);
  if (d === "") throw valueError("empty separator");
  const parts = s.split(d);
  if (parts.length <= max + 1) return parts;
  return [parts.slice(0, parts.length - max).join(d), ...parts.slice(parts.length - max)];
}

function find(s: string, a: Value[], rev: boolean): number {
  const sub = strArg(a[0]);
  const [start, end] = clampRange(s, a, 1);
  if (end - start < sub.length) return -1;
  const region = s.slice(start, end);
  const i = rev ? region.lastIndexOf(sub) : region.indexOf(sub);
  return i < 0 ? -1 : i + start;
}

/** startswith/endswith: the test on s[start:end] for the affix or any of a tuple of them. */
function affix(s: string, a: Value[], test: (region: string, p: string) => boolean): boolean {
  const rawStart = a[1] === undefined || a[1] === null ? 0 : toIndex(a[1]);
  if (rawStart > s.length) return false;
  const [start, end] = clampRange(s, a, 1);
  const region = s.slice(start, Math.max(start, end));
  const p = a[0];
  if (p instanceof PyTuple) return p.items.some((x) => test(region, strArg(x)));
  return test(region, strArg(p));
}

function isCase(s: string, test: (c: string) => boolean): boolean {
  return s.length > 0 && [...s].every(test);
}

/** Fills the built-in types' method tables; run once, when this module loads (see the end of the file). */
function installMethods(): void {
  install(STR, {
    format: (s: string, a, kw) => strFormat(s, a, kw),
    // Anything but a list or tuple is first made into a list (py/objstr.c str_join).
    join: (s: string, a) => (a[0] instanceof PyList || a[0] instanceof PyTuple ? a[0].items : (construct(LIST, [a[0]], null) as PyList).items).map((x) => {
      if (typeof x !== "string") throw typeError(`join expects a list of str/bytes objects consistent with self object`);
      return x;
    }).join(s),
    split: (s: string, a, kw) => {
      // str_split: an empty list appended to, each part a new str (a copy unless it is a qstr).
      const parts = split(s, a[0] ?? kwArg(kw, "sep"), toIndex(a[1] ?? kwArg(kw, "maxsplit") ?? -1));
      const out = new PyList([]);
      for (const p of parts) {
        chargeStr(p);
        out.append(p);
      }
      return out;
    },
    rsplit: (s: string, a, kw) => new PyList(rsplit(s, a[0] ?? kwArg(kw, "sep"), toIndex(a[1] ?? kwArg(kw, "maxsplit") ?? -1))),
    splitlines: (s: string, a, kw) => {
      const keep = (a[0] ?? kwArg(kw, "keepends")) === true;
      const out: string[] = [];
      const re = /\r\n|\n|\r/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s))) {
        out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < s.length) out.push(s.slice(last));
      return new PyList(out);
    },
    strip: (s: string, a) => stripChars(s, a[0], true, true),
    lstrip: (s: string, a) => stripChars(s, a[0], true, false),
    rstrip: (s: string, a) => stripChars(s, a[0], false, true),
    startswith: (s: string, a) => affix(s, a, (r, p) => r.startsWith(p)),
    endswith: (s: string, a) => affix(s, a, (r, p) => r.endsWith(p)),
    find: (s: string, a) => find(s, a, false),
    rfind: (s: string, a) => find(s, a, true),
    index: (s: string, a) => {
      const i = find(s, a, false);
      if (i < 0) throw valueError("substring not found");
      return i;
    },
    rindex: (s: string, a) => {
      const i = find(s, a, true);
      if (i < 0) throw valueError("substring not found");
      return i;
    },
    count: (s: string, a) => {
      const sub = strArg(a[0]);
      const [start, end] = clampRange(s, a, 1);
      const region = s.slice(start, end);
      if (sub === "") return region.length + 1;
      return region.split(sub).length - 1;
    },
    replace: (s: string, a) => {
      const old = strArg(a[0]);
      const nw = strArg(a[1]);
      const max = a.length > 2 ? toIndex(a[2]) : -1;
      if (old === "") {
        const chars = Array.from(s);
        const n = max < 0 ? chars.length + 1 : Math.min(max, chars.length + 1);
        let out = "";
        for (let i = 0; i < chars.length; i++) out += (i < n ? nw : "") + chars[i];
        return out + (chars.length < n ? nw : "");
      }
      if (max < 0) return s.split(old).join(nw);
      let out = "";
      let rest = s;
      for (let i = 0; i < max; i++) {
        const k = old === "" ? (i === 0 ? 0 : 1) : rest.indexOf(old);
        if (k < 0 || (old === "" && k > rest.length)) break;
        out += rest.slice(0, k) + nw;
        rest = rest.slice(k + old.length);
        if (old === "" && rest.length === 0) break;
      }
      return out + rest;
    },
    upper: (s: string) => s.replace(/[a-z]/g, (c) => c.toUpperCase()),
    lower: (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase()),
    isdigit: (s: string) => isCase(s, (c) => c >= "0" && c <= "9"),
    isalpha: (s: string) => isCase(s, (c) => /[a-zA-Z]/.test(c)),
    isalnum: (s: string) => isCase(s, (c) => /[a-zA-Z0-9]/.test(c)),
    isspace: (s: string) => isCase(s, (c) => " \t\n\r\x0b\x0c".includes(c)),
    isupper: (s: string) => /[A-Z]/.test(s) && !/[a-z]/.test(s),
    islower: (s: string) => /[a-z]/.test(s) && !/[A-Z]/.test(s),
    center: (s: string, a) => {
      const w = toIndex(a[0]);
      const fill = a.length > 1 ? strArg(a[1]) : " ";
      const n = w - len(s);
      if (n <= 0) return s;
      const left = n >> 1;
      return fill.repeat(left) + s + fill.repeat(n - left);
    },
    ljust: (s: string, a) => s + (a.length > 1 ? strArg(a[1]) : " ").repeat(Math.max(0, toIndex(a[0]) - len(s))),
    rjust: (s: string, a) => (a.length > 1 ? strArg(a[1]) : " ").repeat(Math.max(0, toIndex(a[0]) - len(s))) + s,
    zfill: (s: string, a) => {
      const w = toIndex(a[0]);
      const sign = s.startsWith("-") || s.startsWith("+") ? s[0]! : "";
      const body = sign ? s.slice(1) : s;
      return sign + "0".repeat(Math.max(0, w - len(s))) + body;
    },
    encode: (s: string) => new PyBytes(new TextEncoder().encode(s)),
    partition: (s: string, a) => {
      const sep = strArg(a[0]);
      if (sep === "") throw valueError("empty separator");
      const i = s.indexOf(sep);
      return i < 0 ? new PyTuple([s, "", ""]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    rpartition: (s: string, a) => {
      const sep = strArg(a[0]);
      if (sep === "") throw valueError("empty separator");
      const i = s.lastIndexOf(sep);
      return i < 0 ? new PyTuple(["", "", s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
    },
    capitalize: (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s),
    title: (s: string) => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
    swapcase: (s: string) => s.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())),
  });

  install(LIST, {
    append: (l: PyList, a) => (l.append(a[0]), null),
    extend: (l: PyList, a) => {
      // A list is copied in one go; anything else is iterated (a heap iterator) and appended item by item.
      if (a[0] instanceof PyList) {
        const add = a[0].items.slice();
        l.reserveExact(add.length);
        for (const x of add) l.items.push(x);
      } else for (const x of toArrayHeap(a[0])) l.append(x);
      return null;
    },
    pop: (l: PyList, a) => {
      if (l.items.length === 0) throw pyErr(INDEX_ERROR, "pop from empty list");
      let i = a.length ? toIndex(a[0]) : l.items.length - 1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) throw pyErr(INDEX_ERROR, "list index out of range");
      const v = l.items.splice(i, 1)[0];
      l.shrink();
      return v;
    },
    insert: (l: PyList, a) => {
      let i = toIndex(a[0]);
      const n = l.items.length;
      if (i < 0) i = Math.max(0, i + n);
      l.reserve(n + 1);
      l.items.splice(Math.min(i, n), 0, a[1]);
      return null;
    },
    remove: (l: PyList, a) => {
      const i = l.items.findIndex((x) => equal(x, a[0]));
      if (i < 0) throw valueError("object not in sequence");
      l.items.splice(i, 1);
      l.shrink();
      return null;
    },
    index: (l: PyList, a) => seqIndexOf(l.items, a),
    count: (l: PyList, a) => l.items.filter((x) => equal(x, a[0])).length,
    reverse: (l: PyList) => (l.items.reverse(), null),
    sort: (l: PyList, _a, kw) => {
      l.items = sortValues(l.items, kwArg(kw, "key") ?? null, kwArg(kw, "reverse") === true);
      return null;
    },
    clear: (l: PyList) => (l.clearItems(), null),
    copy: (l: PyList) => new PyList(l.items.slice()),
  });

  // Argument counts (self included) and keywords of the list methods, as MicroPython checks them.
  const LIST_ARITY: Record<string, [number, number, string[]]> = {
    append: [2, 2, []], extend: [2, 2, []], pop: [1, 2, []], insert: [3, 3, []], remove: [2, 2, []], index: [2, 4, []],
    count: [2, 2, []], reverse: [1, 1, []], sort: [1, 1, ["key", "reverse"]], clear: [1, 1, []], copy: [1, 1, []],
  };
  for (const [name, [min, max, kws]] of Object.entries(LIST_ARITY)) {
    const f = LIST.dict.get(name) as PyBuiltin;
    withArity(f, [min, max], kws);
  }

  install(TUPLE, {
    index: (t: PyTuple, a) => seqIndexOf(t.items, a),
    count: (t: PyTuple, a) => t.items.filter((x) => equal(x, a[0])).length,
  });

  const mutable = (d: PyDict) => {
    if (d.fixed) throw typeError("dict is fixed");
    return d;
  };
  install(DICT, {
    keys: (d: PyDict) => dictView(d, "keys", (i) => d.table.keyAt(i)),
    values: (d: PyDict) => dictView(d, "values", (i) => d.table.vals[i]),
    items: (d: PyDict) => dictView(d, "items", (i) => new PyTuple([d.table.keyAt(i), d.table.vals[i]])),
    get: (d: PyDict, a) => d.table.get(a[0]) ?? (a.length > 1 ? a[1] : null),
    pop: (d: PyDict, a) => {
      const v = mutable(d).table.delete(a[0]);
      if (v !== undefined) return v;
      if (a.length > 1) return a[1];
      throw pyErr(KEY_ERROR, a[0] as string);
    },
    popitem: (d: PyDict) => {
      mutable(d);
      let last = -1;
      for (const i of d.table.slots()) last = i;
      if (last < 0) throw pyErr(KEY_ERROR, "popitem(): dictionary is empty");
      const k = d.table.keyAt(last);
      const v = d.table.delete(k);
      return new PyTuple([k, v]);
    },
    setdefault: (d: PyDict, a) => {
      const v = mutable(d).table.get(a[0]);
      if (v !== undefined) return v;
      const dflt = a.length > 1 ? a[1] : null;
      d.table.set(a[0], dflt);
      return dflt;
    },
    update: (d: PyDict, a, kw) => (newDictFrom(a, kw, mutable(d)), null),
    clear: (d: PyDict) => (mutable(d).table.clear(), null),
    copy: (d: PyDict) => {
      // dict_copy keeps the type: an OrderedDict's copy is an OrderedDict.
      const c = new PyDict(d.table.copy());
      c.type = d.type;
      return c;
    },
  });
  DICT.dict.set("fromkeys", classMethod("fromkeys", (a) => {
    // Always a plain dict, first sized to the argument's length when it has one (dict_fromkeys).
    const src = a[1];
    const sized = typeof src === "string" || src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PySet || src instanceof PyBytes || src instanceof PyByteArray;
    const d = new PyDict(new HashTable(sized ? len(src) : 0));
    for (const k of iterate(a[1])) d.table.set(k, a.length > 2 ? a[2] : null);
    void a[0];
    return d;
  }));

  const setMethods: Record<string, Method> = {
    add: (s: PySet, a) => (s.table.set(a[0], undefined), null),
    remove: (s: PySet, a) => {
      if (!s.table.has(a[0])) throw pyErr(KEY_ERROR, a[0] as string);
      s.table.delete(a[0]);
      return null;
    },
    discard: (s: PySet, a) => (s.table.delete(a[0]), null),
    pop: (s: PySet) => {
      const i = s.table.nextSlot(0);
      if (i < 0) throw pyErr(KEY_ERROR, "pop from an empty set");
      const k = s.table.keyAt(i);
      s.table.delete(k);
      return k;
    },
    clear: (s: PySet) => (s.table.clear(), null),
    copy: (s: PySet) => new PySet(s.table.copy(), s.type),
    update: (s: PySet, a) => {
      for (const src of a) for (const x of iterateHeap(src)) s.table.set(x, undefined);
      return null;
    },
    union: (s: PySet, a) => {
      const r = new PySet(s.table.copy(), s.type);
      for (const src of a) for (const x of iterateHeap(src)) r.table.set(x, undefined);
      return r;
    },
    intersection: (s: PySet, a) => new PySet(intersectTable(s, a[0]), SET),
    intersection_update: (s: PySet, a) => {
      s.table.adopt(intersectTable(s, a[0]));
      return null;
    },
    difference: (s: PySet, a) => {
      const r = new PySet(s.table.copy(), s.type);
      for (const src of a) for (const x of iterateHeap(src)) r.table.delete(x);
      return r;
    },
    difference_update: (s: PySet, a) => {
      for (const src of a) for (const x of iterateHeap(src)) s.table.delete(x);
      return null;
    },
    symmetric_difference: (s: PySet, a) => {
      const r = new PySet(s.table.copy(), s.type);
      for (const x of iterateHeap(a[0])) if (r.table.has(x)) r.table.delete(x);
      else r.table.set(x, undefined);
      return r;
    },
    symmetric_difference_update: (s: PySet, a) => {
      for (const x of toArrayHeap(a[0])) if (s.table.has(x)) s.table.delete(x);
      else s.table.set(x, undefined);
      return null;
    },
    issubset: (s: PySet, a) => {
      const other = newSet(iterate(a[0]));
      return s.table.keyList().every((k) => other.table.has(k));
    },
    issuperset: (s: PySet, a) => toArray(a[0]).every((k) => s.table.has(k)),
    isdisjoint: (s: PySet, a) => toArray(a[0]).every((k) => !s.table.has(k)),
  };
  install(SET, setMethods);
  install(FROZENSET, Object.fromEntries(Object.entries(setMethods).filter(([k]) => ["copy", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"].includes(k))));

  // Most bytes methods are the str methods on the bytes read as Latin-1, with results turned back.
  const viaStr: Record<string, Method> = {};
  const latin = (b: Uint8Array) => latin1(b);
  for (const name of ["split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "startswith", "endswith", "find", "rfind", "index", "rindex", "count", "replace", "upper", "lower", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "capitalize", "title", "swapcase"]) {
    const strMethod = STR.dict.get(name) as PyBuiltin;
    viaStr[name] = (self: PyBytes | PyByteArray, a, kw) => {
      const make = (s: string) => {
        const u = Uint8Array.from(s, (c) => c.charCodeAt(0));
        return self instanceof PyByteArray ? new PyByteArray(u) : new PyBytes(u);
      };
      const toText = (v: Value): Value => {
        const b = bytesOf(v);
        if (b) return latin(b);
        if (v instanceof PyTuple) return new PyTuple(v.items.map(toText));
        if (typeof v === "string") throw typeError("a bytes-like object is required, not 'str'");
        if ((name === "find" || name === "rfind" || name === "index" || name === "rindex" || name === "count") && v === a[0]) {
          const i = asInt(v);
          if (i !== null) return String.fromCharCode(Number(i));
        }
        return v;
      };
      const r = strMethod.fn([latin(self.b), ...a.map(toText)], kw);
      // An unchanged result is the object itself, as MicroPython returns it (strip of nothing, say).
      if (typeof r === "string" && self instanceof PyBytes && r === latin(self.b)) return self;
      const back = (v: Value): Value => (typeof v === "string" ? make(v) : v instanceof PyList ? new PyList(v.items.map(back)) : v instanceof PyTuple ? new PyTuple(v.items.map(back)) : v);
      return back(r);
    };
  }
  const bytesMethods: Record<string, Method> = {
    ...viaStr,
    decode: (b: PyBytes) => new TextDecoder().decode(b.b),
    hex: (b: PyBytes, a) => hexOf(b.b, a),
    join: (b: PyBytes, a) => {
      const parts = toArray(a[0]).map((x) => {
        const p = x instanceof PyBytes || x instanceof PyByteArray ? bytesOf(x) : null;
        if (!p) throw typeError("join expects a list of str/bytes objects consistent with self object");
        return p;
      });
      const out: number[] = [];
      parts.forEach((p, i) => {
        if (i) pushAll(out, b.b);
        pushAll(out, p);
      });
      return b instanceof PyByteArray ? new PyByteArray(Uint8Array.from(out)) : new PyBytes(Uint8Array.from(out));
    },
  };
  install(BYTES, bytesMethods);
  install(BYTEARRAY, {
    ...bytesMethods,
    append: (b: PyByteArray, a) => {
      const i = asInt(a[0]);
      if (i === null) throw typeError(`can't convert ${typeName(a[0])} to int`);
      const n = Number(i);
      if (n < 0 || n > 255) throw valueError("byte must be in range(0, 256)");
      b.grow(1);
      const nb = new Uint8Array(b.b.length + 1);
      nb.set(b.b);
      nb[b.b.length] = n;
      b.b = nb;
      return null;
    },
    extend: (b: PyByteArray, a) => {
      const add = bytesOf(a[0]) ?? Uint8Array.from(toArray(a[0]).map((x) => Number(asInt(x))));
      b.grow(add.length);
      const nb = new Uint8Array(b.b.length + add.length);
      nb.set(b.b);
      nb.set(add, b.b.length);
      b.b = nb;
      return null;
    },
  });
  for (const t of [BYTES, BYTEARRAY]) t.dict.set("fromhex", classMethod("fromhex", (a) => fromHex(a[0] as PyType, a[1])));

  // int's locals in py/objint.c's order (help(int) lists them so); v1.27 has no bit_length.
  INT.dict.set("from_bytes", classMethod("from_bytes", (a, kw) => {
    const b = bytesOf(a[1])!;
    const order = (a[2] ?? kwArg(kw, "byteorder") ?? "big") as string;
    let v = 0n;
    const bytes = order === "little" ? Array.from(b).reverse() : Array.from(b);
    for (const x of bytes) v = (v << 8n) | BigInt(x);
    if (kwArg(kw, "signed") === true && b.length && bytes[0]! & 0x80) v -= 1n << BigInt(8 * b.length);
    return normInt(v);
  }));
  install(INT, {
    to_bytes: (n: number, a, kw) => {
      const length = toIndex(a[0] ?? kwArg(kw, "length") ?? 1);
      const order = (a[1] ?? kwArg(kw, "byteorder") ?? "big") as string;
      if (length < 0) throw valueError("negative length");
      let v = BigInt(n);
      // py/objint.c int_to_bytes: the bytes the value needs (a sign bit only for negatives).
      const bits = (x: bigint) => x.toString(2).length;
      const need = v > 0n ? Math.ceil(bits(v) / 8) : v < -1n ? Math.floor((bits(-v - 1n) + 8) / 8) : v === 0n ? 0 : 1;
      if (need > length) throw pyErr(OVERFLOW_ERROR, "buffer too small");
      if (v < 0n) v += 1n << BigInt(8 * length);
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) {
        out[order === "little" ? i : length - 1 - i] = Number(v & 0xffn);
        v >>= 8n;
      }
      return new PyBytes(out);
    },
  });

  // float has no methods in v1.27 (no locals dict: help(1.5) lists none).

  install(GENERATOR, {
    send: (g: PyGenerator, a) => g.send(a[0]),
    // throw(type[, value[, tb]]): the value when given and not None, else the first argument,
    // goes in unprocessed (py/objgenerator.c). None, which resume() reads as "nothing thrown",
    // goes in as the TypeError that raising it makes.
    throw: (g: PyGenerator, a) => {
      const e = a.length > 1 && a[1] !== null ? a[1] : a[0];
      return g.throwIn(e === null ? typeError("exceptions must derive from BaseException") : e);
    },
    pend_throw: (g: PyGenerator, a) => g.pendThrow(a[0]),
    close: (g: PyGenerator) => g.close(),
    __next__: (g: PyGenerator) => g.send(null),
  });

  install(OBJECT, {
    __init__: () => null,
    __setattr__: (self: Value, a) => {
      if (!(self instanceof PyInstance)) throw typeError("can't set attribute");
      self.dict.set(strArg(a[0]), a[1]);
      return null;
    },
    __delattr__: (self: Value, a) => {
      if (!(self instanceof PyInstance) || !self.dict.delete(strArg(a[0]))) throw pyErr(ATTRIBUTE_ERROR, `'${typeName(self)}' object has no attribute '${String(a[0])}'`);
      return null;
    },
    __getattribute__: (self: Value, a) => getAttr(self, strArg(a[0])),
  });
  OBJECT.dict.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (a) => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !cls.isUser) throw typeError("__new__ arg must be a user-type");
    return allocInstance(cls);
  }), false));

  // The special methods of the native containers, for explicit calls and for subclasses.
  const containerDunders: Record<string, Method> = {
    __getitem__: (o: Value, a) => subscr(o, a[0]),
    __setitem__: (o: Value, a) => (storeSubscr(o, a[0], a[1]), null),
    __delitem__: (o: Value, a) => (delSubscr(o, a[0]), null),
    __contains__: (o: Value, a) => contains(o, a[0]),
    __len__: (o: Value) => len(o),
    __iter__: (o: Value) => getIter(o),
  };
  for (const t of [LIST, TUPLE, DICT, SET, FROZENSET, STR, BYTES, BYTEARRAY, RANGE]) {
    const own: Record<string, Method> = {};
    for (const [k, m] of Object.entries(containerDunders)) {
      if ((k === "__setitem__" || k === "__delitem__") && ![LIST, DICT, BYTEARRAY].includes(t)) continue;
      own[k] = m;
    }
    install(t, own);
  }
  install(ITERATOR, {
    __next__: (it: Value) => {
      const v = iterNext(it);
      if (v === undefined) throw pyErr(STOP_ITERATION);
      return v;
    },
    __iter__: (it: Value) => it,
  });
  install(ARRAY, {
    append: (a: PyArray, args) => (a.append(args[0]), null),
    extend: (a: PyArray, args) => {
      const src = args[0] instanceof PyArray ? args[0].bytes : bytesOf(args[0]) ?? packItems(a.typecode, toArray(args[0]));
      a.extendBytes(src);
      return null;
    },
    decode: (a: PyArray) => new TextDecoder().decode(a.bytes),
  });
  install(MEMORYVIEW, {
    hex: (m: PyMemoryView, a) => hexOf(m.bytes, a),
    tobytes: (m: PyMemoryView) => new PyBytes(m.bytes.slice()),
  });
  // hex(self[, sep]): self counted, as MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(1, 2) checks.
  for (const t of [BYTES, BYTEARRAY, MEMORYVIEW]) Object.assign(t.dict.get("hex") as PyBuiltin, { minArgs: 1, maxArgs: 2, kwNames: [] });
  install(PROPERTY, {
    getter: (p: PyProperty, a) => new PyProperty(a[0], p.fset, p.fdel),
    setter: (p: PyProperty, a) => new PyProperty(p.fget, a[0], p.fdel),
    deleter: (p: PyProperty, a) => new PyProperty(p.fget, p.fset, a[0]),
  });
  install(SLICE, {
    indices: (s: PySlice, a) => {
      const r = sliceRange(s, toIndex(a[0]));
      return new PyTuple([r.start, r.stop, r.step]);
    },
  });
  BASE_EXCEPTION.dict.set("__init__", new PyBuiltin("__init__", (a) => {
    const self = a[0];
    if (self instanceof PyException) self.args = new PyTuple(a.slice(1));
    return null;
  }, true));
}

/** py/objstr.c mp_obj_bytes_hex: the separator's first character (NUL for an empty one) between
 * bytes; no data at all gives empty *bytes*, as MicroPython returns. */
function hexOf(b: Uint8Array, a: Value[]): Value {
  if (b.length === 0) return new PyBytes(new Uint8Array(0));
  const sep = a.length ? strArg(a[0]).slice(0, 1) || "\0" : "";
  const r = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join(sep);
  chargeStr(r); // a str from its vstr
  return r;
}

/** mp_obj_bytes_fromhex: digit pairs from any buffer, whitespace allowed only between pairs. */
function fromHex(cls: PyType, data: Value): Value {
  const src = typeof data === "string" ? new TextEncoder().encode(data) : bytesOf(data);
  if (!src) throw typeError("object with buffer protocol required");
  const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
  const digit = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  const out: number[] = [];
  for (let i = 0; i < src.length; ) {
    const c1 = src[i++]!;
    if (isSpace(c1)) continue;
    const hi = digit(c1);
    const lo = i < src.length ? digit(src[i++]!) : -1;
    if (hi < 0 || lo < 0) throw valueError("non-hex digit");
    out.push((hi << 4) | lo);
  }
  return cls.isSubtypeOf(BYTEARRAY) ? new PyByteArray(Uint8Array.from(out)) : new PyBytes(Uint8Array.from(out));
}

function classMethod(name: string, f: (a: Value[], kw: KwArgs | null) => Value): PyStaticMethod {
  return new PyStaticMethod(new PyBuiltin(name, f), true);
}

function seqIndexOf(items: Value[], a: Value[]): number {
  const start = a.length > 1 ? toIndex(a[1]) : 0;
  const end = a.length > 2 ? toIndex(a[2]) : items.length;
  for (let i = start < 0 ? Math.max(0, start + items.length) : start; i < Math.min(end, items.length); i++) if (equal(items[i], a[0])) return i;
  throw valueError("object not in sequence");
}

function dictView(d: PyDict, kind: DictViewKind, pick: (i: number) => Value): Value {
  // A view is an object of its own on the heap (mp_obj_dict_view_t), so it fails under heap_lock.
  charge(16);
  return new PyDictView(d, kind, pick);
}

type DictViewKind = "keys" | "values" | "items";

/** One type for the three views, as py/objdict.c has: `type({}.keys())` is dict_view. */
const DICT_VIEW = new PyType("dict_view", [OBJECT]);


export class PyDictView extends PyObject {
  readonly type = DICT_VIEW;
  constructor(
    readonly dict: PyDict,
    readonly kind: DictViewKind,
    readonly pick: (i: number) => Value,
  ) {
    super();
  }
  /** Only a values view answers hash (dict_view_unary_op); keys and items are unsupported. */
  get unhashable(): boolean {
    return this.kind !== "values";
  }
  iter(): PyObject {
    return tableIter(this.dict, this.pick);
  }
  len(): number {
    return this.dict.table.used;
  }
  repr(): string {
    const items: Value[] = [];
    for (const i of this.dict.table.slots()) items.push(this.pick(i));
    return `dict_${this.kind}(${reprList(items)})`;
  }
}

function reprList(items: Value[]): string {
  return "[" + items.map(reprValue).join(", ") + "]";
}

// The tables are filled as this module loads (vm/interp.ts imports it after the rest of this layer).
installMethods();
