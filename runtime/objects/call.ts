// Calls, attributes and classes on any value (py/runtime.c mp_call_function_n_kw, mp_load_method,
// mp_load_attr, py/objtype.c instance construction, attribute hooks and class creation). A bytecode
// function is called through its own call slot, so this layer needs nothing from the VM.

import { namespaceDict } from "./namespace.js";
import { PyAttrTuple } from "./attrtuple.js";
import { hashAllocAfterInserts } from "../memory/sizes.js";
import { SIZES } from "../memory/sizes.js";
import { charge, own as ownBlocks, uncharged } from "../memory/charge.js";
import { ClassDict } from "./class-dict.js";
import { ATTRIBUTE_ERROR, isExceptionType, clearTraceback, newException, pyErr, STOP_ITERATION, typeError } from "./exceptions.js";
import { PyDict } from "./hashtable.js";
import { typeName } from "./repr.js";
import { BOOL, FUNCTION, GENERATOR, NONE_TYPE, OBJECT, PyBoundMethod, PyBuiltin, PyComplex, PyException, PyFloat, PyInstance, NATIVE_BASE_PENDING, PyModule, PyObject, PyProperty, PyRange, PySlice, PyStaticMethod, PySuper, PyTuple, PyType, TYPE, typeOf, type KwArgs, type Namespace, type Value } from "./value.js";
import { PyFunction } from "./value.js";
import { EXCEPTION_TYPES } from "./exceptions.js";
import { argCountError } from "./args.js";

/** mp_call_function_n_kw. */
export function callValue(f: Value, args: Value[], kw: KwArgs | null): Value {
  if (f instanceof PyFunction) return f.call(args, kw);
  if (f instanceof PyBuiltin) {
    if (args.length < f.minArgs || args.length > f.maxArgs || (kw && f.kwNames && kw.some(([k]) => !f.kwNames!.includes(k)))) throw argCountError(args.length, kw, f.minArgs, f.maxArgs, f.kwNames)!;
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
  if (cls.native && cls.native.make) inst.base = NATIVE_BASE_PENDING;
  return inst;
}

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
      if (name === "errno" && obj.type.isSubtypeOf(EXCEPTION_TYPES.get("OSError")!)) return obj.args.items[0] ?? null;
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
        // A built-in type's method taken from the type checks its first argument's type when
        // called (py/runtime.c mp_obj_new_checked_fun); object's methods check for themselves.
        if (v instanceof PyBuiltin && v.isMethod && !t.isUser && t !== OBJECT && !obj.isUser) return checkedMethod(t, v);
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

export function superAttr(sup: PySuper, name: string): Value {
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
    if (!obj.dict.has(name)) obj.addMember();
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
export function loadMethod(obj: Value, name: string, s: Value[], at: number): void {
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

export function makeClass(name: string, bases: PyType[], ns: Namespace, meta: PyType | null): PyType {
  // A native base must be constructible, and at most one native type may be met walking the bases,
  // each path counted (objtype.c instance_count_native_bases).
  for (const b of bases) {
    const constructible = b.isUser || b === OBJECT || b === TYPE || b.make != null || b.native?.make != null || isExceptionType(b);
    if (!constructible || b === BOOL || b === NONE_TYPE || b === FUNCTION || b === GENERATOR) throw typeError(`type '${b.name}' isn't an acceptable base type`);
  }
  const nativeBases = (t: PyType): number => (t === OBJECT ? 0 : !t.isUser ? 1 : t.bases.reduce((n, b) => n + nativeBases(b), 0));
  if (bases.reduce((n, b) => n + nativeBases(b), 0) > 1) throw typeError("multiple bases have instance lay-out conflict");
  const metatype = meta ?? (bases.find((b) => b.type !== TYPE)?.type ?? null);
  // A class statement's locals dict becomes the class's own (py/objtype.c mp_obj_new_type keeps it).
  const own = ns instanceof ClassDict;
  const cls = new PyType(name, bases.length ? bases : [OBJECT], metatype, own ? ns : new Map());
  for (const [k, v] of ns) cls.dict.set(k, v instanceof PyFunction && (k === "__new__") ? new PyStaticMethod(v, false) : v);
  cls.isUser = true;
  cls.hasProtocol = bases[0]?.hasProtocol === true;
  cls.computeMro();
  for (const b of bases) {
    if (!b.isUser) continue;
    b.subclassed = true;
    if (b.specialAccessors) cls.specialAccessors = true;
  }
  for (const [k, v] of ns) if (!cls.specialAccessors && isSpecialAccessor(k, v)) cls.specialAccessors = true;
  if (own) {
    // __build_class__ makes the bases tuple (kept by the type only with two or more bases), then
    // mp_obj_new_type the type object; the locals dict placed its own blocks as the body ran.
    if (bases.length >= 2) ownBlocks(cls, SIZES.tuple(bases.length));
    else if (bases.length) charge(SIZES.tuple(bases.length));
    const typeBytes = SIZES.classType(bases.length > 0, cls.hasProtocol);
    ownBlocks(cls, typeBytes);
    cls.heapBytes = typeBytes + (bases.length >= 2 ? SIZES.tuple(bases.length) : 0);
  } else {
    // type(name, bases, dict): the type object, its locals dict (grown as names were stored) and the bases tuple.
    charge(SIZES.classType(bases.length > 0, cls.hasProtocol) + SIZES.dict(hashAllocAfterInserts(ns.size)) + (bases.length ? SIZES.tuple(bases.length) : 0));
  }
  // __init_subclass__ is not called by MicroPython; __set_name__ is: every member's is found first
  // (each in a 16-byte list node, garbage afterwards), then all are called, so that one changing or
  // removing another member does not change which are called (py/objtype.c setname list).
  const setName: [Value, string][] = [];
  for (const [k, v] of ns) {
    if (v instanceof PyInstance && v.type.isUser) {
      const sn = lookupSpecial(v, "__set_name__");
      if (sn !== undefined) {
        charge(16);
        setName.push([sn, k]);
      }
    }
  }
  for (const [sn, k] of setName) callValue(sn, [cls, k], null);
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

/** mp_make_raise_obj: an exception class is called first; what results must be an exception. */
export function makeRaise(v: Value): PyException {
  const e = v instanceof PyType && isExceptionType(v) ? callValue(v, [], null) : v;
  if (e instanceof PyException) return e;
  return typeError("exceptions must derive from BaseException");
}

/** MICROPY_BUILTIN_METHOD_CHECK_SELF_ARG: `list.append(x, ...)` needs x to be a list, exactly. */
function checkedMethod(t: PyType, m: PyBuiltin): PyBuiltin {
  return new PyBuiltin(m.name, (a, kw) => {
    if (a.length > 0 && typeOf(a[0]) !== t) throw typeError(`argument should be a '${t.name}' not a '${typeName(a[0])}'`);
    return callValue(m, a, kw);
  });
}
