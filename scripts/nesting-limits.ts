// Measures the largest nesting depth or size of each shape of program that a compiler accepts, by
// bisection: mpyc's command line, mpyc's compile() in this process (Node's default stack), and a
// reference mpy-cross's (path in env MPY_CROSS) when given. Prints a Markdown table (the one in README.md).
// Usage: [MPY_CROSS=/path/to/mpy-cross] node dist/scripts/nesting-limits.js [--cli] [shape...]
// (--cli: the command line's limits too).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/index.js";

/** Each shape: a program of size n, with three ordinary lines first so an error's line shows. */
const SHAPES: Record<string, (n: number) => string> = {
  "nested brackets `((...))`": (n) => `y = ${"(".repeat(n)}1${")".repeat(n)}`,
  "nested lists `[[...]]`": (n) => `y = ${"[".repeat(n)}${"]".repeat(n)}`,
  "nested targets `[[a]] = x`": (n) => `${"[".repeat(n)}a${"]".repeat(n)} = x`,
  "nested calls `f(f(...))`": (n) => `y = ${"f(".repeat(n)}${")".repeat(n)}`,
  "nested lambdas": (n) => `y = ${"lambda: ".repeat(n)}1`,
  "unary chain `- - x`": (n) => `y = ${"-".repeat(n)}x`,
  "`not` chain": (n) => `y = ${"not ".repeat(n)}x`,
  "binary chain `a+a+...`": (n) => `y = ${"a+".repeat(n)}a`,
  "power chain `a**a**...`": (n) => `y = ${"a**".repeat(n)}a`,
  "attribute chain `a.b.b...`": (n) => `y = a${".b".repeat(n)}`,
  "conditional chain `a if b else ...`": (n) => `y = ${"a if b else ".repeat(n)}c`,
  "nested blocks `if x:`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}if x:`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested functions `def f():`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}def f():`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested classes `class C:`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}class C:`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested blocks `while x:`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}while x:`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested blocks `for x in y:`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}for x in y:`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested blocks `with a:`": (n) => Array.from({ length: n }, (_, i) => `${" ".repeat(i)}with a:`).join("\n") + `\n${" ".repeat(n)}pass`,
  "nested conditions `if not (a and ...)`": (n) => `if ${"not (a and ".repeat(n)}b${")".repeat(n)}: pass`,
  "nested comprehensions `[x for x in [...]]`": (n) => `y = ${"[x for x in ".repeat(n)}1${"]".repeat(n)}`,
  "nested lambda defaults `lambda x=lambda x=...`": (n) => `y = ${"lambda x=".repeat(n)}1${": 1".repeat(n)}`,
  "nested keyword arguments `f(a=f(a=...))`": (n) => `y = ${"f(a=".repeat(n)}1${")".repeat(n)}`,
  "nested star arguments `f(*f(*...))`": (n) => `y = ${"f(*".repeat(n)}a${")".repeat(n)}`,
  "nested `yield`": (n) => `def g():\n y = ${"(yield ".repeat(n)}a${")".repeat(n)}`,
  "nested first items `[[...], 2]`": (n) => `y = ${"[".repeat(n)}1${", 2]".repeat(n)}`,
  "nested first arguments `f(f(..., 2), 2)`": (n) => `y = ${"f(".repeat(n)}1${", 2)".repeat(n)}`,
  "nested keyword-only lambda defaults": (n) => `y = ${"lambda *, a=".repeat(n)}1${": 0".repeat(n)}`,
  "two nesting parts `-x*(-x*(...))`": (n) => `y = ${"-x*(".repeat(n)}1${")".repeat(n)}`,
  "attribute chain as a target `a.b.b... = 1`": (n) => `a${".b".repeat(n)} = 1`,
  "nested subscripts `a[a[...]]`": (n) => `y = ${"a[".repeat(n)}1${"]".repeat(n)}`,
  "nested dicts `{1:{1:...}}`": (n) => `y = ${"{1:".repeat(n)}1${"}".repeat(n)}`,
  "bytes literal (bytes)": (n) => `y = b'${"a".repeat(n)}'`,
  "statements `x = 1`": (n) => "x = 1\n".repeat(n),
};

