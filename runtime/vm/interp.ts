// The bytecode interpreter (py/vm.c) and the calling machinery around it (py/bc.c argument
// binding, py/objfun.c, py/objgenerator.c, py/objtype.c attribute lookup and class creation).
// A frame keeps MicroPython's layout: one state array with local i at state[nState - 1 - i] and
// the value stack growing up from state[0], and an exception-handler stack of (handler, sp,
// finally?, caught exception) entries, so the unwind rules of vm.c apply unchanged.

import { namespaceDict } from "./namespace.js";
import { builtinImport, importAll, importFrom, importName } from "./imports.js";
import { PyAttrTuple } from "./attrtuple.js";
import { BINARY_OPS, OP, OPCODES, type OpName } from "../../bytecode/opcodes.js";
import { decodePrelude, lineOfOffset, type Prelude } from "../../bytecode/prelude.js";
import { hashAllocAfterInserts } from "../memory/sizes.js";
import { PyArray } from "./array.js";
import { HeapExhausted } from "../memory/heap.js";
import { runPending, sched } from "./scheduler.js";
import { blocks, charge, SIZES, uncharged } from "./memory.js";
import type { ConstObject, RawCode } from "../../bytecode/rawcode.js";
import {
  ATTRIBUTE_ERROR,
  GENERATOR_EXIT,
  isExceptionType,
  addTracebackEntry,
  clearTraceback,
  MEMORY_ERROR,
  memoryError,
  NAME_ERROR,
  newException,
  pyErr,
  qstrName,
  RUNTIME_ERROR,
  STOP_ITERATION,
  typeError,
  valueError,
} from "./exceptions.js";
import { HashTable, PyDict, PySet } from "./hashtable.js";
import { getIter, iterNext, PyIterator, toArray } from "./iter.js";
import { binaryOp, binaryOpByIndex, truthy, unaryOp, unaryOpByIndex } from "./ops.js";
import { typeName } from "./repr.js";
import { delSubscr, storeSubscr, subscr } from "./subscr.js";
import {
  BOOL,
  CLOSURE,
  ELLIPSIS,
  EMPTY_TUPLE,
  FUNCTION,
  GENERATOR,
  NONE_TYPE,
  OBJECT,
  PyBoundMethod,
  PyBuiltin,
  PyBytes,
  PyByteArray,
  PyCell,
  PyComplex,
  PyException,
  PyFloat,
  PyInstance,
  NATIVE_BASE_PENDING,
  PyList,
  PyMemoryView,
  PyModule,
  PyObject,
  PyProperty,
  PyRange,
  PySlice,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
  TYPE,
  typeOf,
  type KwArgs,
  type Namespace,
  type Value,
} from "./value.js";

// ---- the module context and code objects ----

/** What every function of one loaded module shares (mp_module_context_t). */
export interface ModuleContext {
  readonly name: string;
  readonly fileName: string;
  readonly qstrs: readonly string[];
  readonly consts: readonly Value[];
  readonly globals: Namespace;
}

export class Code {
  readonly prelude: Prelude;
  readonly name: string;
  readonly argNames: string[];
  private kids: (Code | undefined)[];
  constructor(
    readonly raw: RawCode,
    readonly ctx: ModuleContext,
  ) {
    const p = decodePrelude(raw.data);
    if (!p) throw valueError("incompatible .mpy file");
    this.prelude = p;
    this.name = ctx.qstrs[p.nameQstr] ?? "?";
    this.argNames = p.argQstrs.map((q) => ctx.qstrs[q] ?? "?");
    this.kids = new Array(raw.children.length);
  }
  child(i: number): Code {
    return (this.kids[i] ??= new Code(this.raw.children[i]!, this.ctx));
  }
  lineOf(offset: number): number {
    return lineOfOffset(this.raw.data, this.prelude, offset);
  }
}

export function constValue(c: ConstObject): Value {
  switch (c.kind) {
    case "none":
      return null;
    case "false":
      return false;
    case "true":
      return true;
    case "ellipsis":
      return ELLIPSIS;
    case "str":
      return c.value;
    case "bytes":
      return new PyBytes(c.value);
    case "int":
      return c.value >= -9007199254740991n && c.value <= 9007199254740991n ? Number(c.value) : c.value;
    case "float":
      return new PyFloat(c.value);
    case "complex":
      return new PyComplex(c.real, c.imag);
    case "tuple":
      return new PyTuple(c.items.map(constValue));
  }
}

// ---- function objects ----

export class PyFunction extends PyObject {
  constructor(
    readonly code: Code,
    readonly defaults: Value[],
    readonly kwDefaults: PyDict | null,
    readonly closure: PyCell[] | null,
  ) {
    super();
    charge(SIZES.function(defaults.length + (kwDefaults ? 1 : 0)));
    if (closure) charge(SIZES.closure(closure.length));
  }
  get type(): PyType {
    return this.closure ? CLOSURE : FUNCTION;
  }
  get name(): string {
    return this.code.name;
  }
  get globals(): Namespace {
    return this.code.ctx.globals;
  }
}

// ---- frames ----

interface Handler {
  handler: number;
  sp: number;
  isFinally: boolean;
  prevExc: PyException | null;
}

export class Frame {
  readonly state: Value[];
  sp = -1;
  ip: number;
  readonly exc: Handler[] = [];
  /** LOAD_NAME/STORE_NAME namespace: the class namespace in a class body, else the globals. */
  locals: Namespace;
  /** What is thrown into a generator on resume (an exception, a class, or anything: raised as given). */
  inject: Value = null;
  parent: Frame | null = null;
  constructor(
    readonly fn: PyFunction,
    readonly code: Code,
  ) {
    const n = code.prelude.nState;
    this.state = new Array<Value>(n).fill(undefined);
    this.ip = code.prelude.codeStart;
    this.locals = code.ctx.globals;
  }
}

/** The interpreter's run-wide state: builtins, output, hooks, the active frame chain. */
export interface Interp {
  builtins: Namespace;
  importName: (name: string, fromList: Value, level: number, globals: Namespace) => Value;
  /** Called at every backward jump and call: virtual time, scheduler, pending interrupts. */
  poll: () => void;
  top: Frame | null;
  /** mp_locals: where LOAD_NAME/STORE_NAME look first (null: the running code's globals). */
  locals: Namespace | null;
  /** sys.exc_info(): the exception a handler is running for, cleared when a handler block ends. */
  currentException: PyException | null;
  depth: number;
  maxDepth: number;
}

export const interp: Interp = {
  builtins: new Map(),
  importName: () => {
    throw pyErr(RUNTIME_ERROR, "no import");
  },
  poll: () => {},
  top: null,
  locals: null,
  currentException: null,
  depth: 0,
  maxDepth: 1000,
};

// ---- argument binding (py/bc.c mp_setup_code_state) ----

function posMismatch(fn: PyFunction, expected: number, given: number): PyException {
  return typeError(`function takes ${expected} positional arguments but ${given} were given`);
}

export function setupFrame(fn: PyFunction, args: Value[], kw: KwArgs | null): Frame {
  const code = fn.code;
  const p = code.prelude;
  const f = new Frame(fn, code);
  const s = f.state;
  const top = p.nState - 1;
  const nPos = p.nPosArgs;
  const nKwonly = p.nKwonlyArgs;
  const flags = p.scopeFlags;
  let nArgs = args.length;
  const nKw = kw ? kw.length : 0;
  let varSlot = top - nPos - nKwonly;
  if (nArgs > nPos) {
    if (!(flags & 0x04)) throw posMismatch(fn, nPos, nArgs);
    s[varSlot--] = new PyTuple(args.slice(nPos));
    nArgs = nPos;
  } else {
    if (flags & 0x04) s[varSlot--] = EMPTY_TUPLE;
    if (nKw === 0 && !(flags & 0x08)) {
      const nReq = nPos - p.nDefPosArgs;
      if (nArgs >= nReq) {
        for (let i = nArgs; i < nPos; i++) s[top - i] = fn.defaults[i - nReq];
      } else throw posMismatch(fn, nReq, nArgs);
    }
  }
  for (let i = 0; i < nArgs; i++) s[top - i] = args[i];
  if (nKw !== 0 || flags & 0x08) {
    let dict: PyDict | null = null;
    if (flags & 0x02) {
      dict = new PyDict(new HashTable(nKw));
      s[varSlot] = dict;
    }
    for (let i = 0; i < nKw; i++) {
      const [name, value] = kw![i]!;
      let j = code.argNames.indexOf(name);
      if (j >= nPos + nKwonly) j = -1;
      if (j >= 0) {
        if (s[top - j] !== undefined) throw typeError(`function got multiple values for argument '${name}'`);
        s[top - j] = value;
        continue;
      }
      if (!dict) throw typeError(`unexpected keyword argument '${name}'`);
      if (!dict.table.set(name, value)) throw typeError(`function got multiple values for argument '${name}'`);
    }
    // Positional defaults fill the gaps.
    const nDef = p.nDefPosArgs;
    for (let i = 0; i < nDef; i++) {
      const slot = top - (nPos - nDef + i);
      if (s[slot] === undefined) s[slot] = fn.defaults[i];
    }
    for (let i = 0; i < nPos; i++) {
      if (s[top - i] === undefined) throw typeError(`function missing required positional argument #${i + 1}`);
    }
    for (let i = 0; i < nKwonly; i++) {
      const slot = top - nPos - i;
      if (s[slot] === undefined) {
        const name = code.argNames[nPos + i]!;
        const v = fn.kwDefaults?.table.get(name);
        if (v === undefined) throw typeError(`function missing required keyword argument '${name}'`);
        s[slot] = v;
      }
    }
  } else {
    if (nKwonly !== 0) throw typeError("function missing keyword-only argument");
    if (flags & 0x02) s[varSlot] = new PyDict();
  }
  for (const local of p.cells) s[top - local] = new PyCell(s[top - local]);
  return f;
}

// ---- calling ----

export function callFunction(fn: PyFunction, args: Value[], kw: KwArgs | null): Value {
  const allArgs = fn.closure ? [...fn.closure, ...args] : args;
  const f = setupFrame(fn, allArgs, kw);
  if (fn.code.prelude.scopeFlags & 0x01) return new PyGenerator(f);
  return runFrame(f);
}

