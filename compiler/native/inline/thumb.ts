// `@micropython.asm_thumb` functions (py/emitinlinethumb.c): each instruction call of the body ->
// Thumb machine code through the Thumb backend's encoder. Thumb-2 instructions are accepted from
// armv7m up, VFP instructions on armv7emsp and armv7emdp only, as mpy-cross decides per -march.

import type * as A from "../../front/ast.js";
import { ThumbAsm } from "../thumb.js";
import { InlineAsm, addrOf, argStr, hex, intOf, u32 } from "./common.js";

const REG_NAMES: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`r${i}`, i])),
  sl: 10, fp: 11, sp: 13, lr: 14, pc: 15,
};
const SPECIAL_REGS: Readonly<Record<string, number>> = { IPSR: 5, BASEPRI: 17 };
const CC: Readonly<Record<string, number>> = {
  eq: 0, ne: 1, cs: 2, cc: 3, mi: 4, pl: 5, vs: 6, vc: 7, hi: 8, ls: 9, ge: 10, lt: 11, gt: 12, le: 13,
};
const FORMAT_4: Readonly<Record<string, number>> = {
  and_: 0x4000, eor: 0x4040, lsl: 0x4080, lsr: 0x40c0, asr: 0x4100, adc: 0x4140, sbc: 0x4180, ror: 0x41c0,
  tst: 0x4200, neg: 0x4240, cmp: 0x4280, cmn: 0x42c0, orr: 0x4300, mul: 0x4340, bic: 0x4380, mvn: 0x43c0,
};
const FORMAT_3: Readonly<Record<string, number>> = { mov: 0x2000, cmp: 0x2800, add: 0x3000, sub: 0x3800 };
/** ldr/str and their byte and halfword forms (formats 9 and 10), with the offset mask and shift. */
const LOAD_STORE: Readonly<Record<string, readonly [number, number, number]>> = {
  ldr: [0x6800, 0x7c, 2], ldrb: [0x7800, 0x1f, 0], ldrh: [0x8800, 0x3e, 1],
  str: [0x6000, 0x7c, 2], strb: [0x7000, 0x1f, 0], strh: [0x8000, 0x3e, 1],
};
const VFP_ARITH: Readonly<Record<string, number>> = { add: 0x30, sub: 0x34, mul: 0x20, div: 0x80 };
const VFP_TWO: Readonly<Record<string, readonly [number, number]>> = {
  vcmp: [0xeeb4, 0x0ac0], vsqrt: [0xeeb1, 0x0ac0], vneg: [0xeeb1, 0x0a40], vcvt_f32_s32: [0xeeb8, 0x0ac0], vcvt_s32_f32: [0xeebd, 0x0ac0],
};

const ARCH_NUM: Readonly<Record<string, number>> = { armv6: 3, armv6m: 4, armv7m: 5, armv7em: 6, armv7emsp: 7, armv7emdp: 8 };

export class InlineThumb extends InlineAsm {
  readonly as: ThumbAsm;
  private readonly v7m: boolean;
  private readonly fpu: boolean;

  constructor(arch: string) {
    super();
    const n = ARCH_NUM[arch] ?? 0;
    this.v7m = n >= 5;
    this.fpu = n >= 7;
    this.as = new ThumbAsm(arch, this.v7m);
  }

  protected entry(): void {
    // Called from ARM state on armv6: an ARM prelude calls the Thumb code and returns (py/asmthumb.c).
    if (this.as.arch === "armv6") {
      for (const [lo, hi] of [[0x4010, 0xe92d], [0xe009, 0xe28f], [0xff3e, 0xe12f], [0x4010, 0xe8bd], [0xff1e, 0xe12f]]) this.as.op32(lo!, hi!);
    }
    this.as.entry(0);
  }
  protected exit(): void {
    this.as.exit();
  }

  countParams(params: readonly (A.Arg | null)[]): number {
    if (params.length > 4) {
      this.fail("can only have up to 4 parameters to Thumb assembly");
      return 0;
    }
    for (let i = 0; i < params.length; i++) {
      if (params[i]?.arg !== `r${i}`) {
        this.fail("parameters must be registers in sequence r0 to r3");
        return 0;
      }
    }
    return params.length;
  }