const HEADER = "x = 1\nx = 2\nx = 3\n";

function accepts(cmd: string[], file: string): boolean {
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), "-o", "/dev/null", file], { timeout: 120000, maxBuffer: 1 << 26 });
  return r.status === 0;
}

/** The largest n (to 1%) in [1, cap] for which `tryN` holds. */
function largest(tryN: (n: number) => boolean, cap: number): number {
  let lo = 1;
  let hi = 2;
  while (hi <= cap && tryN(hi)) {
    lo = hi;
    hi *= 2;
  }
  if (hi > cap) return lo;
  while (hi - lo > Math.max(1, lo / 100)) {
    const mid = Math.floor((lo + hi) / 2);
    if (tryN(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The largest n that compile() takes in this process, on the caller's stack, and its error just beyond. */
function limitInProcess(shape: (n: number) => string, cap: number): { n: number; beyond: string } {
  // A program too large for a JavaScript string (deep indentation grows as the square) counts as refused.
  const n = largest((k) => {
    let src: string;
    try {
      src = HEADER + shape(k) + "\n";
    } catch {
      return false;
    }
    return compile(src).ok;
  }, cap);
  let src: string;
  try {
    src = HEADER + shape(Math.min(cap, Math.ceil(n * 1.02) + 1)) + "\n";
  } catch {
    return { n, beyond: "(too large for a JavaScript string)" };
  }
  const r = compile(src);
  return { n, beyond: r.ok ? "(not reached)" : `${r.error.kind}: ${r.error.message} (line ${r.error.line})` };
}

/** The largest n (to 1%) in [1, cap] that the command accepts, and what it prints just beyond. */
function limit(cmd: string[], shape: (n: number) => string, dir: string, cap: number): { n: number; beyond: string } {
  const file = path.join(dir, "case.py");
  const tryN = (n: number) => {
    fs.writeFileSync(file, HEADER + shape(n) + "\n");
    return accepts(cmd, file);
  };
  let lo = 1;
  let hi = 2;
  while (hi <= cap && tryN(hi)) {
    lo = hi;
    hi *= 2;
  }
  if (hi > cap) return { n: lo, beyond: "(not reached)" };
  while (hi - lo > Math.max(1, lo / 100)) {
    const mid = Math.floor((lo + hi) / 2);
    if (tryN(mid)) lo = mid;
    else hi = mid;
  }
  fs.writeFileSync(file, HEADER + shape(hi) + "\n");
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), "-o", "/dev/null", file], { timeout: 120000 });
  const err = r.stderr.toString().trim().split("\n");
  const where = err.find((l) => /line \d+/.test(l))?.replace(/.*(line \d+).*/, "$1");
  return { n: lo, beyond: `${err[err.length - 1] ?? ""}${where ? ` (${where})` : ""}` };
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const mpyc = [process.execPath, path.join(root, "dist/cli/main.js")];
const ref = process.env.MPY_CROSS;
const cliToo = process.argv.includes("--cli");
const wanted = process.argv.slice(2).filter((a) => a !== "--cli");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-limits-"));
const cap = 1 << 20;
const head = ["shape", "mpyc compile()", "beyond it, mpyc says"];
if (cliToo) head.push("mpyc command line", "beyond it");
if (ref) head.push("mpy-cross", "beyond it, mpy-cross says");
process.stdout.write(`| ${head.join(" | ")} |\n|${"---|".repeat(head.length)}\n`);
for (const [name, shape] of Object.entries(SHAPES)) {
  if (wanted.length && !wanted.some((w) => name.includes(w))) continue;
  const api = limitInProcess(shape, cap);
  const row = [name, String(api.n), api.beyond];
  if (cliToo) {
    const cli = limit(mpyc, shape, dir, cap);
    row.push(String(cli.n), cli.beyond);
  }
  if (ref) {
    const theirs = limit([ref], shape, dir, cap);
    row.push(String(theirs.n), theirs.beyond);
  }
  process.stdout.write(`| ${row.join(" | ")} |\n`);
}
fs.rmSync(dir, { recursive: true, force: true });
