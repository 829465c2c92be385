// The interpreter's run-wide state (py/mpstate.h's mp_state_thread_t part): the builtins, the
// import hook, the poll hook and the active frame chain, shared by the loop, imports and modules.

import { pyErr, RUNTIME_ERROR } from "../objects/exceptions.js";
import { PyException, type Namespace, type Value } from "../objects/value.js";
import { Frame } from "./code.js";

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
