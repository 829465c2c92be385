// The Thumb backend (py/asmthumb.c, py/asmthumb.h, py/emitnthumb.c) for armv6m (Thumb-1 only) and
// armv7m, armv7em, armv7emsp, armv7emdp (Thumb-2: movw/movt, wide branches, IT blocks), with the
// instruction choices and branch sizing MicroPython's assembler makes.

import { CompileError } from "../diagnostics.js";
import { AsmBase, type NativeAsm, type NativeRegs } from "./asm.js";

const R0 = 0, R1 = 1, R3 = 3, R4 = 4, R7 = 7, SP = 13, PC = 15;
const REGS: NativeRegs = { RET: R0, ARG_1: R0, ARG_2: R1, ARG_3: 2, ARG_4: R3, TEMP0: R0, TEMP1: R1, TEMP2: 2, LOCAL_1: R4, LOCAL_2: 5, LOCAL_3: 6, FUN_TABLE: R7 };

const CC = { EQ: 0x0, NE: 0x1, CS: 0x2, CC: 0x3, HI: 0x8, LS: 0x9, GE: 0xa, LT: 0xb, GT: 0xc, LE: 0xd } as const;
const SETCC_CC = [CC.CC, CC.HI, CC.EQ, CC.LS, CC.CS, CC.NE, CC.LT, CC.GT, CC.EQ, CC.LE, CC.GE, CC.NE];
const ITE: Record<number, number> = { [CC.EQ]: 0xbf0c, [CC.NE]: 0xbf14, [CC.CS]: 0xbf2c, [CC.CC]: 0xbf34, [CC.HI]: 0xbf8c, [CC.LS]: 0xbf94, [CC.GE]: 0xbfac, [CC.LT]: 0xbfb4, [CC.GT]: 0xbfcc, [CC.LE]: 0xbfd4 };
const NOP = 0xbf00;
const MOVW = 0xf240;
const MOVT = 0xf2c0;
const FMT4 = { AND: 0x4000, EOR: 0x4040, LSL: 0x4080, LSR: 0x40c0, ASR: 0x4100, NEG: 0x4240, CMP: 0x4280, ORR: 0x4300, MUL: 0x4340, MVN: 0x43c0 } as const;
/** ldr/str opcode bits by operation size (byte, halfword, word). */
const LDR_STR = [0x0e, 0x10, 0x0c];

/** MicroPython's fit tests, through C's unsigned 32-bit masks. */
const mask = (x: number, m: number) => Number(BigInt.asUintN(64, BigInt(x)) & BigInt(m));
const signedFit = (x: number, m: number) => mask(x, m) === 0 || mask(x, m) === m;
const unsignedFit8 = (x: number) => mask(x, 0xffffff00) === 0;
const unsignedFit16 = (x: number) => mask(x, 0xffff0000) === 0;

function clz32(x: number): number {
  return Math.clz32(x >>> 0);
}
function ctz32(x: number): number {
  const v = x >>> 0;
  return v === 0 ? 0 : 31 - Math.clz32(v & -v);
}

export class ThumbAsm extends AsmBase implements NativeAsm {
  readonly wordSize = 4;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 16;
  readonly nlrBufIdxLocal1 = 3;
  readonly byteStoreFromFixedReg = false;
  private pushReglist = 0;
  private stackAdjust = 0;

  constructor(
    readonly arch: string,
    /** Thumb-2 (armv7m and up) rather than armv6m's Thumb-1. */
    private readonly v7m: boolean,
  ) {
    super();
  }

  endPass(): void {}

