// Runs one property for N cases: the cases, generated as fast-check generates them for the seed,
// are checked in batches by a pool of workers (pool.ts); each distinct failure found is then
// replayed by fast-check from its seed and path, shrunk case by case through a sandbox (time
// budget). Collects throughput and the construct coverage of generated programs.

import fc from "fast-check";
import { batchValues } from "./batch.js";
import type { Construct } from "./gen-core.js";
import { defaultPool, type Pool } from "./pool.js";
import type { Property } from "./properties.js";
import { checkByName } from "./properties.js";
import { defaultSandbox, type Sandbox } from "./sandbox.js";

export interface Failure {
  readonly property: string;
  readonly seed: number;
  readonly path: string;
  readonly error: string;
  readonly value: unknown;
  readonly shown: string;
}

export interface CampaignResult {
  readonly name: string;
  /** Cases checked (shrinking not counted). */
  readonly runs: number;
  /** Time the cases took (shrinking not counted). */
  readonly ms: number;
  /** CPU time of this process, every thread, while the cases ran: the measure of cost on a shared machine. */
  readonly cpuMs: number;
  /** Distinct failures, each shrunk. */
  readonly failures: readonly Failure[];
  /** Cases that showed a known difference (known.ts), by its name. */
  readonly known: ReadonlyMap<string, number>;
  readonly coverage: ReadonlyMap<Construct, number>;
}

export interface CampaignOptions {
  readonly runs: number;
  readonly seed?: number;
  /** Replays (and shrinks) one case by its fast-check path instead of running a campaign. */
  readonly path?: string;
  readonly timeoutMs: number;
  /** Distinct failures to collect before the campaign stops (1 if not given). */
  readonly maxFailures?: number;
  readonly pool?: Pool;
  /** Where shrinking checks each candidate. */
  readonly sandbox?: Sandbox;
  /** Time shrinking one failure may take (the case as shrunk so far is reported, and its path resumes it); 60 s if not given. */
  readonly shrinkMs?: number;
  /** Called when a failure of a new kind is found, before any shrinking, with the case's index (its path). */
  readonly onFound?: (index: number, error: string) => void;
  readonly onProgress?: (done: number, ms: number, failures: number) => void;
}

/** Failures of the same kind (first line, numbers aside) count once. */
export const failureKey = (error: string) => error.split("\n")[0]!.replace(/\d+/g, "N");

export async function runCampaign<T>(prop: Property<T>, options: CampaignOptions): Promise<CampaignResult> {
  const coverage = new Map<Construct, number>();
  const known = new Map<string, number>();
  const sandbox = options.sandbox ?? defaultSandbox(checkByName);
  const seed = options.seed ?? Date.now() ^ (Math.random() * 0x100000000);
  try {
    if (options.path !== undefined) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const f = await shrink(prop, seed, options.path, sandbox, options.timeoutMs, options.shrinkMs);
      return { name: prop.name, runs: 1, ms: performance.now() - t0, cpuMs: cpuSince(c0), failures: f ? [f] : [], known, coverage };
    }
    const pool = options.pool ?? defaultPool();
    const max = options.maxFailures ?? 1;
    const found = new Map<string, { index: number; error: string }>();
    let done = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const runs = await pool.run({
      property: prop.name,
      seed,
      runs: options.runs,
      timeoutMs: options.timeoutMs,
      stop: () => found.size >= max,
      onCase: (r) => {
        for (const k of r.constructs ?? []) coverage.set(k, (coverage.get(k) ?? 0) + 1);
        if (r.known) known.set(r.known, (known.get(r.known) ?? 0) + 1);
        if (r.error !== null) {
          const key = failureKey(r.error);
          const seen = found.get(key);
          if ((!seen && found.size < max) || (seen && r.index < seen.index)) found.set(key, { index: r.index, error: r.error });
          if (!seen && found.has(key)) options.onFound?.(r.index, r.error);
        }
        if (++done % 50 === 0) options.onProgress?.(done, performance.now() - t0, found.size);
      },
    });
    const ms = performance.now() - t0;
    const cpuMs = cpuSince(c0);
    if (!options.pool) await pool.close();
    const failures: Failure[] = [];
    for (const { index, error } of [...found.values()].sort((a, b) => a.index - b.index)) {
      const f = await shrink(prop, seed, String(index), sandbox, options.timeoutMs, options.shrinkMs);
      failures.push(f ?? unshrunk(prop, seed, index, error));
    }
    return { name: prop.name, runs, ms, cpuMs, failures, known, coverage };
  } finally {
    if (!options.sandbox) await sandbox.close();
  }
}

function cpuSince(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Replays the case at `path` for `seed` and shrinks it; null if it holds when replayed. */
async function shrink<T>(prop: Property<T>, seed: number, path: string, sandbox: Sandbox, timeoutMs: number, shrinkMs = 60_000): Promise<Failure | null> {
  const details = await fc.check(
    fc.asyncProperty(prop.arbitrary, async (v) => {
      const error = await sandbox.check(prop.name, v, timeoutMs);
      if (error !== null) throw new Error(error);
    }),
    { numRuns: 1, seed, path, endOnFailure: false, interruptAfterTimeLimit: shrinkMs },
  );
  if (!details.failed || !details.counterexample) return null;
  const value = details.counterexample[0] as T;
  const err = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const note = details.interrupted ? `\n(shrinking stopped after ${shrinkMs / 1000} s; replaying the path resumes it)` : "";
  return { property: prop.name, seed: details.seed, path: details.counterexamplePath ?? path, error: err + note, value, shown: prop.show(value) };
}

/** A failure that did not happen again when replayed (a hang on a loaded machine, say), as first seen. */
function unshrunk<T>(prop: Property<T>, seed: number, index: number, error: string): Failure {
  const value = batchValues({ property: prop.name, seed, start: index, count: 1, timeoutMs: 0 })[0] as T;
  return { property: prop.name, seed, path: String(index), error: `${error}\n(held when replayed: not shrunk)`, value, shown: prop.show(value) };
}

export function describeFailure(f: Failure): string {
  return `property ${f.property} failed\nreplay: npm run fuzz -- --property ${f.property} --seed ${f.seed} --path ${f.path}\n${f.error}\nshrunk case:\n${f.shown}`;
}
