// The built-in exception types (py/objexcept.c's hierarchy) and the helpers that raise them.
// A Python exception travels through JavaScript as the thrown PyException object itself. Exceptions
// made while the heap is locked or full degrade as MicroPython's do (see below).

import { objectState } from "./run-state.js";
import { HeapExhausted } from "../memory/heap.js";
import { blocks } from "../memory/sizes.js";
import { internStr, mem, tryCharge, tryGrow, uncharged } from "../memory/charge.js";
import { EMPTY_TUPLE, nativeType, OBJECT, PyException, PyTuple, PyType, type Value } from "./value.js";
import { HostError } from "../lib/host-error.js";

type TracebackEntry = PyException["traceback"][number];

export const BASE_EXCEPTION = nativeType("BaseException", OBJECT);

const defined = new Map<string, PyType>([["BaseException", BASE_EXCEPTION]]);

function exc(name: string, base: PyType): PyType {
  const t = new PyType(name, [base]);
  t.native = BASE_EXCEPTION;
  defined.set(name, t);
  return t;
}

export const SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
export const KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
export const GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
export const EXCEPTION = exc("Exception", BASE_EXCEPTION);
export const STOP_ITERATION = exc("StopIteration", EXCEPTION);
export const STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
export const ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
export const OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
export const ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
export const ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
export const ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
export const EOF_ERROR = exc("EOFError", EXCEPTION);
export const IMPORT_ERROR = exc("ImportError", EXCEPTION);
export const LOOKUP_ERROR = exc("LookupError", EXCEPTION);
export const INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
export const KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
export const MEMORY_ERROR = exc("MemoryError", EXCEPTION);
export const NAME_ERROR = exc("NameError", EXCEPTION);
export const OS_ERROR = exc("OSError", EXCEPTION);
export const RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
export const NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
export const SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
export const INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
export const TYPE_ERROR = exc("TypeError", EXCEPTION);
export const VALUE_ERROR = exc("ValueError", EXCEPTION);
export const UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);

export const EXCEPTION_TYPES: ReadonlyMap<string, PyType> = defined;

export function isExceptionType(t: PyType): boolean {
  return t.isSubtypeOf(BASE_EXCEPTION);
}

// ---- making exceptions when memory is short (py/objexcept.c) ----
// Raising must work with the heap locked (an interrupt handler) or full. Each part of an exception
// is tried on the heap first; failing that, MicroPython falls back to one static exception object
// and to the emergency buffer micropython.alloc_emergency_exception_buf sets aside, laid out on a
// 32-bit port as: two traceback entries (24 bytes), a tuple header and items, a str object, text.
// A part that fits nowhere is left out: no args, no message, or no traceback entry.


const EXC_OBJECT_BYTES = 16;
const STR_OBJECT_BYTES = 16;
const TB_ENTRY_BYTES = 12;
const EMG_TRACEBACK_BYTES = 2 * TB_ENTRY_BYTES;
const tupleBytes = (n: number) => 8 + 4 * n;
const EMG_STR_OFFSET = EMG_TRACEBACK_BYTES + tupleBytes(1);
const EMG_STR_DATA_OFFSET = EMG_STR_OFFSET + STR_OBJECT_BYTES;

/** mp_obj_exception_make_new: a built-in exception, its args on the heap, in the buffer, or dropped. */
export function newException(type: PyType, args: Value[] = []): PyException {
  // A user subclass is an ordinary instance first, which fails like any allocation.
  if (type.isUser) {
    const e = new PyException(type);
    e.args = argsTuple(args);
    return e;
  }
  const e = tryCharge(EXC_OBJECT_BYTES) ? uncharged(() => new PyException(type)) : staticException(type);
  e.args = argsTuple(args);
  return e;
}

/** MP_STATE_VM(mp_emergency_exception_obj): one object, remade each time, so a later one replaces an earlier. */
function staticException(type: PyType): PyException {
  const e = (objectState.staticException ??= uncharged(() => new PyException(type)));
  e.type = type;
  e.traceback = [];
  tracebackStore.delete(e);
  return e;
}

function argsTuple(args: Value[]): PyTuple {
  if (args.length === 0) return EMPTY_TUPLE;
  const fits = tryCharge(tupleBytes(args.length)) || objectState.emergencyBytes >= EMG_TRACEBACK_BYTES + tupleBytes(args.length);
  return fits ? uncharged(() => new PyTuple(args)) : EMPTY_TUPLE;
}

/**
 * mp_obj_new_exception_msg_varg: the formatted message is a str object and a text buffer; in the
 * emergency buffer the text is cut to what fits after the str object, and with neither the
 * exception has no message.
 */
export function pyErr(type: PyType, message?: string): PyException {
  if (message === undefined) return newException(type);
  if (typeof message !== "string") return newException(type, [message]);
  return formattedError(type, message, message);
}

/** With the str object but no buffer for the text, MicroPython shows the format text unformatted. */
function formattedError(type: PyType, message: string, format: string): PyException {
  const hasObject = tryCharge(STR_OBJECT_BYTES);
  const hasText = tryCharge(utf8Bytes(format).length + 1);
  if (hasObject && hasText) return newException(type, [message]);
  if (objectState.emergencyBytes >= EMG_STR_DATA_OFFSET + 16) return newException(type, [cutUtf8(message, objectState.emergencyBytes - EMG_STR_DATA_OFFSET - 1)]);
  return hasObject ? newException(type, [format]) : newException(type);
}

