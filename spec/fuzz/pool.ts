// Runs the cases of a campaign in batches (batch.ts): in several worker threads when running
// built code, else in this thread. A worker reports each case as it ends; one that stays silent
// longer than a case's budget (sandbox.ts hangTimer) is terminated, the case it was on is reported
// as a hang, and a new worker takes over. One message per batch, not per case, and one WebAssembly VM per worker
// (spec/oracle/micropython.ts), so the cost of a case is its checks.

import * as os from "node:os";
import { Worker } from "node:worker_threads";
import type { BatchJob, CaseResult } from "./batch.js";
import { runBatch } from "./batch.js";
import { COMPILE_STACK_MB } from "./known.js";
import { hangTimer, HOST_HEAP_MB } from "./sandbox.js";

export interface PoolRun {
  readonly property: string;
  readonly seed: number;
  readonly runs: number;
  readonly timeoutMs: number;
  /** Called after each case ends (failing or not, a hang included), in any order. */
  readonly onCase: (r: CaseResult) => void;
  /** Asked between batches: true ends the run early. */
  readonly stop?: () => boolean;
}

export interface Pool {
  /** Checks cases 0..runs-1; resolves with the number checked. */
  run(r: PoolRun): Promise<number>;
  close(): Promise<void>;
}

/** Cases per batch: large enough that messages and regenerating up to the batch cost little, small enough to share out. */
export function batchSize(runs: number, workers: number): number {
  return Math.max(5, Math.min(200, Math.ceil(runs / (workers * 8))));
}

/** Batches in this thread, one after the other: no protection against a synchronous hang. */
export function inProcessPool(): Pool {
  return {
    async run({ property, seed, runs, timeoutMs, onCase, stop }) {
      const size = batchSize(runs, 1);
      let done = 0;
      for (let start = 0; start < runs && !stop?.(); start += size) {
        await runBatch({ property, seed, start, count: Math.min(size, runs - start), timeoutMs }, (r) => {
          done++;
          onCase(r);
        });
      }
      return done;
    },
    async close() {},
  };
}

type FromWorker = { kind: "loaded" } | { kind: "ready" } | { kind: "case"; result: CaseResult } | { kind: "end" } | { kind: "crash"; error: string };

const YOUNG_MB = Number(process.env.FUZZ_YOUNG_MB ?? 64);

/** Generating a batch's cases may take longer than checking one; it gets this many case budgets. */
const GENERATION_BUDGETS = 20;

/** Batches shared out to `workers` worker threads running `workerFile`. */
export function workerPool(workerFile: URL, workers = Math.max(1, os.availableParallelism())): Pool {
  const live = new Set<Worker>();
  // Workers kept between runs: each has its modules loaded, its generators built and its code warm.
  const idle: Worker[] = [];
  const spawn = () => {
    // A runaway allocation ends the worker with an error instead of taking the host down; a
    // young generation larger than the default makes the many short-lived strings cheaper to collect.
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: HOST_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_MB, stackSizeMb: COMPILE_STACK_MB } });
    w.unref();
    live.add(w);
    return w;
  };
  const kill = (w: Worker) => {
    live.delete(w);
    void w.terminate();
  };
  return {
    async run({ property, seed, runs, timeoutMs, onCase, stop }) {
      const size = batchSize(runs, workers);
      const queue: BatchJob[] = [];
      for (let start = 0; start < runs; start += size) queue.push({ property, seed, start, count: Math.min(size, runs - start), timeoutMs });
      let done = 0;
      const record = (r: CaseResult) => {
        done++;
        onCase(r);
      };
      // Each lane is one worker at a time working through the queue; a worker that hangs or dies
      // is replaced, its case reported as failing, and the rest of its batch goes back to the queue.
      const lane = async () => {
        let w: Worker | null = null;
        while (queue.length && !stop?.()) {
          const job = queue.shift()!;
          w ??= idle.pop() ?? spawn();
          const lost = await runOn(w, job, record, workers);
          if (lost) {
            record({ index: lost.index, error: lost.error });
            kill(w);
            w = null;
            const end = job.start + job.count;
            if (lost.index + 1 < end) queue.unshift({ ...job, start: lost.index + 1, count: end - lost.index - 1 });
          }
        }
        if (w) idle.push(w);
      };
      await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, lane));
      return done;
    },
    async close() {
      await Promise.all([...live].map((w) => w.terminate()));
      live.clear();
      idle.length = 0;
    },
  };
}

/**
 * Runs one batch on a worker. Resolves with null when the batch ends (each case reported through
 * `record`), or with the index of the case the worker was on and why it never finished.
 */
function runOn(w: Worker, job: BatchJob, record: (r: CaseResult) => void, threads: number): Promise<{ index: number; error: string } | null> {
  return new Promise((resolve) => {
    let at = job.start;
    let cancel = () => {};
    const arm = (ms: number) => {
      cancel();
      cancel = hangTimer(ms, () => finish({ index: at, error: `no answer within ${ms} ms: hang or runaway` }), threads);
    };
    const onMessage = (m: FromWorker) => {
      // A new worker's loading does not count against generating the batch.
      if (m.kind === "loaded") arm(job.timeoutMs * GENERATION_BUDGETS);
      else if (m.kind === "ready") arm(job.timeoutMs);
      else if (m.kind === "case") {
        record(m.result);
        at = m.result.index + 1;
        arm(job.timeoutMs);
      } else if (m.kind === "end") finish(null);
      else finish({ index: at, error: m.error });
    };
    const onError = (e: unknown) => finish({ index: at, error: `worker died: ${e instanceof Error ? e.message : String(e)}` });
    const onExit = (code: number) => finish({ index: at, error: `worker exited with code ${code}` });
    function finish(r: { index: number; error: string } | null) {
      cancel();
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
      resolve(r);
    }
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    arm(job.timeoutMs * GENERATION_BUDGETS);
    w.postMessage({ kind: "batch", job });
  });
}

/** A worker pool when running built code, else batches in this thread. */
export function defaultPool(workers?: number): Pool {
  return import.meta.url.endsWith(".js") ? workerPool(new URL("./worker.js", import.meta.url), workers) : inProcessPool();
}
