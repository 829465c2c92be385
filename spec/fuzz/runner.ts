// Runs one property for N cases with fast-check (async), collecting throughput, the construct
// coverage of generated programs, and a failure with its seed, path and shrunk case.

import fc from "fast-check";
import type { Construct } from "./gen.js";
import type { Property } from "./properties.js";

export interface CampaignResult {
  readonly name: string;
  readonly runs: number;
  readonly ms: number;
  readonly failure: string | null;
  readonly coverage: ReadonlyMap<Construct, number>;
}

export async function runCampaign<T>(
  prop: Property<T>,
  options: { runs: number; seed?: number; path?: string; timeoutMs: number; onProgress?: (done: number) => void },
): Promise<CampaignResult> {
  const coverage = new Map<Construct, number>();
  let done = 0;
  const t0 = performance.now();
  const details = await fc.check(
    fc.asyncProperty(prop.arbitrary, async (v) => {
      const c = (v as { constructs?: ReadonlySet<Construct> }).constructs;
      if (c) for (const k of c) coverage.set(k, (coverage.get(k) ?? 0) + 1);
      done++;
      if (options.onProgress && done % 100 === 0) options.onProgress(done);
      await prop.check(v, options.timeoutMs);
    }),
    { numRuns: options.runs, ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.path ? { path: options.path } : {}) },
  );
  let failure: string | null = null;
  if (details.failed) {
    const shrunk = details.counterexample ? prop.show(details.counterexample[0] as T) : "(none)";
    const err = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    failure = `property ${prop.name} failed after ${details.numRuns} cases\nreplay: --property ${prop.name} --seed ${details.seed} --path ${details.counterexamplePath}\n${err}\nshrunk case:\n${shrunk}`;
  }
  return { name: prop.name, runs: done, ms: performance.now() - t0, failure, coverage };
}