/** mp_call_function_n_kw. */
export function callValue(f: Value, args: Value[], kw: KwArgs | null): Value {
  if (f instanceof PyFunction) return callFunction(f, args, kw);
  if (f instanceof PyBuiltin) {
    if (args.length < f.minArgs || args.length > f.maxArgs || (kw && f.kwNames && kw.some(([k]) => !f.kwNames!.includes(k)))) throw builtinArgError(f, args.length, kw);
    return f.fn(args, kw);
  }
  if (f instanceof PyBoundMethod) return callValue(f.fn, [f.self, ...args], kw);
  if (f instanceof PyType) return construct(f, args, kw);
  if (f instanceof PyObject && typeOf(f).isUser) {
    const m = lookupSpecial(f, "__call__");
    if (m !== undefined) return callValue(m, args, kw);
    // A subclass of a callable native type calls its native base.
    const base = f instanceof PyInstance ? f.base : undefined;
    if (base instanceof PyObject && typeof (base as { call?: unknown }).call === "function") return callValue(base, args, kw);
  }
  const native = f instanceof PyObject ? (f as { call?: (a: Value[], k: KwArgs | null) => Value }).call : undefined;
  if (typeof native === "function") return native.call(f, args, kw);
  throw typeError(`'${typeName(f)}' object isn't callable`);
}

function builtinArgError(f: PyBuiltin, n: number, kw: KwArgs | null): PyException {
  // The counts include self, as MicroPython's argument checks of native methods do.
  const self = 0;
  if (kw && f.kwNames) {
    const bad = kw.find(([k]) => !f.kwNames!.includes(k));
    if (bad) return f.kwNames.length === 0 ? typeError("function doesn't take keyword arguments") : typeError(`unexpected keyword argument '${bad[0]}'`);
  }
  if (f.minArgs === f.maxArgs) return typeError(`function takes ${f.minArgs - self} positional arguments but ${n - self} were given`);
  if (n < f.minArgs) return typeError(`function missing ${f.minArgs - n} required positional arguments`);
  return typeError(`function expected at most ${f.maxArgs - self} arguments, got ${n - self}`);
}

/** Calling a class: __new__ then __init__ (py/objtype.c mp_obj_instance_make_new). */
export function construct(cls: PyType, args: Value[], kw: KwArgs | null): Value {
  if (cls === TYPE && args.length === 1 && !kw) return typeOf(args[0]);
  if (!cls.isUser) {
    const make = cls.make ?? cls.native?.make;
    if (make) return make(cls, args, kw);
    throw typeError(`can't create '${cls.name}' instances`);
  }
  let obj: Value;
  let newFn = cls.lookup("__new__");
  if (newFn === OBJECT.dict.get("__new__")) newFn = undefined;
  if (newFn !== undefined && !(newFn instanceof PyBuiltin)) {
    const fn = newFn instanceof PyStaticMethod ? newFn.fn : newFn;
    obj = callValue(fn, [cls, ...args], kw);
    if (!(obj instanceof PyObject) || !typeOf(obj).isSubtypeOf(cls)) return obj;
  } else if (cls.isSubtypeOf(TYPE)) {
    // A metaclass: the new class is a type object whose type is the metaclass.
    obj = TYPE.make!(cls, args, kw);
  } else if (cls.native && cls.native.make && !isExceptionType(cls)) {
    obj = allocInstance(cls);
  } else if (isExceptionType(cls)) {
    obj = newException(cls, args.slice());
  } else obj = new PyInstance(cls);
  const init = cls.lookup("__init__");
  const userInit = init !== undefined && !(init instanceof PyBuiltin);
  if (userInit) {
    const r = callValue(init, [obj, ...args], kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (!isExceptionType(cls) && !cls.native && !cls.isSubtypeOf(TYPE) && (args.length || kw?.length) && newFn === undefined) {
    throw typeError("function takes 1 positional arguments but " + (args.length + 1) + " were given");
  }
  // A native part that __init__ did not make through super().__init__() is made now, from the
  // call's arguments (objtype.c mp_obj_instance_make_new).
  if (obj instanceof PyInstance && obj.base === NATIVE_BASE_PENDING && cls.native?.make) {
    obj.base = cls.native.make(cls.native, args, kw) as PyObject;
  }
  return obj;
}

/** Namespaces of the built-in modules, which a program cannot assign to. */
export const BUILTIN_MODULE_NAMESPACES = new WeakSet<Namespace>();

/**
 * object.__new__(cls): a bare instance of a user class; one deriving from a native type gets the
 * slot for its native part, made later by super().__init__() or after __init__.
 */
export function allocInstance(cls: PyType): PyObject {
  if (isExceptionType(cls)) return new PyException(cls);
  const inst = new PyInstance(cls);
  if (cls.native && cls.native.make) {
    charge(SIZES.instance(0, 1) - SIZES.instance(0));
    inst.base = NATIVE_BASE_PENDING;
  }
  return inst;
}

/** Unpacks a CALL_*_VAR_KW argument block (py/runtime.c mp_call_prepare_args_n_kw_var). */
function collectVarArgs(s: Value[], base: number, nPos: number, nKw: number, bitmap: number): [Value[], KwArgs | null] {
  const args: Value[] = [];
  for (let i = 0; i < nPos; i++) {
    const a = s[base + i];
    if ((bitmap >> i) & 1) {
      if (a instanceof PyTuple || a instanceof PyList) args.push(...a.items);
      else args.push(...toArray(a));
    } else args.push(a);
  }
  const kw: KwArgs = [];
  for (let i = 0; i < nKw; i++) {
    const k = s[base + nPos + 2 * i];
    const v = s[base + nPos + 2 * i + 1];
    if (k === undefined) {
      // Each key becomes a qstr (mp_call_prepare_args_n_kw_var): a str, and no longer than a name may be.
      const name = (kk: Value) => {
        if (typeof kk !== "string") throw typeError(`can't convert '${typeName(kk)}' object to str implicitly`);
        return qstrName(kk);
      };
      if (v instanceof PyDict) {
        for (const [kk, vv] of v.table.entries()) kw.push([name(kk), vv]);
      } else {
        const keysFn = getAttr(v, "keys");
        for (const kk of toArray(callValue(keysFn, [], null))) kw.push([name(kk), subscr(v, kk)]);
      }
    } else kw.push([k as string, v]);
  }
  return [args, kw.length ? kw : null];
}

// ---- attributes (py/runtime.c mp_load_method, py/objtype.c) ----

function bind(obj: Value, v: Value, cls: PyType): Value {
  if (v instanceof PyFunction) return new PyBoundMethod(obj, v);
  if (v instanceof PyBuiltin && v.isMethod) {
    if (obj instanceof PyInstance && obj.base === NATIVE_BASE_PENDING) throw pyErr(ATTRIBUTE_ERROR, "call super().__init__() first");
    return new PyBoundMethod(obj instanceof PyInstance && obj.base ? obj.base : obj, v);
  }
  if (v instanceof PyStaticMethod) return v.isClassMethod ? new PyBoundMethod(cls, v.fn) : v.fn;
  if (v instanceof PyProperty) {
    if (v.fget === null || v.fget === undefined) throw pyErr(ATTRIBUTE_ERROR, "unreadable attribute");
    return callValue(v.fget, [obj], null);
  }
  return v;
}

/** A special method found on the object's class (never the instance dict), bound; or undefined. */
export function lookupSpecial(obj: Value, name: string): Value {
  const cls = typeOf(obj);
  const v = cls.lookup(name);
  if (v === undefined) return undefined;
  if (v === null) return null;
  // MicroPython calls special methods through a stack pair: no bound method is allocated.
  return uncharged(() => bind(obj, v, cls));
}

export function getAttrOrUndefined(obj: Value, name: string): Value {
  if (obj instanceof PyInstance) {
    const cls = obj.type;
    const clsVal = cls.lookup(name);
    if (clsVal instanceof PyProperty) return bind(obj, clsVal, cls);
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
    if (clsVal !== undefined) {
      // A descriptor (an object whose class has __get__) computes the attribute.
      if (clsVal instanceof PyInstance && clsVal.type.isUser) {
        const get = clsVal.type.lookup("__get__");
        if (get !== undefined) return callValue(get, [clsVal, obj, cls], null);
      }
      return bind(obj, clsVal, cls);
    }
    if (obj instanceof PyException) {
      if (name === "args") return obj.args;
      if (name === "value" && obj.type.isSubtypeOf(STOP_ITERATION)) return obj.args.items[0] ?? null;
      if (name === "errno" && obj.type.isSubtypeOf(EXC_BY_NAME("OSError"))) return obj.args.items[0] ?? null;
    }
    if (name === "__class__") return cls;
    if (name === "__dict__") {
      const d = new PyDict();
      for (const [k, v] of obj.dict) d.table.set(k, v);
      return d;
    }
    const ga = cls.lookup("__getattr__");
    if (ga !== undefined) return callValue(bind(obj, ga, cls), [name], null);
    if (obj.base) return getAttrOrUndefined(obj.base, name);
    return undefined;
  }
  if (obj instanceof PyType) {
    for (const t of obj.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) {
        if (v instanceof PyStaticMethod) return v.isClassMethod ? new PyBoundMethod(obj, v.fn) : v.fn;
        return v;
      }
    }
    if (name === "__name__") return obj.name;
    if (name === "__bases__") return new PyTuple(obj.bases.filter((b) => b !== OBJECT || obj.bases.length === 1));
    if (name === "__class__") return obj.type;
    if (name === "__dict__") {
      const d = obj.dictType ? (construct(obj.dictType, [], null) as PyDict) : new PyDict();
      for (const [k, v] of obj.dict) d.table.set(k, v);
      return d;
    }
    return undefined;
  }
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    if (name === "__class__") return obj.type;
    // A module's __dict__ is its globals dict itself: writes to it are the module's names.
    if (name === "__dict__") return namespaceDict(obj.dict);
    const ga = obj.dict.get("__getattr__");
    if (ga !== undefined) return callValue(ga, [name], null);
    return undefined;
  }
  if (obj instanceof PySuper) return superAttr(obj, name);
  const cls = typeOf(obj);
  // A built-in type answers from its own table only (mp_load_method_maybe): a namedtuple instance
  // has no tuple methods, though a Python subclass of it finds them through its bases.
  const v = obj instanceof PyAttrTuple ? cls.dict.get(name) : cls.lookup(name);
  if (v !== undefined) return bind(obj, v, cls);
  if (obj instanceof PyComplex) {
    if (name === "real") return new PyFloat(obj.re);
    if (name === "imag") return new PyFloat(obj.im);
  }
  if (obj instanceof PyFloat && (name === "real" || name === "imag")) return name === "real" ? obj : new PyFloat(0);
  if ((typeof obj === "number" || typeof obj === "bigint") && (name === "real" || name === "imag")) return name === "real" ? obj : 0;
  if (obj instanceof PyRange || obj instanceof PySlice) {
    if (name === "start" || name === "stop" || name === "step") return obj[name];
  }
  if (obj instanceof PyFunction) {
    if (name === "__name__") return obj.name;
    if (name === "__globals__") return namespaceDict(obj.globals);
  }
  if (obj instanceof PyBoundMethod) {
    if (name === "__name__") return getAttrOrUndefined(obj.fn, "__name__");
    if (name === "__self__") return obj.self;
  }
  if (obj instanceof PyBuiltin && name === "__name__") return obj.name;
  if (name === "__class__") return cls;
  const native = obj instanceof PyObject ? (obj as { getAttr?: (n: string) => Value }).getAttr : undefined;
  if (typeof native === "function") return native.call(obj, name);
  return undefined;
}

