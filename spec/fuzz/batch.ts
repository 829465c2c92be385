// A batch of a campaign: cases start..start+count-1 of a property for a seed, generated exactly as
// fast-check's own run with that seed generates them (so case i replays with --seed S --path i),
// checked one after the other in this thread. Sandbox workers run batches; so does a campaign
// without workers.

import fc from "fast-check";
import type { Construct } from "./gen-core.js";
import { KnownDifference } from "./known.js";
import { PROPERTIES } from "./properties.js";

export interface BatchJob {
  readonly property: string;
  readonly seed: number;
  readonly start: number;
  readonly count: number;
  readonly timeoutMs: number;
}

export interface CaseResult {
  /** Index of the case in the campaign. */
  readonly index: number;
  /** null if the property held, else the failure's explanation. */
  readonly error: string | null;
  /** The known difference (known.ts) the case showed, if any; such a case does not fail. */
  readonly known?: string;
  readonly constructs?: readonly Construct[];
}

export const explain = (e: unknown): string => (e instanceof Error ? `${e.name === "Error" ? "" : e.name + ": "}${e.message}` : String(e));

/** The cases of a batch, as fast-check generates them for runs start.. of a check with this seed. */
export function batchValues(job: BatchJob): unknown[] {
  const p = PROPERTIES.find((q) => q.name === job.property);
  if (!p) throw new Error(`no property ${job.property}`);
  const arb = p.arbitrary as fc.Arbitrary<unknown>;
  // fc.check generates run i from a tuple of the property's arbitraries; sample does the same.
  return fc.sample(arb, { seed: job.seed, path: String(job.start), numRuns: job.count });
}

/**
 * Checks the cases of a batch in order, reporting each. `ready` is called once the batch's cases
 * are generated (generation can take longer than one case).
 */
export async function runBatch(job: BatchJob, report: (r: CaseResult) => void, ready: () => void = () => {}): Promise<void> {
  const p = PROPERTIES.find((q) => q.name === job.property)!;
  const values = batchValues(job);
  ready();
  const check = p.check as (v: unknown, t: number) => Promise<void>;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    let error: string | null = null;
    let known: string | undefined;
    try {
      await check(v, job.timeoutMs);
    } catch (e) {
      if (e instanceof KnownDifference) known = e.known;
      else error = explain(e);
    }
    const c = (v as { constructs?: ReadonlySet<Construct> } | null)?.constructs;
    report({ index: job.start + k, error, ...(known ? { known } : {}), ...(c ? { constructs: [...c] } : {}) });
  }
}
