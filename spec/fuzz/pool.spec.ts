// The fuzzing pool: every case of a run is reported once, a worker that hangs or dies costs only
// the case it was on, and a batch's cases are the ones fast-check's own run generates for the seed
// (so a case found at index i replays with --path i).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchValues, type CaseResult } from "./batch.js";
import { workerPool } from "./pool.js";
import { PROPERTIES } from "./properties.js";

describe("fuzzing pool", () => {
  it("reports every case once; a hang and a dead worker fail only their own case", async () => {
    const pool = workerPool(new URL("./fixtures/stub-worker.mjs", import.meta.url), 2);
    const seen: CaseResult[] = [];
    try {
      const n = await pool.run({ property: "any", seed: 1, runs: 40, timeoutMs: 300, onCase: (r) => seen.push(r) });
      expect(n).toBe(40);
    } finally {
      await pool.close();
    }
    expect(seen.map((r) => r.index).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    const failed = Object.fromEntries(seen.filter((r) => r.error !== null).map((r) => [r.index, r.error]));
    expect(failed).toEqual({ 7: "no answer within 300 ms: hang or runaway", 12: "worker exited with code 3", 15: "boom" });
  });

  it("a worker that waits without using CPU (starved, not hung) is given more time", async () => {
    const pool = workerPool(new URL("./fixtures/stub-worker.mjs", import.meta.url), 1);
    const seen: CaseResult[] = [];
    try {
      await pool.run({ property: "any", seed: 2, runs: 22, timeoutMs: 300, onCase: (r) => seen.push(r) });
    } finally {
      await pool.close();
    }
    expect(seen.find((r) => r.index === 20)?.error).toBeNull();
    expect(seen.find((r) => r.index === 7)?.error).toBe("no answer within 300 ms: hang or runaway");
  });

  it("generates a batch's cases as fast-check's run with the same seed does", async () => {
    const prop = PROPERTIES.find((p) => p.name === "syntax-agreement")!;
    const seen: unknown[] = [];
    await fc.check(fc.asyncProperty(prop.arbitrary as fc.Arbitrary<unknown>, async (v) => void seen.push(v)), { seed: 5, numRuns: 30 });
    expect(batchValues({ property: prop.name, seed: 5, start: 20, count: 10, timeoutMs: 0 })).toEqual(seen.slice(20));
  });
});
