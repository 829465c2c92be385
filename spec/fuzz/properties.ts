// The fuzzing properties, shared by the CI campaign (campaign.spec.ts), `npm run fuzz` and the
// sandbox worker. Each checks one generated case and throws with an explanation when it fails;
// each knows how to turn a failing case into regression files for corpus/fuzz/.

import { runMpy as runOnOurVm } from "../../runtime/index.js";
import fc from "fast-check";
import { disassemble } from "../../bytecode/disasm.js";
import { MpyFormatError, readMpy, readMpyFile } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import { CompileError, InternalError } from "../../compiler/front/diagnostics.js";
import { compile, errorLine, formatError } from "../../compiler/index.js";
import { loadMpy } from "../../runtime/vm/loader.js";
import { runMpy, runSource } from "../oracle/micropython.js";
import { damagedMpy } from "./gen-mpy.js";
import { beyondGrammar } from "./gen-beyond.js";
import { hostile, nearMiss } from "./gen-broken.js";
import { program, type Program } from "./gen.js";
import { KNOWN_OURS, KNOWN_SYNTAX, KnownDifference, knownDifference } from "./known.js";
import { vmVerdict } from "./vm-syntax.js";
import { HostError } from "../../runtime/lib/host-error.js";
import { hostAllocationFailures } from "../../runtime/objects/exceptions.js";
import { craftedMpy, hungryProgram } from "./gen-hungry.js";

export interface RegressionFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface Property<T> {
  readonly name: string;
  readonly about: string;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly check: (value: T, timeoutMs: number) => Promise<void>;
  readonly show: (value: T) => string;
  /** Files (base name without extension, content) that pin a failing case down. */
  readonly regression: (value: T) => Promise<RegressionFile[]>;
}

const MAX_SHOW = 4000;
const decoder = new TextDecoder();

export const showSource = (s: string | Uint8Array): string => {
  const text = typeof s === "string" ? s : `(${s.length} bytes, shown decoded) ${decoder.decode(s)}`;
  return text.length > MAX_SHOW ? `${text.slice(0, MAX_SHOW)}... (${text.length} chars)` : text;
};
const hex = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");
const textOf = (s: string | Uint8Array) => (typeof s === "string" ? s : decoder.decode(s));

function timed<T>(what: string, timeoutMs: number, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  const ms = performance.now() - t0;
  if (ms > timeoutMs) throw new Error(`${what} took ${ms.toFixed(0)} ms (budget ${timeoutMs} ms)`);
  return r;
}

/** What a caught exception was: an Error's name and message, or what else was thrown (a value that is no Error is a bug too). */
export function thrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  const type = typeof e === "object" && e !== null ? `a ${e.constructor?.name ?? "null-prototype object"}` : `the ${typeof e}`;
  return `threw ${type}, not an Error: ${String(e).slice(0, 200)}`;
}

/** Compiles, turning an internal error or any other escaping exception into a property failure. */
function compileChecked(src: string | Uint8Array, timeoutMs: number) {
  try {
    return timed("compiling", timeoutMs, () => compile(src, { sourceName: "prog.py" }));
  } catch (e) {
    if (e instanceof InternalError) throw new Error(`internal error: ${e.message}`);
    throw new Error(`compile threw ${thrown(e)}`);
  }
}

/** 1. Every input compiles, or is rejected with a CompileError at a line of the input; quickly. */
export const compilerTotal: Property<string | Uint8Array> = {
  name: "compiler-total",
  about: "programs, near-misses and hostile inputs compile or get a CompileError with a line",
  arbitrary: fc.oneof(program.map((p) => p.source), nearMiss, hostile),
  show: showSource,
  async check(src, timeoutMs) {
    const r = compileChecked(src, timeoutMs);
    if (!r.ok) {
      if (!(r.error instanceof CompileError)) throw new Error(`not a CompileError: ${String(r.error)}`);
      const text = textOf(src);
      if (!(r.error.offset >= 0 && r.error.offset <= text.length + 1)) throw new Error(`error offset ${r.error.offset} outside the input (${text.length} chars)`);
      const shown = formatError(r.error, "prog.py", text);
      if (!/^(Traceback[^\n]*\n {2}File "prog\.py", line \d+[^\n]*\n)?\w+: /.test(shown)) throw new Error(`error printed oddly:\n${shown}`);
      return;
    }
    // What we write, our own reader must read back and validate, and the disassembler print.
    try {
      disassemble(readMpy(r.mpy));
    } catch (e) {
      // The reader refuses nesting beyond MAX_NESTING (its guard for untrusted files); the compiler
      // takes deeper programs, as mpy-cross does (README.md "Nesting and size limits").
      if (/nested too deeply/.test(thrown(e))) return;
      throw new Error(`our own .mpy does not read back: ${thrown(e)}`);
    }
    const again = compileChecked(src, timeoutMs);
    if (!again.ok || hex(again.mpy) !== hex(r.mpy)) throw new Error("compiling twice gave different output");
  },
  async regression(src) {
    const v = await vmVerdict(src);
    return [{ name: ".py", content: src }, { name: ".err", content: v ? `${v.kind} ${v.line}\n` : "ok\n" }];
  },
};

