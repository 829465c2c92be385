// The glue between JS implementations (runtime/board, runtime/lib) and the VM: explicit
// argument conversions (an int stays an int, a float a PyFloat, bytes a PyBytes), JS errors mapped
// to the Python exception their `name` gives, and native classes whose instances wrap a JS object.

import { fn, kwArg, toIndex } from "./args.js";
import { EXCEPTION_TYPES, pyErr, typeError } from "./exceptions.js";
import { asFloat, asInt, bytesOf } from "./ops.js";
import { typeName } from "./repr.js";
import { PyBuiltin, PyBytes, PyList, PyFloat, PyObject, PyTuple, PyType, nativeType, normInt, OBJECT, type KwArgs, type Namespace, type Value } from "./value.js";
import { hostCall } from "./exceptions.js";

/** A float argument (ints and bools accepted, as MicroPython's mp_obj_get_float). */
export function num(v: Value): number {
  const f = asFloat(v);
  if (f === null) throw typeError(`can't convert ${typeName(v)} to float`);
  return f;
}

/** An int argument as a JS number (bools accepted). */
export const int = (v: Value): number => toIndex(v);

/** An int argument kept exact: a bigint beyond the safe range. */
export function bigArg(v: Value): number | bigint {
  const i = asInt(v);
  if (i === null) throw typeError(`can't convert ${typeName(v)} to int`);
  return i;
}

/** A buffer argument (bytes, bytearray, memoryview). */
export function buf(v: Value): Uint8Array {
  const b = bytesOf(v);
  if (b === null) throw typeError("object with buffer protocol required");
  return b;
}

/** A str or buffer argument as bytes (str as UTF-8), for functions that take either. */
export function strOrBuf(v: Value): Uint8Array {
  return typeof v === "string" ? new TextEncoder().encode(v) : buf(v);
}

export function str(v: Value): string {
  if (typeof v !== "string") throw typeError(`can't convert '${typeName(v)}' object to str implicitly`);
  return v;
}

/** A str or bytes argument as text (mp_obj_str_get_str). */
export function strOrBytes(v: Value): string {
  return v instanceof PyBytes ? new TextDecoder().decode(v.b) : str(v);
}

/** mp_obj_get_array: the items of a tuple or list. */
export function arrayItems(v: Value): Value[] {
  if (!(v instanceof PyTuple || v instanceof PyList)) throw typeError(`object '${typeName(v)}' isn't a tuple or list`);
  return v.items;
}

/** mp_obj_get_array_fixed_n: the items of a tuple or list of exactly `n`. */
export function fixedArray(v: Value, n: number): Value[] {
  const items = arrayItems(v);
  if (items.length !== n) throw pyErr(EXCEPTION_TYPES.get("ValueError")!, `requested length ${n} but object has length ${items.length}`);
  return items;
}

export const bytes = (b: Uint8Array): PyBytes => new PyBytes(b);
export const float = (x: number): PyFloat => new PyFloat(x);
export const tuple = (items: Value[]): PyTuple => new PyTuple(items);
/** A JS int result: a bigint becomes a number while it is safe. */
export const intOut = (x: number | bigint): number | bigint => (typeof x === "bigint" ? normInt(x) : x);

/** Positional argument `i`, else keyword `name`, else undefined. */
export function arg(args: Value[], i: number, kw: KwArgs | null, name: string): Value {
  return args[i] !== undefined ? args[i] : kwArg(kw, name);
}

/** A module-level native function whose HostErrors become Python exceptions. */
export function jsFn(name: string, f: (args: Value[], kw: KwArgs | null) => Value): PyBuiltin {
  return fn(name, (a, kw) => hostCall(() => f(a, kw)));
}

export function ns(name: string, entries: Record<string, Value>): Namespace {
  const m: Namespace = new Map([["__name__", name]]);
  for (const [k, v] of Object.entries(entries)) m.set(k, v);
  return m;
}

