// str() and repr() of every value, as MicroPython v1.27.0 prints them (py/obj*.c print slots).

import { chargeNative, NATIVE_CYCLES } from "./native-cost.js";
import { floatRepr } from "../../bytecode/floatrepr.js";
import { ATTRTUPLE, PyAttrTuple } from "./attrtuple.js";
import { mpFormatFloat, REPR_PREC } from "./format.js";
import { PyDict, PySet } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { PyFunction, PyGenerator } from "./value.js";
import { identity } from "./hash.js";
import {
  PyBoundMethod,
  PyBuiltin,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyException,
  PyFloat,
  PyInstance,
  PyList,
  PyMemoryView,
  PyModule,
  PyObject,
  PyRange,
  PySingleton,
  PySlice,
  PySuper,
  PyTuple,
  PyType,
  typeOf,
  type Value,
} from "./value.js";
import { OS_ERROR, pyErr, RUNTIME_ERROR, typeError } from "./exceptions.js";
import { osErrorText } from "../lib/sysinfo.js";
import { NativeObject } from "./native.js";
import { bitLength, refuseBeyondHeap } from "../memory/bounds.js";

/** Ints above this are measured before they are written out (below, the text is small anyway). */
const BIG_TEXT = 1n << 100_000n;

export function typeName(v: Value): string {
  return typeOf(v).name;
}

export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + q;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(q);
  for (const c of b) {
    if (c === q || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else out += "\\x" + c.toString(16).padStart(2, "0");
  }
  return out + String.fromCharCode(q);
}

export function floatStr(f: number): string {
  return floatRepr(f);
}

/** py/objcomplex.c complex_print: a zero real part (either sign) is left out; the imaginary part
 * is written as 'g' with repr precision, signed when the real part is shown. */
export function complexRepr(c: PyComplex): string {
  const im = mpFormatFloat(c.im, "g", REPR_PREC, c.re !== 0 ? "+" : "");
  if (c.re === 0) return im + "j";
  return `(${mpFormatFloat(c.re, "g", REPR_PREC)}${im}j)`;
}

/**
 * How deep printing may nest before MicroPython's C stack check (mp_obj_print_helper) stops it
 * with RuntimeError: about where the v1.27.0 WebAssembly port's 32 KiB stack runs out. A list
 * that contains itself therefore fails to print, as on a board, rather than printing [...].
 */
const PRINT_NESTING_LIMIT = 2000;
let printDepth = 0;

function seq(open: string, items: Value[], close: string): string {
  return open + items.map(repr).join(", ") + close;
}

/** A long int's decimal text, charged as mpz_as_str's time: one division by ten of the whole number per character. */
function bigText(v: bigint): string {
  const text = String(v);
  chargeNative(NATIVE_CYCLES.bigTextPair * text.length * Math.ceil(text.length * DIGITS_PER_CHAR));
  return text;
}

/** 16-bit digits per decimal character: log2(10) / 16. */
const DIGITS_PER_CHAR = Math.log2(10) / 16;

export function repr(v: Value): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
      return String(v);
    case "bigint":
      // mpz_as_str allocates the whole text first: one the heap could not hold is MemoryError before the host
      // spends seconds converting it.
      if (v > BIG_TEXT || v < -BIG_TEXT) refuseBeyondHeap(Math.ceil(bitLength(v) * Math.LOG10E * Math.LN2) + 2);
      return bigText(v);
    case "boolean":
      return v ? "True" : "False";
    default:
      break;
  }
  if (v === null) return "None";
  if (v === undefined) return "<NULL>";
  return objectText(v, true);
}

export function str(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof PyObject) return objectText(v, false);
  return repr(v);
}

