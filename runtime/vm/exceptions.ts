// The built-in exception types (py/objexcept.c's hierarchy) and the helpers that raise them.
// A Python exception travels through JavaScript as the thrown PyException object itself.

import { mem, uncharged } from "./memory.js";
import { nativeType, OBJECT, PyException, PyTuple, PyType, type Value } from "./value.js";

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

export function newException(type: PyType, args: Value[] = []): PyException {
  const make = () => {
    const e = new PyException(type);
    e.args = new PyTuple(args);
    return e;
  };
  // With the heap locked MicroPython still raises: the exception comes from its emergency buffer.
  return mem.heap.locked ? uncharged(make) : make();
}

/** An exception to throw: `throw pyErr(TYPE_ERROR, "...")`. */
export function pyErr(type: PyType, message?: string): PyException {
  return newException(type, message === undefined ? [] : [message]);
}

export const typeError = (m: string) => pyErr(TYPE_ERROR, m);
export const valueError = (m: string) => pyErr(VALUE_ERROR, m);
