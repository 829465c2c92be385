// The compile API as a JavaScript caller meets it: arguments checked with the command line's rules
// and clear errors, compile errors with kind, message, line and column, and the mpy-cross-style
// adapter giving what the mpyc command gives for the same arguments.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { mpyCross } from "../../cli/mpy-cross.js";
import { compile, formatError, MPYC_VERSION } from "../../compiler/index.js";
import { compile as pybricksCompile, compileArgs, readMpyCrossArgs } from "../../compiler/mpy-cross.js";
import { CORPUS_DIR, corpusPrograms } from "../corpus/programs.js";
import { tempDir } from "../temp.js";

describe("compile() arguments", () => {
  const refused: [string, unknown, unknown, RegExp][] = [
    ["a null source", null, undefined, /^compile: the source must be a string or a Uint8Array, not null$/],
    ["a number source", 42, undefined, /not 42$/],
    ["an ArrayBuffer", new ArrayBuffer(2), undefined, /not an object$/],
    ["null options", "x = 1", null, /^compile: the options must be an object, not null$/],
    ["a negative level", "x = 1", { optimize: -1 }, /^compile: options\.optimize must be an integer from 0 to 3, not -1$/],
    ["level 4", "x = 1", { optimize: 4 }, /from 0 to 3, not 4$/],
    ["a fractional level", "x = 1", { optimize: 1.5 }, /from 0 to 3, not 1\.5$/],
    ["a level as text", "x = 1", { optimize: "2" }, /from 0 to 3, not "2"$/],
    ["0 small-int bits", "x = 1", { smallIntBits: 0 }, /^compile: options\.smallIntBits must be an integer from 1 to 63, not 0$/],
    ["100 small-int bits", "x = 1", { smallIntBits: 100 }, /not 100$/],
    ["1.5 small-int bits", "x = 1", { smallIntBits: 1.5 }, /not 1\.5$/],
    ["NaN small-int bits", "x = 1", { smallIntBits: NaN }, /not NaN$/],
    ["a non-string source name", "x = 1", { sourceName: 3 }, /^compile: options\.sourceName must be a string, not 3$/],
    ["a non-boolean repl", "x = 1", { repl: 1 }, /options\.repl must be a boolean/],
    ["a misspelt option", "x = 1", { optimise: 2 }, /^compile: unknown option "optimise" \(the options are sourceName, optimize, /],
  ];
  for (const [what, source, options, message] of refused) {
    it(`refuses ${what} with a clear error`, () => {
      const call = () => compile(source as string, options as object);
      expect(call).toThrow(message);
      // Numbers out of range are RangeErrors, everything else TypeErrors: never an internal error.
      const value = Object.values(options ?? {})[0];
      expect(call).toThrow(typeof value === "number" && what !== "a misspelt option" ? RangeError : TypeError);
    });
  }

  it("takes every level and small-int width the command line takes, and undefined as absent", () => {
    for (const optimize of [0, 1, 2, 3]) expect(compile("assert x\n", { optimize }).ok).toBe(true);
    for (const smallIntBits of [1, 31, 63]) expect(compile("x = 12345\n", { smallIntBits }).ok).toBe(true);
    expect(compile("x = 1\n", { optimize: undefined, sourceName: undefined }).ok).toBe(true);
  });
});

describe("compile errors", () => {
  const cases: [string, string, string, number, number][] = [
    ["x = (1,\n  2 +)\n", "SyntaxError", "invalid syntax", 2, 5],
    ["if x:\n", "SyntaxError", "invalid syntax", 2, 0],
    ["def f():\n  return 1\n    y = 2\n", "IndentationError", "unexpected indent", 3, 4],
    ["x = 1\nreturn 5\n", "SyntaxError", "'return' outside function", 2, 0],
    ["x = $\n", "SyntaxError", "invalid syntax", 1, 4],
  ];
  for (const [source, kind, message, line, column] of cases) {
    it(`${JSON.stringify(source)}: ${kind} at ${line}:${column}`, () => {
      const r = compile(source, { sourceName: "t.py" });
      if (r.ok) throw new Error("compiled");
      expect({ kind: r.error.kind, message: r.error.message, line: r.error.line, column: r.error.column }).toEqual({ kind, message, line, column });
      // The error knows its line, so the mpy-cross text needs no second look at the source.
      expect(formatError(r.error, "t.py")).toBe(formatError(r.error, "t.py", source));
      expect(formatError(r.error, "t.py")).toContain(`File "t.py", line ${line}`);
    });
  }

  it("places an error in bytes that are not UTF-8 on the text a caller decodes", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("x = "), 0xff, 0x0a, ...new TextEncoder().encode("y = $\n")]);
    const r = compile(bytes);
    if (r.ok) throw new Error("compiled");
    expect([r.error.line, r.error.column]).toEqual([2, 4]);
    expect(new TextDecoder().decode(bytes).split("\n")[1]![r.error.column]).toBe("$");
  });
});