/** 2. Our .mpy on the real VM prints what the VM prints compiling the same source itself. */
export const differentialVm: Property<Program> = {
  name: "differential-vm",
  about: "our .mpy imported on the MicroPython VM prints what the VM prints compiling the source itself",
  arbitrary: program,
  show: (p) => p.source,
  async check(p, timeoutMs) {
    const r = compileChecked(p.source, timeoutMs);
    const expected = (await runSource(p.source, "prog.py")).output;
    if (!r.ok) {
      const gen = /^SyntaxError|\nSyntaxError|IndentationError/.test(expected) ? " (the VM rejects it too: a generator bug)" : "";
      throw new Error(`rejected a valid program${gen}: ${formatError(r.error, "prog.py", p.source)}`);
    }
    const actual = (await runMpy(r.mpy)).output;
    if (actual !== expected) throw new Error(`output differs\n${firstDifference(expected, actual)}`);
  },
  async regression(p) {
    return [{ name: ".py", content: p.source }, { name: ".out", content: (await runSource(p.source, "prog.py")).output }];
  },
};

/** Runs a .mpy on our VM with a time budget counted at backward jumps; a runaway loop is an error. */
function runOurs(mpy: Uint8Array, timeoutMs: number, allowInternal = false): string {
  const deadline = Date.now() + timeoutMs;
  let polls = 0;
  const poll = () => {
    if ((++polls & 1023) === 0 && Date.now() > deadline) throw new Error(`our VM ran past ${timeoutMs} ms`);
  };
  const result = runOnOurVm(mpy, { poll });
  // The time budget ends the run as an internal error; so does a bug of the VM, which only a damaged file may provoke.
  const internal = result.internalError;
  if (internal !== undefined && (!allowInternal || /our VM ran past/.test(internal))) throw new Error(internal.replace(/^Error: /, ""));
  return result.output;
}

/** 3. Our .mpy on our own VM prints what the MicroPython VM prints compiling the source itself. */
export const differentialOurs: Property<Program> = {
  name: "differential-ours",
  about: "our .mpy run by our VM prints what the MicroPython VM prints compiling the source itself",
  arbitrary: program,
  show: (p) => p.source,
  async check(p, timeoutMs) {
    const r = compileChecked(p.source, timeoutMs);
    const expected = (await runSource(p.source, "prog.py")).output;
    if (!r.ok) throw new Error(`rejected a valid program: ${formatError(r.error, "prog.py", p.source)}`);
    let actual: string;
    try {
      actual = runOurs(r.mpy, timeoutMs);
    } catch (e) {
      throw new Error(`our VM failed internally: ${thrown(e)}`);
    }
    if (actual !== expected) {
      const known = knownDifference(KNOWN_OURS, expected, actual);
      if (known) throw new KnownDifference(known);
      throw new Error(`output differs\n${firstDifference(expected, actual).replace("our .mpy on the VM:     ", "our VM:                 ")}`);
    }
  },
  regression: (p) => differentialVm.regression(p),
};