/**
 * The MemoryError of a failed allocation (m_malloc_fail); the heap-locked text is fixed, in ROM.
 * Its text is made on the heap as the device makes it, so what is left decides it (heap.ts failText).
 */
export function memoryError(e: HeapExhausted): PyException {
  if (!e.locked && mem.off === 0 && objectState.emergencyBytes === 0) {
    const text = mem.heap.failText(e.requested);
    return uncharged(() => newException(MEMORY_ERROR, text === "" ? [] : [text]));
  }
  if (!e.locked) return formattedError(MEMORY_ERROR, e.message, "memory allocation failed, allocating %u bytes");
  const fits = tryCharge(STR_OBJECT_BYTES) || objectState.emergencyBytes >= EMG_STR_DATA_OFFSET;
  return newException(MEMORY_ERROR, fits ? [e.message] : []);
}

/** Where each exception's traceback is stored: entries it has room for, and whether that is the emergency buffer. */
const tracebackStore = new WeakMap<PyException, { entries: number; emergency: boolean }>();

/**
 * mp_obj_exception_add_traceback: one entry as the exception leaves a frame. The storage grows one
 * entry at a time; when it cannot (heap locked or full, or it is the emergency buffer's two
 * entries) the entry is dropped, so a traceback made in an interrupt handler stays short.
 */
export function addTracebackEntry(e: PyException, entry: TracebackEntry): void {
  let store = tracebackStore.get(e);
  if (!store) {
    if (tryCharge(TB_ENTRY_BYTES)) store = { entries: 1, emergency: false };
    else if (objectState.emergencyBytes >= EMG_TRACEBACK_BYTES) store = { entries: 2, emergency: true };
    else return;
    tracebackStore.set(e, store);
  } else if (e.traceback.length >= store.entries) {
    if (store.emergency) return;
    if (!tryGrow(blocks(TB_ENTRY_BYTES * (store.entries + 1)) - blocks(TB_ENTRY_BYTES * store.entries))) return;
    store.entries++;
  }
  e.traceback.push(entry);
}

/** Bytes of an exception's traceback storage (0 if it never left a frame, or uses the emergency buffer). */
export function tracebackBytes(e: PyException): number {
  const store = tracebackStore.get(e);
  return store && !store.emergency ? blocks(TB_ENTRY_BYTES * store.entries) : 0;
}

/** exc.__traceback__ = None: the entries go, their storage stays for the next raise. */
export function clearTraceback(e: PyException): void {
  e.traceback.length = 0;
}

function utf8Bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** The longest prefix of `s` within `max` UTF-8 bytes, never splitting a character. */
function cutUtf8(s: string, max: number): string {
  let n = 0;
  let out = "";
  for (const ch of s) {
    n += utf8Bytes(ch).length;
    if (n > max) break;
    out += ch;
  }
  return out;
}

export const typeError = (m: string) => pyErr(TYPE_ERROR, m);
export const valueError = (m: string) => pyErr(VALUE_ERROR, m);

/** qstr_from_strn: a name made a qstr at run time must fit the qstr's one-byte length (255 bytes), and is interned. */
export function qstrName(name: string): string {
  if (name.length > 85 && new TextEncoder().encode(name).length > 255) throw pyErr(RUNTIME_ERROR, "name too long");
  return internStr(name);
}

/**
 * The one place a HostError from library code becomes a Python exception: its type by name, the
 * errno as OSError's only argument, an empty message as no arguments.
 */
export function hostException(e: HostError): PyException {
  const t = EXCEPTION_TYPES.get(e.pyType);
  if (!t) throw new Error(`HostError names no built-in exception type: ${e.pyType}`);
  if (e.errno !== undefined) return newException(t, [e.errno]);
  return e.message === "" ? newException(t) : pyErr(t, e.message);
}

/** How many host allocation failures became MemoryError: each is a request the heap model should have refused first. */
export const hostAllocationFailures = { count: 0 };

/**
 * What a thrown value means to Python: a Python exception, a HostError, the heap running out
 * (MemoryError) or the JavaScript stack running out (RuntimeError, MicroPython's recursion check).
 * Anything else is a bug of the VM: it is thrown on, never handed to the program (an internal error).
 */
export function toPyException(e: unknown): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof HostError) return hostException(e);
  // A plain string test: a regular expression compiled here, at the stack's end, would overflow itself.
  if (e instanceof RangeError && e.message.includes("call stack")) return pyErr(RUNTIME_ERROR, "maximum recursion depth exceeded");
  // m_malloc_fail's MemoryError, made with whatever memory is left (py/objexcept.c).
  if (e instanceof HeapExhausted) return memoryError(e);
  if (e instanceof RangeError && /Invalid (string|array|typed array) length|Array buffer allocation/i.test(e.message)) {
    // The host, not the modelled heap, ran out: a size check is missing somewhere (the fuzzer counts these).
    hostAllocationFailures.count++;
    return pyErr(MEMORY_ERROR, "memory allocation failed");
  }
  throw e;
}

/** Runs library code, raising its HostError as the Python exception (a native function's boundary). */
export function hostCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw hostException(e);
    throw e;
  }
}
