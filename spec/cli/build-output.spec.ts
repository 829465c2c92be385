// `mpyc build` writes its outputs while it compiles: an output that cannot be written is reported
// as before and the others are written; Ctrl-C (or SIGTERM) stops the build with every output
// either whole or absent, no temporary left, and a record of exactly what was written; and the
// thread-pool write keeps the properties of the synchronous one.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { STATE_FILE } from "../../cli/build-state.js";
import type { CliIo } from "../../cli/io.js";
import { writeOutputFileAsync } from "../../cli/write-output.js";
import { CORPUS_DIR } from "../corpus/programs.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

let cli = "";
/** Corpus programs that compile (they have a reference .mpy). */
const programs = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".py") && fs.existsSync(path.join(CORPUS_DIR, f.slice(0, -2) + "mpy")));

beforeAll(() => {
  cli = builtCli();
});

/** A tree `src` of the given files (relative name -> corpus program) in a new directory. */
function makeTree(files: Record<string, string>): string {
  const dir = tempDir("mpyc-build-out-");
  for (const [rel, program] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, "src", rel)), { recursive: true });
    fs.copyFileSync(path.join(CORPUS_DIR, program), path.join(dir, "src", rel));
  }
  return dir;
}

/** Every file under `dir`, relative, with its bytes (directories as "dir"). */
function snapshot(dir: string, skip = STATE_FILE): Map<string, string> {
  const m = new Map<string, string>();
  for (const rel of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    if (rel === skip) continue;
    const abs = path.join(dir, rel);
    m.set(rel, fs.statSync(abs).isFile() ? fs.readFileSync(abs).toString("base64") : "dir");
  }
  return m;
}

const build = (dir: string, out: string) => spawnSync(process.execPath, [cli, "build", "src", "-o", out, "-j", "1"], { cwd: dir });
const temporaries = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => n.endsWith(".tmp"));

describe("mpyc build, writing outputs", () => {
  it("writes every output it can, reports each one it cannot in file order, and records only those written", () => {
    const dir = makeTree({ "classes.py": "classes.py", "functions.py": "functions.py", "other/x.py": "consts.py", "pkg/consts.py": "consts.py", "pkg/sub/control.py": "control.py" });
    expect(build(dir, "clean").status).toBe(0);
    // Obstacles: a directory where an output goes, a file where a directory goes.
    fs.mkdirSync(path.join(dir, "out/classes.mpy"), { recursive: true });
    fs.writeFileSync(path.join(dir, "out/pkg"), "not a directory\n");
    const r = build(dir, "out");
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toMatch(
      new RegExp(
        [
          `^out/classes.mpy: OSError: \\(21, "can't open out/classes.mpy"\\)`,
          `out/pkg/consts.mpy: OSError: \\(17, "can't create out/pkg"\\)`,
          `out/pkg/sub/control.mpy: OSError: \\(20, "can't create out/pkg/sub"\\)`,
          `mpyc build: 5 files in src: 2 compiled, 0 up to date, 3 failed; output in out, \\d+ ms\n$`,
        ].join("\n"),
      ),
    );
    for (const f of ["functions.mpy", "other/x.mpy"]) expect(fs.readFileSync(path.join(dir, "out", f)).equals(fs.readFileSync(path.join(dir, "clean", f)))).toBe(true);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "out", STATE_FILE), "utf8")).files)).toEqual(["functions.py", "other/x.py"]);
    expect(temporaries(path.join(dir, "out"))).toEqual([]);
    // With the obstacles gone, the three are compiled again and the tree is a clean build's.
    fs.rmSync(path.join(dir, "out/classes.mpy"), { recursive: true });
    fs.rmSync(path.join(dir, "out/pkg"));
    expect(build(dir, "out").stderr.toString()).toMatch(/ 3 compiled, 2 up to date;/);
    expect(snapshot(path.join(dir, "out"))).toEqual(snapshot(path.join(dir, "clean")));
  });

  /** A tree of copies of the corpus programs, big enough for a build to take a second or so. */
  function copies(): { dir: string; files: string[] } {
    const files: Record<string, string> = {};
    for (let copy = 0; copy < 12; copy++) for (const p of programs) files[`c${copy}/${p}`] = p;
    return { dir: makeTree(files), files: Object.keys(files).sort() };
  }

  /** Runs a build of `dir`, sends `signal` once the first file's output has changed; its status and stderr. */
  async function interruptedBuild(dir: string, first: string, signal: NodeJS.Signals): Promise<{ status: number | null; stderr: string }> {
    const output = path.join(dir, "out", first.slice(0, -2) + "mpy");
    const before = fs.statSync(output, { throwIfNoEntry: false })?.mtimeMs;
    const child = spawn(process.execPath, [cli, "build", "src", "-o", "out", "-j", "1"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    while (fs.statSync(output, { throwIfNoEntry: false })?.mtimeMs === before) await new Promise((resolve) => setTimeout(resolve, 2));
    child.kill(signal);
    return { status: await exited, stderr };
  }

  const record = (out: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(out, STATE_FILE), "utf8")).files;

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("stops on %s with each output whole or absent, no temporary, and a record of what was written", async (signal, status) => {
    const { dir, files } = copies();
    expect(build(dir, "clean").status).toBe(0);
    const r = await interruptedBuild(dir, files[0]!, signal);
    expect(r.status).toBe(status);
    const out = path.join(dir, "out");
    expect(temporaries(out)).toEqual([]);
    const written = [...snapshot(out)].filter(([, v]) => v !== "dir");
    const clean = snapshot(path.join(dir, "clean"));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(files.length);
    for (const [rel, bytes] of written) expect(bytes, rel).toBe(clean.get(rel));
    const recorded = Object.keys(record(out));
    expect(recorded.map((r) => r.slice(0, -2) + "mpy").sort()).toEqual(written.map(([rel]) => rel.split(path.sep).join("/")).sort());
    expect(r.stderr).toMatch(new RegExp(`: ${recorded.length} compiled, 0 up to date; .*; interrupted, ${files.length - recorded.length} left to build\n$`));
    // The next build compiles the rest only, and ends as a clean build.
    const again = build(dir, "out");
    expect(again.stderr.toString()).toContain(` ${files.length - recorded.length} compiled, ${recorded.length} up to date;`);
    expect(snapshot(out)).toEqual(clean);
  });

  it("keeps the record of the outputs an interrupted rebuild did not reach, so they are still pruned", async () => {
    const { dir, files } = copies();
    expect(build(dir, "out").status).toBe(0);
    const old = record(path.join(dir, "out"));
    for (const f of files) fs.appendFileSync(path.join(dir, "src", f), "\n# edited\n");
    const r = await interruptedBuild(dir, files[0]!, "SIGINT");
    expect(r.status).toBe(130);
    const now = record(path.join(dir, "out"));
    expect(Object.keys(now).sort()).toEqual(files);
    const rewritten = files.filter((f) => now[f] !== old[f]);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(files.length);
    // A source the rebuild did not reach is removed: its old output goes with it.
    const last = files[files.length - 1]!;
    expect(now[last]).toBe(old[last]);
    fs.rmSync(path.join(dir, "src", last));
    const again = build(dir, "out");
    expect(again.stderr.toString()).toContain(` ${files.length - 1 - rewritten.length} compiled, ${rewritten.length} up to date, 1 removed;`);
    expect(fs.existsSync(path.join(dir, "out", last.slice(0, -2) + "mpy"))).toBe(false);
    expect(build(dir, "clean").status).toBe(0);
    expect(snapshot(path.join(dir, "out"))).toEqual(snapshot(path.join(dir, "clean")));
  });
});