describe("compileArgs: mpy-cross's command line in memory", () => {
  const dir = tempDir("mpyc-args-");

  /** What the mpyc command does with the same arguments, the input file written where it reads it. */
  async function viaCommand(args: readonly string[], name: string, contents: string) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), contents);
    const out: string[] = [];
    const err: string[] = [];
    const text = (d: string | Uint8Array) => (typeof d === "string" ? d : new TextDecoder().decode(d));
    const output = path.join(dir, "out.mpy");
    fs.rmSync(output, { force: true });
    const status = await mpyCross(["-o", "out.mpy", ...args, name], {
      cwd: dir,
      stdout: { write: (d) => out.push(text(d)) },
      stderr: { write: (d) => err.push(text(d)) },
      readStdin: () => new Uint8Array(),
      pid: process.pid,
    });
    const lines = (parts: string[]) => (parts.length ? parts.join("").replace(/\n$/, "").split("\n") : []);
    return { status, out: lines(out), err: lines(err), mpy: fs.existsSync(output) ? new Uint8Array(fs.readFileSync(output)) : undefined };
  }

  const table: [string[], string, string][] = [
    [[], "main.py", "print('hi')\n"],
    [["-march=armv6m", "-O2", "-s", "lib/name.py"], "name.py", "def f():\n    assert f\n    return 1\n"],
    [["-O9"], "a.py", "def f():\n    return 1\n"],
    [["-OO", "-msmall-int-bits=0x1f"], "a.py", "x = 1 << 40\n"],
    [["-X", "emit=bytecode", "-X", "heapsize=1M", "-v"], "a.py", "x = 1\n"],
    [["-march=rv32imc", "-march-flags=zba"], "a.py", "x = 1\n"],
    [["-s", "shown.py"], "sub/err.py", "def f():\n    return (\n"],
    [["-march=armv7m"], "n.py", "@micropython.native\ndef f():\n    return 1\n"],
    [["-X", "emit=native"], "a.py", "x = 1\n"],
    [["-msmall-int-bits=64"], "a.py", "x = 1\n"],
    [["-march=rv32imc", "-march-flags=3"], "a.py", "x = 1\n"],
    [["--version"], "a.py", ""],
    [["-O3x", "-v", "-v", "-X", "emit=bytecode", "--"], "a.py", "def f():\n    assert f\n"],
  ];
  for (const [args, name, contents] of table) {
    it(`${[...args, name].join(" ")}: as the mpyc command`, async () => {
      const ours = compileArgs([...args, name], contents);
      const command = await viaCommand(args, name, contents);
      expect({ ...ours, mpy: ours.mpy && Array.from(ours.mpy) }).toEqual({ ...command, mpy: command.mpy && Array.from(command.mpy) });
    });
  }

  it("reads options with the command's reader, which takes --source-map only for the command", () => {
    expect(readMpyCrossArgs(["--source-map", "-o", "x.mpy", "x.py"], { sourceMap: true })).toMatchObject({ args: { sourceMap: true, output: "x.mpy", input: "x.py" } });
    expect(readMpyCrossArgs(["--source-map", "x.py"])).toEqual({ usage: "unknown option --source-map" });
    expect(readMpyCrossArgs(["-X", "emit=viper", "-O3x", "a\\b.py"])).toMatchObject({ args: { emit: "viper", optimize: 3, input: "a/b.py" } });
    expect(readMpyCrossArgs(["a.py", "--version", "b.py"])).toEqual({ version: true });
  });

  it("refuses what mpy-cross refuses: an unknown option, a second file, no file", () => {
    expect(compileArgs(["-Q", "a.py"], "")).toMatchObject({ status: 1, err: ["mpyc: unknown option -Q"] });
    expect(compileArgs(["-march=z80", "a.py"], "")).toMatchObject({ status: 1 });
    expect(compileArgs(["a.py", "b.py"], "")).toEqual({ status: 1, out: [], err: ["multiple input files"] });
    expect(compileArgs(["-O2"], "")).toEqual({ status: 1, out: [], err: ["no input file"] });
    expect(() => compileArgs("a.py" as unknown as string[], "")).toThrow(TypeError);
  });

  it("compiles every corpus program to its golden from the corpus's mpy-cross flags", () => {
    for (const p of corpusPrograms()) {
      const r = compileArgs([...p.flags, `${p.name}.py`], fs.readFileSync(p.file));
      expect(r.status, p.name).toBe(0);
      expect(Buffer.from(r.mpy!).equals(fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.mpy`))), p.name).toBe(true);
    }
  });

  it("has @pybricks/mpy-cross-v6's compile(fileName, contents, options, wasmPath) shape", async () => {
    const r = await pybricksCompile("main.py", "print(1)\n", ["-O1"], "/ignored/mpy-cross-v6.wasm");
    expect(r).toEqual(compileArgs(["-O1", "main.py"], "print(1)\n"));
    const bad = await pybricksCompile("main.py", "print(1\n");
    expect(bad.status).toBe(1);
    expect(bad.err).toEqual(["Traceback (most recent call last):", '  File "main.py", line 2', "SyntaxError: invalid syntax"]);
  });
});

it("says the package's version in --version", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, "../package.json"), "utf8")) as { version: string };
  expect(MPYC_VERSION).toBe(pkg.version);
});
