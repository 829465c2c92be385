// The fuzzing properties, shared by the CI campaign (campaign.spec.ts) and `npm run fuzz`.
// Each takes one generated case and throws with an explanation when the property fails.

import fc from "fast-check";
import { MpyFormatError, readMpy } from "../../bytecode/mpy-read.js";
import { compile, formatError } from "../../compiler/index.js";
import { CompileError } from "../../compiler/diagnostics.js";
import { LineMap } from "../../compiler/source.js";
import { checkSyntax, runMpy, runSource } from "../oracle/micropython.js";
import { hostile, nearMiss, program, type Program } from "./gen.js";

export interface Property<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly check: (value: T, timeoutMs: number) => Promise<void>;
  readonly show: (value: T) => string;
}

const showSource = (s: string | Uint8Array) => (typeof s === "string" ? s.length > 2000 ? s.slice(0, 2000) + `... (${s.length} chars)` : s : `bytes ${Buffer.from(s).toString("hex")}`);

/** 1. Every input compiles or is rejected with a CompileError, quickly, never anything else. */
export const compilerTotal: Property<string | Uint8Array> = {
  name: "compiler-total",
  arbitrary: fc.oneof(program.map((p) => p.source), nearMiss, hostile),
  show: showSource,
  async check(src, timeoutMs) {
    const t0 = performance.now();
    const r = compile(src, { sourceName: "prog.py" });
    const ms = performance.now() - t0;
    if (!r.ok && !(r.error instanceof CompileError)) throw new Error(`not a CompileError: ${String(r.error)}`);
    if (ms > timeoutMs) throw new Error(`compile took ${ms.toFixed(0)} ms`);
  },
};

/** 2. Our .mpy on the real VM prints what the VM prints compiling the same source itself. */
export const differentialVm: Property<Program> = {
  name: "differential-vm",
  arbitrary: program,
  show: (p) => p.source,
  async check(p) {
    const r = compile(p.source, { sourceName: "prog.py" });
    if (!r.ok) throw new Error(`rejected a valid program: ${formatError(r.error, "prog.py", p.source)}`);
    const expected = (await runSource(p.source, "prog.py")).output;
    const actual = (await runMpy(r.mpy)).output;
    if (actual !== expected) throw new Error(`output differs\n--- VM compiling the source:\n${expected}\n--- our .mpy on the VM:\n${actual}`);
  },
};

/** 4. Near-miss programs: we accept what the VM accepts, and reject the rest with its kind and line. */
export const syntaxAgreement: Property<string> = {
  name: "syntax-agreement",
  arbitrary: nearMiss,
  show: (s) => s,
  async check(src) {
    const theirs = await checkSyntax(src);
    const r = compile(src, { sourceName: "prog.py" });
    if (theirs === null) {
      if (!r.ok) throw new Error(`VM accepts, we reject: ${formatError(r.error, "prog.py", src)}`);
      return;
    }
    if (r.ok) throw new Error(`VM rejects (${theirs.kind}: ${theirs.message}, line ${theirs.line}), we accept`);
    const ourLine = new LineMap(src).line(Math.min(r.error.offset, src.length));
    if (r.error.kind !== theirs.kind || ourLine !== theirs.line) {
      throw new Error(`VM: ${theirs.kind}: ${theirs.message} at line ${theirs.line}; ours: ${r.error.kind}: ${r.error.message} at line ${ourLine}`);
    }
  },
};

/** 5. Damaged .mpy files read cleanly or fail with MpyFormatError, quickly. */
export const loaderTotal: Property<Uint8Array> = {
  name: "loader-total",
  arbitrary: fc
    .tuple(program, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete", "truncate", "flip")), { minLength: 1, maxLength: 6 }))
    .map(([p, edits]) => {
      const r = compile(p.source, { sourceName: "prog.py" });
      let b = r.ok ? Array.from(r.mpy) : [0x4d, 6, 0, 31];
      for (const [pos, v, how] of edits) {
        const i = pos % (b.length + 1);
        if (how === "set" && i < b.length) b[i] = v;
        else if (how === "flip" && i < b.length) b[i] = b[i]! ^ (1 << (v & 7));
        else if (how === "insert") b.splice(i, 0, v);
        else if (how === "delete") b.splice(i, 1);
        else if (how === "truncate") b = b.slice(0, i);
      }
      return Uint8Array.from(b);
    }),
  show: (b) => Buffer.from(b).toString("hex"),
  async check(bytes, timeoutMs) {
    const t0 = performance.now();
    try {
      readMpy(bytes);
    } catch (e) {
      if (!(e instanceof MpyFormatError)) throw e;
    }
    const ms = performance.now() - t0;
    if (ms > timeoutMs) throw new Error(`loading took ${ms.toFixed(0)} ms`);
  },
};

export const PROPERTIES = [compilerTotal, differentialVm, syntaxAgreement, loaderTotal] as const;
