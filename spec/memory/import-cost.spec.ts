// Import cost of the corpus modules (the repository's own; micropython-lib is not part of the
// repository, see spec/tools/memory/import-cost.ts for it): each compiled once by mpyc, loaded
// from the same .mpy bytes by MicroPython's WebAssembly VM (live: about 50 ms a module) and by
// mpyc's VM, the cost read after a collection (the names the import interns for itself interned
// first, as a program's qstr table has them, by a driver module both VMs import: ours.ts
// costDriverSource). mpyc's VM is held to the total error it has today (the sum over modules of
// |mpyc - device|), so it can only improve; the goal is 0.

import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { buildLayout, layoutFiles } from "../tools/memory/mplib-layout.js";
import { COST_DRIVER, costDriverMpy, oursImportCost } from "../tools/memory/ours.js";
import { tempDir } from "../temp.js";

const CORPUS = path.join(import.meta.dirname, "..", "..", "corpus");
/**
 * Sum of |mpyc - device| over the 17 modules: 9056 before the loader's allocations were modelled,
 * 1296 since, 320 once names made qstrs at run time (hasattr, getattr, __import__ of a long name)
 * were interned and the loader's chunks modelled as not growing in place, 256 with the body's
 * bytecode kept by the object-table pointer, 112 with property and staticmethod objects counted,
 * 32 with built-in modules' floats in ROM. Since the reading is taken through a driver module
 * imported on both VMs (nothing compiled on the device, whose compiler's leftovers had decided
 * where the qstr pools and the module landed): 96, from `smallints` (+64) and `regressions` (+32);
 * 32 (`regressions`) once what the object-table pointer keeps was decided where the blocks landed
 * (runtime/DIFFERENCES.md); 0 once an int constant held as a JavaScript number was known as the
 * module's (`regressions`' `LIMIT = const(1 << 40)` was counted again when reached).
 */
const BASELINE_ERROR = 0;
/** Corpus modules that raise on import by design (they test errors), skipped on both sides. */
const RAISE_ON_IMPORT = ["fstring-lines", "optimized", "traceback"];

const root = tempDir("mpyc-corpus-cost-");

describe("import cost of the corpus modules", () => {
  it("the device's cost, measured live, and mpyc's compared with it", async () => {
    const layout = buildLayout(null, root, [CORPUS]);
    const files = layoutFiles(root);
    expect(layout.rejected).toEqual([]);
    let measured = 0;
    let error = 0;
    for (const module of layout.modules.filter((m) => !RAISE_ON_IMPORT.includes(m))) {
      const o = await MemoryOracle.load({ heapsize: 1024 * 1024 });
      o.mkdir("/lib");
      for (const [file, bytes] of files) o.writeFile(file, bytes);
      o.writeFile(`/lib/${COST_DRIVER}.mpy`, costDriverMpy(module));
      const device = o.importCostVia(COST_DRIVER, module);
      expect(device.error, module).toBeNull();
      expect(device.bytes, module).toBeGreaterThan(0);
      const ours = oursImportCost(module, { root });
      expect(ours.cost, `${module}: ${ours.output}`).not.toBeNull();
      measured++;
      error += Math.abs(ours.cost! - device.bytes);
    }
    console.log(`corpus import cost: total |mpyc - device| ${error} bytes over ${measured} modules`);
    expect(measured).toBe(17);
    expect(error).toBeLessThanOrEqual(BASELINE_ERROR);
  });
});
