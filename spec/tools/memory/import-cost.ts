// Dev tool: the import cost of every module of micropython-lib laid out as mip installs it, on
// mpyc's VM and on MicroPython's (the WebAssembly port), from the same .mpy bytes: what
// `gc.collect(); a = gc.mem_alloc()` | `import M` | `gc.collect(); b = gc.mem_alloc()` gives, the
// oracle's readings taken between calls, the module's own names interned beforehand (as in a
// program's qstr table) by a driver module both VMs import (ours.ts costDriverSource: nothing is
// compiled on the device). Each module is measured on a fresh VM of each kind.
// Usage: node dist/spec/tools/memory/import-cost.js MICROPYTHON_LIB_DIR [--tree DIR]... [--worst N] [--json FILE]
// (--tree adds the .py files of a folder as single-file modules, e.g. the repository's corpus/).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MemoryOracle } from "../../oracle/memory-oracle.js";
import { buildLayout, layoutFiles } from "./mplib-layout.js";
import { COST_DRIVER, costDriverMpy, oursImportCost } from "./ours.js";

const args = process.argv.slice(2);
const mplib = args.find((a, i) => !a.startsWith("--") && (i === 0 || !args[i - 1]!.startsWith("--")));
const trees = args.flatMap((a, i) => (a === "--tree" && args[i + 1] ? [args[i + 1]!] : []));
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!mplib) {
  process.stderr.write("usage: import-cost MICROPYTHON_LIB_DIR [--tree DIR]... [--worst N] [--json FILE]\n");
  process.exit(2);
}
const worstN = Number(flag("--worst") ?? 20);
const root = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-mplib-"));
const layout = buildLayout(mplib, root, trees);
const files = layoutFiles(root);

interface Row {
  module: string;
  device: number;
  ours: number | null;
  error?: string;
}

const rows: Row[] = [];
const skipped: string[] = [];
for (const module of layout.modules) {
  const o = await MemoryOracle.load({ heapsize: 1024 * 1024 });
  o.mkdir("/lib");
  for (const [file, bytes] of files) {
    const parts = file.split("/");
    for (let i = 2; i < parts.length; i++) o.mkdir(parts.slice(0, i).join("/"));
    o.writeFile(file, bytes);
  }
  o.writeFile(`/lib/${COST_DRIVER}.mpy`, costDriverMpy(module));
  const dev = o.importCostVia(COST_DRIVER, module);
  if (dev.error) {
    skipped.push(`${module}: ${dev.error.trim().split("\n").pop()}`);
    continue;
  }
  let ours: number | null = null;
  let error: string | undefined;
  try {
    const r = oursImportCost(module, { root });
    if (r.cost !== null) ours = r.cost;
    else error = r.output.trim().split("\n").pop() ?? "no output";
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  rows.push({ module, device: dev.bytes, ours, ...(error ? { error } : {}) });
}

const exact = rows.filter((r) => r.ours === r.device).length;
const within1 = rows.filter((r) => r.ours !== null && Math.abs(r.ours - r.device) <= 0.01 * r.device).length;
const higher = rows.filter((r) => r.ours !== null && r.ours > r.device).length;
const failed = rows.filter((r) => r.ours === null).length;
const sum = (k: "device" | "ours") => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
const worst = [...rows].sort((a, b) => Math.abs((b.ours ?? 0) - b.device) / b.device - Math.abs((a.ours ?? 0) - a.device) / a.device);

console.log(`modules laid out: ${layout.modules.length} (mpyc rejected ${layout.rejected.length} files)`);
console.log(`measured: ${rows.length}; import fails on the device: ${skipped.length}`);
console.log(`exact: ${exact}  within 1%: ${within1}  worse than 1%: ${rows.length - within1}  (ours higher: ${higher}, ours failed: ${failed})`);
console.log(`total: device ${sum("device")} bytes, ours ${sum("ours")} bytes`);
console.log(`worst ${worstN}:`);
for (const r of worst.slice(0, worstN)) console.log(`  ${r.module.padEnd(32)} device ${String(r.device).padStart(6)}  ours ${r.ours === null ? `failed: ${r.error}` : String(r.ours).padStart(6)}`);
const out = flag("--json");
if (out) fs.writeFileSync(out, JSON.stringify({ rows, skipped, rejected: layout.rejected }, null, 1));
fs.rmSync(root, { recursive: true, force: true });
