// gc.collect() for the heap model: walks everything reachable from the roots (loaded modules,
// the running frames, the builtins) and sizes it as MicroPython lays it out; the heap's use becomes
// the fixed import costs plus what is reachable, so garbage made since the last collection is gone.

import { isInterned } from "../memory/import-charge.js";
import { hashAllocAfterInserts, mpzDigits } from "../memory/sizes.js";
import { ClassDict } from "../objects/class-dict.js";
import { PyArray } from "../objects/array.js";
import { PyDict, PySet } from "../objects/hashtable.js";
import { Frame } from "./code.js";
import { interp } from "./state.js";

import { PyIterator } from "../objects/iter.js";
import { tracebackBytes } from "../objects/exceptions.js";
import { NativeObject } from "../objects/native.js";
import { Deque } from "../lib/containers.js";
import { mem } from "../memory/charge.js";
import { type Visit } from "../memory/heap.js";
import { rawChildrenKey, rawRecordKey } from "../memory/import-place.js";
import { type RawCode } from "../../bytecode/rawcode.js";
import { SIZES } from "../memory/sizes.js";
import { namespaceOfDict } from "../objects/namespace.js";
import {
  PyBoundMethod,
  PyByteArray,
  PyBytes,
  PyCell,
  PyComplex,
  PyException,
  PyFloat,
  PyInstance,
  PyList,
  PyMemoryView,
  PyModule,
  PyObject,
  PyProperty,
  PyRange,
  PyStaticMethod,
  PyTuple,
  PyType,
  type Namespace,
  type Value,
} from "../objects/value.js";
import { BytecodeFunction } from "./code.js";
import { BytecodeGenerator } from "./generator.js";

function strBytes(s: string): number {
  if (isInterned(mem.interned, s) || mem.constStrs.has(s)) return 0;
  return SIZES.str(new TextEncoder().encode(s).length);
}

function bigBytes(v: number | bigint): number {
  if (mem.constStrs.has(v)) return 0;
  return SIZES.bigint(mpzDigits(typeof v === "bigint" ? v : BigInt(v)));
}

/** Bytes reachable from the roots, each object counted once. */
export function reachableBytes(modules: Iterable<Value>): number {
  let total = 0;
  walkReachable(modules, (_v, bytes) => void (total += bytes));
  return total;
}

/**
 * Visits every value reachable from the roots once, with the bytes it takes on the device; a
 * list, dict, set, bytearray or instance says it places its own blocks (heap.ts Visit).
 */
const closures = new WeakMap<BytecodeFunction, object>();
/** What stands for a function's closure wrapper (mp_obj_closure_t) in a collection's walk. */
function closureKey(f: BytecodeFunction): object {
  let k = closures.get(f);
  if (!k) closures.set(f, (k = {}));
  return k;
}

const blocks16 = (n: number) => Math.ceil(n / 16) * 16;

