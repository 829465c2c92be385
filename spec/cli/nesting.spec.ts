// Deep nesting and long chains: mpyc accepts at least what mpy-cross v1.27.0 accepts with its
// default heap (measured by scripts/nesting-limits.ts: about 8,000 brackets, 5,500 calls, 6,400
// lambdas, 64,000-term chains) and refuses deeper programs with a MemoryError at the right line.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile, errorLine } from "../../compiler/index.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

let cli = "";
let dir = "";
const HEADER = "x = 1\nx = 2\nx = 3\n";

function mpyc(source: string) {
  fs.writeFileSync(path.join(dir, "deep.py"), HEADER + source + "\n");
  const r = spawnSync(process.execPath, [cli, "-o", "-", "deep.py"], { cwd: dir, timeout: 60000, maxBuffer: 1 << 26 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

beforeAll(() => {
  cli = builtCli();
  dir = tempDir("mpyc-nesting-");
});

describe("nesting limits", () => {
  it.each([
    ["brackets", `y = ${"(".repeat(9000)}1${")".repeat(9000)}`],
    ["lists", `y = ${"[".repeat(8000)}${"]".repeat(8000)}`],
    ["calls", `y = ${"f(".repeat(6000)}${")".repeat(6000)}`],
    ["lambdas", `y = ${"lambda: ".repeat(7000)}1`],
    ["a binary chain", `y = ${"a+".repeat(70000)}a`],
    ["an attribute chain", `y = a${".b".repeat(60000)}`],
    ["a not chain", `y = ${"not ".repeat(45000)}x`],
  ])("compiles %s deeper than mpy-cross takes", (_, source) => {
    const r = mpyc(source);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout[0]).toBe(0x4d);
  });

  it("refuses nesting beyond its limit with a MemoryError at the line, not a crash", () => {
    const r = mpyc(`y = ${"(".repeat(250000)}1${")".repeat(250000)}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "deep.py", line 4\nMemoryError: maximum recursion depth exceeded\n');
  });

  it("reports nesting beyond the parser's limit in-process at the line where it happened", () => {
    // 100,000 nested lists compile in-process (README.md "Nesting and size limits"); 250,000 are refused.
    const source = HEADER + `y = ${"[".repeat(250000)}${"]".repeat(250000)}\n`;
    const r = compile(source);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("nestingTooDeep");
      expect(errorLine(r.error, source)).toBe(4);
    }
  });

  it("compiles a long bytes literal and many adjacent strings without spreading them onto the stack", () => {
    expect(compile(`x = b'${"a".repeat(300000)}'\n`).ok).toBe(true);
    expect(compile(`x = ${"'a' ".repeat(200000)}\n`).ok).toBe(true);
  });
});