describe("writing an output on the thread pool", () => {
  let dir = "";
  const io = (): CliIo => ({ cwd: dir, stdout: { write: () => {} }, stderr: { write: () => {} }, readStdin: () => new Uint8Array(), pid: 4343 });
  const data = new TextEncoder().encode("new contents\n");
  const at = (name: string) => path.join(dir, name);
  beforeAll(() => {
    dir = tempDir("mpyc-write-async-");
  });

  it("creates a new file with open()'s mode, keeps a replaced file's mode and links, leaves no temporary", async () => {
    const temporaries = new Set<string>();
    await writeOutputFileAsync(io(), "new.mpy", data, temporaries);
    expect(fs.readFileSync(at("new.mpy"), "utf8")).toBe("new contents\n");
    expect(fs.statSync(at("new.mpy")).mode & 0o777).toBe(0o644 & ~process.umask());
    fs.writeFileSync(at("private.mpy"), "old");
    fs.chmodSync(at("private.mpy"), 0o600);
    await writeOutputFileAsync(io(), "private.mpy", data, temporaries);
    expect(fs.statSync(at("private.mpy")).mode & 0o777).toBe(0o600);
    fs.writeFileSync(at("h1.mpy"), "old");
    fs.linkSync(at("h1.mpy"), at("h2.mpy"));
    await writeOutputFileAsync(io(), "h1.mpy", data, temporaries);
    expect(fs.readFileSync(at("h2.mpy"), "utf8")).toBe("new contents\n");
    expect(temporaries.size).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("never opens a planted symlink at a temporary's name", async () => {
    fs.writeFileSync(at("victim"), "precious");
    for (let i = 0; i < 200; i++) fs.symlinkSync(at("victim"), at(`.planted.mpy.4343.${i}.tmp`));
    await writeOutputFileAsync(io(), "planted.mpy", data);
    expect(fs.readFileSync(at("victim"), "utf8")).toBe("precious");
    expect(fs.readFileSync(at("planted.mpy"), "utf8")).toBe("new contents\n");
  });

  it("reports a directory or a missing directory as mpy-cross does", async () => {
    fs.mkdirSync(at("adir"));
    await expect(writeOutputFileAsync(io(), "adir", data)).rejects.toThrow(`OSError: (21, "can't open adir")`);
    await expect(writeOutputFileAsync(io(), "nodir/x.mpy", data)).rejects.toThrow(`OSError: (2, "can't open nodir/x.mpy")`);
  });
});
