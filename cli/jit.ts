// V8 settings for builds (tree and manifest), set as their compiling starts. A build is a
// short-lived process: most of its time passes before V8 has optimised the compiler, and the
// optimising compiler's work on inlined call trees competes for the machine's cores with the
// compile itself. Without inlining each optimisation is about half the work and optimised code
// arrives sooner: a cold `mpyc build` of micropython-lib (507 files, 1.75 MB) takes 0.74-0.85 of the
// wall time. Optimised code without inlining is slower, though (a warm compile takes about 1.3 times
// as long): the gain is about a quarter of a second, the loss about 40 ms per megabyte once warm, so
// a build of more than about 8 MB of source keeps the defaults. One-file compiles (too short for it
// to matter), `mpyc run` and programs that import the compiler keep V8's defaults, and a choice made
// on Node's command line (`node --turbo-inlining ...`, or in NODE_OPTIONS) stands.

import * as v8 from "node:v8";

/** Source bytes above which a build keeps V8's inlining: there the faster optimised code wins. */
export const SHORT_RUN_BYTES = 8 * 1024 * 1024;

let tuned = false;

/** Inlining chosen on Node's command line or in NODE_OPTIONS: the user's choice stands. */
function inliningChosen(): boolean {
  return [...process.execArgv, ...(process.env["NODE_OPTIONS"] ?? "").split(/\s+/)].some((a) => /^--(no-)?turbo[-_]inlining$/.test(a));
}

/** For a process that compiles again and again (`mpyc build --watch`): V8's defaults stay, as for a large build. */
export function keepForLongRun(): void {
  tuned = true;
}

/** Sets V8 up for a build of `bytes` of source, if that is short enough to gain (call before compiling). */
export function tuneForShortRun(bytes: number): void {
  if (tuned || bytes > SHORT_RUN_BYTES || inliningChosen()) return;
  tuned = true;
  v8.setFlagsFromString("--no-turbo-inlining");
}
