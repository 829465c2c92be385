// Inline assembler functions against mpy-cross v1.27.0: each corpus/inline-asm program compiles to
// NAME.ARCH.mpy for the arches its `# mpyc-arches:` line names, its goldens disassemble as
// mpy-tool.py -d and freeze as mpy-tool.py --freeze, and the errors of inline-asm-errors.json
// (MicroPython's tests/inlineasm exec cases and more) are printed as mpy-cross prints them.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../bytecode/disasm.js";
import { readMpyFile } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import { compile, formatError } from "../../compiler/index.js";
import { freezeModules } from "../../freezer/freeze.js";
import { CORPUS_DIR } from "../corpus/programs.js";

const DIR = path.join(CORPUS_DIR, "inline-asm");
const programs = fs.readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
const read = (f: string) => fs.readFileSync(path.join(DIR, f));

function header(source: string, key: string): string[] {
  const m = new RegExp(`^# ${key}: (.*)$`, "m").exec(source);
  return m ? m[1]!.trim().split(/\s+/) : [];
}

describe("inline assembler byte identity", () => {
  it("has programs for every inline assembler", () => {
    const arches = new Set(programs.flatMap((f) => header(read(f).toString(), "mpyc-arches")));
    expect([...arches].sort()).toEqual(["armv6", "armv6m", "armv7em", "armv7emdp", "armv7emsp", "armv7m", "rv32imc", "xtensa"]);
  });

  for (const f of programs) {
    const source = read(f).toString();
    const zba = header(source, "mpyc-options").includes("-march-flags=zba");
    for (const arch of header(source, "mpyc-arches")) {
      it(`${f} -march=${arch}`, () => {
        const r = compile(source, { sourceName: f, arch, ...(zba ? { archFlags: 1 } : {}) });
        if (!r.ok) throw new Error(formatError(r.error, f, source));
        const mpy = zba ? writeMpy({ ...r.module, archFlags: 1 }) : r.mpy;
        expect(Buffer.from(mpy).equals(read(f.replace(/\.py$/, `.${arch}.mpy`)))).toBe(true);
      });
    }
  }

  it("says invalid arch where mpy-cross has no inline assembler", () => {
    const src = "@micropython.asm_xtensa\ndef f(a2):\n    nop()\n";
    for (const arch of ["x64", "x86", "xtensawin"]) {
      const r = compile(src, { arch });
      expect(!r.ok && r.error.message).toBe("invalid arch");
    }
    const none = compile(src, {});
    expect(!none.ok && none.error.message).toBe("invalid arch");
  });

  it("uses the target's assembler whichever asm decorator names it", () => {
    const src = "@micropython.asm_rv32\ndef f(r0):\n    nop()\n";
    const r = compile(src, { arch: "armv6m" });
    expect(r.ok).toBe(true);
  });
});

describe("inline assembler goldens in mpyc dis and freeze", () => {
  for (const f of fs.readdirSync(DIR).filter((n) => n.endsWith(".mpy")).sort()) {
    it(`${f} disassembles as mpy-tool.py -d`, () => {
      const bytes = new Uint8Array(read(f));
      const m = readMpyFile(bytes, { targetSmallIntBits: null });
      expect(disassemble(m, { mpySourceFile: f, header: bytes.subarray(0, 4) })).toBe(read(f.replace(/\.mpy$/, ".dis")).toString());
    });
  }

  const frozen: Record<string, string[]> = {
    "frozen.armv6.c": ["thumb.armv6.mpy"],
    "frozen.armv7m.c": ["thumb.armv7m.mpy", "thumb2.armv7m.mpy"],
    "frozen.xtensa.c": ["xtensa.xtensa.mpy"],
    "frozen.rv32imc.c": ["rv32.rv32imc.mpy"],
  };
  for (const [c, files] of Object.entries(frozen)) {
    it(`${c} matches mpy-tool.py --freeze`, () => {
      const inputs = files.map((f) => ({ module: readMpyFile(new Uint8Array(read(f)), { targetSmallIntBits: null }), mpyFile: f }));
      expect(freezeModules(inputs)).toBe(read(c).toString());
    });
  }
});

interface Case {
  readonly source: string;
  readonly march: string;
  readonly expected: string;
}

const cases = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "inline-asm-errors.json"), "utf8")) as Case[];

describe("inline assembler errors", () => {
  it("has cases for every assembler", () => {
    expect(new Set(cases.map((c) => c.march)).size).toBeGreaterThanOrEqual(5);
  });
  for (const [i, c] of cases.entries()) {
    it(`${i} ${c.march}: ${JSON.stringify(c.expected.trim().split("\n").pop())}`, () => {
      const r = compile(c.source, { sourceName: "x.py", arch: c.march });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(formatError(r.error, "x.py", c.source)).toBe(c.expected);
    });
  }

  it("refuses a label that moves between passes, where mpy-cross aborts on an assertion", () => {
    const src = "@micropython.asm_xtensa\ndef f(a2, a3):\n    label(loop)\n    beqz(a3, done)\n    j(loop)\n    label(done)\n";
    const r = compile(src, { arch: "xtensa" });
    expect(!r.ok && r.error.message).toMatch(/^label 'done' moved between passes/);
  });
});
