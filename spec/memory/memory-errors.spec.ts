// Where MemoryError comes on fixed heaps: memory-errors.json records the device's outcome for each
// growth case and heap (the fixed-heap WebAssembly VM, and the 32-bit unix port, which collects on
// a failed allocation as a board does; written by spec/tools/memory/memory-errors.ts --golden).
// The WebAssembly figures are re-checked live; the unix port's cannot be (CI cannot build it).

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { BOARD_LIKE, GROWTH, HEAPS, type Outcome, wasmOutcome } from "../tools/memory/memory-errors.js";

interface Row {
  kase: string;
  heap: number;
  wasm: Outcome;
  unix32?: Outcome;
}
const golden = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "memory-errors.json"), "utf8")) as Row[];

describe("MemoryError outcomes recorded from the device", () => {
  it("covers every case at every heap, each with a board-like reference", () => {
    for (const kase of [...Object.keys(GROWTH), "largest"]) {
      for (const heap of HEAPS) {
        const row = golden.find((r) => r.kase === kase && r.heap === heap);
        expect(row, `${kase} ${heap}`).toBeDefined();
        const ref = BOARD_LIKE.has(kase) ? row!.unix32 : row!.wasm;
        expect(ref?.count, `${kase} ${heap}`).toBeGreaterThan(0);
        // Empty when the heap was too full to format the message: the VM raises its MemoryError without one.
        expect(ref?.message, `${kase} ${heap}`).toMatch(/^(memory allocation failed, allocating \d+ bytes)?$/);
      }
    }
  });

  for (const kase of [...Object.keys(GROWTH), "largest"]) {
    it(`the WebAssembly VM still gives the recorded outcome: ${kase}`, async () => {
      for (const heap of HEAPS) {
        const row = golden.find((r) => r.kase === kase && r.heap === heap)!;
        expect(await wasmOutcome(kase, heap), `${heap}`).toEqual(row.wasm);
      }
    });
  }
});
