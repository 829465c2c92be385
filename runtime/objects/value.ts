// How Python values live in JavaScript. Immediate values use JS primitives so the hot paths of the
// interpreter allocate nothing: None is null, bool is boolean, int is a safe-integer number (or a
// bigint beyond 2**53), str is a JS string. Everything else is an object carrying its `type`.
// `undefined` is MicroPython's MP_OBJ_NULL: an empty local slot, LOAD_NULL, "no value".

import { HostError } from "../lib/host-error.js";
import { hashAllocAfterInserts, SIZES } from "../memory/sizes.js";
import { charge, charging, disown, own, renew } from "../memory/charge.js";

export type Value = null | boolean | number | bigint | string | PyObject | undefined;

/** Attribute namespace of types, instances and modules, in insertion order as MicroPython's maps. */
export type Namespace = Map<string, Value>;

export abstract class PyObject {
  abstract readonly type: PyType;
}

/** A native method or function: receives positional arguments and flat keyword pairs. */
export type NativeFn = (args: Value[], kw: KwArgs | null) => Value;
/** Keyword arguments as (name, value) pairs in call order. */
export type KwArgs = [string, Value][];

export class PyType extends PyObject {
  /** Lookup order: the type, then its bases depth first, left to right (py/objtype.c). */
  mro: PyType[] = [];
  /** Builds instances when called (set by the runtime for native types). */
  make: ((cls: PyType, args: Value[], kw: KwArgs | null) => Value) | null = null;
  /** The native type user subclasses extend (list, dict, Exception...), or null for object. */
  native: PyType | null = null;
  /** Has any special method defined in Python (so the fast paths must look it up). */
  isUser = false;
  /** A user class that another class derives from (MP_TYPE_FLAG_IS_SUBCLASSED). */
  subclassed = false;
  /** Has (or inherits) a property, descriptor, __setattr__ or __delattr__ (MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS). */
  specialAccessors = false;
  /** The dict type of a class made by type(name, bases, d) from a dict subclass such as
   * OrderedDict: MicroPython keeps that very dict, so __dict__ is of its type and order. */
  dictType: PyType | null = null;
  /** Has a protocol slot (a stream type's, io.IOBase's), which a class deriving from it first inherits. */
  hasProtocol = false;
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  /** Bytes of a type object made at run time that owns its blocks (a namedtuple's; a class statement's type and bases tuple); 0 for ROM types. */
  heapBytes = 0;
  constructor(
    readonly name: string,
    readonly bases: PyType[],
    private readonly metatype: PyType | null = null,
    /** The type's names: a class statement's own locals dict (class-dict.ts), else a plain map. */
    readonly dict: Namespace = new Map(),
  ) {
    super();
    this.computeMro();
  }
  get type(): PyType {
    return this.metatype ?? TYPE;
  }
  computeMro(): void {
    if (!rootsReady) {
      this.mro = [this];
      return;
    }
    const out: PyType[] = [this];
    const walk = (t: PyType) => {
      for (const b of t.bases) {
        if (b === OBJECT) continue;
        if (!out.includes(b)) out.push(b);
        walk(b);
      }
    };
    walk(this);
    if (this !== OBJECT) out.push(OBJECT);
    this.mro = out;
    for (const t of out) if (t.native && !this.native) this.native = t.native;
  }
  lookup(name: string): Value {
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubtypeOf(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

// The roots of the type graph exist before anything else: `object` and `type`.
let rootsReady = false;
export const OBJECT: PyType = new PyType("object", []);
export const TYPE: PyType = new PyType("type", [OBJECT]);
rootsReady = true;
OBJECT.computeMro();
TYPE.computeMro();

export function nativeType(name: string, base: PyType = OBJECT): PyType {
  const t = new PyType(name, [base]);
  t.native = t;
  return t;
}

export const NONE_TYPE = nativeType("NoneType");
export const INT = nativeType("int");
// In MicroPython bool is not a subclass of int (isinstance(True, int) is False).
export const BOOL = nativeType("bool");
export const FLOAT = nativeType("float");
export const COMPLEX = nativeType("complex");
export const STR = nativeType("str");
export const BYTES = nativeType("bytes");
export const BYTEARRAY = nativeType("bytearray");
export const MEMORYVIEW = nativeType("memoryview");
export const TUPLE = nativeType("tuple");
export const LIST = nativeType("list");
export const DICT = nativeType("dict");
export const SET = nativeType("set");
export const FROZENSET = nativeType("frozenset");
export const RANGE = nativeType("range");
export const SLICE = nativeType("slice");
export const FUNCTION = nativeType("function");
export const CLOSURE = nativeType("closure");
export const BOUND_METH = nativeType("bound_method");
export const BUILTIN_FN = nativeType("function");
export const GENERATOR = nativeType("generator");
export const MODULE = nativeType("module");
export const CELL = nativeType("cell");
export const ITERATOR = nativeType("iterator");
export const PROPERTY = nativeType("property");
export const STATICMETHOD = nativeType("staticmethod");
export const CLASSMETHOD = nativeType("classmethod");
export const ELLIPSIS_TYPE = nativeType(""); // both unnamed in MicroPython: type(Ellipsis) prints <class ''>
export const NOT_IMPL_TYPE = nativeType("");
export const SUPER = nativeType("super");

export class PyFloat extends PyObject {
  constructor(readonly v: number) {
    super();
    charge(16);
  }
  get type() {
    return FLOAT;
  }
}

export class PyComplex extends PyObject {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {
    super();
    charge(32);
  }
  get type() {
    return COMPLEX;
  }
}

export class PySingleton extends PyObject {
  constructor(
    readonly type: PyType,
    readonly name: string,
  ) {
    super();
  }
}
export const ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");
export const NOT_IMPLEMENTED = new PySingleton(NOT_IMPL_TYPE, "NotImplemented");

export class PyTuple extends PyObject {
  constructor(readonly items: Value[]) {
    super();
    // An empty tuple is MicroPython's one static empty tuple.
    if (items.length) charge(SIZES.tuple(items.length));
  }
  get type() {
    return TUPLE;
  }
}
export const EMPTY_TUPLE = new PyTuple([]);

export class PyList extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  type: PyType = LIST;
  /** Slots of the item array as MicroPython sizes it (at least 4, doubled when full). */
  alloc: number;
  /** The heap heads of mp_obj_list_t and of its item array (null while charging was off). */
  head: number | null;
  itemsHead: number | null;
  constructor(public items: Value[]) {
    super();
    this.alloc = Math.max(4, items.length);
    this.head = own(this, 16);
    this.itemsHead = own(this, 4 * this.alloc);
  }
  /** Makes room for `n` items, growing the array as list_append does (m_renew, in place or moved). */
  reserve(n: number): void {
    if (n <= this.alloc) return;
    let a = this.alloc;
    while (a < n) a *= 2;
    this.itemsHead = renew(this, this.itemsHead, 4 * a);
    this.alloc = a;
  }
  append(v: Value): void {
    this.reserve(this.items.length + 1);
    this.items.push(v);
  }
  /** list_extend from a list of k items: when they do not fit, exactly len + k + 4 slots. */
  reserveExact(k: number): void {
    const n = this.items.length + k;
    if (n <= this.alloc) return;
    this.itemsHead = renew(this, this.itemsHead, 4 * (n + 4));
    this.alloc = n + 4;
  }
  /** After list_pop/list_remove: the array halves (m_renew in place) when less than half is used. */
  shrink(): void {
    if (this.alloc > 4 && this.alloc > 2 * this.items.length) this.resize(this.alloc >> 1);
  }
  /** list_clear: the array goes back to the minimum. */
  clearItems(): void {
    this.items = [];
    this.resize(4);
  }
  private resize(alloc: number): void {
    this.itemsHead = renew(this, this.itemsHead, 4 * alloc);
    this.alloc = alloc;
  }
}

export class PyBytes extends PyObject {
  constructor(readonly b: Uint8Array) {
    super();
    if (b.length) charge(SIZES.bytes(b.length));
  }
  get type() {
    return BYTES;
  }
}

export class PyByteArray extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  type: PyType = BYTEARRAY;
  /** Spare bytes past the end, as py/objarray.c keeps them (appends grow by 8 at a time). */
  free = 0;
  /** The heap heads of mp_obj_array_t and of its items (null while charging was off, or for none). */
  head: number | null;
  itemsHead: number | null;
  constructor(public b: Uint8Array) {
    super();
    this.head = own(this, 16);
    this.itemsHead = own(this, b.length);
  }
  /** Room to add `n` bytes: an append takes spare room or grows by 8; a longer add grows exactly (m_renew). */
  grow(n: number): void {
    if (n <= this.free) {
      this.free -= n;
      return;
    }
    const len = this.b.length;
    // array_append renews to len + 8 (the new item included); array_extend to exactly len + n.
    const alloc = n === 1 ? len + 8 : len + n;
    this.itemsHead = renew(this, this.itemsHead, alloc);
    this.free = alloc - len - n;
  }
}

/** A view of a buffer: bytes, bytearray or array; items of `typecode` (bytes are 'B'). */
export class PyMemoryView extends PyObject {
  constructor(
    readonly obj: PyObject,
    /** The source's current storage (a bytearray or array may be reallocated as it grows). */
    readonly source: () => Uint8Array,
    /** Byte offsets of the view into the storage. */
    readonly start: number,
    readonly end: number,
    readonly typecode = "B",
    readonly readonly = false,
  ) {
    super();
    charge(16);
  }
  get type() {
    return MEMORYVIEW;
  }
  get bytes(): Uint8Array {
    return this.source().subarray(this.start, this.end);
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
    charge(16);
  }
  get type() {
    return RANGE;
  }
  get length(): number {
    const n = this.step > 0 ? Math.ceil((this.stop - this.start) / this.step) : Math.ceil((this.start - this.stop) / -this.step);
    return Math.max(0, n);
  }
}

export class PySlice extends PyObject {
  /** Whether the slice was made on the heap (charged): see heapSlice(). */
  onHeap = false;
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
  ) {
    super();
  }
  get type() {
    return SLICE;
  }
}

