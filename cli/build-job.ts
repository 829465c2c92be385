// One file's compile for `mpyc build`, the same on the main thread and in a worker: source bytes
// and options in, .mpy bytes or the error text mpy-cross would print out. The native backends are
// loaded only for a build with -march (prepareJobs), before its first compile.

import { compileWith, formatError, InternalError, type NativeTargets } from "../compiler/compile.js";
import type { NativeOptions } from "./build-args.js";

export interface CompileJob {
  readonly index: number;
  readonly source: Uint8Array;
  /** The name stored in the .mpy (mpy-cross -s). */
  readonly sourceName: string;
  /** The path shown in error messages. */
  readonly shown: string;
  readonly optimize: number;
  readonly smallIntBits: number;
  /** Null: bytecode only. */
  readonly native: NativeOptions | null;
}

export type JobResult =
  | { readonly index: number; readonly ok: true; readonly mpy: Uint8Array }
  | { readonly index: number; readonly ok: false; readonly message: string; readonly internal: boolean };

let targets: NativeTargets | null = null;

/** Loads what these jobs need before runJob compiles them: the native backends, for -march. */
export async function prepareJobs(jobs: readonly CompileJob[]): Promise<void> {
  if (targets === null && jobs.some((j) => j.native !== null)) targets = (await import("../compiler/arches.js")).nativeTarget;
}

export function runJob(job: CompileJob): JobResult {
  try {
    // The native options are compile options of the same names (arch, archFlags, emit).
    const r = compileWith(job.source, { sourceName: job.sourceName, optimize: job.optimize, smallIntBits: job.smallIntBits, ...job.native }, targets);
    if (r.ok) return { index: job.index, ok: true, mpy: r.mpy };
    return { index: job.index, ok: false, internal: false, message: formatError(r.error, job.sourceName, new TextDecoder().decode(job.source), job.shown) };
  } catch (e) {
    if (!(e instanceof InternalError)) throw e;
    return { index: job.index, ok: false, internal: true, message: `mpyc: ${e.message} (compiling ${job.shown})\n` };
  }
}
