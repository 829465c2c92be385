// The Xtensa backend (py/asmxtensa.c, py/asmxtensa.h, py/emitnxtensa.c, emitnxtensawin.c): the call0
// ABI for xtensa (ESP8266) and the windowed ABI for xtensawin (ESP32), 24-bit and narrow 16-bit
// instructions, and large constants in a literal table at the start of the function (l32r).

import { AsmBase, type NativeAsm, type NativeRegs } from "./asm.js";

const A0 = 0, A1 = 1, A8 = 8, A9 = 9, A11 = 11, A15 = 15, A7 = 7;
const WORD = 4;

const CC = { EQ: 1, LT: 2, LTU: 3, NE: 9, GE: 10, GEU: 11 } as const;
const CCZ = { EQ: 0, NE: 1 } as const;
/** Viper comparisons; 0x80 marks the ones done with the operands swapped. */
const SETCC_CC = [CC.LTU, 0x80 | CC.LTU, CC.EQ, 0x80 | CC.GEU, CC.GEU, CC.NE, CC.LT, 0x80 | CC.LT, CC.EQ, 0x80 | CC.GE, CC.GE, CC.NE];

const rrr = (op0: number, op1: number, op2: number, r: number, s: number, t: number) => ((op2 << 20) | (op1 << 16) | (r << 12) | (s << 8) | (t << 4) | op0) >>> 0;
const rri8 = (op0: number, r: number, s: number, t: number, imm8: number) => ((imm8 << 16) | (r << 12) | (s << 8) | (t << 4) | op0) >>> 0;
const ri16 = (op0: number, t: number, imm16: number) => ((imm16 << 8) | (t << 4) | op0) >>> 0;
const call = (op0: number, n: number, offset: number) => ((offset << 6) | (n << 4) | op0) >>> 0;
const callx = (op0: number, op1: number, op2: number, r: number, s: number, m: number, n: number) => ((op2 << 20) | (op1 << 16) | (r << 12) | (s << 8) | (m << 6) | (n << 4) | op0) >>> 0;
const bri12 = (op0: number, s: number, m: number, n: number, imm12: number) => ((imm12 << 12) | (s << 8) | (m << 6) | (n << 4) | op0) >>> 0;
const rrrn = (op0: number, r: number, s: number, t: number) => (r << 12) | (s << 8) | (t << 4) | op0;
const ri7 = (op0: number, s: number, imm7: number) => ((imm7 & 0xf) << 12) | (s << 8) | (imm7 & 0x70) | op0;

/** MicroPython's SIGNED_FITn, through C's unsigned 32-bit masks. */
function signedFit(x: number, m: number): boolean {
  const v = Number(BigInt.asUintN(64, BigInt(x)) & BigInt(m));
  return v === 0 || v === m;
}

const CALL0_REGS: NativeRegs = { RET: 2, ARG_1: 2, ARG_2: 3, ARG_3: 4, ARG_4: 5, TEMP0: 2, TEMP1: 3, TEMP2: 4, LOCAL_1: 12, LOCAL_2: 13, LOCAL_3: 14, FUN_TABLE: A15 };
const WIN_REGS: NativeRegs = { RET: 10, ARG_1: 10, ARG_2: 11, ARG_3: 12, ARG_4: 13, TEMP0: 10, TEMP1: 11, TEMP2: 12, LOCAL_1: 4, LOCAL_2: 5, LOCAL_3: 6, FUN_TABLE: A7 };

export class XtensaAsm extends AsmBase implements NativeAsm {
  readonly arch: string;
  readonly wordSize = WORD;
  readonly regs: NativeRegs;
  readonly nlrBufNumRegs: number;
  readonly nlrBufIdxLocal1: number;
  readonly byteStoreFromFixedReg = false;
  /** The windowed ABI: the caller's registers are a2-a5, and nlr needs setjmp. */
  readonly parentRegs?: { readonly RET: number; readonly ARG_1: number; readonly ARG_2: number; readonly ARG_3: number; readonly ARG_4: number };
  readonly nlrSetjmp: boolean;
  private readonly regsSaved: number;
  private readonly regTemp: number;
  private curConst = 0;
  private numConst = 0;
  /** Where the literal table starts in the code, and its index in the bytes being written (-1 if not). */
  private constTableOffset = 0;
  private constTableAt = -1;
  private stackAdjust = 0;

