// The size table against ground truth: measured.json (captured from MicroPython v1.27.0's 32-bit
// WebAssembly VM) offline, and the live VM when it loads. Set MPYC_CAPTURE_SIZES=1 to rewrite
// measured.json from the live VM (a deliberate act, like updating a golden).

import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { PROBES } from "./cases.js";
import { measure } from "./wasm-probe.js";
import measured from "./measured.json" with { type: "json" };
import { blocks, hashAllocAfterInserts, hashAllocAtLeast, listAllocAfterAppends } from "../../../runtime/memory/sizes.js";

const IMPORT_GLOBALS: Record<string, number> = { tiny: 2, defs: 4 };
const fixtures = new URL("../fixtures/modules/", import.meta.url);

describe("size formulas", () => {
  it("rounds requests to 16-byte blocks", () => {
    expect([0, 1, 16, 17, 32, 33].map(blocks)).toEqual([0, 16, 16, 32, 32, 48]);
  });
  it("grows hash tables through MicroPython's size list", () => {
    expect(hashAllocAtLeast(13)).toBe(17);
    expect([1, 3, 5, 9, 20].map((n) => hashAllocAfterInserts(n))).toEqual([2, 4, 6, 10, 23]);
  });
  it("grows lists from 4 slots by doubling", () => {
    expect([0, 4, 5, 100].map(listAllocAfterAppends)).toEqual([4, 4, 8, 128]);
  });
});

describe("size table against measured.json", () => {
  const table = measured.probes as Record<string, number>;
  for (const p of PROBES) {
    it(`${p.expr} allocates ${table[p.expr]} bytes`, () => {
      expect(table[p.expr]).toBeTypeOf("number");
      expect(p.predict).toBe(table[p.expr]);
    });
  }
});

describe("live differential against the WebAssembly VM", () => {
  it("every probe matches to the byte", async () => {
    const imports: Record<string, Uint8Array> = {};
    for (const name of Object.keys(IMPORT_GLOBALS)) {
      imports[name] = new Uint8Array(readFileSync(new URL(`${name}.mpy`, fixtures)));
    }
    const live = await measure(PROBES, imports);
    if (process.env.MPYC_CAPTURE_SIZES === "1") {
      const data = {
        note: "gc.mem_alloc() deltas from @micropython/micropython-webassembly-pyscript 1.27.0 (32-bit)",
        probes: live.probes,
        imports: Object.fromEntries(
          Object.entries(live.imports).map(([k, v]) => [k, { bytes: v, globals: IMPORT_GLOBALS[k] }]),
        ),
      };
      writeFileSync(new URL("./measured.json", import.meta.url), JSON.stringify(data, null, 2) + "\n");
    }
    const diffs = PROBES.filter((p) => live.probes[p.expr] !== p.predict).map(
      (p) => `${p.expr}: VM ${live.probes[p.expr]}, model ${p.predict} (${p.predict - live.probes[p.expr]!} off)`,
    );
    expect(diffs).toEqual([]);
  });
});
