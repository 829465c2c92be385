// `mpyc build` as an incremental build: unchanged files are skipped, an edited file alone is
// compiled again, a changed option compiles everything, removed sources lose their outputs, a
// damaged record means a full build, and the outputs always equal a clean build's.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../cli/commands.js";
import type { CliIo } from "../../cli/io.js";
import { compilerIdentity, STATE_FILE } from "../../cli/build-state.js";
import { CORPUS_DIR, corpusCopies } from "../corpus/programs.js";
import { tempDir } from "../temp.js";
import { followWatch } from "./watch-follow.js";
import { builtCli } from "../built-cli.js";

async function mpyc(cwd: string, argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIo = {
    cwd,
    stdout: { write: () => {} },
    stderr: { write: (d) => void (stderr += typeof d === "string" ? d : new TextDecoder().decode(d)) },
    readStdin: () => new Uint8Array(),
    pid: process.pid,
  };
  const code = await main(argv, io);
  return { code, stderr };
}

/** A source tree of four corpus programs, two of them in a package. */
function makeTree(): string {
  const dir = tempDir("mpyc-build-");
  fs.mkdirSync(path.join(dir, "src/pkg/sub"), { recursive: true });
  const put = (rel: string, corpus: string) => fs.copyFileSync(path.join(CORPUS_DIR, corpus), path.join(dir, "src", rel));
  put("functions.py", "functions.py");
  put("classes.py", "classes.py");
  put("pkg/consts.py", "consts.py");
  put("pkg/sub/control.py", "control.py");
  return dir;
}

/** Every file under `dir` but the build record, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const abs = path.join(dir, rel);
    if (rel !== STATE_FILE && fs.statSync(abs).isFile()) m.set(rel, fs.readFileSync(abs).toString("base64"));
    else if (rel !== STATE_FILE) m.set(rel, "dir");
  }
  return m;
}

/** The outputs a clean build into a fresh directory gives. */
async function clean(dir: string, extra: string[] = []): Promise<Map<string, string>> {
  const out = tempDir("mpyc-clean-");
  expect((await mpyc(dir, ["build", "src", "-o", out, ...extra])).code).toBe(0);
  return snapshot(out);
}

const counts = (stderr: string) => /(\d+) compiled, (\d+) up to date/.exec(stderr)!.slice(1, 3).map(Number);

