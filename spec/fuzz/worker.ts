// Worker thread of the fuzzing sandbox (sandbox.ts) and pool (pool.ts): checks one case of a named
// property per message and answers with null or the failure's explanation; or runs a batch of
// generated cases, reporting each as it ends.

import { parentPort } from "node:worker_threads";
import { explain, runBatch, type BatchJob } from "./batch.js";
import { checkByName } from "./properties.js";
import { inProcess } from "./sandbox.js";

const local = inProcess(checkByName);
const port = parentPort!;

type Message = { kind: "batch"; job: BatchJob } | { kind?: undefined; id: number; property: string; value: unknown; timeoutMs: number };

port.on("message", async (m: Message) => {
  if (m.kind === "batch") {
    try {
      await runBatch(m.job, (result) => port.postMessage({ kind: "case", result }), () => port.postMessage({ kind: "ready" }));
      port.postMessage({ kind: "end" });
    } catch (e) {
      port.postMessage({ kind: "crash", error: `batch failed: ${explain(e)}` });
    }
    return;
  }
  const error = await local.check(m.property, m.value, m.timeoutMs);
  port.postMessage({ id: m.id, error });
});

// Modules loaded: budgets start now, not while a new worker loads them (seconds on a loaded machine).
port.postMessage({ kind: "loaded" });
