// collections (deque, namedtuple, OrderedDict) for the VM (py/objdeque.c, objnamedtuple.c, map.c's
// ordered maps). deque wraps runtime/lib/containers.ts; namedtuple instances are tuples with
// named fields, and an OrderedDict is a dict whose table keeps insertion order with linear lookup, as MicroPython's does.

import { charge, internStr, own } from "../memory/charge.js";
import { callValue, getAttr } from "../objects/call.js";
import { SIZES } from "../memory/sizes.js";
import { Deque } from "../lib/containers.js";
import { fn, newDictFrom } from "../objects/args.js";
import { typeError } from "../objects/exceptions.js";
import { HashTable, PyDict, tableOps } from "../objects/hashtable.js";
import { PyIterator } from "../objects/iter.js";
import { PyAttrTuple } from "../objects/attrtuple.js";
import { PyType, DICT, TUPLE, type Namespace, type Value } from "../objects/value.js";
import { int, nativeClass, ns, str } from "../objects/native.js";
import { toArray } from "../objects/iter.js";

// ---- namedtuple ----

/** A namedtuple class: a tuple type whose instances read their fields as attributes. */
export function namedTupleType(name: string, fields: readonly string[]): PyType {
  const t = new PyType(name, [TUPLE]);
  t.native = t;
  // py/objnamedtuple.c namedtuple_make_new (detailed error reporting, as the WebAssembly port):
  // the count is checked first, then each keyword.
  t.make = (cls, pos, kw) => {
    const given = pos.length + (kw?.length ?? 0);
    if (given !== fields.length) throw typeError(`${name}() takes ${fields.length} positional arguments but ${given} were given`);
    const items: Value[] = pos.concat(new Array<Value>(fields.length - pos.length).fill(undefined));
    for (const [k, v] of kw ?? []) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`unexpected keyword argument '${k}'`);
      if (items[i] !== undefined) throw typeError(`function got multiple values for argument '${k}'`);
      items[i] = v;
    }
    return new PyAttrTuple(cls, fields, items);
  };
  return t;
}

function namedtuple(a: Value[]): Value {
  // py/objnamedtuple.c new_namedtuple_type: the name is interned, a str of names is split as
  // str.split() splits (a list of new strs), the type object is allocated, then each field is
  // interned in order.
  const name = internStr(str(a[0]));
  const spec = a[1];
  const fields = (typeof spec === "string" ? toArray(callValue(getAttr(spec, "split"), [], null)) : toArray(spec ?? null)).map(str);
  const t = namedTupleType(name, fields);
  t.heapBytes = SIZES.namedTupleType(fields.length);
  own(t, t.heapBytes);
  fields.forEach(internStr);
  return t;
}

// ---- OrderedDict ----

/** py/map.c with is_ordered: entries kept dense in insertion order, found by a linear scan. */
class OrderedTable extends HashTable {
  override readonly ordered = true;
  override find(key: Value): number {
    for (let i = 0; i < this.used; i++) {
      const k = this.keys[i] as Value;
      if (k === key || tableOps.eq(k, key)) return i;
    }
    return -1;
  }
  override set(key: Value, value: Value): boolean {
    const i = this.find(key);
    if (i >= 0) {
      this.vals[i] = value;
      return false;
    }
    this.keys[this.used] = key;
    this.vals[this.used] = value;
    this.used++;
    this.alloc = this.used;
    return true;
  }
  override delete(key: Value): Value {
    const i = this.find(key);
    if (i < 0) return undefined;
    const v = this.vals[i];
    this.keys.splice(i, 1);
    this.vals.splice(i, 1);
    this.used--;
    this.alloc = this.used;
    return v;
  }
  override copy(): HashTable {
    const t = new OrderedTable();
    for (const [k, v] of this.entries()) t.set(k, v);
    return t;
  }
}

export const ORDERED_DICT = new PyType("OrderedDict", [DICT]);
ORDERED_DICT.make = (cls, a, kw) => {
  const d = new PyDict(new OrderedTable());
  d.type = cls;
  return newDictFrom(a, kw, d);
};

// ---- deque ----

const DEQUE = nativeClass<Deque<Value>>("deque", {
  make: (a) => {
    if (a.length < 2) throw typeError("function missing required positional argument #2");
    charge(SIZES.deque(int(a[1])));
    return new Deque<Value>(int(a[1]), a.length > 2 && (int(a[2]) & 1) !== 0, toArray(a[0] ?? null));
  },
  methods: {
    append: (d, a) => (d.append(a[0]!), null),
    appendleft: (d, a) => (d.appendleft(a[0]!), null),
    extend: (d, a) => {
      for (const x of toArray(a[0]!)) d.append(x);
      return null;
    },
    pop: (d) => d.pop(),
    popleft: (d) => d.popleft(),
    clear: (d) => {
      while (d.length) d.pop();
      return null;
    },
  },
  protocols: {
    len: (d) => d.length,
    iter: (d) => {
      const it = d[Symbol.iterator]();
      return new PyIterator(() => {
        const r = it.next();
        return r.done ? undefined : r.value;
      });
    },
    getItem: (d, i) => d.at(int(i)),
    setItem: (d, i, v) => d.setAt(int(i), v),
  },
  repr: () => "<deque>",
});

export function collectionsNamespace(): Namespace {
  return ns("collections", { deque: DEQUE, namedtuple: fn("namedtuple", namedtuple), OrderedDict: ORDERED_DICT });
}
