// Runs a property's check on one case with a time budget. Built (dist/, `npm run fuzz`), each case
// runs in a worker thread that is terminated when the budget runs out, so a hang in the compiler,
// the loader or a VM is reported as a failure instead of stopping the campaign. From TypeScript
// sources (vitest) workers cannot load the code, so checks run in-process and a hang is caught
// by the test's own timeout.

import { Worker } from "node:worker_threads";

export interface Sandbox {
  /** Resolves to null if the property holds for the case, else the failure's explanation. */
  check(property: string, value: unknown, timeoutMs: number): Promise<string | null>;
  close(): Promise<void>;
}

type Check = (property: string, value: unknown, timeoutMs: number) => Promise<void>;

/** Checks in this thread: no protection against a synchronous hang. */
export function inProcess(check: Check): Sandbox {
  return {
    async check(property, value, timeoutMs) {
      try {
        await check(property, value, timeoutMs);
        return null;
      } catch (e) {
        return e instanceof Error ? `${e.name === "Error" ? "" : e.name + ": "}${e.message}` : String(e);
      }
    },
    async close() {},
  };
}

interface Reply {
  readonly id: number;
  readonly error: string | null;
}

/** Checks in a worker thread running `workerFile`; a case over budget terminates it and a new one starts. */
export function inWorker(workerFile: URL): Sandbox {
  let worker: Worker | null = null;
  let next = 0;
  const pending = new Map<number, (r: Reply) => void>();
  const start = () => {
    // A runaway allocation ends the worker with an error instead of taking the host down.
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    w.on("message", (r: Reply) => pending.get(r.id)?.(r));
    w.on("error", (e) => {
      for (const [id, done] of pending) done({ id, error: `worker died: ${e instanceof Error ? e.message : String(e)}` });
      if (worker === w) worker = null;
    });
    w.on("exit", (code) => {
      for (const [id, done] of pending) done({ id, error: `worker exited with code ${code}` });
      if (worker === w) worker = null;
    });
    w.unref();
    return w;
  };
  return {
    check(property, value, timeoutMs) {
      const w = (worker ??= start());
      const id = next++;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          if (worker === w) worker = null;
          void w.terminate();
          resolve(`no answer within ${timeoutMs} ms: hang or runaway`);
        }, timeoutMs);
        pending.set(id, (r) => {
          clearTimeout(timer);
          pending.delete(id);
          resolve(r.error);
        });
        w.postMessage({ id, property, value, timeoutMs });
      });
    },
    async close() {
      if (worker) await worker.terminate();
      worker = null;
    },
  };
}

/** A worker sandbox when running built code, else in-process. */
export function defaultSandbox(check: Check): Sandbox {
  return import.meta.url.endsWith(".js") ? inWorker(new URL("./worker.js", import.meta.url)) : inProcess(check);
}