export class PyCell extends PyObject {
  constructor(public v: Value) {
    super();
    charge(8);
  }
  get type() {
    return CELL;
  }
}

/**
 * A function made from bytecode. The VM (vm/code.ts) defines it; the object layer sees its name,
 * globals and call slot only, so calls, binding and repr need nothing from the layer above.
 */
export abstract class PyFunction extends PyObject {
  abstract get name(): string;
  abstract get globals(): Namespace;
  abstract call(args: Value[], kw: KwArgs | null): Value;
}

/** A generator (py/objgenerator.c), defined by the VM (vm/generator.ts), as iteration and its methods drive it. */
export abstract class PyGenerator extends PyObject {
  abstract get name(): string;
  /** The next value, or undefined when the generator is done. */
  abstract nextValue(): Value;
  abstract send(v: Value): Value;
  abstract throwIn(e: Value): Value;
  abstract close(): Value;
  abstract pendThrow(v: Value): Value;
}

export class PyBuiltin extends PyObject {
  /** Positional arguments accepted (self included for methods), and the keyword names (null: unchecked). */
  minArgs = 0;
  maxArgs = Infinity;
  kwNames: readonly string[] | null = null;
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** A method of a native type: `self` is args[0]. */
    readonly isMethod = false,
  ) {
    super();
  }
  get type() {
    return BUILTIN_FN;
  }
}

