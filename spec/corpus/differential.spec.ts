// Differential: our .mpy imported on the real MicroPython VM (WebAssembly) prints exactly what the
// VM prints when it compiles the same source itself, which is the committed NAME.out.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { runMpy, runSource } from "../oracle/micropython.js";
import { CORPUS_DIR, corpusPrograms } from "./programs.js";

describe("corpus on the MicroPython WebAssembly VM", () => {
  for (const p of corpusPrograms()) {
    it(p.name, async () => {
      const expected = fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.out`), "utf8");
      const r = compile(p.source, p.options);
      if (!r.ok) throw new Error(`${p.name}: ${r.error.message}`);
      expect((await runMpy(r.mpy)).output).toBe(expected);
      if (p.flags.length === 0) {
        // The golden itself is what the VM prints for the source.
        expect((await runSource(p.source, `${p.name}.py`)).output).toBe(expected);
      }
    });
  }
});
