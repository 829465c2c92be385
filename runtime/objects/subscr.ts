// Subscripts: obj[index], obj[index] = v, del obj[index] for the built-in sequences and mappings
// (with slices), falling back to __getitem__/__setitem__/__delitem__ of user classes.

import { INDEX_ERROR, KEY_ERROR, NOT_IMPLEMENTED_ERROR, OVERFLOW_ERROR, pyErr, typeError, valueError } from "./exceptions.js";
import { getItem, itemSize, PyArray, setItem } from "./array.js";
import { PyDict } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { asInt, machineWord } from "./ops.js";
import { typeName } from "./repr.js";
import { BYTEARRAY, hasSurrogates, MEMORYVIEW, PyByteArray, PyBytes, PyInstance, PyList, PyMemoryView, PyRange, PySlice, PyTuple, typeOf, type Value } from "./value.js";
import { charge, chargeStr, internStr } from "../memory/charge.js";
import { spliceAll } from "../lib/spread.js";

export interface SliceRange {
  start: number;
  stop: number;
  step: number;
  length: number;
}

function sliceIndex(v: Value): number | null {
  if (v === null) return null;
  const i = asInt(v);
  if (i === null) throw typeError("slice indices must be integers");
  return machineWord(i);
}

/** slice.indices(len): clamps a slice to a sequence of `len` items. */
export function sliceRange(s: PySlice, len: number): SliceRange {
  const step = sliceIndex(s.step) ?? 1;
  if (step === 0) throw valueError("slice step can't be zero");
  let start = sliceIndex(s.start);
  let stop = sliceIndex(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    stop = stop === null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
  } else {
    start = start === null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  }
  const length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, stop, step, length };
}

function pick<T>(items: ArrayLike<T>, r: SliceRange): T[] {
  const out: T[] = [];
  for (let i = 0, k = r.start; i < r.length; i++, k += r.step) out.push(items[k]!);
  return out;
}

const STEP_ONLY = "only slices with step=1 (aka None) are supported";

/** mp_seq_get_fast_slice_indexes: str, bytes, tuple and the array types take only step 1. */
function fastSlice(index: PySlice, len: number): SliceRange {
  const r = sliceRange(index, len);
  if (r.step !== 1) throw pyErr(NOT_IMPLEMENTED_ERROR, STEP_ONLY);
  return r;
}

/** The items a list slice is replaced with: a tuple or a list only (mp_obj_get_array). */
function listSource(value: Value): Value[] {
  if (value instanceof PyList || value instanceof PyTuple) return value.items.slice();
  throw typeError(`object '${typeName(value)}' isn't a tuple or list`);
}

/** The bytes an array, bytearray or memoryview slice is replaced with (objarray.c). */
function arraySource(value: Value, itemBytes: number): Uint8Array {
  let src: Uint8Array;
  let srcItem: number;
  if (value instanceof PyArray || value instanceof PyMemoryView) (src = value.bytes), (srcItem = itemSize(value.typecode));
  else if (value instanceof PyByteArray || value instanceof PyBytes) (src = value.b), (srcItem = 1);
  else throw pyErr(NOT_IMPLEMENTED_ERROR, "array/bytes required on right side");
  if (srcItem !== itemBytes) throw valueError("lhs and rhs should be compatible");
  return src.slice();
}

/** A sequence index made non-negative and checked (mp_get_index). */
export function seqIndex(v: Value, len: number, what: string): number {
  const i = asInt(v);
  if (i === null) throw typeError(`${what} indices must be integers, not ${typeName(v)}`);
  let n = machineWord(i);
  if (n < 0) n += len;
  if (n < 0 || n >= len) throw pyErr(INDEX_ERROR, `${what} index out of range`);
  return n;
}

/**
 * py/vm.c BUILD_SLICE: a slice subscripting a bytearray or memoryview lives on the C stack
 * (MP_TYPE_FLAG_SUBSCR_ALLOWS_STACK_SLICE); any other object gets a 16-byte slice on the heap,
 * charged when it first reaches a subscript.
 */