  private op16(op: number): void {
    this.write([op & 0xff, (op >> 8) & 0xff]);
  }
  private op32(op1: number, op2: number): void {
    this.write([op1 & 0xff, (op1 >> 8) & 0xff, op2 & 0xff, (op2 >> 8) & 0xff]);
  }
  private fmt4(op: number, d: number, s: number): void {
    this.op16(op | (s << 3) | d);
  }
  private movRloI8(r: number, i8: number): void {
    this.op16(0x2000 | (r << 8) | (i8 & 0xff));
  }
  private cmpRloI8(r: number, i8: number): void {
    this.op16(0x2800 | (r << 8) | (i8 & 0xff));
  }
  private addRloI8(r: number, i8: number): void {
    this.op16(0x3000 | (r << 8) | (i8 & 0xff));
  }
  private ldrRloPcrelI8(r: number, i8: number): void {
    this.op16(0x4800 | (r << 8) | i8);
  }
  private lslRloRloI5(d: number, s: number, shift: number): void {
    this.op16(0x0000 | (shift << 6) | (s << 3) | d);
  }
  private addRloRloRlo(d: number, a: number, b: number): void {
    this.op16(0x1800 | (b << 6) | (a << 3) | d);
  }
  private subRloRloRlo(d: number, a: number, b: number): void {
    this.op16(0x1a00 | (b << 6) | (a << 3) | d);
  }
  /** add with high registers (format 5). */
  private addHiRegReg(d: number, s: number): void {
    this.op16(0x4400 | ((d << 4) & 0x80) | (s << 3) | (d & 7));
  }
  private sxth(d: number, s: number): void {
    this.op16(0xb200 | (s << 3) | d);
  }
  private movRegI16(op: number, r: number, i16: number): void {
    this.op32(op | ((i16 >> 1) & 0x0400) | ((i16 >> 12) & 0xf), ((i16 << 4) & 0x7000) | (r << 8) | (i16 & 0xff));
  }
  private movRloI16(r: number, i16: number): void {
    this.movRloI8(r, (i16 >> 8) & 0xff);
    this.lslRloRloI5(r, r, 8);
    this.addRloI8(r, i16 & 0xff);
  }
  private movRegI32(r: number, i32: number): void {
    if (this.v7m) {
      this.movRegI16(MOVW, r, i32);
      this.movRegI16(MOVT, r, i32 >>> 16);
    } else {
      if (this.codePos & 2) this.op16(NOP);
      this.ldrRloPcrelI8(r, 0);
      this.op16(0xe000 | ((2 >> 1) & 0x07ff));
      this.op16(i32 & 0xffff);
      this.op16((i32 >>> 16) & 0xffff);
    }
  }
  private movRegI32Optimised(r: number, i32: number): void {
    if (r < 8 && unsignedFit8(i32)) this.movRloI8(r, i32);
    else if (this.v7m) {
      if (unsignedFit16(i32)) this.movRegI16(MOVW, r, i32);
      else this.movRegI32(r, i32);
    } else {
      let v = i32 | 0;
      // Negate small negative numbers, but not 0x80000000.
      let negate = v < 0 && ((v + v) | 0) !== 0;
      if (negate) v = -v | 0;
      const clz = clz32(v);
      const ctz = v ? ctz32(v) : 0;
      if (clz + ctz >= 24) {
        this.movRloI8(r, (v >>> ctz) & 0xff);
        this.lslRloRloI5(r, r, ctz);
      } else if (unsignedFit16(v)) {
        this.movRloI16(r, v);
      } else {
        if (negate) {
          negate = false;
          v = -v | 0;
        }
        this.movRegI32(r, v);
      }
      if (negate) this.fmt4(FMT4.NEG, r, r);
    }
  }
  private addRegRegOffset(d: number, base: number, offset: number, shift: number): void {
    if (offset << shift < 256) {
      if (d !== base) this.movRegReg(d, base);
      this.addRloI8(d, offset << shift);
    } else if (unsignedFit8(offset) && d !== base) {
      this.movRloI8(d, offset);
      this.lslRloRloI5(d, d, shift);
      this.addRloRloRlo(d, d, base);
    } else if (d !== base) {
      this.movRegI32Optimised(d, offset << shift);
      this.addRloRloRlo(d, d, base);
    } else {
      const other = d ^ 7;
      this.op16(0xb400 | (1 << other));
      this.movRegI32Optimised(other, offset << shift);
      this.addRloRloRlo(d, d, other);
      this.op16(0xbc00 | (1 << other));
    }
  }
  private loadOffset(d: number, base: number, offset: number, size: number): void {
    if (offset >= 0 && offset < 32 && d < 8 && base < 8) {
      this.op16(((LDR_STR[size]! | 1) << 11) | (offset << 6) | (base << 3) | d);
    } else if (this.v7m && (offset << size) >= 0 && (offset << size) < 4096) {
      this.op32((0xf880 | (size << 5)) | base | 0x10, (d << 12) | (offset << size));
    } else {
      this.addRegRegOffset(d, base, offset - 31, size);
      this.op16(((LDR_STR[size]! | 1) << 11) | (31 << 6) | (d << 3) | d);
    }
  }
  private storeOffset(s: number, base: number, offset: number, size: number): void {
    if (offset >= 0 && offset < 32 && s < 8 && base < 8) {
      this.op16((LDR_STR[size]! << 11) | (offset << 6) | (base << 3) | s);
    } else if (this.v7m && (offset << size) >= 0 && (offset << size) < 4096) {
      this.op32(0xf880 | (size << 5) | base, (s << 12) | (offset << size));
    } else {
      this.op16(0xb400 | (1 << base));
      this.addRegRegOffset(base, base, offset - 31, size);
      this.op16((LDR_STR[size]! << 11) | (31 << 6) | (base << 3) | s);
      this.op16(0xbc00 | (1 << base));
    }
  }
  private localCheck(offset: number): void {
    if (this.emitting && !unsignedFit8(offset)) throw new CompileError("nativeTooManyLocals", 0);
  }

