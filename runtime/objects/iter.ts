// Iteration (py/runtime.c mp_getiter, mp_iternext): native iterators over the built-in containers,
// generators, and objects with __iter__/__next__ or __getitem__. `undefined` means exhausted.

import { pyErr, RUNTIME_ERROR, STOP_ITERATION, typeError } from "./exceptions.js";
import { charge, internStr, uncharged } from "../memory/charge.js";
import { refuseBeyondHeap } from "../memory/bounds.js";
import { getItem, itemSize, PyArray } from "./array.js";
import { PyDict, PySet } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { PyGenerator } from "./value.js";
import { typeName } from "./repr.js";
import { ITERATOR, PyByteArray, PyBytes, PyException, PyInstance, PyList, PyObject, PyRange, PyTuple, PyType, typeOf, type Value, PyMemoryView } from "./value.js";

export class PyIterator extends PyObject {
  constructor(
    readonly next: () => Value,
    readonly type: PyType = ITERATOR,
  ) {
    super();
    charge(16);
  }
}

function indexIter(len: () => number, at: (i: number) => Value): PyIterator {
  let i = 0;
  return new PyIterator(() => (i < len() ? at(i++) : undefined));
}

export function tableIter(d: PyDict | PySet, pick: (i: number) => Value): PyIterator {
  let i = 0;
  return new PyIterator(() => {
    const s = d.table.nextSlot(i);
    if (s < 0) return undefined;
    i = s + 1;
    return pick(s);
  });
}

/** mp_getiter: an object that iterNext can step. */
export function getIter(v: Value): PyObject {
  if (v instanceof PyList) return indexIter(() => v.items.length, (i) => v.items[i]);
  if (v instanceof PyTuple) return indexIter(() => v.items.length, (i) => v.items[i]);
  if (typeof v === "string") {
    const chars = Array.from(v);
    // str_it_iternext: each character through mp_obj_new_str_via_qstr.
    return indexIter(() => chars.length, (i) => internStr(chars[i]!));
  }
  if (v instanceof PyRange) {
    const { start, step } = v;
    const n = v.length;
    let i = 0;
    return new PyIterator(() => (i < n ? start + step * i++ : undefined));
  }
  if (v instanceof PyDict) return tableIter(v, (i) => v.table.keyAt(i));
  if (v instanceof PySet) return tableIter(v, (i) => v.table.keyAt(i));
  if (v instanceof PyBytes || v instanceof PyByteArray) return indexIter(() => v.b.length, (i) => v.b[i]!);
  if (v instanceof PyMemoryView) return indexIter(() => v.bytes.length / itemSize(v.typecode), (i) => getItem(v.bytes, v.typecode, i));
  if (v instanceof PyArray) return indexIter(() => v.length, (i) => v.get(i));
  if (v instanceof PyIterator || v instanceof PyGenerator) return v;
  if (v instanceof PyObject) {
    const t = typeOf(v);
    if (t.isUser) {
      const m = lookupSpecial(v, "__iter__");
      if (m !== undefined) return callValue(m, [], null) as PyObject;
      const g = lookupSpecial(v, "__getitem__");
      if (g !== undefined) {
        let i = 0;
        return new PyIterator(() => {
          try {
            return callValue(g, [i++], null);
          } catch (e) {
            if (e instanceof PyException && (e.type.name === "IndexError" || e.type.name === "StopIteration")) return undefined;
            throw e;
          }
        });
      }
      if (v instanceof PyInstance && v.base) return getIter(v.base);
    }
    const native = (v as { iter?: () => PyObject }).iter;
    if (typeof native === "function") return native.call(v);
  }
  throw typeError(`'${typeName(v)}' object isn't iterable`);
}

/**
 * How deep native iterators (enumerate, filter, map, zip over one another) may nest their next()
 * calls before mp_iternext's C stack check raises RuntimeError: where the v1.27.0 WebAssembly
 * port's stack runs out under nested enumerate objects.
 */
const ITER_NESTING_LIMIT = 154;
let iterDepth = 0;

/**
 * mp_iternext_allow_raise: the next value, or undefined once exhausted; a StopIteration raised by
 * a user __next__ propagates with its value (the for loop and iterate() treat it as the end).
 */
export function iterNext(it: Value): Value {
  if (it instanceof PyIterator) {
    if (iterDepth >= ITER_NESTING_LIMIT) throw pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
    iterDepth++;
    try {
      return it.next();
    } finally {
      iterDepth--;
    }
  }
  if (it instanceof PyGenerator) return it.nextValue();
  const m = lookupSpecial(it, "__next__");
  if (m === undefined) throw typeError(`'${typeName(it)}' object isn't an iterator`);
  return callValue(m, [], null);
}

/** mp_iternext: as iterNext, with a StopIteration from anywhere read as the end. */
export function iterNextOrEnd(it: Value): Value {
  try {
    return iterNext(it);
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) return undefined;
    throw e;
  }
}

/** A JS iteration over any Python iterable. */
export function* iterate(v: Value): Generator<Value> {
  if (v instanceof PyList || v instanceof PyTuple) {
    for (let i = 0; i < v.items.length; i++) yield v.items[i];
    return;
  }
  const it = getIter(v);
  for (;;) {
    const x = iterNextOrEnd(it);
    if (x === undefined) return;
    yield x;
  }
}

/**
 * mp_getiter(obj, NULL) and the loop over it, for consumers that give no stack buffer (list(),
 * tuple(), set(), sorted(), list.extend, dict(pairs)...): the iterator object is on the heap.
 * getIter charges it for most types; a list's or tuple's items are walked directly, so it is charged here.
 */
export function* iterateHeap(v: Value): Generator<Value> {
  if (v instanceof PyList || v instanceof PyTuple) charge(16);
  yield* iterate(v);
}

/** toArray through a heap iterator (see iterateHeap). */
export function toArrayHeap(v: Value): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) charge(16);
  return toArray(v);
}

/** All items of an iterable as an array (a copy). */
export function toArray(v: Value): Value[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  // The device holds the items in a heap array of a word each: an iterable longer than the heap
  // could take (range(10**9)) is MemoryError before the host array grows past it.
  const out: Value[] = [];
  for (const x of iterate(v)) {
    if ((out.push(x) & 4095) === 0) refuseBeyondHeap(4 * out.length);
  }
  return out;
}

/**
 * toArray for a consumer that gives mp_getiter a stack buffer (bytes(iterable)): a built-in
 * container's iterator is then not on the heap; a Python __iter__ still runs as it runs.
 */
export function toArrayStack(v: Value): Value[] {
  if (v instanceof PyObject && !(v instanceof PyInstance) && !typeOf(v).isUser && !(v instanceof PyIterator) && !(v instanceof PyGenerator)) {
    const it = uncharged(() => getIter(v));
    const out: Value[] = [];
    for (let x = iterNextOrEnd(it); x !== undefined; x = iterNextOrEnd(it)) {
      if ((out.push(x) & 4095) === 0) refuseBeyondHeap(4 * out.length);
    }
    return out;
  }
  return toArray(v);
}
