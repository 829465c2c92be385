// Dev tool: `mpyc run --mem-report`'s import cost against the import cost mpyc's VM measures
// (collect, read, import, collect, read: ours.ts oursImportCost), for every module laid out as
// import-cost.ts lays them out; each module's file is run from the layout as --fs.
// Usage: node dist/spec/tools/memory/mem-report.js MICROPYTHON_LIB_DIR|- [--tree DIR]... [--worst N]
// ("-": no micropython-lib, only the --tree folders).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildLayout } from "./mplib-layout.js";
import { checkReport, type ReportCheck } from "./report-check.js";

const args = process.argv.slice(2);
const mplib = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1]!.startsWith("--")));
const trees = args.flatMap((a, i) => (a === "--tree" && args[i + 1] ? [args[i + 1]!] : []));
const worstAt = args.indexOf("--worst");
const worstN = worstAt >= 0 ? Number(args[worstAt + 1]) : 20;
if (!mplib) {
  process.stderr.write("usage: mem-report MICROPYTHON_LIB_DIR|- [--tree DIR]... [--worst N]\n");
  process.exit(2);
}
const root = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-memreport-"));
try {
  const layout = buildLayout(mplib === "-" ? null : mplib, root, trees);
  const rows: ReportCheck[] = layout.modules.map((m) => checkReport(root, m));
  const measured = rows.filter((r) => r.measured !== null);
  const equal = measured.filter((r) => r.reported === r.measured);
  const before = measured.filter((r) => r.mainAlone === r.measured);
  const added = measured.filter((r) => r.parts === r.reported);
  console.log(`modules laid out: ${layout.modules.length}; imported on mpyc's VM: ${measured.length}`);
  console.log(`report's import cost equal to the measured cost: ${equal.length}; parts adding up: ${added.length}`);
  console.log(`the main module's own import cost (RunResult.importCost, the report's figure before) equal: ${before.length}`);
  const off = measured.filter((r) => r.reported !== r.measured).slice(0, worstN);
  for (const r of off) console.log(`  ${r.module.padEnd(32)} measured ${String(r.measured).padStart(6)}  reported ${r.reported ?? "none"}`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