export function getAttr(obj: Value, name: string): Value {
  const v = getAttrOrUndefined(obj, name);
  if (v !== undefined) return v;
  throw attrError(obj, name);
}

function attrError(obj: Value, name: string): PyException {
  if (obj instanceof PyType) return pyErr(ATTRIBUTE_ERROR, `type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule) return pyErr(ATTRIBUTE_ERROR, `module '${obj.name}' has no attribute '${name}'`);
  return pyErr(ATTRIBUTE_ERROR, `'${typeName(obj)}' object has no attribute '${name}'`);
}

function superAttr(sup: PySuper, name: string): Value {
  const mro = sup.cls.mro;
  const selfType = typeOf(sup.self);
  const order = selfType.mro.includes(sup.cls) ? selfType.mro.slice(selfType.mro.indexOf(sup.cls) + 1) : mro.slice(1);
  for (const t of order) {
    const v = t.dict.get(name);
    if (v !== undefined) {
      if (v instanceof PyBuiltin && v.isMethod && name === "__init__" && !isExceptionType(t)) {
        // super().__init__(...) of a native base fills the instance's native part.
        const self = sup.self;
        const native = selfType.native && selfType.native.make ? selfType.native : null;
        if (native && self instanceof PyInstance && self.base) {
          return new PyBuiltin("__init__", (a, kw) => {
            self.base = native.make!(native, a, kw) as PyObject;
            return null;
          });
        }
        return new PyBuiltin("__init__", () => null);
      }
      return bind(sup.self, v, sup.self instanceof PyType ? sup.self : selfType);
    }
  }
  if (name === "__init__") return new PyBuiltin("__init__", () => null);
  throw pyErr(ATTRIBUTE_ERROR, `'super' object has no attribute '${name}'`);
}

export function setAttr(obj: Value, name: string, value: Value): void {
  if (obj instanceof PyInstance) {
    const cls = obj.type;
    const clsVal = cls.lookup(name);
    if (clsVal instanceof PyProperty) {
      if (clsVal.fset === null || clsVal.fset === undefined) throw pyErr(ATTRIBUTE_ERROR, "can't set attribute");
      callValue(clsVal.fset, [obj, value], null);
      return;
    }
    if (clsVal instanceof PyInstance && clsVal.type.isUser) {
      const set = clsVal.type.lookup("__set__");
      if (set !== undefined) {
        callValue(set, [clsVal, obj, value], null);
        return;
      }
    }
    const sa = cls.isUser ? cls.lookup("__setattr__") : undefined;
    if (sa !== undefined && !(sa instanceof PyBuiltin)) {
      callValue(bind(obj, sa, cls), [name, value], null);
      return;
    }
    if (obj instanceof PyException && !cls.isUser) {
      // A built-in exception has no attribute dict: only __traceback__ = None may be stored.
      if (name === "__traceback__" && value === null) return clearTraceback(obj);
      throw pyErr(ATTRIBUTE_ERROR, `'${cls.name}' object has no attribute '${name}'`);
    }
    if (obj instanceof PyException && name === "args") obj.args = value as PyTuple;
    if (!obj.dict.has(name)) {
      const n = obj.dict.size + 1;
      charge(blocks(8 * hashAllocAfterInserts(n)) - blocks(8 * hashAllocAfterInserts(n - 1)));
    }
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyType) {
    if (!obj.isUser) throw pyErr(ATTRIBUTE_ERROR, `can't set attribute '${name}' of built-in type '${obj.name}'`);
    if (!obj.specialAccessors && isSpecialAccessor(name, value)) {
      // A subclass copied the flag when it was made, so the class can no longer gain one.
      if (obj.subclassed) throw pyErr(ATTRIBUTE_ERROR, "can't add special method to already-subclassed class");
      obj.specialAccessors = true;
    }
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyModule) {
    // Built-in modules are read-only (MicroPython keeps their tables in ROM).
    // Only sys has names a program may set (mp_module_sys_attr's mutable ones).
    const mutable = obj.name === "sys" && (name === "path" || name === "ps1" || name === "ps2");
    if (BUILTIN_MODULE_NAMESPACES.has(obj.dict) && !mutable) throw pyErr(ATTRIBUTE_ERROR, `'module' object has no attribute '${name}'`);
    obj.dict.set(name, value);
    return;
  }
  const native = obj instanceof PyObject ? (obj as { setAttr?: (n: string, v: Value) => void }).setAttr : undefined;
  if (typeof native === "function") return native.call(obj, name, value);
  throw pyErr(ATTRIBUTE_ERROR, `'${typeName(obj)}' object has no attribute '${name}'`);
}

export function delAttr(obj: Value, name: string): void {
  if (obj instanceof PyInstance) {
    const cls = obj.type;
    const clsVal = cls.lookup(name);
    if (clsVal instanceof PyProperty && clsVal.fdel) {
      callValue(clsVal.fdel, [obj], null);
      return;
    }
    if (clsVal instanceof PyInstance && clsVal.type.isUser) {
      const del = clsVal.type.lookup("__delete__");
      if (del !== undefined) {
        callValue(del, [clsVal, obj], null);
        return;
      }
    }
    const da = cls.isUser ? cls.lookup("__delattr__") : undefined;
    if (da !== undefined && !(da instanceof PyBuiltin)) {
      callValue(bind(obj, da, cls), [name], null);
      return;
    }
    if (!obj.dict.delete(name)) throw attrError(obj, name);
    return;
  }
  if (obj instanceof PyType || obj instanceof PyModule) {
    if (obj instanceof PyType && !obj.isUser) throw pyErr(ATTRIBUTE_ERROR, `can't delete attribute of built-in type '${obj.name}'`);
    if (!obj.dict.delete(name)) throw attrError(obj, name);
    return;
  }
  const native = obj instanceof PyObject ? (obj as { delAttr?: (n: string) => void }).delAttr : undefined;
  if (typeof native === "function") return native.call(obj, name);
  throw attrError(obj, name);
}

/** mp_load_method: fills [method, self] (self undefined for a plain callable). */
function loadMethod(obj: Value, name: string, s: Value[], at: number): void {
  if (obj instanceof PyInstance && !(obj.type.lookup(name) instanceof PyProperty)) {
    const own = obj.dict.get(name);
    if (own !== undefined) {
      s[at] = own;
      s[at + 1] = undefined;
      return;
    }
    const v = obj.type.lookup(name);
    if (v instanceof PyFunction) {
      s[at] = v;
      s[at + 1] = obj;
      return;
    }
  } else if (obj instanceof PyType) {
    for (const t of obj.mro) {
      const v = t.dict.get(name);
      if (v === undefined) continue;
      if (v instanceof PyStaticMethod) {
        s[at] = v.fn;
        s[at + 1] = v.isClassMethod ? obj : undefined;
        return;
      }
      break;
    }
  } else if (!(obj instanceof PyModule) && !(obj instanceof PyInstance) && !(obj instanceof PySuper) && !(obj instanceof PyAttrTuple)) {
    const v = typeOf(obj).lookup(name);
    if (v instanceof PyBuiltin && v.isMethod) {
      s[at] = v;
      s[at + 1] = obj;
      return;
    }
  }
  s[at] = getAttr(obj, name);
  s[at + 1] = undefined;
}

// ---- classes ----

