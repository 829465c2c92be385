// uctypes (runtime/modules/uctypes*.ts) against MicroPython v1.27.0: each program's output as
// the WebAssembly VM prints it, checked live as well.

import { describe, expect, it } from "vitest";
import { bothPrint } from "../vm-modules/run.js";
import { LAYOUT_PROGRAMS } from "./layout-programs.js";
import { OBJECT_PROGRAMS } from "./object-programs.js";

describe("uctypes agrees with the MicroPython VM", () => {
  for (const [name, [src, expected]] of Object.entries({ ...LAYOUT_PROGRAMS, ...OBJECT_PROGRAMS })) {
    it(name, async () => {
      const { ours, oracle } = await bothPrint(src);
      expect(oracle).toBe(expected);
      expect(ours).toBe(expected);
    });
  }
});
