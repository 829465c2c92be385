// The mpyc command as MicroPython's tools call it: same output files, messages and exit codes
// as mpy-cross, and no output file left behind when compilation fails.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readMpy } from "../../bytecode/mpy-read.js";
import { CORPUS_DIR } from "../corpus/programs.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

let cli = "";
let dir = "";

function mpyc(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

beforeAll(() => {
  cli = builtCli();
  dir = tempDir("mpyc-cli-");
});

describe("mpyc as mpy-cross", () => {
  it("writes NAME.mpy beside NAME.py, identical to the reference", () => {
    fs.copyFileSync(path.join(CORPUS_DIR, "functions.py"), path.join(dir, "functions.py"));
    const r = mpyc(["functions.py"]);
    expect(r.status).toBe(0);
    const ours = fs.readFileSync(path.join(dir, "functions.mpy"));
    expect(ours.equals(fs.readFileSync(path.join(CORPUS_DIR, "functions.mpy")))).toBe(true);
  });

  it("treats a long str literal equal to the input path or the -s name as interned, as mpy-cross does", () => {
    fs.writeFileSync(path.join(dir, "a_long_module.py"), 'print("a_long_module.py", "sub/other_name.py", "a_long_module_x.py")\n');
    const r = mpyc(["-s", "sub/other_name.py", "a_long_module.py"]);
    expect(r.status).toBe(0);
    const m = readMpy(new Uint8Array(fs.readFileSync(path.join(dir, "a_long_module.mpy"))));
    // Only the literal that names neither file is a str object; the other two are qstrs.
    expect(m.consts).toEqual([{ kind: "str", value: "a_long_module_x.py" }]);
    expect(m.qstrs).toContain("a_long_module.py");
  });

  it("reads stdin and writes stdout for -", () => {
    const r = mpyc(["-"], "print(1)\n");
    expect(r.status).toBe(0);
    expect(Array.from(r.stdout.subarray(0, 4))).toEqual([0x4d, 6, 0, 31]);
  });

  it("reports a syntax error like mpy-cross, exit 1, and leaves no output file", () => {
    fs.writeFileSync(path.join(dir, "bad.py"), "x = (\n1 +\n");
    const r = mpyc(["-o", "bad.mpy", "bad.py"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "bad.py", line 3\nSyntaxError: invalid syntax\n');
    expect(fs.existsSync(path.join(dir, "bad.mpy"))).toBe(false);
  });

  it("names the input file for parse errors and prints a unicode name escape as mpy-cross does", () => {
    fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
    fs.writeFileSync(path.join(dir, "sub/p.py"), "x = (\n");
    expect(mpyc(["-s", "other.py", "sub/p.py"]).stderr).toContain('File "sub/p.py", line 2');
    fs.writeFileSync(path.join(dir, "n.py"), 'print("\\N{DIGIT ONE}")\n');
    const r = mpyc(["n.py"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("NotImplementedError: unicode name escapes\n");
  });

  it("rejects a bad file that is not UTF-8, a missing file and a directory cleanly", () => {
    // x='<0xff>: mpy-cross takes any byte in a string, but the string is left open.
    fs.writeFileSync(path.join(dir, "bin.py"), Buffer.from([0x78, 0x3d, 0x27, 0xff, 0x0a]));
    for (const arg of ["bin.py", "missing.py", "."]) {
      const r = mpyc([arg]);
      expect(r.status).toBe(1);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
  });

  it("prints a version tools can parse, and wants an arch for a native default emitter", () => {
    expect(mpyc(["--version"]).stdout.toString()).toMatch(/mpy-cross emitting mpy v6\.3/);
    const r = mpyc(["-X", "emit=native", "x.py"]);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toBe("arch not specified\n");
  });

  it("writes native code for -march=x64 and rv32imc, prints the trace for -march=debug, refuses rv64imc", () => {
    fs.writeFileSync(path.join(dir, "n.py"), "import micropython\n@micropython.native\ndef f(x):\n    return x + 1\n");
    const x64 = mpyc(["-march=x64", "n.py"]);
    expect(x64.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "n.mpy"))[2]).toBe((2 << 2) | 3);
    const dbg = mpyc(["-march=debug", "n.py"]);
    expect(dbg.status).toBe(0);
    expect(dbg.stdout.toString()).toMatch(/^ENTRY\(f, num_locals=\d+\)\n/);
    const rv32 = mpyc(["-march=rv32imc", "-march-flags=zba", "n.py"]);
    expect(rv32.status).toBe(0);
    // Arch 11 with its flags following the header.
    expect(fs.readFileSync(path.join(dir, "n.mpy"))[2]).toBe(0x40 | (11 << 2) | 3);
    const rv64 = mpyc(["-march=rv64imc", "n.py"]);
    expect(rv64.status).toBe(1);
    expect(rv64.stderr.toString()).toMatch(/SyntaxError: invalid arch/);
  });

  it("disassembles machine code as mpy-tool.py -d", () => {
    fs.copyFileSync(path.join(CORPUS_DIR, "native", "viper.x64.mpy"), path.join(dir, "viper.x64.mpy"));
    const r = mpyc(["dis", "viper.x64.mpy"]);
    expect(r.status).toBe(0);
    expect(r.stdout.toString()).toBe(fs.readFileSync(path.join(CORPUS_DIR, "native", "viper.x64.dis"), "utf8"));
  });

  it("compiles a tree in one process with build", () => {
    fs.mkdirSync(path.join(dir, "src/pkg"), { recursive: true });
    fs.writeFileSync(path.join(dir, "src/pkg/a.py"), "x = 1\n");
    fs.writeFileSync(path.join(dir, "src/b.py"), "print(2)\n");
    const r = mpyc(["build", "src", "-o", "out"]);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "out/pkg/a.mpy"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "out/b.mpy"))).toBe(true);
  });
});