  private reg(op: string, e: A.Expr | undefined, max: number): number {
    const r = REG_NAMES[argStr(e)];
    if (r === undefined) {
      this.fail(`'${op}' expects a register`);
      return 0;
    }
    if (r > max) {
      this.fail(`'${op}' expects at most r${max}`);
      return 0;
    }
    return r;
  }

  private vfpReg(op: string, e: A.Expr | undefined): number {
    const s = argStr(e);
    if (/^s[0-9]+$/.test(s)) {
      const n = Number(s.slice(1));
      if (n > 31) {
        this.fail(`'${op}' expects at most r31`);
        return 0;
      }
      return n;
    }
    this.fail(`'${op}' expects an FPU register`);
    return 0;
  }

  private regList(op: string, e: A.Expr | undefined): number {
    const bad = () => {
      this.fail(`'${op}' expects {r0, r1, ...}`);
      return 0;
    };
    if (e?.kind !== "Set") return bad();
    if (e.elts.length === 1 && e.elts[0]!.kind !== "Name") return bad();
    let list = 0;
    for (const r of e.elts) list |= 1 << this.reg(op, r, 15);
    return list;
  }

  private int(op: string, e: A.Expr | undefined, fit: number): number {
    const v = intOf(e);
    if (v === null) {
      this.fail(`'${op}' expects an integer`);
      return 0;
    }
    const i = u32(v);
    if ((i & ~fit) >>> 0 !== 0) {
      this.fail(`'${op}' integer 0x${hex(i)} doesn't fit in mask 0x${hex(fit)}`);
      return 0;
    }
    return i;
  }

  private addr(op: string, e: A.Expr | undefined): [A.Expr, A.Expr] | null {
    const a = addrOf(e);
    if (!a) this.fail(`'${op}' expects an address of the form [a, b]`);
    return a;
  }

  private branch(op: string, e: A.Expr | undefined, code: (rel: number) => void, fits: (rel: number) => boolean): void {
    const label = this.labelArg(op, e);
    const rel = (this.as.labelOffset(label) ?? -1) - this.as.codePos - 4;
    code(rel);
    if (this.emitPass && !fits(rel)) this.fail("branch not in range");
  }

  op(name: string, args: readonly A.Expr[]): void {
    const n = args.length;
    const as = this.as;
    const unknown = () => this.fail(`unsupported Thumb instruction '${name}' with ${n} arguments`);
    if (this.fpu && name.startsWith("v")) return this.vfp(name, args, unknown);
    if (n === 0) {
      if (name === "nop") as.op16(0xbf00);
      else if (name === "wfi") as.op16(0xbf30);
      else unknown();
      return;
    }
    if (n === 1) return this.op1(name, args[0]!, unknown);
    if (n === 2) return this.op2(name, args[0]!, args[1]!, unknown);
    if (n === 3) return this.op3(name, args, unknown);
    unknown();
  }

  private op1(name: string, a: A.Expr, unknown: () => void): void {
    const as = this.as;
    if (name === "b") {
      this.branch(name, a, (rel) => as.op16(0xe000 | ((rel >> 1) & 0x07ff)), (rel) => fits(rel, 12));
    } else if (name === "bl") {
      this.branch(name, a, (rel) => as.op32(0xf000 | ((rel >> 12) & 0x07ff), 0xf800 | ((rel >> 1) & 0x07ff)), (rel) => fits(rel, 23));
    } else if (name === "bx") {
      as.op16(0x4700 | (this.reg(name, a, 15) << 3));
    } else if (name[0] === "b" && (name.length === 3 || (name.length === 5 && name[3] === "_" && (name[4] === "n" || (this.v7m && name[4] === "w"))))) {
      const cc = CC[name.slice(1, 3)];
      if (cc === undefined) return unknown();
      if (name[4] === "w") {
        this.branch(name, a, (rel) => as.op32(
          0xf000 | (cc << 6) | ((rel >> 10) & 0x0400) | ((rel >> 12) & 0x003f),
          0x8000 | ((rel >> 5) & 0x2000) | ((rel >> 8) & 0x0800) | ((rel >> 1) & 0x07ff)), () => true);
      } else {
        this.branch(name, a, (rel) => as.op16(0xd000 | (cc << 8) | ((rel >> 1) & 0xff)), (rel) => fits(rel, 9));
      }
    } else if (this.v7m && name.startsWith("it")) {
      const arg = argStr(a);
      const cc = arg.length === 2 ? CC[arg] : undefined;
      if (cc === undefined || name.length > 5) return unknown();
      let mask = 8;
      for (let i = name.length - 1; i >= 2; i--) {
        mask >>= 1;
        if (name[i] === "t") mask |= (cc & 1) << 3;
        else if (name[i] === "e") mask |= (~cc & 1) << 3;
        else return unknown();
      }
      as.op16(0xbf00 | (cc << 4) | mask);
    } else if (name === "cpsid") {
      as.op16(0xb672);
    } else if (name === "cpsie") {
      as.op16(0xb662);
    } else if (name === "push" || name === "pop") {
      const list = this.regList(name, a);
      const push = name === "push";
      if ((list & (push ? 0xbf00 : 0x7f00)) === 0) {
        if ((list & (1 << (push ? 14 : 15))) === 0) as.op16((push ? 0xb400 : 0xbc00) | list);
        else as.op16((push ? 0xb500 : 0xbd00) | (list & 0xff));
      } else {
        if (!this.v7m) return unknown();
        as.op32(push ? 0xe92d : 0xe8bd, list);
      }
    } else {
      unknown();
    }
  }

