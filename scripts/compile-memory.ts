// Measures the peak heap a compile() needs, per source byte, on scaled program shapes and on the .py
// files of given trees: the smallest old-generation cap (to 1 MiB) under which a worker thread still
// compiles the source, less that of a one-line program. Prints a Markdown table.
// Usage: node dist/scripts/compile-memory.js [--scale K] [--shape NAME]... [DIR]...
// (--scale multiplies each shape's size; a DIR's files are measured together, the largest ratio shown.)

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { memoryBudget } from "../compiler/front/budget.js";
import { parse } from "../compiler/front/parser.js";

const compilerJs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../compiler/index.js");
const MiB = 1024 * 1024;
const YOUNG_MB = 2;

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");

/** Each shape at its default size (near the largest mpy-cross compiles with its default heap, where it has one). */
export const SHAPES: Record<string, [number, (n: number) => string]> = {
  "statements `x = N`": [40_000, (n) => lines(n, (i) => `x = ${i}\n`)],
  "one function of `x = N`": [40_000, (n) => "def f():\n" + lines(n, (i) => ` x = ${i}\n`)],
  "functions `def fN(): return lambda: N`": [2_800, (n) => lines(n, (i) => `def f${i}(): return lambda: ${i}\n`)],
  "branches `if x == k: return k`": [14_000, (n) => "def f(x):\n" + lines(n, (k) => ` if x == ${k}: return ${k}\n`)],
  "chain `a+a+...`": [60_000, (n) => `x = ${"a+".repeat(n)}a\n`],
  "list of ints": [60_000, (n) => `x = [${lines(n, (i) => `${i}, `)}]\n`],
  "dict of ints": [35_000, (n) => `x = {${lines(n, (i) => `${i}: ${i}, `)}}\n`],
  "bytes literal": [1_000_000, (n) => `x = b'${"a".repeat(n)}'\n`],
  "f-strings": [20_000, (n) => lines(n, (i) => `y = f"{a} {b${i % 9}} x"\n`)],
  "classes `class CN: x = N`": [3_000, (n) => lines(n, (i) => `class C${i}:\n x = ${i}\n`)],
  "comprehensions": [3_000, (n) => lines(n, (i) => `y = [x * ${i} for x in z if x]\n`)],
  "calls with keywords": [20_000, (n) => lines(n, (i) => `f(a, b=${i}, *c, **d)\n`)],
  "attribute chain `a.b.b...`": [50_000, (n) => `x = a${".b".repeat(n)}\n`],
  "slices `a[1:2:3, ...]`": [20_000, (n) => `x = a[${"1:2:3, ".repeat(n)}]\n`],
  "strings `s = 'text N'`": [30_000, (n) => lines(n, (i) => `s = 'a longer text ${i}'\n`)],
  "strings of CJK text": [20_000, (n) => lines(n, (i) => `x = '${"中文字".repeat(10)}${i}'\n`)],
  "big ints": [20_000, (n) => lines(n, (i) => `x = ${"9".repeat(40)}${i}\n`)],
  "long distinct names": [10_000, (n) => lines(n, (i) => `${"n".repeat(200)}${i} = 1\n`)],
  "tuples `t = (N, (N,), ())`": [30_000, (n) => lines(n, (i) => `t = (${i}, (${i},), ())\n`)],
  "bare tuples `t = N, N`": [40_000, (n) => lines(n, (i) => `t = ${i}, ${i}\n`)],
  "grouping `x = [((((N)))), ...]`": [60_000, (n) => `x = [${lines(n, (i) => `((((${i}))))`).replace(/\)\(/g, "), (")}]\n`],
  "nested lambdas": [20_000, (n) => `y = ${"lambda: ".repeat(n)}1\n`],
  "methods": [3_000, (n) => "class C:\n" + lines(n, (i) => ` def m${i}(self, a, b=1):\n  return self.x + a * b\n`)],
  "imports": [20_000, (n) => lines(n, (i) => `from m${i % 50} import a${i}, b${i} as c${i}\n`)],
};

