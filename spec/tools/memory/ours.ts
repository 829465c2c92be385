// Takes Python source (a measurement driver) and optionally a board folder and heap size; runs it
// on mpyc's VM as a board would run main.py, and gives what it printed. The driver is compiled by
// mpyc, as the modules it imports were.

import { compile, formatError } from "../../../compiler/index.js";
import { hostDirFs } from "../../../cli/hostfs.js";
import { runMpy } from "../../../runtime/index.js";
import { importNames } from "../../oracle/memory-oracle.js";

export interface OursOptions {
  /** A host folder shown as the board's filesystem at "/". */
  readonly root?: string;
  /** The board's heap in bytes. */
  readonly heapBytes?: number;
  /** false: a failed allocation does not collect first, as on the WebAssembly port. */
  readonly collectOnFailure?: boolean;
  /** The driver's source name (its module's file-name qstr); main.py by default. */
  readonly sourceName?: string;
}

export function runOurs(source: string, opts: OursOptions = {}): { output: string; error: string | null } {
  const r = compile(source, { sourceName: opts.sourceName ?? "main.py" });
  if (!r.ok) throw new Error(`driver does not compile: ${formatError(r.error, "main.py", source)}`);
  const result = runMpy(r.mpy, {
    ...(opts.root !== undefined ? { fs: hostDirFs(opts.root) } : {}),
    ...(opts.heapBytes !== undefined ? { heapBytes: opts.heapBytes } : {}),
    ...(opts.collectOnFailure !== undefined ? { collectOnFailure: opts.collectOnFailure } : {}),
  });
  return { output: result.output, error: result.error };
}

/** The driver that measures an import as the oracle does: intern its names, collect, read, import, collect, read. */
export function importCostDriver(module: string): string {
  return [
    "import gc, sys",
    // As on the oracle (MemoryOracle.libFirst): /lib before `.frozen`.
    "if sys.path[0] != '/lib':",
    "    sys.path.insert(0, '/lib')",
    "a = 0",
    "b = 0",
    ...importNames(module).map((n) => `hasattr(len, ${JSON.stringify(n)})`),
    "gc.collect()",
    "a = gc.mem_alloc()",
    `__import__(${JSON.stringify(module)})`,
    "gc.collect()",
    "b = gc.mem_alloc()",
    // Printed alone: a label would be a qstr the device's own reading (taken from JavaScript) never makes.
    "print(b - a)",
  ].join("\n");
}

/** Runs the import-cost driver for `module`: its file name and every string it interns are the firmware's,
 * so that the run-time qstr pools start where the device's do. Gives the cost, or null with the output. */
export function oursImportCost(module: string, opts: OursOptions = {}): { cost: number | null; output: string } {
  const r = runOurs(importCostDriver(module), { ...opts, sourceName: "__main__" });
  const last = r.output.trimEnd().split("\n").pop() ?? "";
  return { cost: /^-?\d+$/.test(last) && r.error === null ? Number(last) : null, output: r.output + (r.error ?? "") };
}
