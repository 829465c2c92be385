// A short fixed-seed fuzzing campaign of every property, so each change is fuzzed a little.
// Long campaigns: npm run fuzz -- --runs 10000 (see main.ts).

import { describe, expect, it } from "vitest";
import { PROPERTIES } from "./properties.js";
import { describeFailure, runCampaign } from "./runner.js";

const RUNS: Record<(typeof PROPERTIES)[number]["name"], number> = {
  "compiler-total": 300,
  "differential-vm": 300,
  "differential-ours": 300,
  "syntax-agreement": 300,
  "loader-total": 500,
  "native-total": 100,
  "resource-total": 100,
  "resource-crafted": 100,
};

describe("fuzzing campaign (fixed seed)", () => {
  for (const prop of PROPERTIES) {
    it(prop.name, async () => {
      const r = await runCampaign(prop as never, { runs: RUNS[prop.name], seed: 20261124, timeoutMs: 10_000 });
      expect(r.failures.map(describeFailure)).toEqual([]);
      expect(r.runs).toBe(RUNS[prop.name]);
    });
  }
});