export function buildClass(args: Value[], kw: KwArgs | null): Value {
  const [body, nameV, ...bases] = args;
  if (!(body instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = nameV as string;
  // __build_class__ takes no keyword arguments in MicroPython: `metaclass=` is not supported.
  if (kw && kw.length) throw typeError("function doesn't take keyword arguments");
  const ns: Namespace = new Map();
  const f = setupFrame(body, body.closure ? [...body.closure] : [], null);
  f.locals = ns;
  // As py/modbuiltins.c __build_class__: the class namespace becomes the current locals and is
  // put back only when the body returns; an exception leaves it current (MicroPython's behaviour).
  const old = interp.locals;
  interp.locals = ns;
  const cell = runFrame(f);
  interp.locals = old;
  const baseTypes = bases.map((b) => {
    if (!(b instanceof PyType)) throw typeError("type isn't an acceptable base type");
    return b;
  });
  const cls = makeClass(name, baseTypes, ns, null);
  if (cell instanceof PyCell) cell.v = cls;
  return cls;
}

export function makeClass(name: string, bases: PyType[], ns: Namespace, meta: PyType | null): PyType {
  // A native base must be constructible, and at most one native type may be met walking the bases,
  // each path counted (objtype.c instance_count_native_bases).
  for (const b of bases) {
    const constructible = b.isUser || b === OBJECT || b === TYPE || b.make != null || b.native?.make != null || isExceptionType(b);
    if (!constructible || b === BOOL || b === NONE_TYPE || b === FUNCTION || b === GENERATOR) throw typeError(`type '${b.name}' isn't an acceptable base type`);
  }
  const nativeBases = (t: PyType): number => (t === OBJECT ? 0 : !t.isUser ? 1 : t.bases.reduce((n, b) => n + nativeBases(b), 0));
  if (bases.reduce((n, b) => n + nativeBases(b), 0) > 1) throw typeError("multiple bases have instance lay-out conflict");
  const cls = new PyType(name, bases.length ? bases : [OBJECT], meta ?? (bases.find((b) => b.type !== TYPE)?.type ?? null));
  for (const [k, v] of ns) cls.dict.set(k, v instanceof PyFunction && (k === "__new__") ? new PyStaticMethod(v, false) : v);
  cls.isUser = true;
  cls.computeMro();
  for (const b of bases) {
    if (!b.isUser) continue;
    b.subclassed = true;
    if (b.specialAccessors) cls.specialAccessors = true;
  }
  for (const [k, v] of ns) if (!cls.specialAccessors && isSpecialAccessor(k, v)) cls.specialAccessors = true;
  // The type object, its locals dict (grown as the body stored names) and the bases tuple.
  charge(SIZES.classType() + SIZES.dict(hashAllocAfterInserts(ns.size)) + (bases.length ? SIZES.tuple(bases.length) : 0));
  // __init_subclass__ is not called by MicroPython; __set_name__ is.
  for (const [k, v] of ns) {
    if (v instanceof PyInstance && v.type.isUser) {
      const sn = lookupSpecial(v, "__set_name__");
      if (sn !== undefined) callValue(sn, [cls, k], null);
    }
  }
  return cls;
}

/** objtype.c check_for_special_accessors: what makes attribute access of instances go through hooks. */
function isSpecialAccessor(name: string, value: Value): boolean {
  if (name === "__setattr__" || name === "__delattr__" || value instanceof PyProperty) return true;
  if (value instanceof PyInstance && value.type.isUser) {
    return ["__get__", "__set__", "__delete__"].some((m) => value.type.lookup(m) !== undefined);
  }
  return false;
}

// ---- generators (py/objgenerator.c) ----

export class PyGenerator extends PyObject {
  running = false;
  /** Set by pend_throw; None when nothing is pending. */
  pendingThrow: Value = null;
  finished = false;
  started = false;
  constructor(readonly frame: Frame) {
    super();
    charge(SIZES.generator(frame.code.prelude.nState, frame.code.prelude.nExcStack));
  }
  get type(): PyType {
    return GENERATOR;
  }
  get name(): string {
    return this.frame.code.name;
  }
  /**
   * mp_obj_gen_resume: runs until the next yield. Returns ["yield", v], ["return", v]; an
   * exception propagates.
   */
  resume(send: Value, thrown: Value): ["yield" | "return", Value] {
    // A finished generator just stops again, whatever is thrown in (mp_obj_gen_resume).
    if (this.finished) return ["return", null];
    if (this.running) throw valueError("generator already executing");
    if (this.pendingThrow !== null) {
      thrown = this.pendingThrow;
      this.pendingThrow = null;
    }
    const f = this.frame;
    if (!this.started) {
      if (send !== null && send !== undefined && !thrown) throw typeError("can't send non-None value to a just-started generator");
    } else if (thrown === null) f.state[++f.sp] = send;
    this.started = true;
    f.inject = thrown;
    this.running = true;
    try {
      const r = execute(f);
      if (r === YIELDED) return ["yield", f.state[f.sp--]];
      this.finished = true;
      return ["return", r];
    } catch (e) {
      this.finished = true;
      if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) {
        throw pyErr(RUNTIME_ERROR, "generator raised StopIteration");
      }
      throw e;
    } finally {
      this.running = false;
    }
  }
  /** __next__ as iteration wants it: the next value, or undefined when done. */
  nextValue(): Value {
    const [kind, v] = this.resume(null, null);
    return kind === "yield" ? v : undefined;
  }
  send(v: Value): Value {
    const [kind, r] = this.resume(v, null);
    if (kind === "return") throw newException(STOP_ITERATION, r === null ? [] : [r]);
    return r;
  }
  /** pend_throw: what the next resume raises; returns what was pending before (None if nothing). */
  pendThrow(v: Value): Value {
    if (this.running) throw valueError("generator already executing");
    const prev = this.pendingThrow;
    this.pendingThrow = v;
    return prev;
  }
  throwIn(e: Value): Value {
    const [kind, r] = this.resume(null, e);
    if (kind === "return") throw newException(STOP_ITERATION, r === null ? [] : [r]);
    return r;
  }
  close(): Value {
    if (this.finished || !this.started) {
      this.finished = true;
      return null;
    }
    try {
      const [kind] = this.resume(null, newException(GENERATOR_EXIT));
      if (kind === "yield") throw pyErr(RUNTIME_ERROR, "generator ignored GeneratorExit");
      return null;
    } catch (e) {
      if (e instanceof PyException && (e.type.isSubtypeOf(GENERATOR_EXIT) || e.type.isSubtypeOf(STOP_ITERATION))) return null;
      throw e;
    }
  }
}

/** mp_resume for YIELD_FROM and await: drives a sub-iterator one step. */
function resumeInner(it: Value, send: Value, thrown: Value): ["yield" | "return", Value] {
  if (it instanceof PyGenerator) return it.resume(send, thrown);
  return resumeOther(it, send, thrown);
}

/** mp_resume looks the delegate's methods up into a stack pair: binding them allocates nothing. */
const method = (it: Value, name: string) => uncharged(() => getAttrOrUndefined(it, name));

function resumeOther(it: Value, send: Value, thrown: Value): ["yield" | "return", Value] {
  if (thrown !== null) {
    // The thrown value goes to the delegate's throw() as given: an instance, a class, or any object.
    if (thrown instanceof PyException && thrown.type.isSubtypeOf(GENERATOR_EXIT)) {
      const close = method(it, "close");
      if (close !== undefined) callValue(close, [], null);
      throw thrown;
    }
    const t = method(it, "throw");
    // Nowhere to throw into: the exception goes up, a StopIteration as PEP 479's RuntimeError.
    if (t === undefined) {
      const e = makeRaise(thrown);
      throw e.type.isSubtypeOf(STOP_ITERATION) ? pyErr(RUNTIME_ERROR, "generator raised StopIteration") : e;
    }
    return stepCall(() => callValue(t, [thrown], null));
  }
  if (send === null || send === undefined) {
    if (it instanceof PyIterator) {
      const v = it.next();
      return v === undefined ? ["return", null] : ["yield", v];
    }
    const n = method(it, "__next__");
    if (n === undefined) throw typeError(`'${typeName(it)}' object isn't an iterator`);
    return stepCall(() => callValue(n, [], null));
  }
  const s = method(it, "send") ?? getAttr(it, "send");
  return stepCall(() => callValue(s, [send], null));
}

function stepCall(f: () => Value): ["yield" | "return", Value] {
  try {
    return ["yield", f()];
  } catch (e) {
    if (e instanceof PyException && e.type.isSubtypeOf(STOP_ITERATION)) return ["return", e.args.items[0] ?? null];
    throw e;
  }
}

// ---- the interpreter loop ----

const YIELDED = Symbol("yielded");

export function runFrame(f: Frame): Value {
  const r = execute(f);
  if (r === YIELDED) throw pyErr(RUNTIME_ERROR, "yield outside generator");
  return r;
}

const C = {
  LOAD_CONST_FALSE: OP.LOAD_CONST_FALSE.code,
  LOAD_CONST_NONE: OP.LOAD_CONST_NONE.code,
  LOAD_CONST_TRUE: OP.LOAD_CONST_TRUE.code,
  LOAD_CONST_SMALL_INT: OP.LOAD_CONST_SMALL_INT.code,
  LOAD_CONST_STRING: OP.LOAD_CONST_STRING.code,
  LOAD_CONST_OBJ: OP.LOAD_CONST_OBJ.code,
  LOAD_NULL: OP.LOAD_NULL.code,
  LOAD_FAST_N: OP.LOAD_FAST_N.code,
  LOAD_DEREF: OP.LOAD_DEREF.code,
  LOAD_NAME: OP.LOAD_NAME.code,
  LOAD_GLOBAL: OP.LOAD_GLOBAL.code,
  LOAD_ATTR: OP.LOAD_ATTR.code,
  LOAD_METHOD: OP.LOAD_METHOD.code,
  LOAD_SUPER_METHOD: OP.LOAD_SUPER_METHOD.code,
  LOAD_BUILD_CLASS: OP.LOAD_BUILD_CLASS.code,
  LOAD_SUBSCR: OP.LOAD_SUBSCR.code,
  STORE_FAST_N: OP.STORE_FAST_N.code,
  STORE_DEREF: OP.STORE_DEREF.code,
  STORE_NAME: OP.STORE_NAME.code,
  STORE_GLOBAL: OP.STORE_GLOBAL.code,
  STORE_ATTR: OP.STORE_ATTR.code,
  STORE_SUBSCR: OP.STORE_SUBSCR.code,
  DELETE_FAST: OP.DELETE_FAST.code,
  DELETE_DEREF: OP.DELETE_DEREF.code,
  DELETE_NAME: OP.DELETE_NAME.code,
  DELETE_GLOBAL: OP.DELETE_GLOBAL.code,
  DUP_TOP: OP.DUP_TOP.code,
  DUP_TOP_TWO: OP.DUP_TOP_TWO.code,
  POP_TOP: OP.POP_TOP.code,
  ROT_TWO: OP.ROT_TWO.code,
  ROT_THREE: OP.ROT_THREE.code,
  UNWIND_JUMP: OP.UNWIND_JUMP.code,
  JUMP: OP.JUMP.code,
  POP_JUMP_IF_TRUE: OP.POP_JUMP_IF_TRUE.code,
  POP_JUMP_IF_FALSE: OP.POP_JUMP_IF_FALSE.code,
  JUMP_IF_TRUE_OR_POP: OP.JUMP_IF_TRUE_OR_POP.code,
  JUMP_IF_FALSE_OR_POP: OP.JUMP_IF_FALSE_OR_POP.code,
  SETUP_WITH: OP.SETUP_WITH.code,
  SETUP_EXCEPT: OP.SETUP_EXCEPT.code,
  SETUP_FINALLY: OP.SETUP_FINALLY.code,
  POP_EXCEPT_JUMP: OP.POP_EXCEPT_JUMP.code,
  FOR_ITER: OP.FOR_ITER.code,
  WITH_CLEANUP: OP.WITH_CLEANUP.code,
  END_FINALLY: OP.END_FINALLY.code,
  GET_ITER: OP.GET_ITER.code,
  GET_ITER_STACK: OP.GET_ITER_STACK.code,
  BUILD_TUPLE: OP.BUILD_TUPLE.code,
  BUILD_LIST: OP.BUILD_LIST.code,
  BUILD_MAP: OP.BUILD_MAP.code,
  STORE_MAP: OP.STORE_MAP.code,
  BUILD_SET: OP.BUILD_SET.code,
  BUILD_SLICE: OP.BUILD_SLICE.code,
  STORE_COMP: OP.STORE_COMP.code,
  UNPACK_SEQUENCE: OP.UNPACK_SEQUENCE.code,
  UNPACK_EX: OP.UNPACK_EX.code,
  RETURN_VALUE: OP.RETURN_VALUE.code,
  RAISE_LAST: OP.RAISE_LAST.code,
  RAISE_OBJ: OP.RAISE_OBJ.code,
  RAISE_FROM: OP.RAISE_FROM.code,
  YIELD_VALUE: OP.YIELD_VALUE.code,
  YIELD_FROM: OP.YIELD_FROM.code,
  MAKE_FUNCTION: OP.MAKE_FUNCTION.code,
  MAKE_FUNCTION_DEFARGS: OP.MAKE_FUNCTION_DEFARGS.code,
  MAKE_CLOSURE: OP.MAKE_CLOSURE.code,
  MAKE_CLOSURE_DEFARGS: OP.MAKE_CLOSURE_DEFARGS.code,
  CALL_FUNCTION: OP.CALL_FUNCTION.code,
  CALL_FUNCTION_VAR_KW: OP.CALL_FUNCTION_VAR_KW.code,
  CALL_METHOD: OP.CALL_METHOD.code,
  CALL_METHOD_VAR_KW: OP.CALL_METHOD_VAR_KW.code,
  IMPORT_NAME: OP.IMPORT_NAME.code,
  IMPORT_FROM: OP.IMPORT_FROM.code,
  IMPORT_STAR: OP.IMPORT_STAR.code,
  SMALL_INT_MULTI: OP.LOAD_CONST_SMALL_INT_MULTI.code,
  LOAD_FAST_MULTI: OP.LOAD_FAST_MULTI.code,
  STORE_FAST_MULTI: OP.STORE_FAST_MULTI.code,
  UNARY_OP_MULTI: OP.UNARY_OP_MULTI.code,
  BINARY_OP_MULTI: OP.BINARY_OP_MULTI.code,
} as const;

// Dispatch switches on dense handler numbers (literals after compilation, so V8 builds a jump
// table); the opcode bytes themselves come only from the shared opcode table.
const enum H {
  BAD,
  LOAD_CONST_FALSE,
  LOAD_CONST_NONE,
  LOAD_CONST_TRUE,
  LOAD_CONST_SMALL_INT,
  LOAD_CONST_STRING,
  LOAD_CONST_OBJ,
  LOAD_NULL,
  LOAD_FAST_N,
  LOAD_DEREF,
  LOAD_NAME,
  LOAD_GLOBAL,
  LOAD_ATTR,
  LOAD_METHOD,
  LOAD_SUPER_METHOD,
  LOAD_BUILD_CLASS,
  LOAD_SUBSCR,
  STORE_FAST_N,
  STORE_DEREF,
  STORE_NAME,
  STORE_GLOBAL,
  STORE_ATTR,
  STORE_SUBSCR,
  DELETE_FAST,
  DELETE_DEREF,
  DELETE_NAME,
  DELETE_GLOBAL,
  DUP_TOP,
  DUP_TOP_TWO,
  POP_TOP,
  ROT_TWO,
  ROT_THREE,
  UNWIND_JUMP,
  JUMP,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_FALSE,
  JUMP_IF_TRUE_OR_POP,
  JUMP_IF_FALSE_OR_POP,
  SETUP_WITH,
  SETUP_EXCEPT,
  SETUP_FINALLY,
  POP_EXCEPT_JUMP,
  FOR_ITER,
  WITH_CLEANUP,
  END_FINALLY,
  GET_ITER,
  GET_ITER_STACK,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_MAP,
  STORE_MAP,
  BUILD_SET,
  BUILD_SLICE,
  STORE_COMP,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  RETURN_VALUE,
  RAISE_LAST,
  RAISE_OBJ,
  RAISE_FROM,
  YIELD_VALUE,
  YIELD_FROM,
  MAKE_FUNCTION,
  MAKE_FUNCTION_DEFARGS,
  MAKE_CLOSURE,
  MAKE_CLOSURE_DEFARGS,
  CALL_FUNCTION,
  CALL_FUNCTION_VAR_KW,
  CALL_METHOD,
  CALL_METHOD_VAR_KW,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  SMALL_INT_MULTI,
  LOAD_FAST_MULTI,
  STORE_FAST_MULTI,
  UNARY_OP_MULTI,
  BINARY_OP_MULTI,
}

/** The handler of each opcode, by the opcode table's names (a missing opcode is a type error). */
const HANDLER_OF: { readonly [K in OpName]: H } = {
  LOAD_CONST_FALSE: H.LOAD_CONST_FALSE,
  LOAD_CONST_NONE: H.LOAD_CONST_NONE,
  LOAD_CONST_TRUE: H.LOAD_CONST_TRUE,
  LOAD_CONST_SMALL_INT: H.LOAD_CONST_SMALL_INT,
  LOAD_CONST_STRING: H.LOAD_CONST_STRING,
  LOAD_CONST_OBJ: H.LOAD_CONST_OBJ,
  LOAD_NULL: H.LOAD_NULL,
  LOAD_FAST_N: H.LOAD_FAST_N,
  LOAD_DEREF: H.LOAD_DEREF,
  LOAD_NAME: H.LOAD_NAME,
  LOAD_GLOBAL: H.LOAD_GLOBAL,
  LOAD_ATTR: H.LOAD_ATTR,
  LOAD_METHOD: H.LOAD_METHOD,
  LOAD_SUPER_METHOD: H.LOAD_SUPER_METHOD,
  LOAD_BUILD_CLASS: H.LOAD_BUILD_CLASS,
  LOAD_SUBSCR: H.LOAD_SUBSCR,
  STORE_FAST_N: H.STORE_FAST_N,
  STORE_DEREF: H.STORE_DEREF,
  STORE_NAME: H.STORE_NAME,
  STORE_GLOBAL: H.STORE_GLOBAL,
  STORE_ATTR: H.STORE_ATTR,
  STORE_SUBSCR: H.STORE_SUBSCR,
  DELETE_FAST: H.DELETE_FAST,
  DELETE_DEREF: H.DELETE_DEREF,
  DELETE_NAME: H.DELETE_NAME,
  DELETE_GLOBAL: H.DELETE_GLOBAL,
  DUP_TOP: H.DUP_TOP,
  DUP_TOP_TWO: H.DUP_TOP_TWO,
  POP_TOP: H.POP_TOP,
  ROT_TWO: H.ROT_TWO,
  ROT_THREE: H.ROT_THREE,
  UNWIND_JUMP: H.UNWIND_JUMP,
  JUMP: H.JUMP,
  POP_JUMP_IF_TRUE: H.POP_JUMP_IF_TRUE,
  POP_JUMP_IF_FALSE: H.POP_JUMP_IF_FALSE,
  JUMP_IF_TRUE_OR_POP: H.JUMP_IF_TRUE_OR_POP,
  JUMP_IF_FALSE_OR_POP: H.JUMP_IF_FALSE_OR_POP,
  SETUP_WITH: H.SETUP_WITH,
  SETUP_EXCEPT: H.SETUP_EXCEPT,
  SETUP_FINALLY: H.SETUP_FINALLY,
  POP_EXCEPT_JUMP: H.POP_EXCEPT_JUMP,
  FOR_ITER: H.FOR_ITER,
  WITH_CLEANUP: H.WITH_CLEANUP,
  END_FINALLY: H.END_FINALLY,
  GET_ITER: H.GET_ITER,
  GET_ITER_STACK: H.GET_ITER_STACK,
  BUILD_TUPLE: H.BUILD_TUPLE,
  BUILD_LIST: H.BUILD_LIST,
  BUILD_MAP: H.BUILD_MAP,
  STORE_MAP: H.STORE_MAP,
  BUILD_SET: H.BUILD_SET,
  BUILD_SLICE: H.BUILD_SLICE,
  STORE_COMP: H.STORE_COMP,
  UNPACK_SEQUENCE: H.UNPACK_SEQUENCE,
  UNPACK_EX: H.UNPACK_EX,
  RETURN_VALUE: H.RETURN_VALUE,
  RAISE_LAST: H.RAISE_LAST,
  RAISE_OBJ: H.RAISE_OBJ,
  RAISE_FROM: H.RAISE_FROM,
  YIELD_VALUE: H.YIELD_VALUE,
  YIELD_FROM: H.YIELD_FROM,
  MAKE_FUNCTION: H.MAKE_FUNCTION,
  MAKE_FUNCTION_DEFARGS: H.MAKE_FUNCTION_DEFARGS,
  MAKE_CLOSURE: H.MAKE_CLOSURE,
  MAKE_CLOSURE_DEFARGS: H.MAKE_CLOSURE_DEFARGS,
  CALL_FUNCTION: H.CALL_FUNCTION,
  CALL_FUNCTION_VAR_KW: H.CALL_FUNCTION_VAR_KW,
  CALL_METHOD: H.CALL_METHOD,
  CALL_METHOD_VAR_KW: H.CALL_METHOD_VAR_KW,
  IMPORT_NAME: H.IMPORT_NAME,
  IMPORT_FROM: H.IMPORT_FROM,
  IMPORT_STAR: H.IMPORT_STAR,
  LOAD_CONST_SMALL_INT_MULTI: H.SMALL_INT_MULTI,
  LOAD_FAST_MULTI: H.LOAD_FAST_MULTI,
  STORE_FAST_MULTI: H.STORE_FAST_MULTI,
  UNARY_OP_MULTI: H.UNARY_OP_MULTI,
  BINARY_OP_MULTI: H.BINARY_OP_MULTI,
};

/** Opcode byte -> handler; every byte of a MULTI family maps to the family's handler. */
const DISPATCH: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const o of OPCODES) for (let i = 0; i < o.count; i++) t[o.code + i] = HANDLER_OF[o.name];
  return t;
})();


