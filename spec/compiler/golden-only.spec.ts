// Byte identity for corpus/golden-only/ (sources with bytes that are not UTF-8, 63-bit small ints):
// compiled from the file's bytes, each equals the .mpy mpy-cross v1.27.0 wrote; and our reader
// reads that .mpy, raw-byte qstrs included, and writes it back unchanged.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readMpy } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import { compile } from "../../compiler/index.js";
import { GOLDEN_ONLY_DIR, goldenOnlyPrograms } from "./golden-only-programs.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("golden-only corpus: byte identity with mpy-cross v1.27.0", () => {
  for (const p of goldenOnlyPrograms()) {
    it(p.name, () => {
      const golden = new Uint8Array(fs.readFileSync(path.join(GOLDEN_ONLY_DIR, `${p.name}.mpy`)));
      const r = compile(p.source, p.options);
      if (!r.ok) throw new Error(`${p.name}: ${r.error.kind}: ${r.error.message}`);
      expect(hex(r.mpy)).toBe(hex(golden));
      expect(hex(writeMpy(readMpy(golden, { targetSmallIntBits: null })))).toBe(hex(golden));
    });
  }
});