/** The first differing line of two outputs, with the line before it. */
export function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at output line ${i + 1}:\n  VM compiling the source: ${JSON.stringify(a[i] ?? "(end)")}\n  our .mpy on the VM:      ${JSON.stringify(b[i] ?? "(end)")}${i ? `\n  (after ${JSON.stringify(a[i - 1])})` : ""}`;
}

/** VM errors that are limits of the 32-bit WebAssembly build, not verdicts on the syntax. */
export const VM_LIMITS = /^(MemoryError|RuntimeError|OverflowError)$/;

/** 4. Near-miss programs: we accept what the VM accepts, and reject the rest with its kind and line. */
export const syntaxAgreement: Property<string | Uint8Array> = {
  name: "syntax-agreement",
  about: "near-miss programs, CPython-only syntax and scaled-up programs: accepted where the VM's compiler accepts, else the same error kind and line",
  arbitrary: fc.oneof({ weight: 3, arbitrary: nearMiss }, { weight: 2, arbitrary: beyondGrammar }),
  show: showSource,
  async check(src, timeoutMs) {
    const theirs = await vmVerdict(src);
    const r = compileChecked(src, timeoutMs);
    const text = textOf(src);
    if (theirs && VM_LIMITS.test(theirs.kind)) return;
    // Our own limit, as the VM's: how deep in-process compiles nest depends on the thread's stack
    // (the command line and the fuzzing workers have 256 MB; a test's thread has less).
    if (!r.ok && r.error.code === "nestingTooDeep") return;
    const agree = theirs === null ? r.ok : !r.ok && r.error.kind === theirs.kind && errorLine(r.error, text) === theirs.line;
    const known = agree ? undefined : KNOWN_SYNTAX.find((k) => k.matches(text));
    if (known) throw new KnownDifference(known.name);
    if (theirs === null) {
      if (!r.ok) throw new Error(`VM accepts, we reject: ${formatError(r.error, "prog.py", text)}`);
      return;
    }
    if (r.ok) throw new Error(`VM rejects (${theirs.kind}: ${theirs.message}, line ${theirs.line}), we accept`);
    const ourLine = errorLine(r.error, text);
    if (r.error.kind !== theirs.kind || ourLine !== theirs.line) {
      throw new Error(`VM: ${theirs.kind}: ${theirs.message} at line ${theirs.line}; ours: ${r.error.kind}: ${r.error.message} at line ${ourLine}`);
    }
  },
  regression: compilerTotal.regression,
};

/** 5. Damaged .mpy files are read and loaded, or refused with a format error; quickly. */
export const loaderTotal: Property<Uint8Array> = {
  name: "loader-total",
  about: "damaged .mpy files load or are refused with MpyFormatError / a ValueError HostError, never another error",
  arbitrary: damagedMpy,
  show: (b) => `${b.length} bytes: ${hex(b)}`,
  async check(bytes, timeoutMs) {
    const attempt = (what: string, f: () => unknown, refusal: new (...a: never[]) => Error) => {
      try {
        timed(what, timeoutMs, f);
      } catch (e) {
        if (e instanceof refusal) return;
        throw new Error(`${what}: ${thrown(e)}`);
      }
    };
    attempt("readMpy", () => readMpy(bytes), MpyFormatError);
    attempt("readMpy (not strict)", () => readMpy(bytes, { strict: false }), MpyFormatError);
    attempt("readMpy and disassemble", () => disassemble(readMpy(bytes, { targetSmallIntBits: null })), MpyFormatError);
    attempt("runtime loader", () => loadMpy(bytes), HostError);
    // What loads, our VM runs to an end: output, a Python exception, an internal error, or the time budget; never a host crash.
    let loads = true;
    try {
      loadMpy(bytes);
    } catch {
      loads = false;
    }
    if (loads) {
      try {
        // A file the loader accepts but whose bytecode is broken may end as an internal error (the
        // loader does not verify bytecode, as MicroPython's does not): a stop, not a host crash.
        runOurs(bytes, Math.min(timeoutMs, 2000), true);
      } catch (e) {
        if (!(e instanceof Error && /^our VM ran past/.test(e.message))) throw new Error(`our VM on a damaged file: ${thrown(e)}`);
      }
    }
  },
  async regression(bytes) {
    return [{ name: ".mpy", content: bytes }];
  },
};

/** 6. Every generated program compiles as native x64 code, or gets a CompileError; its .mpy reads back to the same bytes. */
export const nativeTotal: Property<string> = {
  name: "native-total",
  about: "programs compiled with -march=x64 -X emit=native compile or get a CompileError, and their .mpy round-trips",
  arbitrary: program.map((p) => p.source),
  show: showSource,
  async check(src, timeoutMs) {
    const build = () => {
      try {
        return timed("compiling", timeoutMs, () => compile(src, { sourceName: "prog.py", arch: "x64", emit: "native" }));
      } catch (e) {
        throw new Error(`compile threw ${thrown(e)}`);
      }
    };
    const r = build();
    if (!r.ok) {
      if (!(r.error instanceof CompileError)) throw new Error(`not a CompileError: ${String(r.error)}`);
      return;
    }
    const back = writeMpy(readMpyFile(r.mpy));
    if (hex(back) !== hex(r.mpy)) throw new Error("native .mpy does not read back to the same bytes");
    const again = build();
    if (!again.ok || hex(again.mpy) !== hex(r.mpy)) throw new Error("compiling twice gave different output");
  },
  async regression(src) {
    return [{ name: ".py", content: src }];
  },
};

/**
 * Backward jumps and calls a hungry run may make: a step budget, so the verdict does not depend on the
 * machine's load. Crafted files often loop for ever; generated programs may legitimately run long.
 */
const CRAFTED_STEPS = 1_000_000;
const HUNGRY_STEPS = 20_000_000;

/** A run of a hungry input on our VM: a 1 MiB heap, a step budget, host allocation failures counted. */
function runHungry(mpy: Uint8Array, budget: number): { output: string; internal: string | undefined; hostFailures: number; overBudget: boolean } {
  const before = hostAllocationFailures.count;
  let steps = 0;
  const poll = () => {
    if (++steps > budget) throw new Error("step budget");
  };
  const result = runOnOurVm(mpy, { poll, compile, heapBytes: 1024 * 1024 });
  const overBudget = result.internalError === "Error: step budget";
  return { output: result.output, internal: overBudget ? undefined : result.internalError, hostFailures: hostAllocationFailures.count - before, overBudget };
}

/** A resource-hungry input: a crafted .mpy file or a generated program's source. */
type Hungry = { mpy: Uint8Array } | { source: string };

/**
 * 7. Resource-hungry inputs end within the budget and within the host's memory (the sandbox's cap):
 * crafted .mpy files (huge n_state or n_exc_stack, stack-growing loops, deep nesting, damage) end as
 * output, a Python exception or a clean internal error; generated programs asking for more than a
 * 1 MiB board holds end as MicroPython would (MemoryError and friends), never as an internal error;
 * and no host allocation failure ever reaches Python.
 */
async function checkHungry(v: Hungry, timeoutMs: number): Promise<void> {
  let mpy: Uint8Array;
  if ("mpy" in v) {
    try {
      mpy = loadMpy(v.mpy) && v.mpy;
    } catch (e) {
      if (e instanceof HostError) return;
      throw new Error(`runtime loader: ${thrown(e)}`);
    }
  } else {
    const r = compileChecked(v.source, timeoutMs);
    if (!r.ok) throw new Error(`a generated program does not compile: ${r.error.message}`);
    mpy = r.mpy;
  }
  const r = runHungry(mpy, "mpy" in v ? CRAFTED_STEPS : HUNGRY_STEPS);
  if (r.hostFailures) throw new Error(`${r.hostFailures} host allocation failure(s) reached Python as MemoryError`);
  if ("source" in v && r.overBudget) throw new Error(`a generated program ran past ${HUNGRY_STEPS} steps`);
  if ("source" in v && r.internal !== undefined) throw new Error(`internal error on a valid program: ${r.internal}`);
}

const showHungry = (v: Hungry) => ("mpy" in v ? `${v.mpy.length} bytes: ${hex(v.mpy)}` : v.source);
const hungryRegression = async (v: Hungry): Promise<RegressionFile[]> => ("mpy" in v ? [{ name: ".mpy", content: v.mpy }] : [{ name: ".py", content: v.source }]);

export const resourceTotal: Property<Hungry> = {
  name: "resource-total",
  about: "crafted .mpy files and resource-hungry programs end, within budget and host memory, with no JavaScript error reaching Python",
  arbitrary: fc.oneof(
    craftedMpy.map((mpy) => ({ mpy })),
    hungryProgram.map((source) => ({ source })),
  ),
  show: showHungry,
  check: checkHungry,
  regression: hungryRegression,
};

/** The crafted-file arm of resource-total alone: about ten times as many cases a second as the programs' arm. */
export const resourceCrafted: Property<Hungry> = {
  name: "resource-crafted",
  about: "the crafted .mpy arm of resource-total alone",
  arbitrary: craftedMpy.map((mpy) => ({ mpy })),
  show: showHungry,
  check: checkHungry,
  regression: hungryRegression,
};

export const PROPERTIES = [compilerTotal, differentialVm, differentialOurs, syntaxAgreement, loaderTotal, nativeTotal, resourceTotal, resourceCrafted] as const;

/** Checks one case of the property with this name (the sandbox worker's entry). */
export async function checkByName(name: string, value: unknown, timeoutMs: number): Promise<void> {
  const p = PROPERTIES.find((q) => q.name === name);
  if (!p) throw new Error(`no property ${name}`);
  await (p.check as (v: unknown, t: number) => Promise<void>)(value, timeoutMs);
}
