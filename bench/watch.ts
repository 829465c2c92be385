// A rebuild after an edit, as a user editing a tree meets it: `mpyc build --watch` (one process,
// the compiler kept warm) against a new `mpyc build` process per edit, both after appending one line
// to one file of a copy of the tree (env BENCH_TREE, else corpus/). Each figure is a median.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CORPUS_DIR } from "../spec/corpus/programs.js";
import { followWatch } from "../spec/cli/watch-follow.js";
import { median, show } from "./compile.js";


/** The tree's .py file nearest the median size: a typical file to edit. */
function typicalFile(tree: string): string {
  const files = (fs.readdirSync(tree, { recursive: true }) as string[]).filter((f) => f.endsWith(".py")).map((f) => path.join(tree, f));
  const sized = files.map((f) => [fs.statSync(f).size, f] as const).sort((a, b) => a[0] - b[0]);
  return sized[sized.length >> 1]![1];
}

export async function benchWatch(reps = 5): Promise<void> {
  const source = path.resolve(process.env.BENCH_TREE ?? CORPUS_DIR);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-bench-watch-"));
  const tree = path.join(tmp, "tree");
  const out = path.join(tmp, "out");
  fs.cpSync(source, tree, { recursive: true, filter: (f) => !fs.lstatSync(f).isFile() || f.endsWith(".py") });
  const file = typicalFile(tree);
  const cli = path.join(path.dirname(CORPUS_DIR), "dist/cli/main.js");
  const child = spawn(process.execPath, [cli, "build", tree, "-o", out, "--watch"], { stdio: ["ignore", "ignore", "pipe"] });
  const watch = followWatch(child);
  const reported: number[] = [];
  const fromEdit: number[] = [];
  try {
    await watch.built(1);
    for (let i = 0; i < reps; i++) {
      // Outside the 3 s in which an edited file's signature is not trusted, as edits by hand are.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const t0 = performance.now();
      fs.appendFileSync(file, `bench_edit_${i} = ${i}\n`);
      const line = await watch.built(i + 2);
      fromEdit.push(performance.now() - t0);
      if (!/ 1 compiled/.test(line)) throw new Error(`watch bench: unexpected build: ${line}`);
      reported.push(Number(/, (\d+) ms/.exec(line)![1]));
    }
  } finally {
    child.kill("SIGINT");
  }
  await new Promise((resolve) => child.on("exit", resolve));
  const fresh: number[] = [];
  for (let i = 0; i < reps; i++) {
    fs.appendFileSync(file, `bench_fresh_${i} = ${i}\n`);
    const t0 = performance.now();
    spawnSync(process.execPath, [cli, "build", tree, "-o", out], { stdio: "ignore" });
    fresh.push(performance.now() - t0);
  }
  const w = median(reported);
  const f = median(fresh);
  show("mpyc build --watch, rebuild after an edit", w, `as the build reports it; ${median(fromEdit).toFixed(0)} ms from the edit (100 ms of it the wait for quiet)`);
  show("mpyc build, a new process after an edit", f, `${(f / w).toFixed(1)}x the watch's rebuild`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