describe("mpyc build, incremental", () => {
  it("skips every file of an unchanged tree, and its outputs equal a clean build's", async () => {
    const dir = makeTree();
    const first = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(first.code).toBe(0);
    expect(counts(first.stderr)).toEqual([4, 0]);
    expect(fs.readFileSync(path.join(dir, "out/functions.mpy")).equals(fs.readFileSync(path.join(CORPUS_DIR, "functions.mpy")))).toBe(true);
    const second = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(second.code).toBe(0);
    expect(counts(second.stderr)).toEqual([0, 4]);
    expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir));
  });

  it("compiles an edited file alone", async () => {
    const dir = makeTree();
    await mpyc(dir, ["build", "src", "-o", "out"]);
    const before = fs.statSync(path.join(dir, "out/classes.mpy")).mtimeMs;
    fs.appendFileSync(path.join(dir, "src/pkg/consts.py"), "print('edited')\n");
    const r = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(counts(r.stderr)).toEqual([1, 3]);
    expect(fs.statSync(path.join(dir, "out/classes.mpy")).mtimeMs).toBe(before);
    expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir));
  });

  it("compiles everything again when an option that changes the bytes changes", async () => {
    const dir = makeTree();
    await mpyc(dir, ["build", "src", "-o", "out"]);
    const o2 = await mpyc(dir, ["build", "src", "-o", "out", "-O2"]);
    expect(counts(o2.stderr)).toEqual([4, 0]);
    expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir, ["-O2"]));
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-O2"])).stderr)).toEqual([0, 4]);
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-O2", "-msmall-int-bits=15"])).stderr)).toEqual([4, 0]);
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-O2", "-msmall-int-bits=15", "--force"])).stderr)).toEqual([4, 0]);
  });

  it("removes the outputs of removed sources (and directories left empty), unless --no-prune", async () => {
    const dir = makeTree();
    await mpyc(dir, ["build", "src", "-o", "out"]);
    fs.writeFileSync(path.join(dir, "out/mine.txt"), "not written by mpyc\n");
    fs.rmSync(path.join(dir, "src/pkg/sub/control.py"));
    const kept = await mpyc(dir, ["build", "src", "-o", "out", "--no-prune"]);
    expect(counts(kept.stderr)).toEqual([0, 3]);
    expect(fs.existsSync(path.join(dir, "out/pkg/sub/control.mpy"))).toBe(true);
    const r = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(r.stderr).toMatch(/0 compiled, 3 up to date, 1 removed/);
    expect(fs.existsSync(path.join(dir, "out/pkg/sub"))).toBe(false);
    const expected = await clean(dir);
    expected.set("mine.txt", Buffer.from("not written by mpyc\n").toString("base64"));
    expect(snapshot(path.join(dir, "out"))).toEqual(expected);
  });

  it("compiles a missing output again, and removes the output of a file that stops compiling", async () => {
    const dir = makeTree();
    await mpyc(dir, ["build", "src", "-o", "out"]);
    fs.rmSync(path.join(dir, "out/classes.mpy"));
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out"])).stderr)).toEqual([1, 3]);
    fs.writeFileSync(path.join(dir, "src/functions.py"), "def f(:\n");
    const bad = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/File "src\/functions.py", line 1\nSyntaxError: invalid syntax\n/);
    expect(fs.existsSync(path.join(dir, "out/functions.mpy"))).toBe(false);
    // Still failing: it is tried (and reported) again, not skipped.
    expect((await mpyc(dir, ["build", "src", "-o", "out"])).stderr).toMatch(/SyntaxError[^]*0 compiled, 3 up to date, 1 failed/);
  });

  it("rebuilds everything, without crashing, from a damaged or foreign record", async () => {
    const dir = makeTree();
    await mpyc(dir, ["build", "src", "-o", "out"]);
    const state = path.join(dir, "out", STATE_FILE);
    for (const damage of ["{not json", '{"format":1,"key":"k","files":{"../../etc/x.py":"h"}}', "", '{"format":99}', "null"]) {
      fs.writeFileSync(state, damage);
      const r = await mpyc(dir, ["build", "src", "-o", "out"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/is damaged; compiling every file/);
      expect(counts(r.stderr)).toEqual([4, 0]);
      expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir));
      expect(JSON.parse(fs.readFileSync(state, "utf8")).files["pkg/consts.py"]).toMatch(/=$/);
    }
  });

  it("compiles native code for -march, -march-flags and -X emit as mpy-cross does, and rebuilds when they change", async () => {
    const dir = makeTree();
    const nativeDir = path.join(CORPUS_DIR, "native");
    for (const f of ["native.py", "viper.py"]) fs.copyFileSync(path.join(nativeDir, f), path.join(dir, "src", f));
    const r = await mpyc(dir, ["build", "src", "-o", "out", "-march=armv7m"]);
    expect(r.code).toBe(0);
    expect(counts(r.stderr)).toEqual([6, 0]);
    // The goldens are mpy-cross's output for -march=armv7m -s NAME.py; bytecode-only modules are as without -march.
    for (const f of ["native", "viper"]) expect(fs.readFileSync(path.join(dir, `out/${f}.mpy`)).equals(fs.readFileSync(path.join(nativeDir, `${f}.armv7m.mpy`)))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "out/functions.mpy")).equals(fs.readFileSync(path.join(CORPUS_DIR, "functions.mpy")))).toBe(true);
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-march=armv7m"])).stderr)).toEqual([0, 6]);
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-march=x64"])).stderr)).toEqual([6, 0]);
    expect(fs.readFileSync(path.join(dir, "out/native.mpy")).equals(fs.readFileSync(path.join(nativeDir, "native.x64.mpy")))).toBe(true);
    // rv32imc's flags are in every header, bytecode-only modules' too, as mpy-cross writes them.
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-march=rv32imc", "-march-flags=zba"])).stderr)).toEqual([6, 0]);
    expect(fs.readFileSync(path.join(dir, "out/functions.mpy"))[2]).toBe(0x40);
    expect(counts((await mpyc(dir, ["build", "src", "-o", "out", "-march=x64", "-X", "emit=native"])).stderr)).toEqual([6, 0]);
    expect(fs.readFileSync(path.join(dir, "out/functions.mpy"))[2]).toBe((2 << 2) | 3);
    // Without -march, native code is refused as mpy-cross refuses it, and its old output removed.
    const none = await mpyc(dir, ["build", "src", "-o", "out"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/File "native.py", line \d+, in <module>\nSyntaxError: invalid arch\n/);
    expect(fs.existsSync(path.join(dir, "out/native.mpy"))).toBe(false);
    const bad = async (args: string[]) => (await mpyc(dir, ["build", "src", "-o", "out2", ...args])).stderr;
    expect(await bad(["-X", "emit=native"])).toBe("mpyc build: arch not specified\n");
    expect(await bad(["-march=z80"])).toMatch(/^mpyc build: unknown architecture z80 \(one of x86, x64, /);
    expect(await bad(["-march=x64", "-march-flags=zba"])).toBe("mpyc build: unrecognised arch flags\n");
    expect(fs.existsSync(path.join(dir, "out2"))).toBe(false);
  });

  it("takes an output path under a file for one with no record (each output then fails), not for a damaged record", async () => {
    const dir = makeTree();
    fs.writeFileSync(path.join(dir, "file"), "");
    const r = await mpyc(dir, ["build", "src", "-o", "file/out"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/damaged/);
    expect(r.stderr).toMatch(/file\/out\/functions\.mpy: OSError: \(20, "can't create file\/out"\)/);
  });

  it("reads its options without yargs and reports bad ones with it", async () => {
    const dir = makeTree();
    expect((await mpyc(dir, ["build", "src", "--output=out", "--optimize", "1", "-j", "1"])).code).toBe(0);
    const bad = await mpyc(dir, ["build", "src", "-o", "out", "--frobnicate"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Unknown argument: frobnicate/);
    expect((await mpyc(dir, ["build", "src", "-o", "out", "-O7"])).stderr).toMatch(/optimisation level must be 0 to 3/);
    expect((await mpyc(dir, ["build", "src"])).stderr).toMatch(/give -o OUT_DIR|Missing required argument/);
  });

  it("writes the same outputs from worker threads as from one thread", () => {
    // Big enough (over 192 KiB) for the worker threads to be used: copies of the compiling corpus programs.
    const dir = tempDir("mpyc-build-");
    const { programs, copies } = corpusCopies(path.join(dir, "src"), 256 * 1024);
    const cli = builtCli();
    for (const [out, jobs] of [["one", "1"], ["two", "2"]]) {
      const r = spawnSync(process.execPath, [cli, "build", "src", "-o", out!, "-j", jobs!], { cwd: dir });
      expect(r.stderr.toString()).toMatch(new RegExp(`${programs.length * copies} compiled, 0 up to date; .* ms${jobs === "2" ? ", 2 threads" : ""}\n$`));
      expect(r.status).toBe(0);
    }
    expect(snapshot(path.join(dir, "two"))).toEqual(snapshot(path.join(dir, "one")));
  });
});

