// Runs Python source on our VM with a board filesystem, for the specs in this folder: a fresh
// in-memory one, or one seeded from a host directory, with the script run under a path.

import { compile } from "../../../compiler/index.js";
import type { VirtualFs } from "../../../runtime/board/fs.js";
import { Runtime } from "../../../runtime/index.js";

export function runOnBoard(source: string, options: { fs?: VirtualFs; scriptPath?: string } = {}): string {
  const r = compile(source, { sourceName: options.scriptPath ?? "prog.py" });
  if (!r.ok) throw new Error(r.error.message);
  let out = "";
  const rt = new Runtime({ compile, ...options, write: (t) => (out += t) });
  rt.runMain(r.module);
  return out;
}

