// Runs one property for N cases with fast-check, each case through a sandbox (time budget),
// collecting throughput, the construct coverage of generated programs and, on failure, the seed
// and path that replay it with the shrunk case.

import fc from "fast-check";
import type { Construct } from "./gen-core.js";
import type { Property } from "./properties.js";
import { defaultSandbox, type Sandbox } from "./sandbox.js";
import { checkByName } from "./properties.js";

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
  readonly runs: number;
  readonly ms: number;
  readonly failure: Failure | null;
  readonly coverage: ReadonlyMap<Construct, number>;
}

export interface CampaignOptions {
  readonly runs: number;
  readonly seed?: number;
  readonly path?: string;
  readonly timeoutMs: number;
  readonly sandbox?: Sandbox;
  readonly onProgress?: (done: number, ms: number) => void;
}

export async function runCampaign<T>(prop: Property<T>, options: CampaignOptions): Promise<CampaignResult> {
  const coverage = new Map<Construct, number>();
  const sandbox = options.sandbox ?? defaultSandbox(checkByName);
  const seed = options.seed ?? Date.now() ^ (Math.random() * 0x100000000);
  let done = 0;
  let shrinking = false;
  let tFail = 0;
  const t0 = performance.now();
  const details = await fc.check(
    fc.asyncProperty(prop.arbitrary, async (v) => {
      if (!shrinking) {
        const c = (v as { constructs?: ReadonlySet<Construct> }).constructs;
        if (c) for (const k of c) coverage.set(k, (coverage.get(k) ?? 0) + 1);
        done++;
        if (options.onProgress && done % 50 === 0) options.onProgress(done, performance.now() - t0);
      }
      const error = await sandbox.check(prop.name, v, options.timeoutMs);
      if (error !== null) {
        if (!shrinking) tFail = performance.now();
        shrinking = true;
        throw new Error(error);
      }
    }),
    { numRuns: options.runs, seed, ...(options.path ? { path: options.path } : {}), endOnFailure: false },
  );
  // Throughput counts the campaign up to its first failure, not the shrinking after it.
  const ms = (tFail || performance.now()) - t0;
  if (!options.sandbox) await sandbox.close();
  let failure: Failure | null = null;
  if (details.failed && details.counterexample) {
    const value = details.counterexample[0] as T;
    const err = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    failure = { property: prop.name, seed: details.seed, path: details.counterexamplePath ?? "", error: err, value, shown: prop.show(value) };
  }
  return { name: prop.name, runs: done, ms, failure, coverage };
}

export function describeFailure(f: Failure): string {
  return `property ${f.property} failed\nreplay: npm run fuzz -- --property ${f.property} --seed ${f.seed} --path ${f.path}\n${f.error}\nshrunk case:\n${f.shown}`;
}