  private op2(name: string, a: A.Expr, b: A.Expr, unknown: () => void): void {
    const as = this.as;
    if (b.kind === "Name") {
      if (name === "mov") {
        const d = this.reg(name, a, 15);
        const s = this.reg(name, b, 15);
        as.movRegReg(d, s);
      } else if (this.v7m && (name === "clz" || name === "rbit")) {
        const [hi, lo] = name === "clz" ? [0xfab0, 0xf080] : [0xfa90, 0xf0a0];
        const rd = this.reg(name, a, 15);
        const rm = this.reg(name, b, 15);
        as.op32(hi | rm, lo | (rd << 8) | rm);
      } else if (this.v7m && name === "mrs") {
        const rd = this.reg(name, a, 12);
        const sr = SPECIAL_REGS[argStr(b)];
        if (sr === undefined) this.fail(`'${name}' expects a special register`);
        as.op32(0xf3ef, 0x8000 | (rd << 8) | (sr ?? 0));
      } else {
        const code = FORMAT_4[name];
        if (code === undefined) return unknown();
        const d = this.reg(name, a, 7);
        const s = this.reg(name, b, 7);
        as.op16(code | (s << 3) | d);
      }
      return;
    }
    const f3 = FORMAT_3[name];
    if (f3 !== undefined) {
      const r = this.reg(name, a, 7);
      const i8 = this.int(name, b, 0xff);
      as.op16(f3 | (r << 8) | i8);
    } else if (this.v7m && (name === "movw" || name === "movt")) {
      const r = this.reg(name, a, 15);
      this.movI16(name === "movw" ? 0xf240 : 0xf2c0, r, this.int(name, b, 0xffff));
    } else if (this.v7m && name === "movwt") {
      const r = this.reg(name, a, 15);
      const i = this.int(name, b, 0xffffffff);
      this.movI16(0xf240, r, i & 0xffff);
      this.movI16(0xf2c0, r, (i >>> 16) & 0xffff);
    } else if (this.v7m && name === "ldrex") {
      const rd = this.reg(name, a, 15);
      const ad = this.addr(name, b);
      if (ad) {
        const base = this.reg(name, ad[0], 15);
        const i8 = this.int(name, ad[1], 0xff) >> 2;
        as.op32(0xe850 | base, 0x0f00 | (rd << 12) | i8);
      }
    } else {
      const ls = LOAD_STORE[name];
      if (!ls) return unknown();
      const rd = this.reg(name, a, 7);
      const ad = this.addr(name, b);
      if (!ad) return unknown();
      const base = this.reg(name, ad[0], 7);
      const off = this.int(name, ad[1], ls[1]) >>> ls[2];
      as.op16(ls[0] | ((off << 6) & 0x07c0) | (base << 3) | rd);
    }
  }

  private movI16(op: number, r: number, i16: number): void {
    this.as.op32(op | ((i16 >> 1) & 0x0400) | ((i16 >> 12) & 0xf), ((i16 << 4) & 0x7000) | (r << 8) | (i16 & 0xff));
  }