function heapSlice(obj: Value, index: Value): void {
  if (!(index instanceof PySlice) || index.onHeap) return;
  const t = typeOf(obj);
  if (t === BYTEARRAY || t === MEMORYVIEW) return;
  index.onHeap = true;
  charge(16);
}

export function subscr(obj: Value, index: Value): Value {
  heapSlice(obj, index);
  if (obj instanceof PyList) {
    if (index instanceof PySlice) return new PyList(pick(obj.items, sliceRange(index, obj.items.length)));
    return obj.items[seqIndex(index, obj.items.length, "list")];
  }
  if (obj instanceof PyTuple) {
    if (index instanceof PySlice) {
      const r = fastSlice(index, obj.items.length);
      return new PyTuple(obj.items.slice(r.start, r.start + r.length));
    }
    return obj.items[seqIndex(index, obj.items.length, "tuple")];
  }
  if (obj instanceof PyDict) {
    const v = obj.table.get(index);
    if (v === undefined) {
      if (obj.type.isUser) {
        const m = lookupSpecial(obj, "__missing__");
        if (m !== undefined) return callValue(m, [index], null);
      }
      throw pyErr(KEY_ERROR, index as string);
    }
    return v;
  }
  if (typeof obj === "string") {
    const chars = hasSurrogates(obj) ? Array.from(obj) : null;
    const len = chars ? chars.length : obj.length;
    if (index instanceof PySlice) {
      const r = fastSlice(index, len);
      const part = chars ? chars.slice(r.start, r.start + r.length).join("") : obj.slice(r.start, r.start + r.length);
      if (part !== obj) chargeStr(part); // mp_obj_new_str_of_type: a copy unless the text is a qstr
      return part;
    }
    const i = seqIndex(index, len, "string");
    return internStr(chars ? chars[i]! : obj[i]!);
  }
  if (obj instanceof PyMemoryView || obj instanceof PyArray) {
    const tc = obj.typecode;
    const n = itemSize(tc);
    const b = obj.bytes;
    const len = b.length / n;
    if (index instanceof PySlice) {
      const r = fastSlice(index, len);
      if (obj instanceof PyMemoryView) {
        // The view's item offset is a 24-bit field on a 32-bit port (py/objarray.h).
        if (r.start > 0xffffff) throw pyErr(OVERFLOW_ERROR, "memoryview offset too large");
        return new PyMemoryView(obj.obj, obj.source, obj.start + r.start * n, obj.start + (r.start + r.length) * n, tc, obj.readonly);
      }
      return new PyArray(tc, b.slice(r.start * n, (r.start + r.length) * n));
    }
    return getItem(b, tc, seqIndex(index, len, obj instanceof PyArray ? "array" : "memoryview"));
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    const b = obj.b;
    if (index instanceof PySlice) {
      const r = fastSlice(index, b.length);
      const out = b.slice(r.start, r.start + r.length);
      return obj instanceof PyByteArray ? new PyByteArray(out) : new PyBytes(out);
    }
    return b[seqIndex(index, b.length, obj instanceof PyBytes ? "bytes" : "bytearray")]!;
  }
  if (obj instanceof PyRange) {
    if (index instanceof PySlice) {
      const r = sliceRange(index, obj.length);
      return new PyRange(obj.start + r.start * obj.step, obj.start + r.stop * obj.step, obj.step * r.step);
    }
    return obj.start + obj.step * seqIndex(index, obj.length, "range");
  }
  if (typeOf(obj).isUser) {
    const m = lookupSpecial(obj, "__getitem__");
    if (m !== undefined) return callValue(m, [index], null);
    if (obj instanceof PyInstance && obj.base) return subscr(obj.base, index);
  }
  const native = obj && typeof obj === "object" ? (obj as { getItem?: (i: Value) => Value }).getItem : undefined;
  if (typeof native === "function") return native.call(obj, index);
  throw typeError(`'${typeName(obj)}' object isn't subscriptable`);
}