export class PyBoundMethod extends PyObject {
  constructor(
    readonly self: Value,
    readonly fn: Value,
  ) {
    super();
    charge(12);
  }
  get type() {
    return BOUND_METH;
  }
}

/**
 * The native part of an instance whose class derives from a native type, until its __init__ calls
 * super().__init__() (or returns without doing so): MicroPython keeps a marker function there too.
 */
export const NATIVE_BASE_PENDING: PyObject = new PyBuiltin("__init__", () => null);

export class PyInstance extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  readonly dict: Namespace = new Map();
  /** Storage of the native base (list items, dict entries...) when a class extends one. */
  base: PyObject | null = null;
  /** The heap heads of mp_obj_instance_t and of its member table (none until the first member). */
  head: number | null;
  private membersHead: number | null = null;
  private membersAlloc = 0;
  /** A class deriving from a native type has one native-base slot: 20 bytes (py/objtype.c mp_obj_new_instance). */
  constructor(
    public type: PyType,
    structBytes = type.native?.make ? 20 : 16,
  ) {
    super();
    this.head = own(this, structBytes);
  }
  /** A new member is stored: the table grows as mp_map_rehash grows it (new table, then the old freed). */
  addMember(): void {
    const next = hashAllocAfterInserts(this.dict.size + 1);
    if (next === this.membersAlloc) return;
    const table = own(this, 8 * next);
    disown(this, this.membersHead);
    this.membersHead = table;
    this.membersAlloc = next;
  }
}