  constructor(private readonly windowed: boolean) {
    super();
    this.arch = windowed ? "xtensawin" : "xtensa";
    this.regs = windowed ? WIN_REGS : CALL0_REGS;
    this.nlrBufNumRegs = windowed ? 17 : 10;
    this.nlrBufIdxLocal1 = windowed ? 2 + 4 : 8;
    this.nlrSetjmp = windowed;
    if (windowed) this.parentRegs = { RET: 2, ARG_1: 2, ARG_2: 3, ARG_3: 4, ARG_4: 5 };
    this.regsSaved = windowed ? 1 : 5;
    this.regTemp = windowed ? 12 : 6;
  }

  endPass(): void {
    this.numConst = this.curConst;
    this.curConst = 0;
  }

  private op16(op: number): void {
    this.write([op & 0xff, (op >> 8) & 0xff]);
  }
  private op24(op: number): void {
    this.write([op & 0xff, (op >>> 8) & 0xff, (op >>> 16) & 0xff]);
  }
  private j(rel: number): void {
    this.op24(call(6, 0, rel & 0x3ffff));
  }
  private addi(d: number, s: number, imm8: number): void {
    this.op24(rri8(2, 12, s, d, imm8 & 0xff));
  }
  private movi(d: number, imm12: number): void {
    this.op24(rri8(2, 10, (imm12 >> 8) & 0xf, d, imm12 & 0xff));
  }
  private moviN(d: number, imm7: number): void {
    this.op16(ri7(12, d, imm7));
  }
  private addN(d: number, a: number, b: number): void {
    this.op16(rrrn(10, d, a, b));
  }
  private l32i(d: number, base: number, word: number): void {
    this.op24(rri8(2, 2, base, d, word & 0xff));
  }
  private l32iN(d: number, base: number, word: number): void {
    this.op16(rrrn(8, word & 0xf, base, d));
  }
  private s32i(s: number, base: number, word: number): void {
    this.op24(rri8(2, 6, base, s, word & 0xff));
  }
  private s32iN(s: number, base: number, word: number): void {
    this.op16(rrrn(9, word & 0xf, base, s));
  }
  private bcc(cond: number, r1: number, r2: number, rel8: number): void {
    this.op24(rri8(7, cond, r1, r2, rel8 & 0xff));
  }
  private bccz(cond: number, r: number, rel12: number): void {
    this.op24(bri12(6, r, cond, 1, rel12 & 0xfff));
  }