export function storeSubscr(obj: Value, index: Value, value: Value): void {
  heapSlice(obj, index);
  if (obj instanceof PyList) {
    if (index instanceof PySlice) {
      const r = sliceRange(index, obj.items.length);
      if (r.step !== 1) throw pyErr(NOT_IMPLEMENTED_ERROR, "");
      const vals = listSource(value);
      // Growing by a slice assignment allocates the larger item array first.
      obj.reserve(obj.items.length - Math.max(0, r.stop - r.start) + vals.length);
      spliceAll(obj.items, r.start, Math.max(0, r.stop - r.start), vals);
      return;
    }
    obj.items[seqIndex(index, obj.items.length, "list")] = value;
    return;
  }
  if (obj instanceof PyDict) {
    if (obj.fixed) throw typeError("dict is fixed");
    obj.table.set(index, value);
    return;
  }
  if (obj instanceof PyMemoryView || obj instanceof PyArray) {
    if (obj instanceof PyMemoryView && obj.readonly) throw typeError("'memoryview' object doesn't support item assignment");
    const tc = obj.typecode;
    const n = itemSize(tc);
    const b = obj.bytes;
    const len = b.length / n;
    if (index instanceof PySlice) {
      const r = fastSlice(index, len);
      const src = arraySource(value, n);
      if (obj instanceof PyArray && src.length !== r.length * n) {
        const nb = new Uint8Array(b.length - r.length * n + src.length);
        nb.set(b.subarray(0, r.start * n));
        nb.set(src, r.start * n);
        nb.set(b.subarray((r.start + r.length) * n), r.start * n + src.length);
        obj.bytes = nb;
        return;
      }
      if (src.length !== r.length * n) throw valueError("lhs and rhs should be compatible");
      b.set(src, r.start * n);
      return;
    }
    setItem(b, tc, seqIndex(index, len, obj instanceof PyArray ? "array" : "memoryview"), value);
    return;
  }
  if (obj instanceof PyByteArray) {
    const b = obj.b;
    if (index instanceof PySlice) {
      const r = fastSlice(index, b.length);
      const src = arraySource(value, 1);
      const growth = src.length - (r.stop > r.start ? r.stop - r.start : 0);
      if (growth > 0) obj.grow(growth);
      const nb = new Uint8Array(b.length - (r.stop > r.start ? r.stop - r.start : 0) + src.length);
      nb.set(b.subarray(0, r.start));
      nb.set(src, r.start);
      nb.set(b.subarray(Math.max(r.start, r.stop)), r.start + src.length);
      obj.b = nb;
      return;
    }
    const i = seqIndex(index, b.length, "bytearray");
    const n = asInt(value);
    if (n === null) throw typeError(`can't convert ${typeName(value)} to int`);
    // Its low 8 bits, unchecked, as mp_binary_set_val_array stores an item.
    b[i] = Number(BigInt.asUintN(8, BigInt(n)));
    return;
  }
  if (typeOf(obj).isUser) {
    const m = lookupSpecial(obj, "__setitem__");
    if (m !== undefined) {
      callValue(m, [index, value], null);
      return;
    }
    if (obj instanceof PyInstance && obj.base) return storeSubscr(obj.base, index, value);
  }
  const native = obj && typeof obj === "object" ? (obj as { setItem?: (i: Value, v: Value) => void }).setItem : undefined;
  if (typeof native === "function") return native.call(obj, index, value);
  throw typeError(`'${typeName(obj)}' object doesn't support item assignment`);
}

export function delSubscr(obj: Value, index: Value): void {
  heapSlice(obj, index);
  if (obj instanceof PyList) {
    if (index instanceof PySlice) {
      const r = sliceRange(index, obj.items.length);
      if (r.step !== 1) throw pyErr(NOT_IMPLEMENTED_ERROR, "");
      obj.items.splice(r.start, r.length);
      return;
    }
    obj.items.splice(seqIndex(index, obj.items.length, "list"), 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (obj.fixed) throw typeError("dict is fixed");
    if (obj.table.delete(index) === undefined) throw pyErr(KEY_ERROR, index as string);
    return;
  }
  if (typeOf(obj).isUser) {
    const m = lookupSpecial(obj, "__delitem__");
    if (m !== undefined) {
      callValue(m, [index], null);
      return;
    }
    if (obj instanceof PyInstance && obj.base) return delSubscr(obj.base, index);
  }
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}