  private op3(name: string, args: readonly A.Expr[], unknown: () => void): void {
    const as = this.as;
    const [a, b, c] = args as [A.Expr, A.Expr, A.Expr];
    const shifts: Record<string, number> = { lsl: 0x0000, lsr: 0x0800, asr: 0x1000 };
    if (shifts[name] !== undefined) {
      const d = this.reg(name, a, 7);
      const s = this.reg(name, b, 7);
      const i5 = this.int(name, c, 0x1f);
      as.op16(shifts[name]! | (i5 << 6) | (s << 3) | d);
    } else if (name === "add" || name === "sub") {
      let code = name === "add" ? 0x1800 : 0x1a00;
      const d = this.reg(name, a, 7);
      const s = this.reg(name, b, 7);
      let src: number;
      if (c.kind === "Name") src = this.reg(name, c, 7);
      else {
        code |= 0x0400;
        src = this.int(name, c, 0x7);
      }
      as.op16(code | (src << 6) | (s << 3) | d);
    } else if (this.v7m && (name === "sdiv" || name === "udiv")) {
      const rd = this.reg(name, a, 15);
      const rn = this.reg(name, b, 15);
      const rm = this.reg(name, c, 15);
      as.op32((name === "sdiv" ? 0xfb90 : 0xfbb0) | rn, 0xf0f0 | (rd << 8) | rm);
    } else if (this.v7m && name === "strex") {
      const rd = this.reg(name, a, 15);
      const rs = this.reg(name, b, 15);
      const ad = this.addr(name, c);
      if (ad) {
        const base = this.reg(name, ad[0], 15);
        const i8 = this.int(name, ad[1], 0xff) >> 2;
        as.op32(0xe840 | base, (rs << 12) | (rd << 8) | i8);
      }
    } else {
      unknown();
    }
  }

  private vfp(name: string, args: readonly A.Expr[], unknown: () => void): void {
    const as = this.as;
    if (args.length === 2) {
      const [a, b] = args as [A.Expr, A.Expr];
      const two = VFP_TWO[name];
      if (two) {
        const vd = this.vfpReg(name, a);
        const vm = this.vfpReg(name, b);
        as.op32(two[0] | ((vd & 1) << 6), two[1] | ((vd & 0x1e) << 11) | ((vm & 1) << 5) | ((vm & 0x1e) >> 1));
      } else if (name === "vmrs") {
        const rd = argStr(a) === "APSR_nzcv" ? 15 : this.reg(name, a, 15);
        if (argStr(b) === "FPSCR") as.op32(0xeef1, 0x0a10 | (rd << 12));
        else unknown();
      } else if (name === "vmov") {
        let hi = 0xee00;
        let r: number;
        let vm: number;
        if (argStr(a)[0] === "r") {
          r = this.reg(name, a, 15);
          vm = this.vfpReg(name, b);
          hi |= 0x10;
        } else {
          vm = this.vfpReg(name, a);
          r = this.reg(name, b, 15);
        }
        as.op32(hi | ((vm & 0x1e) >> 1), 0x0a10 | (r << 12) | ((vm & 1) << 7));
      } else if (name === "vldr" || name === "vstr") {
        const vd = this.vfpReg(name, a);
        const ad = this.addr(name, b);
        if (ad) {
          const base = this.reg(name, ad[0], 7);
          const i8 = this.int(name, ad[1], 0x3fc) >> 2;
          as.op32((name === "vldr" ? 0xed90 : 0xed80) | base | ((vd & 1) << 6), 0x0a00 | ((vd & 0x1e) << 11) | i8);
        }
      } else {
        unknown();
      }
      return;
    }
    const code = name.length === 4 ? VFP_ARITH[name.slice(1)] : undefined;
    if (args.length !== 3 || code === undefined) return unknown();
    const vd = this.vfpReg(name, args[0]);
    const vn = this.vfpReg(name, args[1]);
    const vm = this.vfpReg(name, args[2]);
    as.op32(0xee00 | (code & 0xf0) | ((vd & 1) << 6) | (vn >> 1),
      0x0a00 | ((code & 0x0f) << 4) | (vm >> 1) | ((vm & 1) << 5) | ((vd & 0x1e) << 11) | ((vn & 1) << 7));
  }
}

/** MicroPython's SIGNED_FITn: the value fits in n bits, two's complement. */
function fits(v: number, bits: number): boolean {
  const m = -(2 ** (bits - 1));
  return v >= m && v < -m;
}
