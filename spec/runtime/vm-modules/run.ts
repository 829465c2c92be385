// Runs Python source on our VM (compiled by mpyc, executed by runtime/index.ts) and on the MicroPython
// WebAssembly VM, for the module specs in this folder.

import { compile } from "../../../compiler/index.js";
import type { Board } from "../../../runtime/board/board.js";
import { runMpy, type RunResult } from "../../../runtime/index.js";
import { runSource } from "../../oracle/micropython.js";

export function runOurs(source: string, board?: Board): RunResult {
  const r = compile(source, { sourceName: "prog.py" });
  if (!r.ok) throw r.error;
  return runMpy(r.mpy, board ? { board, compile } : { compile });
}

/** What both VMs print for `source`, to compare. */
export async function bothPrint(source: string): Promise<{ ours: string; oracle: string }> {
  const oracle = (await runSource(source, "prog.py")).output;
  return { ours: runOurs(source).output, oracle };
}
