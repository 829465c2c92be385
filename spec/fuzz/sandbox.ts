// Runs a property's check on one case with a time budget. Built (dist/, `npm run fuzz`), each case
// runs in a worker thread that is terminated when the budget runs out, so a hang in the compiler,
// the loader or a VM is reported as a failure instead of stopping the campaign. From TypeScript
// sources (vitest) workers cannot load the code, so checks run in-process and a hang is caught
// by the test's own timeout.

import { Worker } from "node:worker_threads";
import { COMPILE_STACK_MB, KnownDifference } from "./known.js";

export interface Sandbox {
  /** Resolves to null if the property holds for the case, else the failure's explanation. */
  check(property: string, value: unknown, timeoutMs: number): Promise<string | null>;
  close(): Promise<void>;
}

/** The host memory cap of a checking worker (V8 old generation): a case that needs more is a failure. */
export const HOST_HEAP_MB = 512;

type Check = (property: string, value: unknown, timeoutMs: number) => Promise<void>;

/** Checks in this thread: no protection against a synchronous hang. */
export function inProcess(check: Check): Sandbox {
  return {
    async check(property, value, timeoutMs) {
      try {
        await check(property, value, timeoutMs);
        return null;
      } catch (e) {
        if (e instanceof KnownDifference) return null;
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
  // Each worker has its own pending cases: one ended for a timeout reports its exit late, and
  // that must not fail a case already sent to its successor.
  let current: { worker: Worker; pending: Map<number, (r: Reply) => void>; loaded: Promise<void> } | null = null;
  let next = 0;
  const start = () => {
    // A runaway allocation ends the worker with an error instead of taking the host down.
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: HOST_HEAP_MB, stackSizeMb: COMPILE_STACK_MB } });
    const pending = new Map<number, (r: Reply) => void>();
    // A case's budget starts once the worker has loaded its modules (it says so first); a worker
    // that dies loading ends its cases at once.
    let markLoaded = () => {};
    const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
    const self = { worker: w, pending, loaded };
    const fail = (error: string) => {
      markLoaded();
      for (const [id, done] of pending) done({ id, error });
      if (current === self) current = null;
    };
    w.on("message", (r: Reply | { kind: "loaded" }) => ("kind" in r ? markLoaded() : pending.get(r.id)?.(r)));
    w.on("error", (e) => fail(`worker died: ${e instanceof Error ? e.message : String(e)}`));
    w.on("exit", (code) => fail(`worker exited with code ${code}`));
    w.unref();
    return self;
  };
  return {
    check(property, value, timeoutMs) {
      const c = (current ??= start());
      const id = next++;
      return new Promise((resolve) => {
        let cancel = () => {};
        c.pending.set(id, (r) => {
          cancel();
          c.pending.delete(id);
          resolve(r.error);
        });
        void c.loaded.then(() => {
          if (!c.pending.has(id)) return;
          cancel = hangTimer(timeoutMs, () => {
            c.pending.delete(id);
            if (current === c) current = null;
            void c.worker.terminate();
            resolve(`no answer within ${timeoutMs} ms: hang or runaway`);
          });
        });
        c.worker.postMessage({ id, property, value, timeoutMs });
      });
    },
    async close() {
      if (current) await current.worker.terminate();
      current = null;
    },
  };
}

/** Wall-clock budgets a starved worker may take before it counts as hung whatever its CPU time. */
const STARVED_FACTOR = 10;

/**
 * Calls `hang` once `ms` of wall-clock time have passed and this process has used `ms` of CPU time
 * for each of its `threads` busy worker threads since: a worker stuck in a loop keeps a core busy, while
 * one starved by other work on a shared machine does not and is given more time, up to
 * STARVED_FACTOR times the budget. Returns what cancels it.
 */
export function hangTimer(ms: number, hang: () => void, threads = 1): () => void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let timer: NodeJS.Timeout;
  const check = () => {
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000 / threads;
    if (cpuMs >= ms || performance.now() - t0 >= ms * STARVED_FACTOR) hang();
    else timer = setTimeout(check, Math.max(100, ms - cpuMs));
  };
  timer = setTimeout(check, ms);
  return () => clearTimeout(timer);
}

/** A worker sandbox when running built code, else in-process. */
export function defaultSandbox(check: Check): Sandbox {
  return import.meta.url.endsWith(".js") ? inWorker(new URL("./worker.js", import.meta.url)) : inProcess(check);
}
