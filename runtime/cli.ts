// `mpyc run FILE [--path DIR]... [--trace-hw]`: runs a .mpy file (or a .py file, compiled first) on
// the VM and prints what the program prints; modules it imports are found as .mpy files on the
// search path. --trace-hw then prints the board's event log (pins, buses, timers, sleeps).
// Exit status: 0 when the program ends normally, 1 after an uncaught exception or a load error.

import * as fs from "node:fs";
import * as path from "node:path";
import { compile, formatError } from "../compiler/index.js";
import { formatTrace } from "./machine/events.js";
import { runMpy } from "./run.js";

function usage(): string {
  return "usage: mpyc run FILE.mpy|FILE.py [--path DIR]... [--trace-hw]\n";
}

export async function runMain(argv: string[]): Promise<number> {
  const dirs: string[] = [];
  let file: string | null = null;
  let traceHw = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--path" || a === "-p") {
      const d = argv[++i];
      if (d === undefined) {
        process.stderr.write(usage());
        return 1;
      }
      dirs.push(d);
    } else if (a === "--trace-hw") {
      traceHw = true;
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(usage());
      return 0;
    } else if (file === null) file = a;
    else {
      process.stderr.write(usage());
      return 1;
    }
  }
  if (file === null) {
    process.stderr.write(usage());
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    process.stderr.write(`mpyc run: can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? "error"}\n`);
    return 1;
  }
  if (file.endsWith(".py")) {
    const r = compile(bytes, { sourceName: file });
    if (!r.ok) {
      process.stderr.write(formatError(r.error, file, new TextDecoder().decode(bytes)) + "\n");
      return 1;
    }
    bytes = r.mpy;
  }
  const searchPath = [path.dirname(file), ...dirs];
  const findModule = (name: string): Uint8Array | undefined => {
    const rel = name.split(".");
    for (const dir of searchPath) {
      for (const candidate of [path.join(dir, ...rel) + ".mpy", path.join(dir, ...rel, "__init__.mpy")]) {
        if (fs.existsSync(candidate)) return fs.readFileSync(candidate);
      }
    }
    return undefined;
  };
  const result = runMpy(bytes, { findModule, write: (t) => process.stdout.write(t) });
  if (traceHw) process.stdout.write("--- hardware events ---\n" + formatTrace(result.events));
  return result.error === null ? 0 : 1;
}
