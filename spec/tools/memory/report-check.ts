// Takes a board folder laid out as mplib-layout.ts writes it and a module name in it; gives the import
// cost `mpyc run --mem-report` prints for the module's file (run from that folder as --fs) beside the
// import cost mpyc's VM measures for it (ours.ts oursImportCost), and whether the report's parts add up.

import * as fs from "node:fs";
import * as path from "node:path";
import { executePlan } from "../../../cli/run.js";
import { oursImportCost } from "./ours.js";
import { hostDirFs } from "../../../cli/hostfs.js";
import { hostFinder } from "../../../cli/mem-import.js";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";

export interface ReportCheck {
  readonly module: string;
  /** The measured import cost, null when the import fails on mpyc's VM. */
  readonly measured: number | null;
  /** The report's "import cost" line, null when no report was printed. */
  readonly reported: number | null;
  /** The main module's own import cost (RunResult.importCost), which the report gave before it measured the import. */
  readonly mainAlone: number | null;
  /** The sum of the report's five parts. */
  readonly parts: number | null;
  /** The report's text (or what the run printed when there was none). */
  readonly text: string;
}

/** The module's file under `<root>/lib`: a module's .mpy or a package's __init__.mpy. */
export function moduleFile(root: string, module: string): string {
  const base = path.join(root, "lib", ...module.split("."));
  return fs.existsSync(base + ".mpy") ? base + ".mpy" : path.join(base, "__init__.mpy");
}

const PARTS = ["bytecode", "constants", "qstrs", "module", "objects"];

export function checkReport(root: string, module: string): ReportCheck {
  const measured = oursImportCost(module, { root }).cost;
  const file = moduleFile(root, module);
  const alone = runMpy(fs.readFileSync(file), {
    compile,
    fs: hostDirFs(root),
    findModule: hostFinder([path.dirname(file)]),
    scriptPath: path.relative(root, file).split(path.sep).join("/"),
    write: () => {},
    writeStderr: () => {},
  }).importCost;
  let text = "";
  const sink = (t: string) => (text += t);
  executePlan(
    {
      file,
      dirs: [],
      traceHw: false,
      memReportWanted: true,
      heapBytes: undefined,
      flashBytes: undefined,
      fsRoot: root,
      runForUs: 10e6,
      timeoutMs: 60_000,
      boardName: "rp2040-125mhz",
      romfs: undefined,
      romfsFile: "",
    },
    { out: sink, err: sink },
  );
  const report = text.slice(Math.max(0, text.indexOf("memory report for ")));
  const line = /^ {2}import cost: +(\d+) bytes/m.exec(report);
  const nums = PARTS.map((p) => new RegExp(`^ {4}${p}: +(\\d+) bytes`, "m").exec(report));
  const parts = nums.every((m) => m !== null) ? nums.reduce((s, m) => s + Number(m![1]), 0) : null;
  return { module, measured, mainAlone: alone?.total ?? null, reported: line ? Number(line[1]) : null, parts, text: line ? report : text };
}
