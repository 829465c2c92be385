// One file's compile for `mpyc build`, the same on the main thread and in a worker: source bytes
// and options in, .mpy bytes or the error text mpy-cross would print out. Builds compile bytecode
// only, so the native backends are not loaded (compiler/compile.ts).

import { compileBytecode as compile, formatError, InternalError } from "../compiler/compile.js";

export interface CompileJob {
  readonly index: number;
  readonly source: Uint8Array;
  /** The name stored in the .mpy (mpy-cross -s). */
  readonly sourceName: string;
  /** The path shown in error messages. */
  readonly shown: string;
  readonly optimize: number;
  readonly smallIntBits: number;
}

export type JobResult =
  | { readonly index: number; readonly ok: true; readonly mpy: Uint8Array }
  | { readonly index: number; readonly ok: false; readonly message: string; readonly internal: boolean };

export function runJob(job: CompileJob): JobResult {
  try {
    const r = compile(job.source, { sourceName: job.sourceName, optimize: job.optimize, smallIntBits: job.smallIntBits });
    if (r.ok) return { index: job.index, ok: true, mpy: r.mpy };
    return { index: job.index, ok: false, internal: false, message: formatError(r.error, job.sourceName, new TextDecoder().decode(job.source), job.shown) };
  } catch (e) {
    if (!(e instanceof InternalError)) throw e;
    return { index: job.index, ok: false, internal: true, message: `mpyc: ${e.message} (compiling ${job.shown})\n` };
  }
}