/** A worker's heap and stack caps, in MiB. */
export interface WorkerCaps {
  readonly oldMb: number;
  readonly youngMb: number;
  readonly stackMb: number;
}

/**
 * Compiles `source` (as `sourceName`) with the built compiler at `compilerJs` on a worker thread
 * capped at `caps`: "ok" (then the .mpy's sha-256 if `withHash`), the error's kind and message, or
 * "out of memory".
 */
export function compileCapped(compilerJs: string, source: string, sourceName: string, caps: WorkerCaps, withHash = false): Promise<string> {
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    import(workerData.compilerJs).then(({ compile }) => {
      const r = compile(workerData.source, { sourceName: workerData.sourceName });
      const hash = () => require("node:crypto").createHash("sha256").update(r.mpy).digest("hex");
      parentPort.postMessage(r.ok ? (workerData.withHash ? "ok " + hash() : "ok") : r.error.kind + ": " + r.error.message);
    });`;
  return new Promise((resolve) => {
    const w = new Worker(code, {
      eval: true,
      workerData: { compilerJs, source, sourceName, withHash },
      resourceLimits: { maxOldGenerationSizeMb: caps.oldMb, maxYoungGenerationSizeMb: caps.youngMb, stackSizeMb: caps.stackMb },
    });
    w.once("message", (m: string) => {
      void w.terminate();
      resolve(m);
    });
    w.once("error", (e: Error & { code?: string }) => resolve(e.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out of memory" : `error: ${e.message}`));
  });
}

/** Compiles `source` in a worker whose old generation is capped at `mb`. */
const attempt = (source: string, mb: number) => compileCapped(compilerJs, source, "m.py", { oldMb: mb, youngMb: YOUNG_MB, stackMb: 64 });

/** The most the memory budget charges for `source` (what it foresees the compile to need). */
function charged(source: string): number {
  const budget = memoryBudget(source);
  try {
    parse(source, { optimize: 0, smallIntBits: 31, budget });
  } catch {
    // Refused: the charge so far.
  }
  return budget.peak;
}

/** The smallest cap in MiB under which the compile ends as it does uncapped, and how it ends. */
async function peak(source: string): Promise<{ mb: number; outcome: string }> {
  const outcome = await attempt(source, 16384);
  if (outcome.startsWith("error:") || outcome === "out of memory") throw new Error(outcome);
  let lo = 1;
  let hi = 8;
  while ((await attempt(source, hi)) !== outcome) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((await attempt(source, mid)) === outcome) hi = mid;
    else lo = mid;
  }
  return { mb: hi, outcome };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let scale = 1;
  const only: string[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--scale") scale = Number(args[++i]);
    else if (args[i] === "--shape") only.push(args[++i]!);
    else dirs.push(args[i]!);
  }
  const base = (await peak("x = 1\n")).mb;
  console.log(`baseline (one-line program): ${base} MiB\n`);
  console.log("| source | bytes | peak heap over baseline (MiB) | bytes a source byte | budget charged (MiB) | outcome |");
  console.log("|---|---|---|---|---|---|");
  const row = async (name: string, source: string) => {
    const size = Buffer.byteLength(source);
    const { mb, outcome } = await peak(source);
    const over = Math.max(0, mb - base);
    const charge = (charged(source) / MiB).toFixed(1);
    console.log(`| ${name} | ${size.toLocaleString("en")} | ${over} | ${((over * MiB) / size).toFixed(1)} | ${charge} | ${outcome} |`);
  };
  if (dirs.length === 0) {
    for (const [name, [n, make]] of Object.entries(SHAPES)) {
      if (only.length && !only.some((o) => name.includes(o))) continue;
      const size = Math.round(n * scale);
      await row(`${name} × ${size.toLocaleString("en")}`, make(size));
    }
  }
  for (const dir of dirs) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".py")) files.push(p);
      }
    };
    walk(dir);
    files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
    for (const f of files.slice(0, 5)) await row(path.relative(dir, f), fs.readFileSync(f, "utf8"));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) void main();
