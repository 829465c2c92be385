// Compile speed: mpyc's in-process batch compile, against a baseline measured in the same run: a
// reference mpy-cross spawned once per file (env MPY_CROSS), or else mpyc's own CLI spawned once per
// file. Tree: env BENCH_TREE (e.g. a micropython-lib checkout), else corpus/.

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/index.js";
import { CORPUS_DIR } from "../spec/corpus/programs.js";

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".py") ? [p] : [];
  });
}

/** Times the batch compile and the per-file baseline and prints both with their ratio. */
export function benchCompile(): void {
  const tree = process.env.BENCH_TREE ?? CORPUS_DIR;
  const files = walk(tree).sort();
  const sources = files.map((f) => new Uint8Array(fs.readFileSync(f)));
  const totalBytes = sources.reduce((n, s) => n + s.length, 0);

  function batch(): { ms: number; failed: number } {
    const t0 = performance.now();
    let failed = 0;
    sources.forEach((s, i) => {
      if (!compile(s, { sourceName: files[i]! }).ok) failed++;
    });
    return { ms: performance.now() - t0, failed };
  }

  batch(); // warm up the JIT
  const runs = [batch(), batch(), batch()];
  const best = Math.min(...runs.map((r) => r.ms));
  const rate = (ms: number) => `${((files.length * 1000) / ms).toFixed(0)} files/s, ${((totalBytes / 1e6) * 1000 / ms).toFixed(2)} MB/s`;
  console.log(`tree: ${tree} (${files.length} files, ${(totalBytes / 1024).toFixed(0)} KiB; ${runs[0]!.failed} rejected)`);
  console.log(`mpyc batch (one process):        ${best.toFixed(0)} ms  ${rate(best)}`);

  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-bench-")), "out.mpy");
  const ref = process.env.MPY_CROSS;
  const cli = path.join(path.dirname(CORPUS_DIR), "dist/cli/main.js");
  const [label, cmd, pre] = ref ? ["mpy-cross, one process per file", ref, [] as string[]] : ["mpyc CLI, one process per file", process.execPath, [cli]];
  const t0 = performance.now();
  for (const f of files) {
    try {
      execFileSync(cmd, [...pre, "-o", out, f], { stdio: "ignore" });
    } catch {
      /* rejected files count in the time like the others */
    }
  }
  const base = performance.now() - t0;
  console.log(`${label.padEnd(32)} ${base.toFixed(0)} ms  ${rate(base)}`);
  console.log(`ratio: mpyc batch is ${(base / best).toFixed(1)}x the speed of the baseline`);
}