  entry(numLocals: number): void {
    // Registers r1-r3 are pushed as well to make up stack space, and keep 8-byte alignment.
    let reglist: number;
    let adjust: number;
    if (numLocals <= 1) [reglist, adjust] = [0xf2, 0];
    else if (numLocals <= 3) [reglist, adjust] = [0xfe, 0];
    else [reglist, adjust] = [0xfe, (numLocals - 3 + 1) & ~1];
    this.op16(0xb400 | 0x0100 | reglist);
    if (adjust > 0) {
      if (this.v7m) {
        if (adjust < 128) this.op16(0xb080 | adjust);
        else this.op32(0xf2a0 | SP, (((adjust * 4) << 4) & 0x7000) | (SP << 8) | ((adjust * 4) & 0xff));
      } else {
        let adj = adjust;
        while (adj >= 128) {
          this.op16(0xb080 | 127);
          adj -= 127;
        }
        this.op16(0xb080 | adj);
      }
    }
    this.pushReglist = reglist;
    this.stackAdjust = adjust;
  }
  exit(): void {
    const adjust = this.stackAdjust;
    if (adjust > 0) {
      if (this.v7m) {
        if (adjust < 128) this.op16(0xb000 | adjust);
        else this.op32(0xf200 | SP, (((adjust * 4) << 4) & 0x7000) | (SP << 8) | ((adjust * 4) & 0xff));
      } else {
        let adj = adjust;
        while (adj >= 128) {
          this.op16(0xb000 | 127);
          adj -= 127;
        }
        this.op16(0xb000 | adj);
      }
    }
    this.op16(0xbc00 | 0x0100 | this.pushReglist);
  }
  private dest(label: number): number {
    return this.labelOffset(label) ?? -1;
  }
  jump(label: number): void {
    const known = this.labelOffset(label) !== undefined;
    const rel = this.dest(label) - this.codePos - 4;
    if (known && rel <= -4 && signedFit(rel, 0xfffff800)) {
      this.op16(0xe000 | ((rel >> 1) & 0x07ff));
      return;
    }
    if (this.v7m) {
      this.op32(0xf000 | ((rel >> 12) & 0x07ff), 0xb800 | ((rel >> 1) & 0x07ff));
      return;
    }
    const needAlign = (this.codePos & 2) !== 0;
    if (signedFit(rel, 0xfffff800)) {
      this.op16(0xe000 | ((rel >> 1) & 0x07ff));
      this.op16(NOP);
      this.op16(NOP);
      this.op16(NOP);
      if (needAlign) this.op16(NOP);
    } else {
      let r = rel - 2;
      if (needAlign) {
        this.op16(NOP);
        r -= 2;
      }
      this.ldrRloPcrelI8(R1, 0);
      this.addHiRegReg(PC, R1);
      this.op16(r & 0xffff);
      this.op16((r >> 16) & 0xffff);
    }
  }
  private bcc(cond: number, label: number): void {
    const known = this.labelOffset(label) !== undefined;
    const rel = this.dest(label) - this.codePos - 4;
    if (known && rel <= -4 && signedFit(rel, 0xffffff00)) {
      this.op16(0xd000 | (cond << 8) | ((rel >> 1) & 0xff));
      return;
    }
    if (this.v7m) {
      this.op32(0xf000 | (cond << 6) | ((rel >> 10) & 0x0400) | ((rel >> 12) & 0x003f), 0x8000 | ((rel >> 5) & 0x2000) | ((rel >> 8) & 0x0800) | ((rel >> 1) & 0x07ff));
      return;
    }
    // Thumb-1: an inverted short branch over an unconditional jump, patched once its size is known.
    const start = this.codePos;
    const at = this.reserve(2);
    this.jump(label);
    const skip = this.codePos - start;
    const op = 0xd000 | ((cond ^ 1) << 8) | (((skip - 4) >> 1) & 0xff);
    this.patch(at, [op & 0xff, (op >> 8) & 0xff]);
  }
  jumpIfRegZero(reg: number, label: number): void {
    this.cmpRloI8(reg, 0);
    this.bcc(CC.EQ, label);
  }
  jumpIfRegNonzero(reg: number, label: number): void {
    this.cmpRloI8(reg, 0);
    this.bcc(CC.NE, label);
  }
  jumpIfRegEq(reg1: number, reg2: number, label: number): void {
    this.fmt4(FMT4.CMP, reg1, reg2);
    this.bcc(CC.EQ, label);
  }
  jumpReg(reg: number): void {
    this.op16(0x4700 | (reg << 3));
  }
  private blInd(fun: number, temp: number): void {
    this.loadOffset(temp, R7, fun, 2);
    this.op16(0x4780 | (temp << 3));
  }
  callInd(fun: number): void {
    this.blInd(fun, R3);
  }
  /** mp_setup_code_state is called through r4, as r0-r3 hold its arguments. */
  callSetupCodeState(fun: number): void {
    this.blInd(fun, R4);
  }
  movLocalReg(local: number, reg: number): void {
    this.localCheck(local);
    this.op16(0x9000 | (reg << 8) | (local & 0xff));
  }
  movRegImm(reg: number, imm: bigint): void {
    this.movRegI32Optimised(reg, Number(BigInt.asIntN(32, imm)));
  }
  movRegLocal(reg: number, local: number): void {
    this.localCheck(local);
    this.op16(0x9800 | (reg << 8) | (local & 0xff));
  }
  movRegReg(d: number, s: number): void {
    let lo = s < 8 ? s << 3 : 0x40 | ((s - 8) << 3);
    lo |= d < 8 ? d : 0x80 | (d - 8);
    this.op16(0x4600 | lo);
  }
  movRegLocalAddr(reg: number, local: number): void {
    this.op16(0xa800 | (reg << 8) | (local & 0xff));
  }
  movRegPcrel(reg: number, label: number): void {
    let rel = (this.dest(label) - this.codePos) | 1;
    if (this.v7m) {
      rel -= 10;
      this.movRegI16(MOVW, reg, rel);
      this.sxth(reg, reg);
    } else {
      rel -= 12;
      this.movRloI16(reg, rel);
      this.sxth(reg, reg);
    }
    this.addHiRegReg(reg, PC);
  }
  notReg(reg: number): void {
    this.fmt4(FMT4.MVN, reg, reg);
  }
  negReg(reg: number): void {
    this.fmt4(FMT4.NEG, reg, reg);
  }
  lslRegReg(d: number, s: number): void {
    this.fmt4(FMT4.LSL, d, s);
  }
  lsrRegReg(d: number, s: number): void {
    this.fmt4(FMT4.LSR, d, s);
  }
  asrRegReg(d: number, s: number): void {
    this.fmt4(FMT4.ASR, d, s);
  }
  orRegReg(d: number, s: number): void {
    this.fmt4(FMT4.ORR, d, s);
  }
  xorRegReg(d: number, s: number): void {
    this.fmt4(FMT4.EOR, d, s);
  }
  andRegReg(d: number, s: number): void {
    this.fmt4(FMT4.AND, d, s);
  }
  addRegReg(d: number, s: number): void {
    this.addRloRloRlo(d, d, s);
  }
  subRegReg(d: number, s: number): void {
    this.subRloRloRlo(d, d, s);
  }
  mulRegReg(d: number, s: number): void {
    this.fmt4(FMT4.MUL, d, s);
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    this.fmt4(FMT4.CMP, lhs, rhs);
    const cc = SETCC_CC[opIdx]!;
    if (this.v7m) {
      this.op16(ITE[cc]!);
      this.movRloI8(dest, 1);
      this.movRloI8(dest, 0);
    } else {
      this.op16(0xd000 | (cc << 8) | (((6 - 4) >> 1) & 0xff));
      this.movRloI8(dest, 0);
      this.op16(0xe000 | (((4 - 4) >> 1) & 0x07ff));
      this.movRloI8(dest, 1);
    }
  }
  loadRegRegOffset(d: number, base: number, word: number): void {
    this.loadOffset(d, base, word, 2);
  }
  load8RegRegOffset(d: number, base: number, off: number): void {
    this.loadOffset(d, base, off, 0);
  }
  load16RegRegOffset(d: number, base: number, off: number): void {
    this.loadOffset(d, base, off, 1);
  }
  load32RegRegOffset(d: number, base: number, off: number): void {
    this.loadOffset(d, base, off, 2);
  }
  load8RegReg(d: number, base: number): void {
    this.loadOffset(d, base, 0, 0);
  }
  load16RegReg(d: number, base: number): void {
    this.loadOffset(d, base, 0, 1);
  }
  load32RegReg(d: number, base: number): void {
    this.loadOffset(d, base, 0, 2);
  }
  load8RegRegReg(d: number, base: number, index: number): void {
    this.op16(0x5800 | 0x0400 | (index << 6) | (base << 3) | d);
  }
  load16RegRegReg(d: number, base: number, index: number): void {
    this.lslRloRloI5(index, index, 1);
    this.op16(0x5a00 | (index << 6) | (base << 3) | d);
  }
  load32RegRegReg(d: number, base: number, index: number): void {
    this.lslRloRloI5(index, index, 2);
    this.op16(0x5800 | (index << 6) | (base << 3) | d);
  }
  storeRegRegOffset(s: number, base: number, word: number): void {
    this.storeOffset(s, base, word, 2);
  }
  store8RegRegOffset(s: number, base: number, off: number): void {
    this.storeOffset(s, base, off, 0);
  }
  store16RegRegOffset(s: number, base: number, off: number): void {
    this.storeOffset(s, base, off, 1);
  }
  store32RegRegOffset(s: number, base: number, off: number): void {
    this.storeOffset(s, base, off, 2);
  }
  store8RegReg(s: number, base: number): void {
    this.storeOffset(s, base, 0, 0);
  }
  store16RegReg(s: number, base: number): void {
    this.storeOffset(s, base, 0, 1);
  }
  store32RegReg(s: number, base: number): void {
    this.storeOffset(s, base, 0, 2);
  }
  store8RegRegReg(s: number, base: number, index: number): void {
    this.op16(0x5000 | 0x0400 | (index << 6) | (base << 3) | s);
  }
  store16RegRegReg(s: number, base: number, index: number): void {
    this.lslRloRloI5(index, index, 1);
    this.op16(0x5200 | (index << 6) | (base << 3) | s);
  }
  store32RegRegReg(s: number, base: number, index: number): void {
    this.lslRloRloI5(index, index, 2);
    this.op16(0x5000 | (index << 6) | (base << 3) | s);
  }
}
