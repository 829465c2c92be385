// Argument helpers for native functions (py/argcheck.c mp_arg_check_num, mp_obj_get_int) and the
// operations built-ins and methods share: len(), dict(...) and set(...) construction, sorting.

import { chargeNative, NATIVE_CYCLES } from "./native-cost.js";
import { typeError, valueError } from "./exceptions.js";
import { HashTable, PyDict, PySet } from "./hashtable.js";
import { callValue, getAttr, getAttrOrUndefined, lookupSpecial } from "./call.js";
import { iterate, iterateHeap, toArrayHeap } from "./iter.js";
import { asInt, binaryOp, machineWord } from "./ops.js";
import { typeName } from "./repr.js";
import { subscr } from "./subscr.js";
import { itemSize } from "./array.js";
import { PyBuiltin, PyByteArray, PyBytes, PyInstance, PyList, PyMemoryView, PyObject, PyRange, PyTuple, PyType, SET, typeOf, type KwArgs, type Value, strLength } from "./value.js";
import { PyException } from "./value.js";

export function kwArg(kw: KwArgs | null, name: string): Value {
  if (!kw) return undefined;
  for (const [k, v] of kw) if (k === name) return v;
  return undefined;
}

export function fn(name: string, f: (args: Value[], kw: KwArgs | null) => Value): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** [min, max] positional arguments (self included, for a method), as MP_DEFINE_CONST_FUN_OBJ_* fixes them. */
export type Arity = readonly [min: number, max: number];

/**
 * The one argument check of native functions (py/argcheck.c mp_arg_check_num): the TypeError for `n`
 * positional arguments and these keywords, or null when they fit. `kwNames` null takes any keyword.
 */
export function argCountError(n: number, kw: KwArgs | null, min: number, max: number, kwNames: readonly string[] | null): PyException | null {
  if (kw && kw.length && kwNames) {
    const bad = kw.find(([k]) => !kwNames.includes(k));
    if (bad) return kwNames.length === 0 ? typeError("function doesn't take keyword arguments") : typeError(`unexpected keyword argument '${bad[0]}'`);
  }
  if (n >= min && n <= max) return null;
  if (min === max) return typeError(`function takes ${min} positional arguments but ${n} were given`);
  if (n < min) return typeError(`function missing ${min - n} required positional arguments`);
  return typeError(`function expected at most ${max} arguments, got ${n}`);
}

/** Checks the arguments inside a native function whose counts depend on how it is called. */
export function checkArgCount(args: Value[], kw: KwArgs | null, min: number, max: number, takesKw = false): void {
  const e = argCountError(args.length, kw, min, max, takesKw ? null : []);
  if (e) throw e;
}

/** Gives a native function its argument counts and keywords (none by default): callValue checks them before it runs. */
export function withArity<B extends PyBuiltin>(b: B, [min, max]: Arity, kwNames: readonly string[] | null = []): B {
  b.minArgs = min;
  b.maxArgs = max;
  b.kwNames = kwNames;
  return b;
}

export function toIndex(v: Value): number {
  const i = asInt(v);
  if (i === null) throw typeError(`can't convert ${typeName(v)} to int`);
  return machineWord(i);
}

export function len(v: Value): number {
  if (typeof v === "string") return strLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.table.used;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.b.length;
  if (v instanceof PyMemoryView) return (v.end - v.start) / itemSize(v.typecode);
  if (v instanceof PyRange) return v.length;
  if (typeOf(v).isUser) {
    const m = lookupSpecial(v, "__len__");
    if (m !== undefined) return toIndex(callValue(m, [], null));
    if (v instanceof PyInstance && v.base) return len(v.base);
  }
  const native = v instanceof PyObject ? (v as { len?: () => number }).len : undefined;
  if (typeof native === "function") return native.call(v);
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

export function newDictFrom(args: Value[], kw: KwArgs | null, d = new PyDict()): PyDict {
  if (args.length) {
    const src = args[0];
    if (src instanceof PyDict) for (const [k, v] of src.table.entries()) d.table.set(k, v);
    else if (src instanceof PyObject && getAttrOrUndefined(src, "keys") !== undefined && !(src instanceof PyList)) {
      for (const k of iterate(callValue(getAttr(src, "keys"), [], null))) d.table.set(k, subscr(src, k));
    } else {
      for (const item of iterateHeap(src)) {
        const pair = toArrayHeap(item);
        if (pair.length !== 2) throw valueError("dict update sequence has wrong length");
        d.table.set(pair[0], pair[1]);
      }
    }
  }
  if (kw) for (const [k, v] of kw) d.table.set(k, v);
  return d;
}

export function newSet(items: Iterable<Value>, type: PyType = SET): PySet {
  const t = new HashTable();
  for (const x of items) t.set(x, undefined);
  return new PySet(t, type);
}

/**
 * list.sort and sorted(): py/objlist.c's quicksort, so equal items end in the same (unstable) order
 * as on a board and the key function is called as often; a comparison counts when `<` returns
 * exactly True (False for reverse=True).
 */
export function sortValues(items: Value[], key: Value, reverse: boolean): Value[] {
  const a = items.slice();
  const keyOf = key === null || key === undefined ? (x: Value) => x : (x: Value) => callValue(key, [x], null);
  const goOn = !reverse;
  // Comparisons made, charged as virtual time at the end (a key function's own calls are bytecode).
  let compared = 0;
  const quicksort = (head: number, tail: number): void => {
    // head is one before the first item, tail the last (the C code's pointers).
    while (tail - head > 1) {
      let h = head;
      let t = tail;
      const pivot = keyOf(a[tail]);
      for (;;) {
        do ++h, compared++;
        while (h < t && binaryOp("LESS", keyOf(a[h]), pivot) === goOn);
        do --t, compared++;
        while (h < t && binaryOp("LESS", pivot, keyOf(a[t])) === goOn);
        if (h >= t) break;
        [a[h], a[t]] = [a[t], a[h]];
      }
      [a[h], a[tail]] = [a[tail], a[h]];
      // The smaller part first, keeping the recursion shallow.
      if (t - head < tail - h) {
        quicksort(head, t);
        head = h;
      } else {
        quicksort(h, tail);
        tail = t;
      }
    }
  };
  try {
    if (a.length > 1) quicksort(-1, a.length - 1);
  } finally {
    chargeNative(compared * NATIVE_CYCLES.sortCompare);
  }
  return a;
}

export interface Output {
  write(text: string): void;
}
