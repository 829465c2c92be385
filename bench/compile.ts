// Compile speed, as users meet it, against a baseline measured in the same run: `mpyc build` of a
// tree as a new process (cold: V8 starts with nothing compiled), a second, up-to-date run of it
// (incremental), and the warm in-process compile, against the reference mpy-cross (env MPY_CROSS)
// spawned once per file by one shell loop, as build scripts run it, each output a new file in an
// output tree mirroring the sources, and its start-up alone, to compare compiling speed without it,
// and both on one large module. Without MPY_CROSS the baseline is mpyc's own CLI per file. Ends with
// the two speed goals as ratios against the baseline.
// Tree: env BENCH_TREE (e.g. a micropython-lib checkout), else corpus/. Each figure is a median.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, type CompileResult } from "../compiler/index.js";
import { CORPUS_DIR } from "../spec/corpus/programs.js";

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".py") ? [p] : [];
  });
}

/** How many files the one-process-per-file comparison of mpyc with mpy-cross runs. */
const ONE_FILE_SAMPLE = 50;

/** The middle of `xs` (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** One line of the compile figures: label, milliseconds, what they mean. */
export const show = (label: string, ms: number, extra = "") => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${extra}`);

/** Wall time of `fn` in ms, median of `reps` runs. */
function time(reps: number, fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Times the cold, incremental and warm compiles and the per-file baseline; prints them with ratios. */
export function benchCompile(reps = 5): void {
  const tree = path.resolve(process.env.BENCH_TREE ?? CORPUS_DIR);
  const files = walk(tree).sort();
  const sources = files.map((f) => new Uint8Array(fs.readFileSync(f)));
  const totalBytes = sources.reduce((n, s) => n + s.length, 0);
  const results = sources.map((s, i) => compile(s, { sourceName: files[i]! }));
  const ok = results.map((r) => r.ok);
  const rate = (ms: number, bytes = totalBytes) => `${((bytes / 1e6) * 1000 / ms).toFixed(2)} MB/s`;
  console.log(`tree: ${tree} (${files.length} files, ${(totalBytes / 1024).toFixed(0)} KiB; ${ok.filter((x) => !x).length} rejected); medians of ${reps} runs`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-bench-"));
  const cli = path.join(path.dirname(CORPUS_DIR), "dist/cli/main.js");
  const out = path.join(tmp, "out");
  const mpyc = (...args: string[]) => spawnSync(process.execPath, [cli, "build", tree, "-o", out, ...args], { stdio: "ignore" });

  // The baseline first and then mpyc, in turn, so that a change in the machine's load hits both.
  // It writes each output to its own path in a new tree mirroring the sources, as a build script
  // does: the tree removed before every loop and, within the timing as in a cold build of mpyc,
  // each directory made once (the least a build system's `mkdir -p` rules or makemanifest.py's
  // makedirs can cost) before the per-file loop creates the files.
  const ref = process.env.MPY_CROSS;
  const [label, cmd, pre] = ref ? ["mpy-cross, one process per file", ref, [] as string[]] : ["mpyc CLI, one process per file", process.execPath, [cli]];
  const refOut = path.join(tmp, "ref");
  const outputs = files.map((f) => path.join(refOut, path.relative(tree, f).slice(0, -2) + "mpy"));
  const loop = 'cmd=$1; shift; pre=$1; shift; while [ $# -gt 1 ]; do $cmd $pre -o "$1" "$2" 2>/dev/null; shift 2; done; exit 0';
  const loopOver = (command: string, args: string, inputs: readonly string[], outs: readonly string[]) => {
    const pairs = outs.flatMap((o, i) => [o, inputs[i]!]);
    const outDirs = [...new Set(outs.map((o) => path.dirname(o)))];
    return () => {
      fs.rmSync(refOut, { recursive: true, force: true });
      return time(1, () => {
        for (const dir of outDirs) fs.mkdirSync(dir, { recursive: true });
        spawnSync("sh", ["-c", loop, "sh", command, args, ...pairs], { stdio: "ignore" });
      });
    };
  };
  const perFile = (inputs: readonly string[], args: string) => loopOver(cmd, args, inputs, outputs);
  // mpyc started once per file, as MicroPython's tools start mpy-cross, over the first files only
  // (a process each is slow), against mpy-cross the same way over the same files.
  const sample = Math.min(files.length, ONE_FILE_SAMPLE);
  const mpycEach = loopOver(process.execPath, cli, files.slice(0, sample), outputs.slice(0, sample));
  const refEach = ref ? loopOver(ref, "", files.slice(0, sample), outputs.slice(0, sample)) : null;
  const each: number[] = [];
  const eachRef: number[] = [];
  const base: number[] = [];
  const idle: number[] = [];
  const cold: number[] = [];
  const cold1: number[] = [];
  // The same loop over an empty file to the same outputs: start-up, exit and the file's creation
  // alone, measured next to the loop it is taken from.
  const empty = path.join(tmp, "empty.py");
  fs.writeFileSync(empty, "");
  const baseRun = perFile(files, pre.join(" "));
  const idleRun = perFile(files.map(() => empty), "");
  const floorRun = writeOnly(tree, files, results, tmp);
  const floor: number[] = [];
  for (let i = 0; i < reps; i++) {
    base.push(baseRun());
    if (ref) idle.push(idleRun());
    floor.push(floorRun());
    // The previous output tree removed outside the timing, as the baseline's outputs are.
    fs.rmSync(out, { recursive: true, force: true });
    cold.push(time(1, () => mpyc()));
    fs.rmSync(out, { recursive: true, force: true });
    cold1.push(time(1, () => mpyc("-j", "1")));
    if (refEach) {
      eachRef.push(refEach());
      each.push(mpycEach());
    }
  }
  console.log(`baseline: ${label}, each output to its own new file in a tree mirroring the sources (its directories made within the timing)`);
  const b = median(base);
  show(label, b, rate(b));
  const c = median(cold);
  show("mpyc build, cold process (default threads)", c, `${rate(c)}  ${(c / b).toFixed(2)} of the baseline's time`);
  const c1 = median(cold1);
  show("mpyc build, cold process, one thread", c1, `${rate(c1)}  ${(c1 / b).toFixed(2)} of the baseline's time`);
  const inc = time(reps, () => mpyc());
  show("mpyc build again, nothing changed", inc, `${(inc / c).toFixed(3)} of the cold build's time`);
  if (refEach) {
    const e = median(each);
    const er = median(eachRef);
    show(`mpyc, one process per file (first ${sample} files)`, e, `${(e / sample).toFixed(1)} ms a file, ${(e / er).toFixed(1)}x mpy-cross's time the same way (${(er / sample).toFixed(1)} ms a file)`);
  }
  const f = median(floor);
  show("a Node process writing the same outputs, compiling nothing", f, `${(f / b).toFixed(2)} of the baseline's time (a floor for any build on Node here)`);

  // Throughput without process start-up: mpyc compiling every file in one warm process; for
  // mpy-cross, its per-file loop less the same loop over an empty file (start-up and exit alone).
  const batch = () => sources.forEach((src, i) => compile(src, { sourceName: files[i]! }));
  batch(); // warm up the JIT
  const warm = time(reps, batch);
  show("mpyc warm, in process", warm, rate(warm));
  let work = NaN;
  let large: { mpycMs: number; refMs: number; bytes: number } | null = null;
  if (ref) {
    work = b - median(idle);
    // On a busy machine the start-up loop can take as long as the whole one: then there is no figure.
    if (work > 0) show("mpy-cross, compiling alone (less start-up)", work, `${rate(work)}  (mpyc warm is ${(work / warm).toFixed(2)}x its speed)`);
    else console.log("mpy-cross, compiling alone (less start-up): not measurable, its start-up loop took as long (machine too busy)");
    large = benchLargeModule(reps, ref, tmp);
    show(`one ${(large.bytes / 1e6).toFixed(1)} MB module: mpy-cross (its heap raised)`, large.refMs, rate(large.refMs, large.bytes));
    show(`one ${(large.bytes / 1e6).toFixed(1)} MB module: mpyc warm, in process`, large.mpycMs, `${rate(large.mpycMs, large.bytes)}  (${(large.refMs / large.mpycMs).toFixed(2)}x mpy-cross's speed)`);
  }
  // The goals (issue: builds faster than mpy-cross even from a cold start), each against the baseline.
  const mbps = (totalBytes / 1e6) * 1000 / warm;
  console.log(`goal: cold build at most 0.25 of ${label}'s time: ${(Math.min(c, c1) / b).toFixed(2)} (writing the outputs alone: ${(f / b).toFixed(2)})`);
  console.log(`goal: warm throughput at least 8 MB/s: ${mbps.toFixed(2)} MB/s` + (ref && work > 0 ? `, ${(work / warm).toFixed(2)}x mpy-cross compiling alone` : ""));
  fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * The least a build on Node can take on this machine: a new Node process that makes the output tree
 * (its directories, then each file mpyc would write, with its bytes) and compiles nothing. Returns
 * a run that removes the tree first, outside its timing, as the cold build's is.
 */
