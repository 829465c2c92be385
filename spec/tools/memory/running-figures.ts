// Takes a program written as top-level blocks separated by `#---` lines; gives gc.mem_alloc()
// after each block, relative to the reading after the import, on mpyc's VM and on MicroPython
// (the WebAssembly VM, read from JavaScript between calls), with or without a collection before
// each reading. Each block becomes a function `_s<k>` that declares the program's top-level
// names global, so the state lives in the module's globals as it would in a script, and the
// module is compiled once by mpyc: both VMs load the same .mpy bytes.
// Usage: node dist/spec/tools/memory/running-figures.js DIR [--write FILE]

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, formatError } from "../../../compiler/index.js";
import { MemoryOracle } from "../../oracle/memory-oracle.js";
import { runOurs } from "./ours.js";

/** The oracle's heap: fixed, as a board's (programs that need more fail the same way on both). */
export const FIGURES_HEAP = 256 * 1024;

/** Names a top-level statement binds (assignment targets, for, def, class, import). */
function boundNames(line: string): string[] {
  const out: string[] = [];
  const assign = /^([A-Za-z_][\w]*(?:\s*,\s*\*?[A-Za-z_][\w]*)*)\s*(?:=(?!=)|\+=|-=|\*=|\/\/=|\|=|&=)/.exec(line);
  if (assign) out.push(...assign[1]!.split(",").map((s) => s.trim().replace(/^\*/, "")));
  const kw = /^(?:for|def|class)\s+([A-Za-z_]\w*)/.exec(line);
  if (kw) out.push(kw[1]!);
  const imp = /^import\s+([\w, ]+)/.exec(line);
  if (imp) out.push(...imp[1]!.split(",").map((s) => s.trim().split(".")[0]!));
  const from = /^from\s+\S+\s+import\s+([\w, ]+)/.exec(line);
  if (from) out.push(...from[1]!.split(",").map((s) => s.trim()));
  const exc = /^except\b.*\bas\s+(\w+)/.exec(line);
  if (exc) out.push(exc[1]!);
  return out;
}

export function stepModule(source: string): { source: string; steps: number } {
  const blocks = source.split(/^#---\s*$/m).map((b) => b.replace(/^\n+|\n+$/g, ""));
  const names = new Set<string>();
  for (const line of source.split("\n")) for (const n of boundNames(line)) names.add(n);
  const glob = names.size ? `    global ${[...names].sort().join(", ")}\n` : "";
  const fns = blocks.map((b, i) => `def _s${i + 1}():\n${glob}${b.split("\n").map((l) => (l ? "    " + l : l)).join("\n")}\n`);
  return { source: fns.join("\n"), steps: blocks.length };
}

export function compileProgram(name: string, source: string): { mpy: Uint8Array; steps: number } {
  const m = stepModule(source);
  const r = compile(m.source, { sourceName: `${name}.py` });
  if (!r.ok) throw new Error(`${name}: ${formatError(r.error, `${name}.py`, m.source)}`);
  return { mpy: r.mpy, steps: m.steps };
}

const MODULE = "prog";

export interface Figures {
  readonly collected: number[];
  readonly uncollected: number[];
}

async function oraclePass(mpy: Uint8Array, steps: number, collect: boolean): Promise<number[]> {
  const o = await MemoryOracle.load({ heapsize: FIGURES_HEAP, fixed: true });
  o.mkdir("/lib");
  o.writeFile(`/lib/${MODULE}.mpy`, mpy);
  const fns = o.functions(MODULE, Array.from({ length: steps }, (_, i) => `_s${i + 1}`));
  o.collect();
  const base = o.memAlloc();
  return fns.map((f) => {
    const r = o.call(f);
    if (r.error) throw new Error(`oracle: ${r.error}`);
    if (collect) o.collect();
    return o.memAlloc() - base;
  });
}

export async function oracleFigures(mpy: Uint8Array, steps: number): Promise<Figures> {
  return { collected: await oraclePass(mpy, steps, true), uncollected: await oraclePass(mpy, steps, false) };
}

function oursPass(root: string, steps: number, collect: boolean): number[] {
  const lines = ["import gc", `R = [0] * ${steps + 1}`, `import ${MODULE}`, "gc.collect()", "R[0] = gc.mem_alloc()"];
  for (let k = 1; k <= steps; k++) lines.push(`${MODULE}._s${k}()`, ...(collect ? ["gc.collect()"] : []), `R[${k}] = gc.mem_alloc()`);
  lines.push("print('FIG', ' '.join([str(r - R[0]) for r in R[1:]]))");
  const r = runOurs(lines.join("\n"), { root, heapBytes: FIGURES_HEAP });
  const m = /FIG ([-\d ]*)/.exec(r.output);
  if (!m) throw new Error(`mpyc: ${r.output.trim().split("\n").pop()}`);
  return m[1]!.trim().split(/\s+/).map(Number);
}

export function oursFigures(mpy: Uint8Array, steps: number): Figures {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-fig-"));
  try {
    fs.mkdirSync(path.join(root, "lib"));
    fs.writeFileSync(path.join(root, "lib", `${MODULE}.mpy`), mpy);
    return { collected: oursPass(root, steps, true), uncollected: oursPass(root, steps, false) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Readings equal to the byte, of all readings, in each mode. */
export function agreement(ours: Figures, device: Figures): { collected: [number, number]; uncollected: [number, number] } {
  const count = (a: number[], b: number[]) => [a.filter((v, i) => v === b[i]).length, b.length] as [number, number];
  return { collected: count(ours.collected, device.collected), uncollected: count(ours.uncollected, device.uncollected) };
}

const isMain = process.argv[1]?.endsWith("running-figures.js");
if (isMain) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: running-figures DIR [--write FILE]\n");
    process.exit(2);
  }
  const golden: Record<string, Figures> = {};
  const tot = { collected: [0, 0], uncollected: [0, 0] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".py")).sort()) {
    const name = file.slice(0, -3);
    const { mpy, steps } = compileProgram(name, fs.readFileSync(path.join(dir, file), "utf8"));
    const dev = await oracleFigures(mpy, steps);
    golden[name] = dev;
    let ours: Figures | null = null;
    try {
      ours = oursFigures(mpy, steps);
    } catch (e) {
      console.log(`${name}: ${e instanceof Error ? e.message : e}`);
    }
    const a = ours ? agreement(ours, dev) : { collected: [0, steps], uncollected: [0, steps] };
    for (const k of ["collected", "uncollected"] as const) {
      tot[k][0]! += a[k][0]!;
      tot[k][1]! += a[k][1]!;
    }
    console.log(`${name.padEnd(16)} collected ${a.collected.join("/")}  uncollected ${a.uncollected.join("/")}   device ${JSON.stringify(dev.collected)} ours ${JSON.stringify(ours?.collected)}`);
    if (ours && a.uncollected[0] !== a.uncollected[1]) console.log(`${"".padEnd(16)} uncollected device ${JSON.stringify(dev.uncollected)} ours ${JSON.stringify(ours.uncollected)}`);
  }
  const pct = (x: number[]) => `${x[0]}/${x[1]} (${((100 * x[0]!) / x[1]!).toFixed(1)}%)`;
  console.log(`exact readings: with a collection ${pct(tot.collected)}, without ${pct(tot.uncollected)}`);
  const w = process.argv.indexOf("--write");
  if (w > 0 && process.argv[w + 1]) fs.writeFileSync(process.argv[w + 1]!, JSON.stringify(golden, null, 1) + "\n");
}
