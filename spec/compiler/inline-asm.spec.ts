// Inline assembler functions against mpy-cross v1.27.0: each corpus/inline-asm program compiles to
// NAME.ARCH.mpy for the arches its `# mpyc-arches:` line names, its goldens disassemble as
// mpy-tool.py -d and freeze as mpy-tool.py --freeze, and the errors of inline-asm-errors.json
// (MicroPython's tests/inlineasm exec cases and more) are printed as mpy-cross prints them.

import * as fs from "node:fs";
import * as path from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disassemble } from "../../bytecode/disasm.js";
import { readMpyFile } from "../../bytecode/mpy-read.js";
import { CompileError } from "../../compiler/front/diagnostics.js";
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
        // -march-flags are in the header compile() writes, as in mpy-cross's.
        expect(Buffer.from(r.mpy).equals(read(f.replace(/\.py$/, `.${arch}.mpy`)))).toBe(true);
      });
    }
  }

  it("says invalid arch where mpy-cross has no inline assembler", () => {
    const src = "@micropython.asm_xtensa\ndef f(a2):\n    nop()\n";
    // debug too, where mpy-cross fails with an absurd MemoryError instead (compiler/DIFFERENCES.md).
    for (const arch of ["x64", "x86", "xtensawin", "debug"]) {
      const r = compile(src, { arch });
      expect(!r.ok && r.error.message).toBe("invalid arch");
    }
    const none = compile(src, {});
    expect(!none.ok && none.error.message).toBe("invalid arch");
  });

  it("rounds align() and pads data() as mpy-cross does, past powers of two and eight bytes", () => {
    const src = "@micropython.asm_thumb\ndef f():\n    data(1, 1)\n    align(3)\n    data(1, 2)\n    data(10, -1)\n";
    const r = compile(src, { sourceName: "x.py", arch: "armv7m" });
    expect(r.ok && Buffer.from(r.mpy).toString("hex")).toBe("4d06171f030008782e7079000f0266004c000201320016025163018113f2b501000002ffffffffffffffff0000f2bd000002");
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

/** Operands of every shape the three assemblers read: registers, ints, labels, addresses, lists. */
const operand = fc.oneof(
  fc.constantFrom("r0", "r7", "r8", "pc", "sp", "lr", "s0", "s31", "s32", "a0", "a2", "a15", "x31", "zero", "t6", "l1", "l2", "IPSR", "FPSCR", "eq", "gt"),
  fc.integer({ min: -70000, max: 70000 }).map(String),
  fc.constantFrom("0xffffffff", "-1", "2**40", "[r0, 4]", "[r1]", "{r0, r1, lr}", "{r9}", "{}", "4(a1)", "-8(sp)", "+4(a0)", "x(a0)", "1.5", "'s'", "(r0)"),
);
const mnemonic = fc.constantFrom(
  "nop", "mov", "add", "sub", "cmp", "b", "beq", "bne_w", "bl", "bx", "ldr", "strb", "ldrh", "push", "pop", "it", "ite", "movwt", "sdiv", "clz", "vadd", "vldr", "vmov", "vcmp", "mrs",
  "movi", "movi_n", "l32i", "s32i_n", "addmi", "addi_n", "bbci", "beqz", "j", "call0", "l32r", "slli", "ret_n", "nsau",
  "li", "la", "lw", "sw", "c_lw", "c_addi", "c_lui", "c_j", "c_beqz", "jal", "auipc", "csrrwi", "sh1add", "c_srai", "mv",
  "label", "align", "data", "frob",
);
const instruction = fc.tuple(mnemonic, fc.array(operand, { maxLength: 4 })).map(([m, args]) => `    ${m}(${args.join(", ")})`);
const body = fc.array(fc.oneof({ weight: 5, arbitrary: instruction }, { weight: 1, arbitrary: fc.constantFrom("    label(l1)", "    label(l2)", "    pass", "    x = 1") }), { minLength: 1, maxLength: 12 });

describe("inline assembler on random bodies", () => {
  for (const [decorator, params, arch] of [["thumb", "r0, r1", "armv6m"], ["thumb", "r0", "armv7emsp"], ["xtensa", "a2, a3", "xtensa"], ["rv32", "a0", "rv32imc"]] as const) {
    it(`compiles or reports a user error (${arch})`, () => {
      fc.assert(fc.property(body, (lines) => {
        const src = `@micropython.asm_${decorator}\ndef f(${params}):\n${lines.join("\n")}\n`;
        const r = compile(src, { arch });
        if (!r.ok) expect(r.error).toBeInstanceOf(CompileError);
      }), { numRuns: 300, seed: 14 });
    });
  }
});