export function walkReachable(modules: Iterable<Value>, visit: Visit): void {
  const seen = new Set<unknown>();
  let total = 0;
  let owns = false;
  const stack: Value[] = [];
  const push = (v: Value) => {
    if (v !== null && v !== undefined) stack.push(v);
  };
  const pushNs = (ns: Namespace) => {
    for (const v of ns.values()) push(v);
  };
  // sys.modules holds modules, and whatever else a program put there.
  for (const m of modules) {
    if (m instanceof PyModule) pushNs(m.dict);
    else push(m);
  }
  for (let f: Frame | null = interp.top; f; f = f.parent) {
    // A running frame holds its function, and so the function's code.
    push(f.fn);
    for (const v of f.state) push(v);
    if (f.locals !== f.code.ctx.globals) pushNs(f.locals);
  }
  const codes = new Set<RawCode>();
  const visitCode = (raw: RawCode, inPlace: boolean) => {
    if (codes.has(raw)) return;
    codes.add(raw);
    visit(raw, inPlace ? 0 : blocks16(raw.data.length), true);
    visitChildren(raw, inPlace);
  };
  const visitChildren = (raw: RawCode, inPlace: boolean) => {
    if (!raw.children.length) return;
    visit(rawChildrenKey(raw), blocks16(4 * raw.children.length), true);
    for (const c of raw.children) {
      visit(rawRecordKey(c), 16, true);
      visitCode(c, inPlace);
    }
  };
  // Code a pointer outside the objects keeps (a module context's object-table pointer).
  for (const r of mem.codeRoots) {
    if (r.part === "children") visitChildren(r.raw, false);
    else {
      visit(rawRecordKey(r.raw), 16, true);
      visitCode(r.raw, false);
    }
  }
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (typeof v === "string") {
      visit(v, strBytes(v), false);
      continue;
    }
    if (typeof v === "number") {
      if (v > 0x3fffffff || v < -0x40000000) visit(v, bigBytes(v), false);
      continue;
    }
    if (typeof v === "bigint") {
      visit(v, bigBytes(v), false);
      continue;
    }
    if (!(v instanceof PyObject)) continue;
    // A loaded module's constants are counted with its tables; what they hold is constant too.
    if (mem.consts.has(v)) continue;
    total = 0;
    owns = false;
    if (v instanceof PyFloat) total += 16;
    else if (v instanceof PyComplex) total += 32;
    else if (v instanceof PyTuple) {
      if (v.items.length) total += SIZES.tuple(v.items.length);
      v.items.forEach(push);
      // A namedtuple instance's type pointer keeps a type made at run time.
      if (v.type.heapBytes) push(v.type);
    } else if (v instanceof PyList) {
      total += SIZES.list(v.alloc);
      owns = true;
      v.items.forEach(push);
    } else if (v instanceof PyDict) {
      // A dict over a namespace (a module's __dict__, globals(), sys.modules) is the module's own
      // dict or the VM's static one: counted with the module's import, not again here (so the
      // blocks its table may have been given are not kept either).
      if (namespaceOfDict(v) === null) {
        total += SIZES.dict(v.table.alloc);
        owns = true;
      }
      for (const [k, x] of v.table.entries()) {
        push(k);
        push(x);
      }
    } else if (v instanceof PySet) {
      total += SIZES.set(v.table.alloc);
      owns = true;
      v.table.keyList().forEach(push);
    } else if (v instanceof PyBytes) total += v.b.length ? SIZES.bytes(v.b.length) : 0;
    else if (v instanceof PyByteArray) {
      total += SIZES.bytearray(v.b.length);
      owns = true;
    }
    else if (v instanceof PyArray) total += SIZES.bytearray(v.bytes.length);
    else if (v instanceof PyException) {
      // mp_obj_exception_t (a user subclass's instance holds one as its native base), its args, its traceback.
      total += 16 + tracebackBytes(v) + (v.type.isUser ? SIZES.instance(v.dict.size, 1) : 0);
      push(v.args);
      pushNs(v.dict);
    } else if (v instanceof PyMemoryView) {
      // mp_obj_array_t: its items pointer keeps the viewed object's storage (and so the object) alive.
      total += 16;
      push(v.obj);
    } else if (v instanceof NativeObject && v.js instanceof Deque) {
      total += SIZES.deque(v.js.maxlen);
      for (const x of v.js as Deque<Value>) push(x);
    } else if (v instanceof PyInstance) {
      total += SIZES.instance(v.dict.size, v.base ? 1 : 0);
      owns = true;
      pushNs(v.dict);
      if (v.base) push(v.base);
    } else if (v instanceof BytecodeFunction) {
      // The function's own block; its closure wrapper, and the code it keeps (bytecode, children
      // table, the children's records: the loader's blocks, owned by the raw code), each apart.
      total += SIZES.function(v.defaults.length + (v.kwDefaults ? 1 : 0));
      owns = true;
      if (v.closure) visit(closureKey(v), SIZES.closure(v.closure.length), false);
      visitCode(v.code.raw, v.code.ctx.inPlace === true);
      v.defaults.forEach(push);
      push(v.kwDefaults);
      v.closure?.forEach(push);
    } else if (v instanceof PyCell) {
      total += 16;
      push(v.v);
    } else if (v instanceof PyBoundMethod) {
      total += 16;
      push(v.self);
      push(v.fn);
    } else if (v instanceof BytecodeGenerator) {
      total += SIZES.generator(v.frame.code.prelude.nState, v.frame.code.prelude.nExcStack);
      // The code state points at its function (code_state->fun_bc), which keeps its code.
      push(v.frame.fn);
      v.frame.state.forEach(push);
    } else if ((v instanceof PyIterator && !("heapBytes" in v)) || v instanceof PyRange) total += 16;
    else if (v instanceof PyProperty) {
      if (v.onHeap) total += 16;
      push(v.fget);
      push(v.fset);
      push(v.fdel);
    } else if (v instanceof PyStaticMethod) {
      if (v.onHeap) total += 16;
      push(v.fn);
    }
    else if (v instanceof PyType) {
      // A built-in type and what its dict holds are in ROM.
      if (v.dict instanceof ClassDict) {
        // A class statement's type (and bases tuple) and its locals dict each own their blocks.
        visit(v.dict, v.dict.heapBytes, true);
        total += v.heapBytes;
        owns = true;
        pushNs(v.dict);
      } else if (v.isUser) {
        // A class of type(name, bases, dict) (its bases are never empty: object at least).
        total += SIZES.classType(true, v.hasProtocol) + SIZES.dict(hashAllocAfterInserts(v.dict.size)) + (v.bases.length >= 2 ? SIZES.tuple(v.bases.length) : 0);
        pushNs(v.dict);
      } else if (v.heapBytes) {
        total += v.heapBytes;
        owns = true;
      }
    } else if (v instanceof PyModule) pushNs(v.dict);
    else {
      // Other native objects may say what they hold on the heap and what they keep alive.
      const o = v as { heapBytes?: () => number; heapRefs?: () => Value[] };
      if (typeof o.heapBytes === "function") total += o.heapBytes();
      o.heapRefs?.().forEach(push);
    }
    // An object a built-in module holds is ROM or the port's own (sys.path, sys.argv): what it
    // refers to is still walked.
    visit(v, mem.rom.has(v) ? 0 : total, owns);
  }
}