  entry(numLocals: number): void {
    if (this.windowed || this.numConst > 0) {
      this.j(this.numConst * WORD + 4 - 4);
      this.write([0]); // padding, so the table is word-aligned
      this.constTableOffset = this.codePos;
      this.constTableAt = this.reserve(this.numConst * 4);
    }
    if (this.windowed) {
      this.stackAdjust = 32 + ((((this.regsSaved + numLocals) * WORD) + 15) & ~15);
      this.op24(bri12(6, A1, 0, 3, (this.stackAdjust / 8) & 0xfff));
      this.s32iN(A0, A1, 0);
      return;
    }
    this.stackAdjust = (((this.regsSaved + numLocals) * WORD) + 15) & ~15;
    if (signedFit(-this.stackAdjust, 0xffffff80)) this.addi(A1, A1, -this.stackAdjust);
    else {
      this.movi(A9, this.stackAdjust);
      this.op24(rrr(0, 0, 12, A1, A1, A9));
    }
    this.s32iN(A0, A1, 0);
    for (let i = 1; i < this.regsSaved; i++) this.s32iN(A11 + i, A1, i);
  }
  exit(): void {
    if (this.windowed) {
      this.l32iN(A0, A1, 0);
      this.op16(rrrn(13, 15, 0, 1));
      return;
    }
    for (let i = this.regsSaved - 1; i >= 1; i--) this.l32iN(A11 + i, A1, i);
    this.l32iN(A0, A1, 0);
    if (signedFit(this.stackAdjust, 0xffffff80)) this.addi(A1, A1, this.stackAdjust);
    else {
      this.movi(A9, this.stackAdjust);
      this.addN(A1, A1, A9);
    }
    this.op16(rrrn(13, 15, 0, 0));
  }
  private dest(label: number): number {
    return this.labelOffset(label) ?? 0xffffffff;
  }
  jump(label: number): void {
    this.j((this.dest(label) - this.codePos - 4) | 0);
  }
  /** Branch displacement, and whether a short backward branch may do. */
  private displacement(label: number): { rel: number; short: boolean } {
    const known = this.labelOffset(label) !== undefined;
    const rel = this.dest(label) - this.codePos - 4;
    return { rel, short: known && rel < 0 };
  }
  private bcczLabel(cond: number, reg: number, label: number): void {
    const { rel, short } = this.displacement(label);
    if (short && signedFit(rel, 0xfffff800)) return this.bccz(cond, reg, rel);
    this.bccz(cond ^ 1, reg, 6 - 4);
    this.j(rel - 3);
  }
  jumpIfRegZero(reg: number, label: number): void {
    this.bcczLabel(CCZ.EQ, reg, label);
  }
  jumpIfRegNonzero(reg: number, label: number): void {
    this.bcczLabel(CCZ.NE, reg, label);
  }
  jumpIfRegEq(reg1: number, reg2: number, label: number): void {
    const { rel, short } = this.displacement(label);
    if (short && signedFit(rel, 0xffffff80)) return this.bcc(CC.EQ, reg1, reg2, rel);
    this.bcc(CC.EQ ^ 8, reg1, reg2, 6 - 4);
    this.j(rel - 3);
  }
  jumpReg(reg: number): void {
    this.op24(callx(0, 0, 0, 0, reg, 2, 2));
  }
  private l32iOptimised(d: number, base: number, word: number): void {
    if (word < 16) this.l32iN(d, base, word);
    else if (word < 256) this.l32i(d, base, word);
    else {
      this.movRegI32Optimised(d, word * 4);
      this.addN(d, base, d);
      this.l32iN(d, d, 0);
    }
  }
  callInd(fun: number): void {
    if (this.windowed) {
      this.l32iOptimised(A8, this.regs.FUN_TABLE, fun);
      this.op24(callx(0, 0, 0, 0, A8, 3, 2));
    } else {
      this.l32iOptimised(A0, this.regs.FUN_TABLE, fun);
      this.op24(callx(0, 0, 0, 0, A0, 3, 0));
    }
  }
  private movRegI32(d: number, i32: number): void {
    const loc = this.constTableOffset + this.curConst * WORD;
    const at = this.codePos;
    this.op24(ri16(1, d, (((loc - ((at + 3) & ~3)) >>> 0) >>> 2) & 0xffff));
    if (this.constTableAt >= 0) this.patch(this.constTableAt + this.curConst * 4, [i32 & 0xff, (i32 >>> 8) & 0xff, (i32 >>> 16) & 0xff, (i32 >>> 24) & 0xff]);
    this.curConst++;
  }
  private movRegI32Optimised(d: number, i32: number): void {
    const v = i32 | 0;
    if (v >= -32 && v <= 95) this.moviN(d, v);
    else if (signedFit(i32 >>> 0, 0xfffff800)) this.movi(d, v);
    else this.movRegI32(d, v);
  }
  movLocalReg(local: number, reg: number): void {
    this.s32i(reg, A1, this.regsSaved + local);
  }
  movRegImm(reg: number, imm: bigint): void {
    this.movRegI32Optimised(reg, Number(BigInt.asIntN(32, imm)));
  }
  movRegLocal(reg: number, local: number): void {
    this.l32i(reg, A1, this.regsSaved + local);
  }
  movRegReg(d: number, s: number): void {
    this.op16(rrrn(13, 0, s, d));
  }
  movRegLocalAddr(reg: number, local: number): void {
    const off = (this.regsSaved + local) * WORD;
    if (signedFit(off, 0xffffff80)) this.addi(reg, A1, off);
    else {
      this.movi(reg, off);
      this.addN(reg, reg, A1);
    }
  }
  movRegPcrel(reg: number, label: number): void {
    const rel = (this.dest(label) - this.codePos - 6) | 0;
    this.movi(reg, rel);
    const off = (this.codePos >> 1) & 1;
    const pad = (5 - this.codePos) & 3;
    this.op24(call(5, 0, off & 0x3ffff));
    this.write(new Array<number>(pad).fill(0));
    this.addN(reg, reg, A0);
  }
  negReg(reg: number): void {
    this.op24(rrr(0, 0, 6, reg, 0, reg));
  }
  lslRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 4, 1, s, 0));
    this.op24(rrr(0, 1, 10, d, d, 0));
  }
  lsrRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 4, 0, s, 0));
    this.op24(rrr(0, 1, 9, d, 0, d));
  }
  asrRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 4, 0, s, 0));
    this.op24(rrr(0, 1, 11, d, 0, d));
  }
  orRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 2, d, d, s));
  }
  xorRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 3, d, d, s));
  }
  andRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 1, d, d, s));
  }
  addRegReg(d: number, s: number): void {
    this.addN(d, d, s);
  }
  subRegReg(d: number, s: number): void {
    this.op24(rrr(0, 0, 12, d, d, s));
  }
  mulRegReg(d: number, s: number): void {
    this.op24(rrr(0, 2, 8, d, d, s));
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    const cc = SETCC_CC[opIdx]!;
    const [a, b] = cc & 0x80 ? [rhs, lhs] : [lhs, rhs];
    this.moviN(dest, 1);
    this.bcc(cc & ~0x80, a, b, 1);
    this.moviN(dest, 0);
  }
  private loadOffset(d: number, base: number, offset: number, size: number): void {
    if (size === 2 && offset >= 0 && offset < 16) return this.l32iN(d, base, offset);
    if (offset >= 0 && offset < 256) return this.op24(rri8(2, size, base, d, offset));
    this.movRegI32Optimised(d, offset << size);
    this.addN(d, base, d);
    if (size === 2) this.l32iN(d, d, 0);
    else this.op24(rri8(2, size, d, d, 0));
  }
  private storeOffset(s: number, base: number, offset: number, size: number): void {
    if (size === 2 && offset >= 0 && offset < 16) return this.s32iN(s, base, offset);
    if (offset >= 0 && offset < 256) return this.op24(rri8(2, 0x04 | size, base, s, offset));
    const t = this.regTemp;
    this.movRegI32Optimised(t, offset << size);
    this.addN(t, base, t);
    if (size === 2) this.s32iN(s, t, 0);
    else this.op24(rri8(2, 0x04 | size, t, s, 0));
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
    this.addN(base, index, base);
    this.op24(rri8(2, 0, base, d, 0));
  }
  load16RegRegReg(d: number, base: number, index: number): void {
    this.op24(rrr(0, 0, 9, base, index, base));
    this.op24(rri8(2, 1, base, d, 0));
  }
  load32RegRegReg(d: number, base: number, index: number): void {
    this.op24(rrr(0, 0, 10, base, index, base));
    this.l32iN(d, base, 0);
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
    this.addN(base, index, base);
    this.op24(rri8(2, 4, base, s, 0));
  }
  store16RegRegReg(s: number, base: number, index: number): void {
    this.op24(rrr(0, 0, 9, base, index, base));
    this.op24(rri8(2, 5, base, s, 0));
  }
  store32RegRegReg(s: number, base: number, index: number): void {
    this.op24(rrr(0, 0, 10, base, index, base));
    this.s32iN(s, base, 0);
  }
}
