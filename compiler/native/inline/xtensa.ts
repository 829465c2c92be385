// `@micropython.asm_xtensa` functions (py/emitinlinextensa.c) for -march=xtensa: each instruction
// call -> Xtensa machine code through the Xtensa backend, constants of movi in its literal table.
// mpy-cross is built without the uncommon opcodes (MICROPY_EMIT_INLINE_XTENSA_UNCOMMON_OPCODES).

import type * as A from "../../front/ast.js";
import { XtensaAsm, call, ri16, ri7, rri8, rrr, rrrn } from "../xtensa.js";
import { CompileError } from "../../front/diagnostics.js";
import { InlineAsm, argStr, intOf, u32 } from "./common.js";

/** SIGNED_FITn on the low 32 bits. */
const fits = (x: number, bits: number) => {
  const m = (x | 0) >> (bits - 1);
  return m === 0 || m === -1;
};

const RRR = 0, RRI8 = 1, RRI8_B = 2;
/** Three-operand instructions: type (the high nibble of RRI8 gives the immediate's range), a0, a1. */
const THREE: Readonly<Record<string, readonly [number, number, number]>> = {
  and_: [RRR, 0, 1], or_: [RRR, 0, 2], xor: [RRR, 0, 3], add: [RRR, 0, 8], sub: [RRR, 0, 12], mull: [RRR, 2, 8],
  addx2: [RRR, 0, 9], addx4: [RRR, 0, 10], addx8: [RRR, 0, 11], subx2: [RRR, 0, 13], subx4: [RRR, 0, 14], subx8: [RRR, 0, 15], src: [RRR, 1, 8],
  l8ui: [RRI8 | 0x10, 2, 0], l16ui: [RRI8 | 0x30, 2, 1], l32i: [RRI8 | 0x50, 2, 2], s8i: [RRI8 | 0x10, 2, 4],
  s16i: [RRI8 | 0x30, 2, 5], s32i: [RRI8 | 0x50, 2, 6], l16si: [RRI8 | 0x30, 2, 9], addi: [RRI8, 2, 12],
  ball: [RRI8_B, 4, 0], bany: [RRI8_B, 8, 0], bbc: [RRI8_B, 5, 0], bbs: [RRI8_B, 13, 0], beq: [RRI8_B, 1, 0], bge: [RRI8_B, 10, 0],
  bgeu: [RRI8_B, 11, 0], blt: [RRI8_B, 2, 0], bltu: [RRI8_B, 3, 0], bnall: [RRI8_B, 12, 0], bne: [RRI8_B, 9, 0], bnone: [RRI8_B, 0, 0],
};
const BCCZ = ["beqz", "bnez", "bltz", "bgez", "beqz_n", "bnez_n"];
/** Two-register instructions as rrr(op0, op1, op2, r, s, t) of (a, b). */
const TWO_REG: Readonly<Record<string, (a: number, b: number) => number>> = {
  abs_: (a, b) => rrr(0, 0, 6, a, 1, b), neg: (a, b) => rrr(0, 0, 6, a, 0, b), sll: (a, b) => rrr(0, 1, 10, a, b, 0),
  sra: (a, b) => rrr(0, 1, 11, a, 0, b), srl: (a, b) => rrr(0, 1, 9, a, 0, b), nsa: (a, b) => rrr(0, 0, 4, 14, b, a),
  nsau: (a, b) => rrr(0, 0, 4, 15, b, a),
};

export class InlineXtensa extends InlineAsm {
  readonly as = new XtensaAsm(false);
  override readonly sizingPasses = 2;

  protected entry(): void {
    this.as.entry(0);
  }
  protected exit(): void {
    this.as.exit();
    this.as.endPass();
  }

  countParams(params: readonly (A.Arg | null)[]): number {
    if (params.length > 4) {
      this.fail("can only have up to 4 parameters to Xtensa assembly");
      return 0;
    }
    for (let i = 0; i < params.length; i++) {
      if (params[i]?.arg !== `a${i + 2}`) {
        this.fail("parameters must be registers in sequence a2 to a5");
        return 0;
      }
    }
    return params.length;
  }

