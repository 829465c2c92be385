// The format layer on machine code: .mpy files mpy-cross -march=x64 wrote (corpus/native/) are read,
// validated, written back to the same bytes and disassembled as mpy-tool.py -d prints them; a
// bytecode-only reader refuses them with MicroPython's message.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../bytecode/disasm.js";
import { MpyFormatError, readMpy, readMpyFile, validateModule } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import { HostError } from "../../runtime/lib/host-error.js";
import { loadMpy } from "../../runtime/vm/loader.js";
import { CORPUS_DIR } from "../corpus/programs.js";

const NATIVE_DIR = path.join(CORPUS_DIR, "native");
const goldens = fs.readdirSync(NATIVE_DIR).filter((f) => f.endsWith(".x64.mpy")).sort();

describe("native raw code in the format layer", () => {
  it("has goldens to check", () => {
    expect(goldens.length).toBeGreaterThanOrEqual(3);
  });

  for (const f of goldens) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(NATIVE_DIR, f)));

    it(`${f}: reads, validates and writes back the same bytes`, () => {
      const m = readMpyFile(bytes);
      expect(m.arch).toBe(2);
      validateModule(m);
      expect(Buffer.from(writeMpy(m)).equals(Buffer.from(bytes))).toBe(true);
    });

    it(`${f}: disassembles as mpy-tool.py -d`, () => {
      const m = readMpyFile(bytes);
      const expected = fs.readFileSync(path.join(NATIVE_DIR, f.replace(/\.mpy$/, ".dis")), "utf8");
      expect(disassemble(m, { mpySourceFile: f, header: bytes.subarray(0, 4) })).toBe(expected);
    });

    it(`${f}: a bytecode-only reader refuses it as MicroPython does`, () => {
      expect(() => readMpy(bytes)).toThrow(new MpyFormatError("native code in .mpy unsupported"));
    });

    it(`${f}: the VM's loader refuses it with MicroPython's ValueError`, () => {
      expect(() => loadMpy(bytes)).toThrow(new HostError("ValueError", "native code in .mpy unsupported"));
    });

    it(`${f}: every truncation is a format error`, () => {
      for (let n = 0; n < bytes.length; n += Math.max(1, Math.floor(bytes.length / 97))) {
        expect(() => readMpyFile(bytes.subarray(0, n)), `cut at ${n}`).toThrow(MpyFormatError);
      }
    });
  }

  it("keeps each raw code's kind and its tail", () => {
    const m = readMpyFile(new Uint8Array(fs.readFileSync(path.join(NATIVE_DIR, "viper.x64.mpy"))));
    expect(m.consts[0]).toEqual({ kind: "funTable" });
    const kinds = m.root.children.map((c) => c.kind);
    expect(kinds.filter((k) => k === "viper").length).toBe(7);
    const v = m.root.children.find((c) => c.kind === "viper")!;
    expect(v).toMatchObject({ scopeFlags: 0 });
  });

  it("refuses mp_fun_table inside a constant tuple", () => {
    // header x64, 1 qstr ("a"), 1 object: a tuple holding the fun table.
    const bad = Uint8Array.from([0x4d, 6, 0x0b, 31, 1, 1, 2, 0x61, 0, 10, 1, 0]);
    expect(() => readMpyFile(bad)).toThrow(/mp_fun_table inside a constant tuple/);
  });
});