const binIndex = (name: (typeof BINARY_OPS)[number]) => BINARY_OPS.indexOf(name);
const BIN_ADD = binIndex("ADD");
const BIN_INPLACE_ADD = binIndex("INPLACE_ADD");
const BIN_SUBTRACT = binIndex("SUBTRACT");
const BIN_INPLACE_SUBTRACT = binIndex("INPLACE_SUBTRACT");
const BIN_MULTIPLY = binIndex("MULTIPLY");
const BIN_INPLACE_MULTIPLY = binIndex("INPLACE_MULTIPLY");
const BIN_TRUE_DIVIDE = binIndex("TRUE_DIVIDE");
const BIN_LESS = binIndex("LESS");
const BIN_MORE = binIndex("MORE");
const BIN_EQUAL = binIndex("EQUAL");
const BIN_EXCEPTION_MATCH = binIndex("EXCEPTION_MATCH");

/** float op float for the arithmetic that cannot raise; undefined sends the rest the long way. */
function floatFast(k: number, a: number, b: number): Value | undefined {
  if (k === BIN_ADD || k === BIN_INPLACE_ADD) return new PyFloat(a + b);
  if (k === BIN_SUBTRACT || k === BIN_INPLACE_SUBTRACT) return new PyFloat(a - b);
  if (k === BIN_MULTIPLY || k === BIN_INPLACE_MULTIPLY) return new PyFloat(a * b);
  if (k === BIN_TRUE_DIVIDE && b !== 0) return new PyFloat(a / b);
  if (k === BIN_LESS) return a < b;
  if (k === BIN_MORE) return a > b;
  return undefined;
}

