// collections (deque, namedtuple, OrderedDict) and io (BytesIO, StringIO) for the VM
// (py/objdeque.c, objnamedtuple.c, map.c's ordered maps, py/objstringio.c). deque and the streams
// wrap runtime/modules/containers.ts; namedtuple instances are tuples with named fields, and an
// OrderedDict is a dict whose table keeps insertion order with linear lookup, as MicroPython's does.

import { charge, SIZES } from "../memory.js";
import { ByteStream, Deque } from "../../modules/containers.js";
import { fn, newDictFrom } from "../builtins.js";
import { typeError } from "../exceptions.js";
import { HashTable, PyDict, tableOps } from "../hashtable.js";
import { PyIterator } from "../iter.js";
import { repr } from "../repr.js";
import { PyBuiltin, PyInstance, PyList, PyStaticMethod, PyTuple, PyType, DICT, TUPLE, type KwArgs, type Namespace, type Value } from "../value.js";
import { arg, buf, bytes, int, nativeClass, ns, str, toArray } from "./native.js";

// ---- namedtuple ----

/** A namedtuple class: instances are tuples (base) with their fields as attributes. */
export function namedTupleType(name: string, fields: readonly string[]): PyType {
  const t = new PyType(name, [TUPLE]);
  t.isUser = true;
  const build = (cls: PyType, items: Value[]): PyInstance => {
    const inst = new PyInstance(cls);
    inst.base = new PyTuple(items);
    fields.forEach((f, i) => inst.dict.set(f, items[i]));
    return inst;
  };
  // py/objnamedtuple.c namedtuple_make_new (detailed error reporting, as the WebAssembly port):
  // the count is checked first, then each keyword.
  const make = (a: Value[], kw: KwArgs | null): PyInstance => {
    const cls = a[0] as PyType;
    const pos = a.slice(1);
    const given = pos.length + (kw?.length ?? 0);
    if (given !== fields.length) throw typeError(`${name}() takes ${fields.length} positional arguments but ${given} were given`);
    const items: Value[] = pos.concat(new Array<Value>(fields.length - pos.length).fill(undefined));
    for (const [k, v] of kw ?? []) {
      const i = fields.indexOf(k);
      if (i < 0) throw typeError(`unexpected keyword argument '${k}'`);
      if (items[i] !== undefined) throw typeError(`function got multiple values for argument '${k}'`);
      items[i] = v;
    }
    return build(cls, items);
  };
  t.dict.set("__new__", new PyStaticMethod(fn("__new__", make), false));
  // Bound methods of a tuple-based instance receive the tuple itself.
  t.dict.set(
    "__repr__",
    new PyBuiltin("__repr__", (a) => `${name}(${fields.map((f, i) => `${f}=${repr((a[0] as PyTuple).items[i])}`).join(", ")})`, true),
  );
  return t;
}

function namedtuple(a: Value[]): Value {
  const name = str(a[0]);
  const spec = a[1];
  const fields = typeof spec === "string" ? spec.replace(/,/g, " ").split(/\s+/).filter(Boolean) : toArray(spec ?? null).map(str);
  return namedTupleType(name, fields);
}

// ---- OrderedDict ----

/** py/map.c with is_ordered: entries kept dense in insertion order, found by a linear scan. */
class OrderedTable extends HashTable {
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

// ---- io ----

const utf8 = new TextEncoder();
const fromUtf8 = (b: Uint8Array) => new TextDecoder().decode(b);

function streamClass(name: string, text: boolean): PyType {
  const out = (b: Uint8Array): Value => (text ? fromUtf8(b) : bytes(b));
  const data = (v: Value): Uint8Array => (text ? utf8.encode(str(v)) : buf(v));
  return nativeClass<ByteStream>(name, {
    make: (a) => {
      const init = a[0];
      if (init === undefined || init === null || typeof init === "number") return new ByteStream();
      return new ByteStream(data(init));
    },
    methods: {
      read: (s, a, kw) => out(s.read(a[0] === undefined || a[0] === null ? -1 : int(arg(a, 0, kw, "size") ?? -1))),
      readline: (s) => out(s.readline()),
      readlines: (s) => {
        const lines: Value[] = [];
        for (let l = s.readline(); l.length; l = s.readline()) lines.push(out(l));
        return new PyList(lines);
      },
      // MicroPython's extended write(buf, len) and write(buf, offset, len).
      write: (s, a) => {
        let d = data(a[0] ?? null);
        if (a.length === 2) d = d.subarray(0, Math.max(0, int(a[1])));
        else if (a.length >= 3) {
          const off = Math.min(d.length, Math.max(0, int(a[1])));
          d = d.subarray(off, off + Math.max(0, int(a[2])));
        }
        return s.write(d);
      },
      readinto: (s, a) => {
        const target = buf(a[0] ?? null);
        const n = a.length > 1 ? Math.min(int(a[1]), target.length) : target.length;
        const got = s.read(n);
        target.set(got);
        return got.length;
      },
      seek: (s, a) => s.seek(int(a[0]), a.length > 1 ? int(a[1]) : 0),
      tell: (s) => s.tell(),
      getvalue: (s) => out(s.getvalue()),
      flush: () => null,
      close: (s) => (s.close(), null),
      __enter__: (_s, _a, _kw, obj) => obj,
      __exit__: (s) => (s.close(), null),
    },
    protocols: {
      // Iterating a stream gives its lines.
      iter: (st) => new PyIterator(() => {
        const l = st.readline();
        return l.length ? out(l) : undefined;
      }),
    },
    repr: () => `<io.${name} 0x1>`,
  });
}

export function ioNamespace(): Namespace {
  return ns("io", { BytesIO: streamClass("BytesIO", false), StringIO: streamClass("StringIO", true) });
}