/** A Python exception object: an instance with args and the traceback entries added as it unwinds. */
export class PyException extends PyInstance {
  args: PyTuple = EMPTY_TUPLE;
  traceback: { file: string; line: number; name: string }[] = [];
  /** The value of StopIteration, kept apart because args may be reassigned. */
  constructor(type: PyType) {
    // A user subclass's instance has a slot for its native part (20 bytes, two blocks), then the
    // mp_obj_exception_t (16) that mp_obj_instance_make_new makes for it.
    super(type, type.isUser ? 20 : 16);
    if (type.isUser) own(this, 16);
  }
}

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: Namespace,
  ) {
    super();
  }
  get type() {
    return MODULE;
  }
}

export class PyProperty extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  /** Made at run time, on the heap (the built-in types' are in ROM). */
  readonly onHeap = charging();
  constructor(
    readonly fget: Value,
    readonly fset: Value,
    readonly fdel: Value,
  ) {
    super();
    own(this, 16); // mp_obj_property_t: type and the three accessors
  }
  get type() {
    return PROPERTY;
  }
}

export class PyStaticMethod extends PyObject {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  /** Made at run time, on the heap (the built-in types' classmethods are in ROM). */
  readonly onHeap = charging();
  constructor(
    readonly fn: Value,
    readonly isClassMethod: boolean,
  ) {
    super();
    own(this, 16); // mp_obj_static_class_method_t: type and function (8 bytes, one block)
  }
  get type() {
    return this.isClassMethod ? CLASSMETHOD : STATICMETHOD;
  }
}

export class PySuper extends PyObject {
  constructor(
    readonly cls: PyType,
    readonly self: Value,
  ) {
    super();
  }
  get type() {
    return SUPER;
  }
}

/** The type of any value. */
export function typeOf(v: Value): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return INT;
    case "string":
      return STR;
    case "boolean":
      return BOOL;
    case "object":
      return v === null ? NONE_TYPE : v.type;
    default:
      throw missingArgument();
  }
}

/** A missing argument reached a native function that did not check its count (kept out of typeOf, which is hot). */
function missingArgument(): HostError {
  return new HostError("TypeError", "function missing required positional argument");
}

export function isInt(v: Value): v is number | bigint | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

/** Whether a str holds characters beyond the BMP (two JS code units each); remembered for the last string asked. */
let lastText = "";
let lastHasPairs = false;
const PAIRS = /[\ud800-\udfff]/;
export function hasSurrogates(s: string): boolean {
  if (s !== lastText) {
    lastText = s;
    lastHasPairs = PAIRS.test(s);
  }
  return lastHasPairs;
}

/** The length of a str in code points. */
export function strLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** An int result: a number while it is a safe integer, else a bigint. */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