function writeOnly(tree: string, files: readonly string[], results: readonly CompileResult[], tmp: string): () => number {
  const root = path.join(tmp, "floor");
  const parts: Uint8Array[] = [];
  const list: [string, number, number][] = [];
  let at = 0;
  results.forEach((r, i) => {
    if (!r.ok) return;
    list.push([path.relative(tree, files[i]!).slice(0, -2) + "mpy", at, r.mpy.length]);
    parts.push(r.mpy);
    at += r.mpy.length;
  });
  const dirs = [...new Set(list.map(([rel]) => path.dirname(rel)))];
  fs.writeFileSync(path.join(tmp, "floor.json"), JSON.stringify({ dirs, files: list }));
  fs.writeFileSync(path.join(tmp, "floor.bin"), Buffer.concat(parts));
  const script =
    'const fs = require("fs"), path = require("path"); const [index, blob, root] = process.argv.slice(1);' +
    'const { dirs, files } = JSON.parse(fs.readFileSync(index, "utf8")); const data = fs.readFileSync(blob);' +
    "for (const d of dirs) fs.mkdirSync(path.join(root, d), { recursive: true });" +
    "for (const [rel, at, n] of files) fs.writeFileSync(path.join(root, rel), data.subarray(at, at + n));";
  const args = ["-e", script, path.join(tmp, "floor.json"), path.join(tmp, "floor.bin"), root];
  return () => {
    fs.rmSync(root, { recursive: true, force: true });
    return time(1, () => spawnSync(process.execPath, args, { stdio: "ignore" }));
  };
}