/** Iterator slots a for loop keeps on the stack (MP_OBJ_ITER_BUF_NSLOTS). */
const ITER_SLOTS = 4;

function nameError(name: string): PyException {
  return pyErr(NAME_ERROR, `name '${name}' isn't defined`);
}

/** mp_make_raise_obj: an exception class is called first; what results must be an exception. */
function makeRaise(v: Value): PyException {
  const e = v instanceof PyType && isExceptionType(v) ? callValue(v, [], null) : v;
  if (e instanceof PyException) return e;
  return typeError("exceptions must derive from BaseException");
}

/** JS failures that stand for Python exceptions: the stack running out is MicroPython's RuntimeError. */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
  // m_malloc_fail's MemoryError, made with whatever memory is left (py/objexcept.c).
  if (e instanceof HeapExhausted) return memoryError(e);
  if (e instanceof RangeError && /Invalid (string|array|typed array) length|Array buffer allocation/i.test(e.message)) return pyErr(MEMORY_ERROR, "memory allocation failed");
  if (e instanceof Error && isExceptionName(e.name)) return pyErr(EXC_BY_NAME(e.name), e.message);
  throw e;
}

let excByName: (n: string) => PyType | undefined = () => undefined;
export function setExceptionResolver(f: (n: string) => PyType | undefined): void {
  excByName = f;
}
const isExceptionName = (n: string) => excByName(n) !== undefined;
const EXC_BY_NAME = (n: string) => excByName(n)!;

function addTraceback(e: PyException, code: Code, ip: number): void {
  const line = code.lineOf(ip - code.prelude.codeStart);
  addTracebackEntry(e, { file: code.ctx.fileName, line, name: code.name });
}

/**
 * Runs `f` until it returns (the value) or yields (YIELDED, the value on its stack). Python
 * exceptions propagate as thrown PyException objects with a traceback entry for this frame.
 */
