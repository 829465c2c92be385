// `mpyc freeze` on the command line: mpy-tool's options give its goldens (golden/README.md), a .py
// is compiled first, and what cannot be frozen is a one-line message, exit 1 and no output file.

import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../cli/commands.js";
import type { CliIo } from "../../cli/io.js";
import { tempDir } from "../temp.js";

const here = import.meta.dirname;
const corpus = path.join(here, "..", "..", "corpus");
const golden = (name: string) => fs.readFileSync(path.join(here, "golden", `${name}.c`), "utf8");
const fixture = (name: string) => path.join(here, "fixtures", name);
let dir = "";

async function mpyc(argv: string[], cwd = corpus): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const text = (d: string | Uint8Array) => (typeof d === "string" ? d : new TextDecoder().decode(d));
  const io: CliIo = {
    cwd,
    stdout: { write: (d) => void (stdout += text(d)) },
    stderr: { write: (d) => void (stderr += text(d)) },
    readStdin: () => new Uint8Array(),
    pid: process.pid,
  };
  const code = await main(["freeze", ...argv], io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = tempDir("mpyc-freeze-");
});

describe("mpyc freeze", () => {
  it("takes mpy-tool's command line and prints its C", async () => {
    const r = await mpyc(["-f", "-q", fixture("qstrs.h"), "-mlongint-impl", "longlong", "literals.mpy"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden("literals-longlong"));
    expect((await mpyc(["-q", fixture("qstrs.h"), "-mmpz-dig-size=8", "smallints.mpy"])).stdout).toBe(golden("smallints-mpz8"));
  });

  it("compiles .py files first and writes -o atomically", async () => {
    const out = path.join(dir, "together.c");
    const r = await mpyc(["-q", fixture("qstrs.h"), "-o", out, "classes.py", "consts.mpy", "literals.py", "generators.py"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(fs.readFileSync(out, "utf8")).toBe(golden("together"));
    expect(fs.readdirSync(dir)).toEqual(["together.c"]);
  });

  const bad: [string, (d: string) => string[], RegExp][] = [
    ["a missing file", () => ["nothere.mpy"], /^mpyc freeze: OSError: \(2, "can't open nothere.mpy"\)\n$/],
    ["a truncated .mpy", (d) => [write(d, "t.mpy", [0x4d, 6, 0, 31, 5])], /^mpyc freeze: .*t\.mpy: truncated \.mpy file: constant count\n$/],
    ["a file that is not a .mpy", (d) => [write(d, "x.mpy", [0x7f, 0x45, 0x4c, 0x46])], /^mpyc freeze: .*x\.mpy: incompatible \.mpy file\n$/],
    ["a truncated native .mpy", (d) => [write(d, "n.mpy", [0x4d, 6, (2 << 2) | 3, 31, 0, 0])], /^mpyc freeze: .*n\.mpy: truncated \.mpy file: raw code header\n$/],
    ["a lone surrogate, which mpy-tool cannot read", (d) => [write(d, "s.py", [...Buffer.from('x = "\\ud800"\n')])], /^mpyc freeze: .*s\.py: strings that are not UTF-8 cannot be frozen\n$/],
    ["an unsupported digit size", () => ["-mmpz-dig-size=12", "literals.mpy"], /^mpyc freeze: -mmpz-dig-size=12 is not supported \(8, 16, 32\)\n$/],
    ["a long int without long ints", () => ["-mlongint-impl=none", "literals.mpy"], /^mpyc freeze: literals\.py: target does not support long int\n$/],
    ["a header without QCFG lines", (d) => ["-q", write(d, "h.h", [...Buffer.from("Q(x)\n")]), "literals.mpy"], /^mpyc freeze: .*h\.h: qstr header has no QCFG lines/],
  ];
  for (const [what, args, message] of bad) {
    it(`refuses ${what} in one line, exit 1, no output file`, async () => {
      const d = fs.mkdtempSync(path.join(dir, "bad-"));
      const out = path.join(d, "out.c");
      const r = await mpyc(["-o", out, ...args(d)]);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(1);
      expect(fs.existsSync(out)).toBe(false);
    });
  }

  it("reports a .py that does not compile as mpy-cross does", async () => {
    const r = await mpyc([write(dir, "bad.py", [...Buffer.from("x = (\n")])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/SyntaxError: invalid syntax\n$/);
  });
});

function write(d: string, name: string, bytes: number[]): string {
  const p = path.join(d, name);
  fs.writeFileSync(p, Uint8Array.from(bytes));
  return p;
}
