#!/usr/bin/env node
// The mpyc command: a drop-in for mpy-cross (compile one file), plus `build` (a whole tree in one
// process), `dis` (disassemble) and `run` (execute on the virtual board). Exit status: 0 done,
// 1 user error (as mpy-cross), 2 internal error, printed as one line, never as a stack trace.

import { main } from "./commands.js";
import { processIo } from "./io.js";

function internalError(e: unknown): void {
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`mpyc: internal error: ${msg.split("\n")[0]}\n`);
  process.exit(2);
}

// A reader that goes away (`mpyc dis x.mpy | head`) ends the output, not the run with a trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  internalError(e);
});
process.on("uncaughtException", internalError);
// Compiles are synchronous, so these run between files: no output is ever left half written.
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));

main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
}, internalError);