  private reg(op: string, e: A.Expr | undefined): number {
    const m = /^a([0-9]|1[0-5])$/.exec(argStr(e));
    if (!m) {
      this.fail(`'${op}' expects a register`);
      return 0;
    }
    return Number(m[1]);
  }

  private int(op: string, e: A.Expr | undefined, min: number, max: number): number {
    const v = intOf(e);
    if (v === null) {
      this.fail(`'${op}' expects an integer`);
      return 0;
    }
    const i = u32(v);
    if (min !== max && ((i | 0) < min || (i | 0) > max)) {
      this.fail(`'${op}' integer ${i | 0} isn't within range ${min}..${max}`);
      return 0;
    }
    return i;
  }

  private dest(label: number): number {
    return this.as.labelOffset(label) ?? 0xffffffff;
  }

  /** The assembler's own checks raise at once, in the emit pass (mp_raise_msg_varg in py/asmxtensa.c). */
  private check(ok: boolean, message: string): void {
    if (this.emitPass && !ok) throw new CompileError("inlineAsmXtensaRange", 0, null, `ERROR: ${message}`);
  }

  /** A conditional branch: short backwards when it fits, else an inverted branch over a jump. */
  private branchCheck(label: number, shortBits: number, what: string): void {
    const known = this.as.labelOffset(label) !== undefined;
    const rel = (this.dest(label) - this.as.codePos - 4) | 0;
    if (known && rel < 0 && fits(rel, shortBits)) return;
    this.check(fits(rel - 6, 18), `xtensa ${what} out of range`);
  }

  /** call0 and l32r need word-aligned targets and places. */
  private alignCheck(op: string, dest: number, rel: number): void {
    this.check((dest & 3) === 0, `${op} target not word-aligned`);
    this.check((rel & 3) === 0, `${op} location not word-aligned`);
  }

  op(name: string, args: readonly A.Expr[]): void {
    const as = this.as;
    const n = args.length;
    const unknown = () => this.fail(`unsupported Xtensa instruction '${name}' with ${n} arguments`);
    if (n === 0) {
      if (name === "ret_n" || name === "ret") as.op16(rrrn(13, 15, 0, 0));
      else if (name === "nop") as.op24(0x20f0);
      else if (name === "nop_n") as.op16(0xf03d);
      else unknown();
    } else if (n === 1) {
      const a = args[0];
      if (name === "callx0") as.op24(((this.reg(name, a) << 8) | (3 << 6)) >>> 0);
      else if (name === "j") as.jump(this.labelArg(name, a));
      else if (name === "jx") as.op24((this.reg(name, a) << 8) | (2 << 6) | (2 << 4));
      else if (name === "ssl") as.op24(rrr(0, 0, 4, 1, this.reg(name, a), 0));
      else if (name === "ssr") as.op24(rrr(0, 0, 4, 0, this.reg(name, a), 0));
      else if (name === "ssai") {
        const sa = this.int(name, a, 0, 31);
        as.op24(rrr(0, 0, 4, 4, sa & 0x0f, (sa >> 4) & 0x01));
      } else if (name === "ssa8b") as.op24(rrr(0, 0, 4, 3, this.reg(name, a), 0));
      else if (name === "ssa8l") as.op24(rrr(0, 0, 4, 2, this.reg(name, a), 0));
      else if (name === "call0") {
        const label = this.labelArg(name, a);
        const dest = this.dest(label);
        const rel = (dest - as.codePos - 3) | 0;
        this.alignCheck(name, dest, rel);
        this.check(fits(rel, 18), `xtensa ${name} out of range`);
        as.op24(call(5, 0, rel & 0x3ffff));
      } else unknown();
    } else if (n === 2) {
      const r0 = this.reg(name, args[0]);
      const b = args[1];
      const z = BCCZ.indexOf(name);
      if (z >= 0) {
        const label = this.labelArg(name, b);
        this.branchCheck(label, 12, "bccz");
        as.bcczLabel(z & 3, r0, label);
      } else if (name === "mov" || name === "mov_n") {
        as.op16(rrrn(13, 0, this.reg(name, b), r0));
      } else if (name === "movi") {
        as.movRegI32(r0, this.int(name, b, 0, 0));
      } else if (TWO_REG[name]) {
        as.op24(TWO_REG[name]!(r0, this.reg(name, b)));
      } else if (name === "l32r") {
        const label = this.labelArg(name, b);
        const dest = this.dest(label);
        const rel = (dest - as.codePos) | 0;
        this.alignCheck(name, dest, rel);
        this.check(fits(rel, 18) && rel < 0, `xtensa ${name} out of range`);
        as.op24(ri16(1, r0, (((dest - ((as.codePos + 3) & ~3)) >>> 0) >>> 2) & 0xffff));
      } else if (name === "movi_n") {
        as.op16(ri7(12, r0, this.int(name, b, -32, 95) | 0));
      } else {
        unknown();
      }
    } else if (n === 3) {
      this.op3(name, args, unknown);
    } else {
      unknown();
    }
  }

