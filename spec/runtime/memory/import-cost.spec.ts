// The modelled RAM cost of importing committed .mpy fixtures, against what MicroPython v1.27.0's
// 32-bit WebAssembly VM reported (gc.mem_alloc() before and after `import`, captured in measured.json).

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readMpy } from "../../../bytecode/mpy-read.js";
import { importCost } from "../../../runtime/memory/import-cost.js";
import measured from "./measured.json" with { type: "json" };

const fixtures = new URL("../fixtures/modules/", import.meta.url);

describe("import cost", () => {
  for (const [name, m] of Object.entries(measured.imports)) {
    it(`${name}.mpy within 10% of the measured ${m.bytes} bytes`, () => {
      const mod = readMpy(new Uint8Array(readFileSync(new URL(`${name}.mpy`, fixtures))));
      const cost = importCost(mod, m.globals);
      expect(cost.total).toBeGreaterThan(0);
      expect(Math.abs(cost.total - m.bytes) / m.bytes).toBeLessThan(0.1);
    });
  }
});
