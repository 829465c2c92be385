#!/usr/bin/env node
// The mpyc command: a drop-in for mpy-cross (compile one file), plus `build` (a whole tree in one
// process), `dis` (disassemble) and `run` (execute on the virtual board). Only this layer touches
// the file system and the process.

import { main } from "./commands.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mpyc: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
