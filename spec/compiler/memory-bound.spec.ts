// Compile memory stays under MEMORY_PER_SOURCE_BYTE times the source size plus MEMORY_CONSTANT
// (compiler/front/budget.ts): sources of the most costly shapes, as large as the budget
// lets through, compile on a thread whose heap is capped at that bound, and larger ones (a 10 MB
// one-line expression, a million-line file) are refused with a MemoryError, soon, within it too.
// The thread runs the built compiler (dist/), as the CLI specs run the built command.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MEMORY_CONSTANT, MEMORY_PER_SOURCE_BYTE, MemoryBudget } from "../../compiler/front/budget.js";
import { parse } from "../../compiler/front/parser.js";
import { compile, formatError } from "../../compiler/index.js";
import { compileCapped } from "../../scripts/compile-memory.js";

const root = path.resolve(__dirname, "../..");
const compilerJs = path.join(root, "dist/compiler/index.js");
const MiB = 1024 * 1024;
/** The young generation is capped too, and counted in the bound. */
const YOUNG_MB = 8;

beforeAll(() => {
  if (!fs.existsSync(compilerJs)) spawnSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});

const boundOf = (source: string) => MEMORY_PER_SOURCE_BYTE * Buffer.byteLength(source) + MEMORY_CONSTANT;

/** Compiles `source` on a thread whose heap cannot grow past the bound; what it answered, or "out of memory". */
const capped = (source: string, withHash = false) =>
  compileCapped(compilerJs, source, "big.py", { oldMb: Math.floor(boundOf(source) / MiB) - YOUNG_MB, youngMb: YOUNG_MB, stackMb: 256 }, withHash);

/** What the budget charges for a source, however much. */
function charged(source: string): number {
  const budget = new MemoryBudget(Infinity);
  parse(source, { optimize: 0, smallIntBits: 31, budget });
  return budget.peak;
}

/**
 * The shape at the size whose charge is `share` of its bound: charge and size grow linearly with n
 * but for the digits of numbers in it, so fitted twice, the second time near the size found first.
 */
function sized(shape: (n: number) => string, share: number): string {
  let n = 1000;
  for (let round = 0; round < 2; round++) {
    const [n1, n2] = [Math.floor(n * 0.9), n];
    const [c1, c2] = [charged(shape(n1)), charged(shape(n2))];
    const a = (c2 - c1) / (n2 - n1);
    const c0 = c1 - a * n1;
    const [s1, s2] = [Buffer.byteLength(shape(n1)), Buffer.byteLength(shape(n2))];
    const b = (s2 - s1) / (n2 - n1);
    const s0 = s1 - b * n1;
    // c0 + a n = share * (PER_BYTE * (s0 + b n) + CONSTANT)
    n = Math.floor((share * (MEMORY_PER_SOURCE_BYTE * s0 + MEMORY_CONSTANT) - c0) / (a - share * MEMORY_PER_SOURCE_BYTE * b));
  }
  return shape(n);
}

// Shapes whose real peak comes near what the budget charges (scripts/compile-memory.ts prints both,
// for these and more): a chain (one deep tree), a scope per line, one huge function (a statement
// whose tokens the parser lets go as it passes them).
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");
const SHAPES: [string, (n: number) => string][] = [
  ["an operator chain", (n) => `x = ${"a+".repeat(n)}a\n`],
  ["a lambda per line", (n) => lines(n, (i) => `f = lambda: ${i}\n`)],
  ["one huge function", (n) => "def f():\n" + lines(n, (i) => ` x = ${i}\n`)],
];

describe("compile memory", () => {
  it.each(SHAPES)("compiles %s as large as the budget allows within the bound", async (_, shape) => {
    const source = sized(shape, 0.95);
    expect(charged(source)).toBeLessThanOrEqual(boundOf(source));
    expect(await capped(source)).toBe("ok");
  });

  // Larger than mpy-cross compiles with its default heap; the hashes are of its output with a larger one (-X heapsize=256M).
  it.each([
    ["20,000 functions `def fN(): return lambda: N`", () => lines(20_000, (i) => `def f${i}(): return lambda: ${i}\n`), "46623a28de1ef2e1b114dde335f33291e65b5158eb3fc93dfa35ea661e4afe12"],
    ["a function of 100,000 branches `if x == k: return k`", () => "def f(x):\n" + lines(100_000, (k) => ` if x == ${k}: return ${k}\n`), "073eac6c4a8d028dead3e3088adff10a3e91a6d5573c4768d4abc3d353409f4d"],
  ])("compiles %s within the bound, to mpy-cross's bytes", async (_, make, hash) => {
    const source = make();
    expect(charged(source)).toBeLessThanOrEqual(boundOf(source));
    expect(await capped(source, true)).toBe(`ok ${hash}`);
  });

  // mpy-cross compiles it in its default heap: a parenthesis that only groups makes no parse node.
  it("compiles 20,000 items each in 100 grouping parentheses, to mpy-cross's bytes", async () => {
    const item = `${"(".repeat(100)}1${")".repeat(100)}`;
    const source = `x = [${Array.from({ length: 20_000 }, () => item).join(", ")}]\n`;
    expect(charged(source)).toBeLessThanOrEqual(boundOf(source));
    expect(await capped(source, true)).toBe("ok d27e031f415e8d5b382b7c82f66657e4a556a9776519c62628059e412440d3ab");
  });

  it("names the file and the line where the charge passed the bound", () => {
    const source = `x = 1\ny = ${"a+".repeat(1_000_000)}a\n`;
    const r = compile(source, { sourceName: "big.py" });
    expect(r.ok ? "ok" : formatError(r.error, "big.py", source)).toBe(
      'Traceback (most recent call last):\n  File "big.py", line 2\nMemoryError: memory allocation failed: compiling this source would need more than 10 bytes a source byte plus 128 MiB\n',
    );
  });

  it.each([
    ["a 10 MB one-line expression", () => `x = ${"a+".repeat(5_000_000)}a\n`],
    ["a million-line file", () => Array.from({ length: 1_000_000 }, (_, i) => `x = ${i}\n`).join("")],
  ])("refuses %s with a MemoryError within the bound", async (_, make) => {
    const source = make();
    expect(await capped(source)).toMatch(/^MemoryError: memory allocation failed/);
  });
});