function execute(f: Frame): Value | typeof YIELDED {
  const code = f.code;
  const bc = code.raw.data;
  const ctx = code.ctx;
  const qstrs = ctx.qstrs;
  const consts = ctx.consts;
  const s = f.state;
  const top = code.prelude.nState - 1;
  const excStack = f.exc;
  let ip = f.ip;
  let sp = f.sp;
  const prevTop = interp.top;
  f.parent = prevTop;
  interp.top = f;
  // Entering or resuming a frame is a pending-check point too: a program can loop through calls
  // and exceptions alone, without a backward jump.
  interp.poll();
  if (++interp.depth > interp.maxDepth) {
    interp.depth--;
    interp.top = prevTop;
    throw pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
  }
  let opStart = ip;
  let pending: Value = f.inject;
  f.inject = null;
  try {
    for (;;) {
      try {
        if (pending !== null) {
          const e = pending;
          pending = null;
          // An exception injected into a suspended generator is raised at its yield.
          if (bc[ip - 1] === C.YIELD_FROM || bc[ip] === C.YIELD_FROM) {
            // handled by YIELD_FROM below: push None as the send value and let it throw in
            if (bc[ip] === C.YIELD_FROM) {
              s[++sp] = null;
              opStart = ip;
              ip++;
              sp = yieldFromStep(f, s, sp, e);
              if (sp < 0) {
                f.ip = opStart;
                f.sp = -sp - 2;
                return YIELDED;
              }
              continue;
            }
          }
          throw makeRaise(e);
        }
        for (;;) {
          opStart = ip;
          const op = bc[ip++]!;
          // Decoders for the argument that follows the opcode.
          switch (DISPATCH[op]) {
            case H.LOAD_CONST_FALSE:
              s[++sp] = false;
              break;
            case H.LOAD_CONST_NONE:
              s[++sp] = null;
              break;
            case H.LOAD_CONST_TRUE:
              s[++sp] = true;
              break;
            case H.LOAD_CONST_SMALL_INT: {
              let b = bc[ip]!;
              let n = b & 0x40 ? -1 : 0;
              do {
                b = bc[ip++]!;
                n = n * 128 + (b & 0x7f);
              } while (b & 0x80);
              s[++sp] = n;
              break;
            }
            case H.LOAD_CONST_STRING: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = qstrs[u]!;
              break;
            }
            case H.LOAD_CONST_OBJ: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = consts[u];
              break;
            }
            case H.LOAD_NULL:
              s[++sp] = undefined;
              break;
            case H.LOAD_FAST_N: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const v = s[top - u];
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.LOAD_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const v = (s[top - u] as PyCell).v;
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.LOAD_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const name = qstrs[u]!;
              const loc = interp.locals ?? ctx.globals;
              let v = loc.get(name);
              if (v === undefined && loc !== ctx.globals) v = ctx.globals.get(name);
              if (v === undefined) v = interp.builtins.get(name);
              if (v === undefined) throw nameError(name);
              s[++sp] = v;
              break;
            }
            case H.LOAD_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const name = qstrs[u]!;
              let v = ctx.globals.get(name);
              if (v === undefined) v = interp.builtins.get(name);
              if (v === undefined) throw nameError(name);
              s[++sp] = v;
              break;
            }
            case H.LOAD_ATTR: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const o = s[sp];
              if (o instanceof PyInstance) {
                const own = o.dict.get(qstrs[u]!);
                if (own !== undefined && !(o.type.lookup(qstrs[u]!) instanceof PyProperty)) {
                  s[sp] = own;
                  break;
                }
              }
              s[sp] = getAttr(o, qstrs[u]!);
              break;
            }
            case H.LOAD_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              loadMethod(s[sp], qstrs[u]!, s, sp);
              sp++;
              break;
            }
            case H.LOAD_SUPER_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp--;
              const cls = s[sp] as PyType;
              const self = s[sp + 1];
              const m = uncharged(() => superAttr(new PySuper(cls, self), qstrs[u]!));
              if (m instanceof PyBoundMethod) {
                s[sp - 1] = m.fn;
                s[sp] = m.self;
              } else {
                s[sp - 1] = m;
                s[sp] = undefined;
              }
              break;
            }
            case H.LOAD_BUILD_CLASS:
              // Looked up in builtins, so a program may replace it.
              s[++sp] = interp.builtins.get("__build_class__") ?? BUILD_CLASS;
              break;
            case H.LOAD_SUBSCR: {
              const index = s[sp--];
              s[sp] = subscr(s[sp], index);
              break;
            }
            case H.STORE_FAST_N: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[top - u] = s[sp--];
              break;
            }
            case H.STORE_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              (s[top - u] as PyCell).v = s[sp--];
              break;
            }
            case H.STORE_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              (interp.locals ?? ctx.globals).set(qstrs[u]!, s[sp--]);
              break;
            }
            case H.STORE_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              ctx.globals.set(qstrs[u]!, s[sp--]);
              break;
            }
            case H.STORE_ATTR: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (s[sp - 1] === undefined) delAttr(s[sp], qstrs[u]!);
              else setAttr(s[sp], qstrs[u]!, s[sp - 1]);
              sp -= 2;
              break;
            }
            case H.STORE_SUBSCR:
              // A NULL value is `del obj[index]` (the compiler stores NULL to delete).
              if (s[sp - 2] === undefined) delSubscr(s[sp - 1], s[sp]);
              else storeSubscr(s[sp - 1], s[sp], s[sp - 2]);
              sp -= 3;
              break;
            case H.DELETE_FAST: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (s[top - u] === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[top - u] = undefined;
              break;
            }
            case H.DELETE_DEREF: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const cell = s[top - u] as PyCell;
              if (cell.v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              cell.v = undefined;
              break;
            }
            case H.DELETE_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (!(interp.locals ?? ctx.globals).delete(qstrs[u]!)) throw nameError(qstrs[u]!);
              break;
            }
            case H.DELETE_GLOBAL: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              if (!ctx.globals.delete(qstrs[u]!)) throw nameError(qstrs[u]!);
              break;
            }
            case H.DUP_TOP:
              s[sp + 1] = s[sp];
              sp++;
              break;
            case H.DUP_TOP_TWO:
              s[sp + 1] = s[sp - 1];
              s[sp + 2] = s[sp];
              sp += 2;
              break;
            case H.POP_TOP:
              sp--;
              break;
            case H.ROT_TWO: {
              const t = s[sp];
              s[sp] = s[sp - 1];
              s[sp - 1] = t;
              break;
            }
            case H.ROT_THREE: {
              const t = s[sp];
              s[sp] = s[sp - 1];
              s[sp - 1] = s[sp - 2];
              s[sp - 2] = t;
              break;
            }
            case H.JUMP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              ip += off;
              if (off < 0) interp.poll();
              if (sched.pending) runPending();
              break;
            }
            case H.POP_JUMP_IF_TRUE:
            case H.POP_JUMP_IF_FALSE: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              const v = s[sp--];
              const t = v === true ? true : v === false ? false : truthy(v);
              if (t === (op === C.POP_JUMP_IF_TRUE)) {
                ip += off;
                if (off < 0) interp.poll();
              }
              if (sched.pending) runPending();
              break;
            }
            case H.JUMP_IF_TRUE_OR_POP:
            case H.JUMP_IF_FALSE_OR_POP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              if (truthy(s[sp]) === (op === C.JUMP_IF_TRUE_OR_POP)) ip += off;
              else sp--;
              if (sched.pending) runPending();
              break;
            }
            case H.SETUP_WITH: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              const mgr = s[sp];
              const exit = lookupSpecial(mgr, "__exit__");
              const enter = lookupSpecial(mgr, "__enter__");
              if (exit === undefined || enter === undefined) throw pyErr(ATTRIBUTE_ERROR, `'${typeName(mgr)}' object has no attribute '${enter === undefined ? "__enter__" : "__exit__"}'`);
              const ret = callValue(enter, [], null);
              // MicroPython keeps (__exit__, self) as a method pair; a bound method in one slot and a NULL marker do the same.
              s[sp] = exit;
              s[sp + 1] = undefined;
              sp++;
              excStack.push({ handler: ip + off, sp, isFinally: true, prevExc: null });
              s[++sp] = ret;
              break;
            }
            case H.WITH_CLEANUP: {
              const t = s[sp];
              if (t === null) {
                // stack: (..., __exit__, NULL, None)
                callValue(s[sp - 2], [null, null, null], null);
                sp -= 2;
                s[sp] = null;
              } else if (typeof t === "number") {
                // unwind return or jump: (..., __exit__, NULL, data, cause)
                const data = s[sp - 1];
                callValue(s[sp - 3], [null, null, null], null);
                s[sp - 3] = data;
                s[sp - 2] = t;
                sp -= 2;
              } else {
                const e = t as PyException;
                const r = callValue(s[sp - 2], [e.type, e, null], null);
                if (truthy(r)) {
                  sp -= 2;
                  s[sp] = null;
                } else {
                  sp -= 2;
                  s[sp] = e;
                }
              }
              break;
            }
            case H.UNWIND_JUMP: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? ((b0 & 0x7f) | (bc[ip + 1]! << 7)) - 0x4000 : b0 - 0x40;
              ip += b0 & 0x80 ? 2 : 1;
              s[++sp] = ip + off; // destination, as a raw number
              const unum = bc[ip++]!;
              const r = unwindJump(f, s, sp, ip, unum);
              sp = r.sp;
              ip = r.ip;
              if (sched.pending) runPending();
              break;
            }
            case H.SETUP_EXCEPT:
            case H.SETUP_FINALLY: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              excStack.push({ handler: ip + off, sp, isFinally: op === C.SETUP_FINALLY, prevExc: null });
              break;
            }
            case H.END_FINALLY: {
              excStack.pop();
              interp.currentException = null;
              const t = s[sp];
              if (t === null) sp--;
              else if (typeof t === "number") {
                sp--;
                if (t < 0) {
                  // unwind return: the return value is below.
                  const r = unwindReturn(f, s, sp, ip);
                  if (r.done) return finishReturn(f, s[r.sp]);
                  sp = r.sp;
                  ip = r.ip;
                } else {
                  s[++sp] = t;
                  // continue an unwind jump: destination is below the count
                  sp--;
                  const r = unwindJump(f, s, sp, ip, t);
                  sp = r.sp;
                  ip = r.ip;
                }
              } else throw makeRaise(t); // an exception (a damaged file may leave anything here)
              break;
            }
            case H.GET_ITER:
              s[sp] = getIter(s[sp]);
              break;
            case H.GET_ITER_STACK: {
              // Iterators of the native containers live in the 4 stack slots, not on the heap.
              const src = s[sp];
              const it = typeof src === "string" || src instanceof PyList || src instanceof PyTuple || src instanceof PyDict || src instanceof PySet || src instanceof PyRange || src instanceof PyBytes || src instanceof PyByteArray || src instanceof PyArray || src instanceof PyMemoryView ? uncharged(() => getIter(src)) : getIter(src);
              s[sp] = undefined;
              s[sp + 1] = it;
              s[sp + 2] = undefined;
              s[sp + 3] = undefined;
              sp += ITER_SLOTS - 1;
              break;
            }
            case H.FOR_ITER: {
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              const it = s[sp - ITER_SLOTS + 2];
              const v = it instanceof PyIterator ? it.next() : iterNext(it);
              if (v === undefined) {
                sp -= ITER_SLOTS;
                ip += off;
              } else s[++sp] = v;
              break;
            }
            case H.POP_EXCEPT_JUMP: {
              excStack.pop();
              interp.currentException = null;
              const b0 = bc[ip]!;
              const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[ip + 1]! << 7) : b0;
              ip += b0 & 0x80 ? 2 : 1;
              ip += off;
              if (sched.pending) runPending();
              break;
            }
            case H.BUILD_TUPLE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              s[sp] = new PyTuple(s.slice(sp, sp + u));
              break;
            }
            case H.BUILD_LIST: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              s[sp] = new PyList(s.slice(sp, sp + u));
              break;
            }
            case H.BUILD_MAP: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = new PyDict(new HashTable(u));
              break;
            }
            case H.STORE_MAP: {
              // stack: dict value key
              (s[sp - 2] as PyDict).table.set(s[sp], s[sp - 1]);
              sp -= 2;
              break;
            }
            case H.BUILD_SET: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              sp -= u - 1;
              const t = new HashTable(u);
              for (let i = 0; i < u; i++) t.set(s[sp + i], undefined);
              s[sp] = new PySet(t);
              break;
            }
            case H.BUILD_SLICE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              let step: Value = null;
              if (u === 3) step = s[sp--];
              const stop = s[sp--];
              s[sp] = new PySlice(s[sp], stop, step);
              break;
            }
            case H.STORE_COMP: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const target = s[sp - (u >> 2)];
              if ((u & 3) === 0) {
                (target as PyList).append(s[sp]);
                sp--;
              } else if ((u & 3) === 1) {
                (target as PyDict).table.set(s[sp], s[sp - 1]);
                sp -= 2;
              } else {
                (target as PySet).table.set(s[sp], undefined);
                sp--;
              }
              break;
            }
            case H.UNPACK_SEQUENCE: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const seq = s[sp];
              const items = seq instanceof PyTuple || seq instanceof PyList ? seq.items : toArray(seq);
              if (items.length < u) throw valueError(`need more than ${items.length} values to unpack`);
              if (items.length > u) throw valueError(`too many values to unpack (expected ${u})`);
              for (let i = 0; i < u; i++) s[sp + i] = items[u - 1 - i];
              sp += u - 1;
              break;
            }
            case H.UNPACK_EX: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nLeft = u & 0xff;
              const nRight = (u >> 8) & 0xff;
              const items = toArray(s[sp]);
              if (items.length < nLeft + nRight) throw valueError(`need more than ${items.length} values to unpack`);
              // Pushed so that the leftmost target pops first.
              const out: Value[] = [];
              for (let i = nRight - 1; i >= 0; i--) out.push(items[items.length - nRight + i]);
              out.push(new PyList(items.slice(nLeft, items.length - nRight)));
              for (let i = nLeft - 1; i >= 0; i--) out.push(items[i]);
              for (let i = 0; i < out.length; i++) s[sp + i] = out[i];
              sp += out.length - 1;
              break;
            }
            case H.MAKE_FUNCTION: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              s[++sp] = new PyFunction(code.child(u), [], null, null);
              break;
            }
            case H.MAKE_FUNCTION_DEFARGS: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const kwd = s[sp--];
              const pos = s[sp];
              s[sp] = new PyFunction(code.child(u), pos instanceof PyTuple ? pos.items : [], kwd instanceof PyDict ? kwd : null, null);
              break;
            }
            case H.MAKE_CLOSURE:
            case H.MAKE_CLOSURE_DEFARGS: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const n = bc[ip++]!;
              const cells = s.slice(sp - n + 1, sp + 1) as PyCell[];
              sp -= n;
              if (op === C.MAKE_CLOSURE) s[++sp] = new PyFunction(code.child(u), [], null, cells);
              else {
                const kwd = s[sp--];
                const pos = s[sp];
                s[sp] = new PyFunction(code.child(u), pos instanceof PyTuple ? pos.items : [], kwd instanceof PyDict ? kwd : null, cells);
              }
              break;
            }
            case H.CALL_FUNCTION: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              sp -= nPos + 2 * nKw;
              const fn = s[sp];
              const args = s.slice(sp + 1, sp + 1 + nPos);
              let kw: KwArgs | null = null;
              if (nKw) {
                kw = [];
                for (let i = 0; i < nKw; i++) kw.push([s[sp + 1 + nPos + 2 * i] as string, s[sp + 2 + nPos + 2 * i]]);
              }
              f.ip = opStart;
              s[sp] = callValue(fn, args, kw);
              break;
            }
            case H.CALL_METHOD: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              sp -= nPos + 2 * nKw + 1;
              const fn = s[sp];
              const self = s[sp + 1];
              const args = self === undefined ? s.slice(sp + 2, sp + 2 + nPos) : s.slice(sp + 1, sp + 2 + nPos);
              let kw: KwArgs | null = null;
              if (nKw) {
                kw = [];
                for (let i = 0; i < nKw; i++) kw.push([s[sp + 2 + nPos + 2 * i] as string, s[sp + 3 + nPos + 2 * i]]);
              }
              f.ip = opStart;
              s[sp] = callValue(fn, args, kw);
              break;
            }
            case H.CALL_FUNCTION_VAR_KW:
            case H.CALL_METHOD_VAR_KW: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const nPos = u & 0xff;
              const nKw = (u >> 8) & 0xff;
              const isMethod = op === C.CALL_METHOD_VAR_KW ? 1 : 0;
              sp -= nPos + 2 * nKw + 1 + isMethod;
              const fn = s[sp];
              const bitmap = s[sp + 1 + isMethod + nPos + 2 * nKw] as number;
              const [args, kw] = collectVarArgs(s, sp + 1 + isMethod, nPos, nKw, bitmap);
              if (isMethod && s[sp + 1] !== undefined) args.unshift(s[sp + 1]);
              f.ip = opStart;
              s[sp] = callValue(fn, args, kw);
              break;
            }
            case H.RETURN_VALUE: {
              const r = unwindReturn(f, s, sp, ip);
              if (r.done) return finishReturn(f, s[r.sp]);
              sp = r.sp;
              ip = r.ip;
              break;
            }
            case H.RAISE_LAST: {
              let e: PyException | null = null;
              for (let i = excStack.length - 1; i >= 0; i--) {
                if (excStack[i]!.prevExc) {
                  e = excStack[i]!.prevExc;
                  break;
                }
              }
              throw e ?? pyErr(RUNTIME_ERROR, "no active exception to reraise");
            }
            case H.RAISE_OBJ:
              throw makeRaise(s[sp]);
            case H.RAISE_FROM: {
              sp--;
              throw makeRaise(s[sp]);
            }
            case H.YIELD_VALUE:
              f.ip = ip;
              f.sp = sp;
              return YIELDED;
            case H.YIELD_FROM: {
              f.ip = ip;
              const r = yieldFromStep(f, s, sp, null);
              if (r < 0) {
                f.ip = opStart;
                f.sp = -r - 2;
                return YIELDED;
              }
              sp = r;
              break;
            }
            case H.IMPORT_NAME: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              const fromList = s[sp--];
              const level = s[sp] as number;
              f.ip = opStart;
              s[sp] = importName(qstrs[u]!, fromList, level, ctx.globals);
              break;
            }
            case H.IMPORT_FROM: {
              let u = 0, b;
              do { b = bc[ip++]!; u = (u << 7) | (b & 0x7f); } while (b & 0x80);
              f.ip = opStart;
              const v = importFrom(s[sp], qstrs[u]!, ctx.globals);
              s[++sp] = v;
              break;
            }
            case H.IMPORT_STAR: {
              f.ip = opStart;
              importAll(s[sp--], interp.locals ?? ctx.globals);
              break;
            }
            case H.SMALL_INT_MULTI:
              s[++sp] = op - C.SMALL_INT_MULTI - 16;
              break;
            case H.LOAD_FAST_MULTI: {
              const v = s[top - (op - C.LOAD_FAST_MULTI)];
              if (v === undefined) throw pyErr(NAME_ERROR, "local variable referenced before assignment");
              s[++sp] = v;
              break;
            }
            case H.STORE_FAST_MULTI:
              s[top - (op - C.STORE_FAST_MULTI)] = s[sp--];
              break;
            case H.UNARY_OP_MULTI:
              s[sp] = unaryOp(unaryOpByIndex(op - C.UNARY_OP_MULTI), s[sp]);
              break;
            case H.BINARY_OP_MULTI: {
              const rhs = s[sp--];
              const lhs = s[sp];
              const k = op - C.BINARY_OP_MULTI;
              if (typeof lhs === "number" && typeof rhs === "number") {
                // The commonest small-int operations inline.
                if (k === BIN_ADD || k === BIN_INPLACE_ADD) {
                  const r = lhs + rhs;
                  if (r <= 0x3fffffff && r >= -0x40000000) {
                    s[sp] = r;
                    break;
                  }
                } else if (k === BIN_SUBTRACT || k === BIN_INPLACE_SUBTRACT) {
                  const r = lhs - rhs;
                  if (r <= 0x3fffffff && r >= -0x40000000) {
                    s[sp] = r;
                    break;
                  }
                } else if (k === BIN_LESS) {
                  s[sp] = lhs < rhs;
                  break;
                } else if (k === BIN_MORE) {
                  s[sp] = lhs > rhs;
                  break;
                } else if (k === BIN_EQUAL) {
                  s[sp] = lhs === rhs;
                  break;
                }
              } else if (lhs instanceof PyFloat && rhs instanceof PyFloat) {
                const r = floatFast(k, lhs.v, rhs.v);
                if (r !== undefined) {
                  s[sp] = r;
                  break;
                }
              }
              if (k === BIN_EXCEPTION_MATCH) s[sp] = exceptionMatch(lhs, rhs);
              else s[sp] = binaryOp(binaryOpByIndex(k), lhs, rhs);
              break;
            }
            default:
              throw pyErr(EXC_BY_NAME("NotImplementedError"), "opcode");
          }
        }
      } catch (thrown) {
        const e = toPyException(thrown);
        // StopIteration escaping a for loop's iterator ends the loop.
        const opByte = bc[opStart];
        if (e.type.isSubtypeOf(STOP_ITERATION) && opByte === C.FOR_ITER) {
          const b0 = bc[opStart + 1]!;
          const off = b0 & 0x80 ? (b0 & 0x7f) | (bc[opStart + 2]! << 7) : b0;
          ip = opStart + 1 + (b0 & 0x80 ? 2 : 1) + off;
          sp = f.sp = sp - ITER_SLOTS + 1 - 1;
          continue;
        }
        if (e.type.isSubtypeOf(STOP_ITERATION) && opByte === C.YIELD_FROM) {
          // StopIteration from the delegate is the value of the yield from expression.
          sp = f.sp;
          s[sp] = e.args.items[0] ?? null;
          ip = opStart + 1;
          continue;
        }
        if (opByte !== C.END_FINALLY && opByte !== C.RAISE_LAST) addTraceback(e, code, opStart);
        while (excStack.length && excStack[excStack.length - 1]!.handler <= opStart) excStack.pop();
        if (excStack.length === 0) throw e;
        const h = excStack[excStack.length - 1]!;
        h.prevExc = e;
        interp.currentException = e;
        ip = h.handler;
        sp = h.sp;
        s[++sp] = e;
      }
    }
  } finally {
    interp.top = prevTop;
    interp.depth--;
  }
}

