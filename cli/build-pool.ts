// Runs `mpyc build`'s compile jobs on the main thread and, when the work is big enough to repay
// starting them, on worker threads too (one per further core). Each thread pulls small batches
// from one queue, so a slow file does not hold up a fixed share; results arrive in any order.

import * as os from "node:os";
import { Worker } from "node:worker_threads";
import type { CompileJob, JobResult } from "./build-job.js";
import { tuneForShortRun } from "./jit.js";

/** Below this much source, a worker's start-up and separate warm-up cost more than it saves. */
const MIN_BYTES_FOR_WORKERS = 192 * 1024;
const BATCH = 4;

/**
 * One thread per core that other work leaves idle (by the one-minute load average), less one: a
 * compile thread keeps a second core busy with V8's background work (optimising compiler, garbage
 * collector) and the output writes. On two cores a cold build of micropython-lib (1.75 MB) took
 * 1.3 times as long with two threads as with one (1.2 on three copies of it), and a second thread
 * costs 1.2-1.4 times the CPU time, its own warm-up added.
 */
function defaultThreads(): number {
  const cores = os.availableParallelism();
  const idle = cores - os.loadavg()[0]!;
  return Math.max(1, Math.min(cores - 1, Math.round(idle) - 1));
}

/** How many threads to use for these jobs, at most `limit` (null: defaultThreads()). */
export function threadsFor(jobs: readonly CompileJob[], limit: number | null): number {
  limit ??= defaultThreads();
  const bytes = jobs.reduce((n, j) => n + j.source.length, 0);
  if (limit <= 1 || bytes < MIN_BYTES_FOR_WORKERS) return 1;
  return Math.min(limit, Math.ceil(jobs.length / (BATCH * 4)));
}

/**
 * Compiles every job, handing each result to `done` on the main thread; resolves when all are done,
 * or, once `stopped` says so, when the files under way are.
 */
export async function runJobs(jobs: readonly CompileJob[], threads: number, done: (r: JobResult) => void, stopped: () => boolean): Promise<void> {
  tuneForShortRun(jobs.reduce((n, j) => n + j.source.length, 0));
  let next = 0;
  const take = () => {
    if (stopped()) return [];
    const batch = jobs.slice(next, next + BATCH);
    next += batch.length;
    return batch;
  };
  const workers: Promise<void>[] = [];
  for (let t = 1; t < threads; t++) {
    workers.push(
      new Promise<void>((resolve, reject) => {
        const w = new Worker(new URL("./build-worker.js", import.meta.url));
        const feed = () => {
          const batch = take();
          if (batch.length === 0) {
            void w.terminate().then(() => resolve());
            return;
          }
          w.postMessage(batch);
        };
        w.on("message", (results: JobResult[]) => {
          for (const r of results) done(r);
          feed();
        });
        w.on("error", reject);
        feed();
      }),
    );
  }
  // The main thread compiles too (loaded only now: an up-to-date build never loads the compiler),
  // yielding between files so that workers' results and a Ctrl-C are handled promptly.
  const { prepareJobs, runJob } = await import("./build-job.js");
  await prepareJobs(jobs);
  for (let batch = take(); batch.length; batch = take()) {
    for (const job of batch) {
      if (stopped()) break;
      done(runJob(job));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await Promise.all(workers);
}
