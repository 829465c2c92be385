// RunResult.importCost (the main module's own import cost) against the import cost the VM measures: each committed .mpy fixture
// run as the main program (its report) and imported (unbound, as __import__ does) by a program that reads gc.mem_alloc() after a
// collection before and after the import. The two must agree to the byte, and the report's parts
// must add up to its total.

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";
import measured from "./measured.json" with { type: "json" };

const fixtures = new URL("../fixtures/modules/", import.meta.url);

describe("the main program's own import cost", () => {
  for (const name of Object.keys(measured.imports)) {
    it(`${name}.mpy: its own cost is what an import measures`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(`${name}.mpy`, fixtures)));
      const report = runMpy(bytes, {}).importCost;
      expect(report).toBeDefined();
      const c = report!;
      expect(c.codeBytes + c.constantBytes + c.qstrBytes + c.moduleBytes + c.objectBytes).toBe(c.total);
      const driver = compile(`import gc\ngc.collect()\na = gc.mem_alloc()\n__import__('${name}')\ngc.collect()\nprint(gc.mem_alloc() - a)\n`, { sourceName: "__main__" });
      if (!driver.ok) throw new Error(driver.error.message);
      const out = runMpy(driver.mpy, { findModule: (n) => (n === name ? bytes : undefined) }).output;
      expect(c.total).toBe(Number(out.trim().split("\n").pop()));
    });
  }
});
