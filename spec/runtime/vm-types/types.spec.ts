// Data types on our VM print what MicroPython v1.27.0 prints: array and buffer comparisons,
// attrtuple and namedtuple, OrderedDict, dict views, bytes hex, struct and uctypes (cases.ts).

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";
import { CASES } from "./cases.js";

describe("data types behave as MicroPython's", () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      expect(runOurs(c.source).output).toBe(c.expected);
    });
  }
});