  private op3(name: string, args: readonly A.Expr[], unknown: () => void): void {
    const as = this.as;
    const [a, b, c] = args;
    const t = THREE[name];
    if (t) {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      if (t[0] === RRR) {
        as.op24(rrr(0, t[1], t[2], r0, r1, this.reg(name, c)));
      } else if (t[0] === RRI8_B) {
        const label = this.labelArg(name, c);
        this.branchCheck(label, 8, "bcc");
        as.bccLabel(t[1], r0, r1, label);
      } else {
        const shift = (t[0] & 0xf0) === 0 ? 0 : (t[0] & 0xf0) >> 5;
        const [min, max] = (t[0] & 0xf0) === 0 ? [-128, 127] : [0, 0xff << shift];
        const imm = this.int(name, c, min, max);
        as.op24(rri8(t[1], t[2], r1, r0, (imm >>> shift) & 0xff));
      }
      return;
    }
    if (name === "add_n") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      as.op16(rrrn(10, r0, r1, this.reg(name, c)));
    } else if (name === "addi_n") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const imm4 = this.int(name, c, -1, 15) | 0;
      // C shifts the -1 over the other fields, as mpy-cross does.
      as.op16(rrrn(11, r0, r1, imm4 !== 0 ? imm4 : -1));
    } else if (name === "addmi") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const imm8 = this.int(name, c, -128 * 256, 127 * 256) | 0;
      if ((imm8 & 0xff) !== 0) this.fail(`${imm8} is not a multiple of 256`);
      else as.op24(rri8(2, 13, r1, r0, (imm8 >> 8) & 0xff));
    } else if (name === "bbci" || name === "bbsi") {
      const r0 = this.reg(name, a);
      const bit = this.int(name, b, 0, 31);
      const label = this.labelArg(name, c);
      const rel = (this.dest(label) - as.codePos - 4) | 0;
      this.check(fits(rel, 8), "xtensa bit_branch out of range");
      const cond = name === "bbci" ? 6 : 14;
      as.op24(rri8(7, cond | ((bit >> 4) & 1), r0, bit & 0x0f, rel & 0xff));
    } else if (name === "slli") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const bits = (32 - this.int(name, c, 1, 31)) >>> 0;
      as.op24(rrr(0, 1, (bits >> 4) & 1, r0, r1, bits & 0x0f));
    } else if (name === "srai") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const bits = this.int(name, c, 0, 31);
      as.op24(rrr(0, 1, 2 | ((bits >> 4) & 1), r0, bits & 0x0f, r1));
    } else if (name === "srli") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const bits = this.int(name, c, 0, 15);
      as.op24(rrr(0, 1, 4, r0, bits, r1));
    } else if (name === "l32i_n" || name === "s32i_n") {
      const r0 = this.reg(name, a);
      const r1 = this.reg(name, b);
      const imm = this.int(name, c, 0, 60);
      if ((imm & 3) !== 0) this.fail(`${imm} is not a multiple of 4`);
      else as.op16(rrrn(name === "l32i_n" ? 8 : 9, (imm >> 2) & 0xf, r1, r0));
    } else {
      unknown();
    }
  }
}
