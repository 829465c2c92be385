// The interpreter's run-wide state (py/mpstate.h's mp_state_thread_t part): the builtins, the
// import hook, the poll hook and the active frame chain, shared by the loop, imports and modules.

import type { StdinReader } from "../lib/stdin.js";
import { EXCEPTION_TYPES, pyErr, RUNTIME_ERROR } from "../objects/exceptions.js";
import { PyException, type Namespace, type Value } from "../objects/value.js";
import { objectState } from "../objects/run-state.js";
import { Frame } from "./code.js";
import type { CompiledModule } from "../../bytecode/rawcode.js";

/**
 * Compiles Python source to a module, as mpyc's compiler/index.ts compile() does: the runtime never
 * imports the compiler, its host passes one in (RunOptions.compile). A failure names the Python
 * exception type (SyntaxError, IndentationError ...) and its message.
 */
export type SourceCompiler = (
  source: string | Uint8Array,
  options: { sourceName: string; optimize?: number; repl?: boolean },
) => { readonly ok: true; readonly module: CompiledModule } | { readonly ok: false; readonly error: SourceError };

/** A compile failure as the compiler reports it: the kind and message, and where when it knows. */
export interface SourceError {
  readonly kind: string;
  readonly message: string;
  /** Offset into the source the error is at; absent for errors raised without a position. */
  readonly offset?: number;
  /** Extra lines the lexer counted before the offset (f-string arguments). */
  readonly lineDelta?: number;
  /** The enclosing function's name for errors found while compiling; null while lexing and parsing. */
  readonly scopeName?: string | null;
  readonly code?: string;
}

/** Errors the compiler raises without a position: MicroPython adds no traceback entry for them. */
const NO_POSITION = new Set(["unicodeNameEscapes", "nameTooLong", "bytecodeOverflow"]);

/**
 * The Python exception for a failed compile of `source` named `file`, with the traceback entry
 * MicroPython adds (py/parse.c and py/compile.c: the file and line, and the scope for compile errors),
 * so an error in an imported module or exec'd text names where it is.
 */
export function compileFailure(error: SourceError, source: string | Uint8Array, file: string): PyException {
  const kind = EXCEPTION_TYPES.get(error.kind) ?? EXCEPTION_TYPES.get("SyntaxError")!;
  const e = pyErr(kind, error.message);
  if (error.offset === undefined || (error.code !== undefined && NO_POSITION.has(error.code))) return e;
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  let line = 1;
  const end = Math.min(error.offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) line++;
  if (error.offset > text.length) line++;
  e.traceback.push({ file, line: line + (error.lineDelta ?? 0), name: error.scopeName ?? "" });
  return e;
}

/** The interpreter's run-wide state: builtins, output, hooks, the active frame chain. */
export interface Interp {
  builtins: Namespace;
  importName: (name: string, fromList: Value, level: number, globals: Namespace) => Value;
  /** Called at every backward jump and call: virtual time, scheduler, pending interrupts. */
  poll: () => void;
  /**
   * Bytecode bytes run and not yet turned into virtual time: each backward jump adds the loop body it
   * closes, each frame's activation the distance its ip moved forward. The poll hands it to the board.
   */
  work: number;
  /** Turns `work` into virtual time on the board's model (and sets it to 0). */
  passTime: () => void;
  top: Frame | null;
  /** mp_locals: where LOAD_NAME/STORE_NAME look first (null: the running code's globals). */
  locals: Namespace | null;
  /** sys.exc_info(): the exception a handler is running for, cleared when a handler block ends. */
  currentException: PyException | null;
  depth: number;
  maxDepth: number;
  /** compile(), exec(), eval(), execfile() and importing a .py file use it; null when the host gave none. */
  compile: SourceCompiler | null;
  /** micropython.opt_level(): the optimisation level compile(), exec() and eval() use. */
  optLevel: number;
  /** What input() and sys.stdin read (null: stdin is at its end). */
  stdin: StdinReader | null;
}

export function newInterp(): Interp {
  return {
    builtins: new Map(),
    importName: () => {
      throw pyErr(RUNTIME_ERROR, "no import");
    },
    poll: () => {},
    work: 0,
    passTime: () => {
      interp.work = 0;
    },
    top: null,
    locals: null,
    currentException: null,
    depth: 0,
    maxDepth: 1000,
    compile: null,
    optLevel: 0,
    stdin: null,
  };
}

/** The active run's interpreter state (runtime/index.ts swaps one in for each Runtime). */
export let interp: Interp = newInterp();

/**
 * Bytecode bytes between two hand-overs to the board's clock: about 85 instructions, 90 us on the
 * RP2040 model, so timers fire within that of their time and the poll stays cheap.
 */
const WORK_PER_TICK = 128;

/**
 * The pending check when the host adds none: virtual time, once enough code has run or native work
 * was done (objects/native-cost.ts). One function
 * for every run, so the interpreter's call of interp.poll stays monomorphic (and inlined) in that case.
 */
export function timePoll(): void {
  if (interp.work >= WORK_PER_TICK || objectState.nativeCycles !== 0) interp.passTime();
}

/** Makes `i` the active interpreter state; returns the one it replaces. */
export function useInterp(i: Interp): Interp {
  const prev = interp;
  interp = i;
  return prev;
}

/** The host's compiler, or a RuntimeError saying that this runtime was given none. */
export function sourceCompiler(): SourceCompiler {
  if (interp.compile) return interp.compile;
  throw pyErr(RUNTIME_ERROR, "no compiler: this runtime runs .mpy files only");
}