/** The build record in `out` as JSON. */
const record = (out: string) => JSON.parse(fs.readFileSync(path.join(out, STATE_FILE), "utf8")) as { files: Record<string, string>; seen: Record<string, string>; compiler: { files: string; identity: string } };

/** Runs `fn` with the clock a minute ahead: every file just written counts as long settled. */
async function aMinuteLater<T>(fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + 60_000);
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

/** The sources under `dir` that `fn` opens (node:fs's openSync watched). */
async function sourcesOpened(dir: string, fn: () => Promise<unknown>): Promise<string[]> {
  const fsCjs = createRequire(import.meta.url)("node:fs") as typeof fs;
  const real = fsCjs.openSync;
  const opened: string[] = [];
  fsCjs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => {
    if (String(file).startsWith(path.join(dir, "src"))) opened.push(path.relative(path.join(dir, "src"), String(file)));
    return (real as (...a: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
  syncBuiltinESMExports();
  try {
    await fn();
  } finally {
    fsCjs.openSync = real;
    syncBuiltinESMExports();
  }
  return opened.sort();
}

/** A tree built once with the clock a minute ahead (its sources settled), the build to run again, and the record it left. */
async function settledBuild() {
  const dir = makeTree();
  const out = path.join(dir, "out");
  const build = () => aMinuteLater(() => mpyc(dir, ["build", "src", "-o", "out"]));
  await build();
  return { dir, out, build, full: record(out) };
}

describe("mpyc build, unchanged files known by what stat() says", () => {
  afterEach(() => vi.useRealTimers());

  it("reads no source that stat()s as when its output was made; records no signature for a file modified moments before", async () => {
    const dir = makeTree();
    const build = () => mpyc(dir, ["build", "src", "-o", "out"]);
    expect(counts((await build()).stderr)).toEqual([4, 0]);
    // Written a moment ago: an edit in the same clock tick could go unseen, so nothing is trusted yet.
    expect(record(path.join(dir, "out")).seen).toEqual({});
    expect(await sourcesOpened(dir, build)).toEqual(["classes.py", "functions.py", "pkg/consts.py", "pkg/sub/control.py"]);
    // Settled: read once more (the record learns their signatures), then never again while unchanged.
    expect(await sourcesOpened(dir, () => aMinuteLater(build))).toHaveLength(4);
    expect(Object.keys(record(path.join(dir, "out")).seen).sort()).toEqual(["classes.py", "functions.py", "pkg/consts.py", "pkg/sub/control.py"]);
    let second = { code: -1, stderr: "" };
    expect(await sourcesOpened(dir, () => aMinuteLater(async () => (second = await build())))).toEqual([]);
    expect(counts(second.stderr)).toEqual([0, 4]);
    expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir));
  });

  it("sees an edit that keeps the size and puts the modification time back (the change time moves)", async () => {
    const dir = makeTree();
    const build = () => aMinuteLater(() => mpyc(dir, ["build", "src", "-o", "out"]));
    const file = path.join(dir, "src/pkg/consts.py");
    const then = new Date("2026-01-01T00:00:00Z");
    fs.utimesSync(file, then, then);
    await build();
    const st = fs.statSync(file);
    const text = fs.readFileSync(file, "latin1");
    const at = text.search(/[0-9]/);
    fs.writeFileSync(file, text.slice(0, at) + (text[at] === "7" ? "8" : "7") + text.slice(at + 1), "latin1");
    fs.utimesSync(file, then, then);
    expect(fs.statSync(file).size).toBe(st.size);
    expect(fs.statSync(file).mtimeMs).toBe(st.mtimeMs);
    const r = await build();
    expect(counts(r.stderr)).toEqual([1, 3]);
    expect(snapshot(path.join(dir, "out"))).toEqual(await clean(dir));
  });

  it("keeps skipping with a record from before signatures were kept, and with a moved or re-installed compiler", async () => {
    const { out, build, full } = await settledBuild();
    const { seen: _seen, compiler: _compiler, ...older } = full;
    fs.writeFileSync(path.join(out, STATE_FILE), JSON.stringify(older));
    expect(counts((await build()).stderr)).toEqual([0, 4]);
    expect(record(out)).toEqual(full);
    // The compiler's files stat() differently but hold the same code: the same identity, nothing rebuilt.
    fs.writeFileSync(path.join(out, STATE_FILE), JSON.stringify({ ...full, compiler: { files: "elsewhere", identity: full.compiler.identity } }));
    expect(counts((await build()).stderr)).toEqual([0, 4]);
    expect(record(out).compiler).toEqual(full.compiler);
  });

  it("builds past odd signature or compiler entries in a record, reading every source, and trusts no signature filed under another file", async () => {
    const { dir, out, build, full } = await settledBuild();
    const sig = full.seen["classes.py"]!;
    for (const odd of [
      { seen: { "functions.py": 5, "../../etc/x.py": sig, "pkg/consts.py": null }, compiler: "x" },
      { seen: [sig], compiler: { files: 1, identity: [] } },
      { seen: "classes.py", compiler: null },
    ]) {
      fs.writeFileSync(path.join(out, STATE_FILE), JSON.stringify({ ...full, ...odd }));
      let r = { code: -1, stderr: "" };
      expect(await sourcesOpened(dir, async () => (r = await build()))).toHaveLength(4);
      expect(r.code).toBe(0);
      expect(counts(r.stderr)).toEqual([0, 4]);
    }
    // classes.py's signature filed under functions.py does not spare functions.py its reading.
    fs.writeFileSync(path.join(out, STATE_FILE), JSON.stringify({ ...full, seen: { ...full.seen, "functions.py": sig } }));
    expect(await sourcesOpened(dir, build)).toEqual(["functions.py"]);
    expect(snapshot(out)).toEqual(await clean(dir));
  });

  it("identifies the compiler by all of its code, subdirectories included", async () => {
    const { files, identity } = await compilerIdentity();
    for (const part of ["front/lexer", "codegen/statements", "emit/assemble", "bytecode/mpy-write"]) expect(files).toContain(part);
    expect(identity).toMatch(/^\d+\.\d+\.\d+\+/);
    expect((await compilerIdentity({ files, identity: "recorded" })).identity).toBe(files ? "recorded" : identity);
  });
});

describe("mpyc build --watch", () => {
  it("builds again after each change under the tree, in the same process, until Ctrl-C", async () => {
    const dir = makeTree();
    const cli = builtCli();
    // The output inside the tree: its own writes must not start builds.
    const child = spawn(process.execPath, [cli, "build", "src", "-o", "src/out", "--watch"], { cwd: dir });
    const watch = followWatch(child);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const build = watch.built;
    try {
      expect(await build(1)).toMatch(/4 compiled, 0 up to date/);
      fs.appendFileSync(path.join(dir, "src/functions.py"), "x = 1\n");
      expect(await build(2)).toMatch(/1 compiled, 3 up to date/);
      fs.mkdirSync(path.join(dir, "src/new"));
      fs.writeFileSync(path.join(dir, "src/new/mod.py"), "y = 2\n");
      expect(await build(3)).toMatch(/5 files in src: 1 compiled, 4 up to date/);
      fs.rmSync(path.join(dir, "src/classes.py"));
      expect(await build(4)).toMatch(/0 compiled, 4 up to date, 1 removed/);
      fs.writeFileSync(path.join(dir, "src/new/mod.py"), "def f(:\n");
      expect(await build(5)).toMatch(/1 failed/);
      expect(watch.text()).toMatch(/File "src\/new\/mod.py", line 1\nSyntaxError: invalid syntax\n/);
      // Nothing changed since: no further build, whatever the outputs' writes did.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(watch.count()).toBe(5);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(130);
    fs.rmSync(path.join(dir, "src/new/mod.py"));
    fs.renameSync(path.join(dir, "src/out"), path.join(dir, "watched"));
    expect(snapshot(path.join(dir, "watched"))).toEqual(await clean(dir));
  });

  it("builds again after an edit with the outputs beside the sources, and not after its own writes", async () => {
    const dir = makeTree();
    const child = spawn(process.execPath, [builtCli(), "build", "src", "-o", "src", "--watch"], { cwd: dir });
    const watch = followWatch(child);
    try {
      expect(await watch.built(1)).toMatch(/4 compiled, 0 up to date/);
      fs.appendFileSync(path.join(dir, "src/pkg/consts.py"), "x = 1\n");
      expect(await watch.built(2)).toMatch(/1 compiled, 3 up to date/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(watch.count()).toBe(2);
    } finally {
      child.kill("SIGINT");
    }
  });

  it("ends with status 1, saying so, when the tree it watches goes", async () => {
    const dir = makeTree();
    const child = spawn(process.execPath, [builtCli(), "build", "src", "-o", "out", "--watch"], { cwd: dir });
    const watch = followWatch(child);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await watch.built(1);
    fs.rmSync(path.join(dir, "src"), { recursive: true });
    expect(await exited).toBe(1);
    expect(watch.text()).toMatch(/mpyc build: stopped watching src: it is no longer a directory\n$/);
  });

  it("takes no manifest", async () => {
    const r = await mpyc(makeTree(), ["build", "--manifest", "m.py", "-o", "out", "--watch"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("mpyc build: --watch is for a tree (SRC_DIR), not a manifest\n");
  });
});
