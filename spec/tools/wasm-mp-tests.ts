// Dev tool: the baseline for run-mp-tests. Runs MicroPython's own tests on the MicroPython
// WebAssembly VM (a fresh VM per test, in a worker with a time limit) and compares each output
// with the cached output of the MicroPython binary (MICROPYTHON) that run-mp-tests recorded.
// Usage: MICROPYTHON=/path/to/micropython node dist/spec/tools/wasm-mp-tests.js TESTS_DIR SUBDIR... [-v]

import * as fs from "node:fs";
import * as path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { matchesPattern, PATTERN_TESTS } from "./exp-patterns.js";
import { expectedCacheDir } from "./mp-expected.js";

interface Job {
  readonly source: string;
  readonly name: string;
}

async function runInWorker(job: Job): Promise<string> {
  const { loadMicroPython } = await import("@micropython/micropython-webassembly-pyscript");
  let out = "";
  const mp = (await loadMicroPython({ heapsize: 4 * 1024 * 1024, stdout: (s: string) => (out += s + "\n"), stderr: (s: string) => (out += s + "\n") })) as unknown as {
    runPython(code: string): unknown;
  };
  try {
    mp.runPython(`exec(compile(${JSON.stringify(job.source)}, ${JSON.stringify(job.name)}, "exec"), {"__name__": "__main__"})`);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    out += (msg.endsWith("\n") ? msg : msg + "\n").replace(/^ {2}File "<stdin>", line \d+, in <module>\n/m, "");
  }
  return out;
}

if (!isMainThread) {
  void runInWorker(workerData as Job).then((out) => parentPort!.postMessage(out));
} else {
  const args = process.argv.slice(2);
  const verbose = args.includes("-v");
  const [root, ...dirs] = args.filter((a) => !a.startsWith("-"));
  const micropython = process.env.MICROPYTHON;
  if (!root || dirs.length === 0 || !micropython) {
    process.stderr.write("usage: MICROPYTHON=... wasm-mp-tests TESTS_DIR SUBDIR... [-v] (after run-mp-tests with the same MICROPYTHON)\n");
    process.exit(2);
  }
  const cacheDir = expectedCacheDir(micropython);
  const run = (job: Job) =>
    new Promise<string>((resolve) => {
      const w = new Worker(new URL(import.meta.url), { workerData: job });
      const timer = setTimeout(() => {
        void w.terminate();
        resolve("[time limit]");
      }, 10_000);
      w.on("message", (m: string) => {
        clearTimeout(timer);
        void w.terminate();
        resolve(m);
      });
      w.on("error", (e: Error) => {
        clearTimeout(timer);
        resolve(`[worker error ${e.message}]`);
      });
    });
  let same = 0;
  let differ = 0;
  let skipped = 0;
  for (const sub of dirs) {
    for (const name of fs.readdirSync(path.join(root, sub)).filter((f) => f.endsWith(".py")).sort()) {
      const cached = path.join(cacheDir, sub, name + ".out");
      if (!fs.existsSync(cached)) {
        skipped++;
        continue;
      }
      const exp = fs.readFileSync(cached, "utf8");
      if (exp.startsWith("SKIP")) {
        skipped++;
        continue;
      }
      const out = await run({ source: fs.readFileSync(path.join(root, sub, name), "utf8"), name });
      // Judged exactly as run-mp-tests judges our VM: port-specific tests against their .exp patterns.
      const file = path.join(root, sub, name);
      const patterns = PATTERN_TESTS.has(`${sub}/${name}`) && fs.existsSync(`${file}.exp`) ? fs.readFileSync(`${file}.exp`, "utf8") : null;
      if (patterns !== null ? matchesPattern(patterns, out) : out === exp) same++;
      else {
        differ++;
        if (verbose) console.log(`${sub}/${name}`);
      }
    }
  }
  console.log(`${same} same, ${differ} differ, ${skipped} skipped (MicroPython WebAssembly VM)`);
}
