// The .mpy reader: it reads back every reference file exactly, and any damaged file either reads
// cleanly or fails with an MpyFormatError, quickly, never with another exception.

import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../bytecode/disasm.js";
import { MpyFormatError, readMpy } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import { CORPUS_DIR, corpusPrograms } from "../corpus/programs.js";

const goldens = corpusPrograms().map((p) => ({ name: p.name, bytes: new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.mpy`))) }));

function readsCleanly(bytes: Uint8Array): void {
  try {
    readMpy(bytes);
  } catch (e) {
    if (!(e instanceof MpyFormatError)) throw e;
  }
}

describe("readMpy", () => {
  for (const g of goldens) {
    it(`reads and rewrites ${g.name}.mpy byte for byte`, () => {
      const m = readMpy(g.bytes);
      expect(Buffer.from(writeMpy(m)).equals(Buffer.from(g.bytes))).toBe(true);
      expect(disassemble(m)).toContain("simple_name: <module>");
    });
  }

  it("rejects a bad header with MicroPython's message", () => {
    const b = goldens[0]!.bytes.slice();
    for (const [i, v] of [[0, 0x4e], [1, 5], [3, 63]] as const) {
      const bad = b.slice();
      bad[i] = v;
      expect(() => readMpy(bad)).toThrow("incompatible .mpy file");
    }
    const native = b.slice();
    native[2] = (0x0b << 2) | 3;
    expect(() => readMpy(native)).toThrow("native code in .mpy unsupported");
    native[2] = 0x0b << 2;
    expect(() => readMpy(native)).toThrow("incompatible .mpy file");
  });

  it("rejects every truncation of every reference file cleanly", () => {
    for (const g of goldens) {
      for (let n = 0; n < g.bytes.length; n++) expect(() => readMpy(g.bytes.subarray(0, n))).toThrow(MpyFormatError);
    }
  });

  it("survives every single-byte substitution (00, ff, 7f, 80, +1) of a reference file", () => {
    const g = goldens.find((x) => x.name === "functions")!;
    for (let i = 0; i < g.bytes.length; i++) {
      for (const f of [() => 0, () => 0xff, () => 0x7f, () => 0x80, (v: number) => (v + 1) & 0xff]) {
        const bad = g.bytes.slice();
        bad[i] = f(bad[i]!);
        readsCleanly(bad);
      }
    }
  });

  it("survives random mutations, insertions and deletions", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...goldens),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "delete")), { minLength: 1, maxLength: 8 }),
        (g, edits) => {
          let b = Array.from(g.bytes);
          for (const [pos, v, how] of edits) {
            const i = pos % (b.length + 1);
            if (how === "set" && i < b.length) b[i] = v;
            else if (how === "insert") b.splice(i, 0, v);
            else if (how === "delete") b.splice(i, 1);
          }
          readsCleanly(Uint8Array.from(b));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("rejects huge counts without allocating for them", () => {
    const b = Uint8Array.from([0x4d, 6, 0, 31, 0xff, 0xff, 0xff, 0xff, 0x07, 0x00]);
    expect(() => readMpy(b)).toThrow(MpyFormatError);
  });
});