/**
 * Compile speed without start-up on one large module of ordinary code: one mpy-cross run (with
 * `-X heapsize` raised, as its 2 MiB default refuses larger modules) less its start-up, against
 * mpyc's warm compile of the same source.
 */
function benchLargeModule(reps: number, ref: string, tmp: string): { mpycMs: number; refMs: number; bytes: number } {
  const body = (i: number) => `
def f${i}(a, b=2, *args, **kw):
    """Docstring for f${i}."""
    x = [a * b + ${i}, "text${i}", (1, 2, 3)]
    for k in range(a):
        if k % 3 == 0 and kw.get("x${i}"):
            x.append(k << 2)
        elif k > 10:
            break
        else:
            x.extend(args)
    try:
        y = x[0].value${i}
    except (AttributeError, KeyError) as e:
        y = None
    return {"r": y, "n": len(x)}
`;
  // 200 KB: mpy-cross's time grows faster than the module's size (0.17 s of CPU for 200 KB, 1.44 s for 600 KB).
  const source = Array.from({ length: 500 }, (_, i) => body(i)).join("");
  const file = path.join(tmp, "large.py");
  fs.writeFileSync(file, source);
  const bytes = Buffer.byteLength(source);
  const run = (f: string) => spawnSync(ref, ["-X", "heapsize=256M", "-o", path.join(tmp, "large.mpy"), f], { stdio: "ignore" });
  const empty = path.join(tmp, "empty.py");
  const refMs = time(reps, () => run(file)) - time(reps, () => run(empty));
  const src = new Uint8Array(fs.readFileSync(file));
  compile(src, { sourceName: "large.py" });
  const mpycMs = time(reps, () => compile(src, { sourceName: "large.py" }));
  return { mpycMs, refMs, bytes };
}