/** An instance of a native class: the JS object it stands for, plus optional Python-side state. */
export class NativeObject<T> extends PyObject {
  constructor(
    readonly type: PyType,
    readonly js: T,
  ) {
    super();
  }
  /** Whether the class has a print slot of its own; a Python subclass of one without prints as `<S object at ...>`. */
  hasPrint(): boolean {
    return reprs.has(this.type);
  }
  /** repr() text, when the class gives one. */
  repr(): string {
    const r = reprs.get(this.type);
    return r ? r(this as never) : `<${this.type.name}>`;
  }
  /** Calling the instance (machine.Pin objects are callable), when the class allows it. */
  call(args: Value[], kw: KwArgs | null): Value {
    const c = calls.get(this.type);
    if (!c) throw typeError(`'${this.type.name}' object isn't callable`);
    return hostCall(() => c(this.js as never, args, kw, this as never));
  }
  len(): number {
    const f = protocols.get(this.type)?.len;
    if (!f) throw typeError(`object of type '${this.type.name}' has no len()`);
    return f(this.js as never);
  }
  iter(): PyObject {
    const f = protocols.get(this.type)?.iter;
    if (!f) throw typeError(`'${this.type.name}' object isn't iterable`);
    return f(this.js as never);
  }
  getItem(index: Value): Value {
    const f = protocols.get(this.type)?.getItem;
    if (!f) throw typeError(`'${this.type.name}' object isn't subscriptable`);
    return hostCall(() => f(this.js as never, index));
  }
  setItem(index: Value, value: Value): void {
    const f = protocols.get(this.type)?.setItem;
    if (!f) throw typeError(`'${this.type.name}' object doesn't support item assignment`);
    hostCall(() => f(this.js as never, index, value));
  }
}

/** The container protocols a native class may give its instances (len(), iteration, obj[i]). */
export interface Protocols<T> {
  readonly len?: (self: T) => number;
  readonly iter?: (self: T) => PyObject;
  readonly getItem?: (self: T, index: Value) => Value;
  readonly setItem?: (self: T, index: Value, value: Value) => void;
}
const protocols = new Map<PyType, Protocols<never>>();

const reprs = new Map<PyType, (o: NativeObject<never>) => string>();
const calls = new Map<PyType, Method<never>>();
/** The Python object standing for each JS object a native class built (callbacks get the JS one). */
const wrappers = new WeakMap<object, NativeObject<unknown>>();

export function wrapperOf(js: unknown): Value {
  return (typeof js === "object" && js !== null ? wrappers.get(js) : undefined) ?? null;
}

export type Method<T> = (self: T, args: Value[], kw: KwArgs | null, obj: NativeObject<T>) => Value;

export interface ClassSpec<T> {
  /** Builds the JS object from the constructor arguments; omit for classes Python cannot construct. */
  readonly make?: (args: Value[], kw: KwArgs | null, cls: PyType) => T;
  readonly methods?: Record<string, Method<T>>;
  readonly consts?: Record<string, Value>;
  readonly repr?: (self: T, obj: NativeObject<T>) => string;
  readonly call?: Method<T>;
  readonly protocols?: Protocols<T>;
  readonly base?: PyType;
}

/** A Python class over a JS class: methods get the wrapped JS object; errors map to Python ones. */
export function nativeClass<T>(name: string, spec: ClassSpec<T>): PyType {
  const t = nativeType(name, spec.base ?? OBJECT);
  if (spec.make) {
    const make = spec.make;
    t.make = (cls, a, kw) => {
      const js = hostCall(() => make(a, kw, cls));
      const obj = new NativeObject(cls, js);
      if (typeof js === "object" && js !== null) wrappers.set(js, obj);
      return obj;
    };
  }
  for (const [k, m] of Object.entries(spec.methods ?? {})) {
    t.dict.set(
      k,
      new PyBuiltin(
        k,
        (a, kw) => {
          const self = a[0];
          if (!(self instanceof NativeObject) || !self.type.isSubtypeOf(t)) throw typeError(`argument should be a '${name}' not a '${typeName(self)}'`);
          return hostCall(() => m(self.js as T, a.slice(1), kw, self as NativeObject<T>));
        },
        true,
      ),
    );
  }
  for (const [k, v] of Object.entries(spec.consts ?? {})) t.dict.set(k, v);
  if (spec.call) calls.set(t, spec.call as Method<never>);
  if (spec.protocols) protocols.set(t, spec.protocols as Protocols<never>);
  if (spec.repr) {
    const r = spec.repr;
    reprs.set(t, (o) => r((o as NativeObject<T>).js, o as NativeObject<T>));
  }
  return t;
}

