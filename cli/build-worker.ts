// A compile thread of `mpyc build` (cli/build-pool.ts): takes batches of jobs, answers with their
// results, the .mpy buffers moved rather than copied.

import { parentPort } from "node:worker_threads";
import { type CompileJob, type JobResult, prepareJobs, runJob } from "./build-job.js";

parentPort!.on("message", async (jobs: CompileJob[]) => {
  await prepareJobs(jobs);
  const results: JobResult[] = [];
  let failure: string | null = null;
  for (const job of jobs) {
    try {
      results.push(runJob(job));
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
      results.push({ index: job.index, ok: false, internal: true, message: `mpyc: internal error: ${failure.split("\n")[0]} (compiling ${job.shown})\n` });
    }
  }
  parentPort!.postMessage(results, [...new Set(results.flatMap((r) => (r.ok ? [r.mpy.buffer as ArrayBuffer] : [])))]);
});