function objectText(v: PyObject, asRepr: boolean): string {
  if (v instanceof PyFloat) return floatStr(v.v);
  if (v instanceof PyInstance && v.type.isUser) {
    const m = asRepr ? lookupSpecial(v, "__repr__") : (lookupSpecial(v, "__str__") ?? lookupSpecial(v, "__repr__"));
    if (m !== undefined) {
      const r = callValue(m, [], null);
      if (typeof r !== "string") throw typeError(`__${asRepr ? "repr" : "str"}__ returned non-string`);
      return r;
    }
  }
  if (v instanceof PyException) return exceptionText(v, asRepr);
  if (printDepth >= PRINT_NESTING_LIMIT) throw pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
  printDepth++;
  try {
    return objectText2(v, asRepr);
  } finally {
    printDepth--;
  }
}

function exceptionText(e: PyException, asRepr: boolean): string {
  const args = e.args.items;
  if (asRepr) {
    return `${e.type.name}${objectText(e.args, true)}`;
  }
  if (args.length === 0) return "";
  // OSError(errno) prints the errno's name: [Errno 19] ENODEV.
  // OSError(errno, text) adds the text: [Errno 5] EIO: details.
  if (e.type === OS_ERROR && typeof args[0] === "number" && args.length <= 2) {
    const known = osErrorText(args[0]);
    if (known !== String(args[0])) return args.length === 1 ? known : `${known}: ${str(args[1])}`;
  }
  if (args.length === 1) return str(args[0]);
  return seq("(", args, ")");
}

function objectText2(v: PyObject, asRepr: boolean): string {
  if (v instanceof PyList) return seq("[", v.items, "]");
  if (v instanceof PyAttrTuple) {
    const fields = v.fields.map((f, i) => `${f}=${repr(v.items[i])}`).join(", ");
    return `${v.type === ATTRTUPLE ? "" : v.type.name}(${fields})`;
  }
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : seq("(", v.items, ")");
  if (v instanceof PyDict) {
    const parts = v.table.entries().map(([k, x]) => `${repr(k)}: ${repr(x)}`);
    return (v.type.name === "OrderedDict" ? "OrderedDict({" : "{") + parts.join(", ") + (v.type.name === "OrderedDict" ? "})" : "}");
  }
  if (v instanceof PySet) {
    const keys = v.table.keyList();
    if (v.frozen) return keys.length === 0 ? "frozenset()" : `frozenset(${seq("{", keys, "}")})`;
    return keys.length === 0 ? "set()" : seq("{", keys, "}");
  }
  if (v instanceof PyBytes) return bytesRepr(v.b);
  if (v instanceof PyByteArray) return `bytearray(${bytesRepr(v.b)})`;
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PySingleton) return v.name;
  if (v instanceof PySuper) return `<super: ${repr(v.cls)}, ${repr(v.self)}>`;
  if (v instanceof PyType) return `<class '${v.name}'>`;
  if (v instanceof PyModule) {
    const file = v.dict.get("__file__");
    return typeof file === "string" ? `<module '${v.name}' from '${file}'>` : `<module '${v.name}'>`;
  }
  if (v instanceof PyFunction) return `<function ${v.name} at 0x${identity(v).toString(16)}>`;
  if (v instanceof PyGenerator) return `<generator object '${v.name}' at ${identity(v).toString(16)}>`;
  if (v instanceof PyBuiltin) return "<function>";
  if (v instanceof PyBoundMethod) return `<bound_method ${identity(v)} ${repr(v.self)}.${repr(v.fn)}>`;
  if (v instanceof PyMemoryView) return "<memoryview>";
  if (v instanceof PyInstance) {
    // The native part prints (a str or int part is a plain JS value).
    const base: Value = v.base;
    if (base instanceof NativeObject && !base.hasPrint()) return `<${v.type.name} object at ${identity(v).toString(16)}>`;
    if (base instanceof PyObject) return objectText(base, asRepr);
    if (base !== null && base !== undefined) return asRepr ? repr(base) : str(base);
    return `<${v.type.name} object at ${identity(v).toString(16)}>`;
  }
  const custom = (v as { repr?: () => string }).repr;
  if (typeof custom === "function") return custom.call(v);
  return `<${v.type.name}>`;
}
