// Compiles again, on a worker thread with a large stack, a program that nests deeper than the main
// thread's JavaScript stack allows. The parser keeps a bounded stack at any depth, and so does the code
// generator for chains, nesting in one part, targets, conditions and blocks; it still recurses once per
// level where a chain's link has a second nesting part (`-x*(-x*(...))`), and this lifts that limit
// above mpy-cross's (README.md "Nesting and size limits"). Only the CLI uses it: the compiler core
// stays synchronous and thread-free.

import { Worker } from "node:worker_threads";
import { CompileError, type CompileOptions, InternalError } from "../compiler/index.js";
import type { DiagnosticCode } from "../compiler/front/diagnostics.js";

/** Stack of the compile thread. Deeper programs are refused with the parser's nesting error. */
export const DEEP_STACK_MB = 256;

export interface DeepRequest {
  readonly source: Uint8Array;
  readonly options: CompileOptions;
  readonly archFlags: number;
  readonly sourceMap: { readonly sourceName: string; readonly base: string } | null;
}

export type DeepResponse =
  | { readonly mpy: Uint8Array; readonly map?: string }
  | { readonly error: { code: string; offset: number; scopeName: string | null; message: string; lineDelta: number } }
  | { readonly internal: string };

export type DeepResult = { ok: true; mpy: Uint8Array; map?: string } | { ok: false; error: CompileError };

/** Runs the compile of `req` on a thread with a DEEP_STACK_MB stack. InternalError on a compiler bug. */
export function compileOnLargeStack(req: DeepRequest): Promise<DeepResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./compile-worker.js", import.meta.url), { workerData: req, resourceLimits: { stackSizeMb: DEEP_STACK_MB } });
    worker.once("message", (res: DeepResponse) => {
      void worker.terminate();
      if ("internal" in res) reject(new InternalError(res.internal.replace(/^internal compiler error: /, "")));
      else if ("error" in res) {
        const e = new CompileError(res.error.code as DiagnosticCode, res.error.offset, res.error.scopeName, res.error.message);
        e.lineDelta = res.error.lineDelta;
        resolve({ ok: false, error: e });
      } else resolve({ ok: true, mpy: res.mpy, ...(res.map !== undefined ? { map: res.map } : {}) });
    });
    worker.once("error", (e: Error) => reject(new InternalError(`compile thread: ${e.message}`)));
  });
}