function finishReturn(f: Frame, v: Value): Value {
  f.sp = -1;
  return v;
}

/**
 * RETURN_VALUE's search for finally handlers not yet running (vm.c unwind_return). Returns
 * done with the stack index of the return value, or where to continue into a finally block.
 */
function unwindReturn(f: Frame, s: Value[], sp: number, ip: number): { done: boolean; sp: number; ip: number } {
  const exc = f.exc;
  while (exc.length) {
    const h = exc[exc.length - 1]!;
    if (h.isFinally) {
      if (h.handler >= ip) {
        // Run the finally: the return value goes just above its saved stack, then the marker -1.
        s[h.sp + 1] = s[sp];
        sp = h.sp + 1;
        s[++sp] = -1;
        return { done: false, sp, ip: h.handler };
      }
      sp = cancelActiveFinally(s, sp);
    }
    exc.pop();
  }
  return { done: true, sp, ip };
}

/** CANCEL_ACTIVE_FINALLY: drops what an active finally block had on the stack below TOS. */
function cancelActiveFinally(s: Value[], sp: number): number {
  if (typeof s[sp - 1] === "number") {
    s[sp - 2] = s[sp];
    return sp - 2;
  }
  s[sp - 1] = s[sp];
  return sp - 1;
}

/** UNWIND_JUMP (vm.c unwind_jump): the destination is at s[sp], `unum` handlers to leave. */
function unwindJump(f: Frame, s: Value[], sp: number, ip: number, unum: number): { sp: number; ip: number } {
  const exc = f.exc;
  while ((unum & 0x7f) > 0) {
    unum -= 1;
    const h = exc[exc.length - 1]!;
    if (h.isFinally) {
      if (h.handler >= ip) {
        s[++sp] = unum;
        return { sp, ip: h.handler };
      }
      sp = cancelActiveFinally(s, sp);
    }
    exc.pop();
  }
  const dest = s[sp--] as number;
  if (unum !== 0) sp -= ITER_SLOTS;
  return { sp, ip: dest };
}

/**
 * One step of YIELD_FROM: the send value is TOS, the sub-iterator below it. Returns the new sp
 * to continue, or -(sp + 2) when the frame must yield the value left on top.
 */
function yieldFromStep(f: Frame, s: Value[], sp: number, thrown: Value): number {
  const send = s[sp--];
  const it = s[sp];
  let r: ["yield" | "return", Value];
  try {
    r = resumeInner(it, send, thrown);
  } catch (e) {
    // The delegate's slot, for a StopIteration that ends the yield from.
    f.sp = sp;
    throw e;
  }
  if (r[0] === "yield") {
    s[++sp] = r[1];
    return -(sp + 2);
  }
  s[sp] = r[1];
  // A GeneratorExit sent down is raised again even when the delegate swallowed it.
  if (thrown !== null && (thrown instanceof PyType ? thrown : typeOf(thrown)).isSubtypeOf(GENERATOR_EXIT)) throw makeRaise(thrown);
  return sp;
}

export function exceptionMatch(v: Value, cls: Value): boolean {
  const t = typeOf(v);
  if (cls instanceof PyTuple) return cls.items.some((c) => exceptionMatch(v, c));
  if (!(cls instanceof PyType) || !isExceptionType(cls)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return t.isSubtypeOf(cls);
}

export const BUILD_CLASS = new PyBuiltin("__build_class__", buildClass);

/** The builtins' own __import__: a program that replaces it gets its function called instead. */
export const DEFAULT_IMPORT: { fn: PyBuiltin } = {
  fn: new PyBuiltin("__import__", (a) => builtinImport(a)),
};

