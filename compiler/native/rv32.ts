// The RISC-V backend for rv32imc (py/asmrv32.c, py/asmrv32.h, py/emitnrv32.c): compressed
// instructions where operands fit, x0 as the zero register, callee-saved registers tracked as the
// assembler meets them, and the Zba extension (sh1add/sh2add) when -march-flags allows it.

import { AsmBase, type NativeAsm, type NativeRegs } from "./asm.js";

const ZERO = 0, RA = 1, SP = 2, S0 = 8, S1 = 9, T1 = 6, T2 = 7, T3 = 28, A0 = 10;
const REGS: NativeRegs = { RET: A0, ARG_1: A0, ARG_2: 11, ARG_3: 12, ARG_4: 13, TEMP0: T1, TEMP1: T2, TEMP2: T3, LOCAL_1: 19, LOCAL_2: 20, LOCAL_3: 21, FUN_TABLE: S1 };
const LOAD_FUNCT3 = [0x04, 0x05, 0x02];

/** C's `value & mask` on a 64-bit host with a 32-bit unsigned mask. */
const and32 = (v: number, m: number) => Number(BigInt.asUintN(64, BigInt(v)) & BigInt(m >>> 0));
/** FIT_SIGNED / FIT_UNSIGNED of py/asmrv32.c (and py/misc.h MP_FIT_*, the same tests). */
const fitUnsigned = (v: number, bits: number) => and32(v, ~((2 ** bits - 1) >>> 0)) === 0;
function fitSigned(v: number, bits: number): boolean {
  const m = ~((2 ** (bits - 1) - 1) >>> 0) >>> 0;
  const x = and32(v, m);
  return x === 0 || x === m;
}
const inCWindow = (r: number) => r >= 8 && r <= 15;

const typeI = (op: number, f3: number, rd: number, rs: number, imm: number) => ((op & 0x7f) | ((rd & 0x1f) << 7) | ((f3 & 7) << 12) | ((rs & 0x1f) << 15) | ((imm & 0xfff) << 20)) >>> 0;
const typeR = (op: number, f3: number, f7: number, rd: number, rs1: number, rs2: number) => ((op & 0x7f) | ((rd & 0x1f) << 7) | ((f3 & 7) << 12) | ((rs1 & 0x1f) << 15) | ((rs2 & 0x1f) << 20) | ((f7 & 0x7f) << 25)) >>> 0;
const typeS = (op: number, f3: number, rs1: number, rs2: number, imm: number) => ((op & 0x7f) | ((imm & 0x1f) << 7) | ((f3 & 7) << 12) | ((rs1 & 0x1f) << 15) | ((rs2 & 0x1f) << 20) | ((imm & 0xfe0) << 20)) >>> 0;
const typeB = (op: number, f3: number, rs1: number, rs2: number, imm: number) => ((op & 0x7f) | ((f3 & 7) << 12) | ((imm & 0x800) >> 4) | ((imm & 0x1e) << 7) | ((rs1 & 0x1f) << 15) | ((rs2 & 0x1f) << 20) | ((imm & 0x7e0) << 20) | ((imm & 0x1000) << 19)) >>> 0;
const typeU = (op: number, rd: number, imm: number) => ((op & 0x7f) | ((rd & 0x1f) << 7) | (Number(BigInt.asUintN(64, BigInt(imm)) & 0xfffff000n))) >>> 0;
const typeCR = (op: number, f4: number, rs1: number, rs2: number) => (op & 3) | ((rs2 & 0x1f) << 2) | ((rs1 & 0x1f) << 7) | ((f4 & 0xf) << 12);
const typeCI = (op: number, f3: number, rd: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((rd & 0x1f) << 7) | ((imm & 0x20) << 7) | ((imm & 0x1f) << 2);
const typeCIW = (op: number, f3: number, rd: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((rd & 7) << 2) | ((imm & 0x3c0) << 1) | ((imm & 0x30) << 7) | ((imm & 0x08) << 2) | ((imm & 0x04) << 4);
const typeCL = (op: number, f3: number, rd: number, rs: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((rd & 7) << 2) | ((rs & 7) << 7) | ((imm & 0x40) >> 1) | ((imm & 0x38) << 7) | ((imm & 0x04) << 4);
const typeCSS = (op: number, f3: number, rs: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((rs & 0x1f) << 2) | ((imm & 0x3f) << 7);
const typeCB = (op: number, f3: number, rs: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((rs & 7) << 7) | ((imm & 0xe0) << 5) | ((imm & 0x1f) << 2);
const typeCJ = (op: number, f3: number, imm: number) => (op & 3) | ((f3 & 7) << 13) | ((imm & 0x0e) << 2) | ((imm & 0x300) << 1) | ((imm & 0x800) << 1) | ((imm & 0x400) >> 2) | ((imm & 0x80) >> 1) | ((imm & 0x40) << 1) | ((imm & 0x20) >> 3) | ((imm & 0x10) << 7);
const cbOffset = (o: number) => ((o & 0x100) >> 1) | ((o & 0xc0) >> 3) | ((o & 0x20) >> 5) | ((o & 0x18) << 2) | (o & 0x06);

/** split_immediate: upper and lower parts, the upper rounded for a sign-extended lower. */
function split(imm: number): { upper: number; lower: number } {
  const u = BigInt.asUintN(64, BigInt(imm));
  let upper = u & 0xfffff000n;
  const lower = Number(u & 0xfffn);
  if (lower & 0x800) upper += 0x1000n;
  return { upper: Number(upper), lower };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

export class Rv32Asm extends AsmBase implements NativeAsm {
  readonly arch = "rv32imc";
  readonly wordSize = 4;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 14;
  readonly nlrBufIdxLocal1 = 6;
  readonly byteStoreFromFixedReg = false;
  /** x0 is always zero: nothing to clear, and stored directly for MP_OBJ_NULL. */
  readonly zeroReg = ZERO;
  /** Callee-saved registers in use; grows as calls are met and is kept across passes and functions. */
  private savedMask = 0;
  private localsCount = 0;
  private stackSize = 0;
  private localsOffset = 0;

  constructor(private readonly zba: boolean) {
    super();
  }

  endPass(): void {}

  private word(op: number): void {
    this.write([op & 0xff, (op >>> 8) & 0xff, (op >>> 16) & 0xff, (op >>> 24) & 0xff]);
  }
  private half(op: number): void {
    this.write([op & 0xff, (op >>> 8) & 0xff]);
  }
  private addi(rd: number, rs: number, imm: number): void {
    this.word(typeI(0x13, 0, rd, rs, imm));
  }
  private cadd(rd: number, rs: number): void {
    this.half(typeCR(2, 9, rd, rs));
  }
  private caddi(rd: number, imm: number): void {
    this.half(typeCI(1, 0, rd, imm));
  }
  private cli(rd: number, imm: number): void {
    this.half(typeCI(1, 2, rd, imm));
  }
  private lw(rd: number, rs: number, off: number): void {
    this.word(typeI(0x03, 2, rd, rs, off));
  }
  private jalr(rd: number, rs: number, off: number): void {
    this.word(typeI(0x67, 0, rd, rs, off));
  }
  private auipc(rd: number, off: number): void {
    this.word(typeU(0x17, rd, off));
  }
  private loadUpper(rd: number, imm: number): void {
    if (fitSigned(imm, 17) && Math.floor(imm / 4096) !== 0) this.half(typeCI(1, 3, rd, Math.floor(imm / 4096)));
    else this.word(typeU(0x37, rd, imm));
  }
  private loadLower(rd: number, imm: number): void {
    if (imm === 0) return;
    if (fitSigned(imm, 6)) this.caddi(rd, imm);
    else this.addi(rd, rd, imm);
  }
  private loadFull(rd: number, imm: number): void {
    const { upper, lower } = split(imm);
    this.loadUpper(rd, upper);
    this.loadLower(rd, lower);
  }
  private adjustStack(size: number): void {
    if (size === 0) return;
    if (fitSigned(size, 6)) return this.caddi(SP, size);
    if (fitSigned(size, 12)) return this.addi(SP, SP, size);
    this.loadFull(REGS.TEMP0, size);
    this.cadd(SP, REGS.TEMP0);
  }
  /** A label's displacement from here, and whether it is a known backward one. */
  private displacement(label: number): { d: number; short: boolean } {
    const at = this.labelOffset(label);
    // An unknown label reads as (size_t)-1, as in MicroPython's first passes.
    const d = (at ?? -1) - this.codePos;
    return { d, short: at !== undefined && d < 0 };
  }

  entry(numLocals: number): void {
    this.savedMask |= (1 << S1) | (1 << REGS.LOCAL_1) | (1 << REGS.LOCAL_2) | (1 << REGS.LOCAL_3);
    this.localsCount = numLocals;
    const count = popcount(this.savedMask);
    this.stackSize = (count + this.localsCount) * 4;
    this.adjustStack(-this.stackSize);
    let offset = 0;
    for (let r = 0; r < 32; r++) {
      if (this.savedMask & (1 << r)) {
        this.half(typeCSS(2, 6, r, ((offset & 0xc0) >> 6) | (offset & 0x3c)));
        offset += 4;
      }
    }
    this.localsOffset = count * 4;
  }
  exit(): void {
    let offset = 0;
    for (let r = 0; r < 32; r++) {
      if (this.savedMask & (1 << r)) {
        this.half(typeCI(2, 2, r, ((offset & 0xc0) >> 6) | (offset & 0x3c)));
        offset += 4;
      }
    }
    this.adjustStack(this.stackSize);
    this.half(typeCR(2, 8, RA, 0));
  }
  jump(label: number): void {
    const { d, short } = this.displacement(label);
    if (short && fitSigned(d, 12)) return this.half(typeCJ(1, 5, d));
    const { upper, lower } = split(d);
    this.auipc(T3, upper);
    this.jalr(ZERO, T3, lower);
  }
  jumpIfRegEq(rs1: number, rs2: number, label: number): void {
    let { d, short } = this.displacement(label);
    if (short && fitSigned(d, 13)) return this.word(typeB(0x63, 0, rs1, rs2, d));
    d -= 4;
    const { upper, lower } = split(d);
    this.word(typeB(0x63, 1, rs1, rs2, 12));
    this.auipc(T3, upper);
    this.jalr(ZERO, T3, lower);
  }
  jumpIfRegZero(reg: number, label: number): void {
    this.jumpIfRegEq(reg, ZERO, label);
  }
  jumpIfRegNonzero(rs: number, label: number): void {
    let { d, short } = this.displacement(label);
    if (short && fitSigned(d, 8) && inCWindow(rs)) return this.half(typeCB(1, 7, rs - 8, cbOffset(d)));
    if (short && fitSigned(d, 13)) return this.word(typeB(0x63, 1, rs, ZERO, d));
    if (short && inCWindow(rs)) {
      this.half(typeCB(1, 6, rs - 8, cbOffset(10)));
      d -= 2;
    } else {
      this.word(typeB(0x63, 0, rs, ZERO, 12));
      d -= 4;
    }
    const { upper, lower } = split(d);
    this.auipc(T3, upper);
    this.jalr(ZERO, T3, lower);
  }
  jumpReg(reg: number): void {
    this.half(typeCR(2, 8, reg, 0));
  }
  callInd(index: number): void {
    const offset = index * 4;
    this.savedMask |= 1 << RA;
    if (fitUnsigned(offset, 6)) {
      this.savedMask |= 1 << S0;
      this.half(typeCL(0, 2, S0 - 8, S1 - 8, offset));
      this.half(typeCR(2, 9, S0, 0));
      return;
    }
    if (fitUnsigned(offset, 11)) {
      this.lw(T3, S1, offset);
      this.half(typeCR(2, 9, T3, 0));
      return;
    }
    const { upper, lower } = split(offset);
    this.loadUpper(T3, upper);
    this.cadd(T3, S1);
    this.lw(T3, T3, lower);
    this.half(typeCR(2, 9, T3, 0));
  }
  movLocalReg(local: number, rs: number): void {
    const offset = this.localsOffset + local * 4;
    if (fitUnsigned(offset >>> 2, 6)) return this.half(typeCSS(2, 6, rs, ((offset & 0xc0) >> 6) | (offset & 0x3c)));
    if (fitUnsigned(offset, 11)) return this.word(typeS(0x23, 2, SP, rs, offset));
    const { upper, lower } = split(offset);
    this.loadUpper(T3, upper);
    this.cadd(T3, SP);
    this.word(typeS(0x23, 2, T3, rs, lower));
  }
  movRegLocal(rd: number, local: number): void {
    const offset = this.localsOffset + local * 4;
    if (fitUnsigned(offset >>> 2, 6)) return this.half(typeCI(2, 2, rd, ((offset & 0xc0) >> 6) | (offset & 0x3c)));
    if (fitUnsigned(offset, 11)) return this.lw(rd, SP, offset);
    const { upper, lower } = split(offset);
    this.loadUpper(rd, upper);
    this.cadd(rd, SP);
    this.lw(rd, rd, lower);
  }
  movRegLocalAddr(rd: number, local: number): void {
    const offset = this.localsOffset + local * 4;
    if (fitUnsigned(offset, 10) && offset !== 0 && inCWindow(rd)) return this.half(typeCIW(0, 0, rd - 8, offset));
    if (fitUnsigned(offset, 11)) return this.addi(rd, SP, offset);
    this.loadFull(rd, offset);
    this.cadd(rd, SP);
  }
  movRegImm(rd: number, imm: bigint): void {
    const v = Number(BigInt.asIntN(64, imm));
    if (fitSigned(v, 6)) return this.cli(rd, v);
    if (fitSigned(v, 12)) return this.addi(rd, ZERO, v);
    this.loadFull(rd, v);
  }
  movRegReg(rd: number, rs: number): void {
    this.half(typeCR(2, 8, rd, rs));
  }
  movRegPcrel(rd: number, label: number): void {
    const at = this.labelOffset(label);
    const d = (at ?? -1) - this.codePos;
    const { upper, lower } = split(d);
    this.auipc(rd, upper);
    this.addi(rd, rd, lower);
  }
  notReg(rd: number): void {
    this.word(typeI(0x13, 4, rd, rd, -1));
  }
  negReg(rd: number): void {
    this.word(typeR(0x33, 0, 0x20, rd, ZERO, rd));
  }
  lslRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 1, 0, rd, rd, rs));
  }
  lsrRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 5, 0, rd, rd, rs));
  }
  asrRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 5, 0x20, rd, rd, rs));
  }
  orRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 6, 0, rd, rd, rs));
  }
  xorRegReg(rd: number, rs: number): void {
    if (rs === rd) return this.cli(rd, 0);
    this.word(typeR(0x33, 4, 0, rd, rd, rs));
  }
  andRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 7, 0, rd, rs, rd));
  }
  addRegReg(rd: number, rs: number): void {
    this.cadd(rd, rs);
  }
  subRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 0, 0x20, rd, rd, rs));
  }
  mulRegReg(rd: number, rs: number): void {
    this.word(typeR(0x33, 0, 1, rd, rd, rs));
  }
  private lt(rs1: number, rs2: number, rd: number, unsigned: boolean): void {
    this.word(typeR(0x33, 0x02 | (unsigned ? 1 : 0), 0, rd, rs1, rs2));
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    const unsigned = opIdx < 6;
    switch (opIdx % 6) {
      case 0: return this.lt(lhs, rhs, dest, unsigned);
      case 1: return this.lt(rhs, lhs, dest, unsigned);
      case 2:
        this.word(typeR(0x33, 0, 0x20, dest, lhs, rhs));
        this.word(typeI(0x13, 3, dest, dest, 1));
        return;
      case 3:
        this.lt(rhs, lhs, dest, unsigned);
        this.word(typeI(0x13, 4, dest, dest, 1));
        return;
      case 4:
        this.lt(lhs, rhs, dest, unsigned);
        this.word(typeI(0x13, 4, dest, dest, 1));
        return;
      default:
        this.word(typeR(0x33, 0, 0x20, dest, rhs, lhs));
        this.word(typeR(0x33, 3, 0, dest, ZERO, dest));
    }
  }
  private loadOffset(rd: number, rs: number, offset: number, size: number): void {
    const scaled = (offset << size) | 0;
    if (scaled >= 0 && size === 2 && inCWindow(rd) && inCWindow(rs) && fitUnsigned(scaled, 6)) return this.half(typeCL(0, 2, rd - 8, rs - 8, scaled));
    if (fitSigned(scaled, 12)) return this.word(typeI(0x03, LOAD_FUNCT3[size]!, rd, rs, scaled));
    const { upper, lower } = split(scaled);
    this.loadUpper(rd, upper);
    this.cadd(rd, rs);
    this.word(typeI(0x03, LOAD_FUNCT3[size]!, rd, rd, lower));
  }
  private storeOffset(rd: number, rs: number, offset: number, size: number): void {
    const scaled = (offset << size) | 0;
    if (scaled >= 0 && size === 2 && inCWindow(rd) && inCWindow(rs) && fitUnsigned(scaled, 6)) return this.half(typeCL(0, 6, rd - 8, rs - 8, scaled));
    if (fitSigned(scaled, 12)) return this.word(typeS(0x23, size, rs, rd, scaled));
    const { upper, lower } = split(scaled);
    this.loadUpper(T3, upper);
    this.cadd(T3, rs);
    this.word(typeS(0x23, size, T3, rd, lower));
  }
  /** base += index << size, with sh1add/sh2add under Zba. */
  private scaleIndex(base: number, index: number, size: number): void {
    if (size > 0 && this.zba) return this.word(typeR(0x33, 1 << size, 0x10, base, index, base));
    if (size > 0) this.half(typeCI(2, 0, index, size));
    this.cadd(base, index);
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
    this.scaleIndex(base, index, 0);
    this.loadOffset(d, base, 0, 0);
  }
  load16RegRegReg(d: number, base: number, index: number): void {
    this.scaleIndex(base, index, 1);
    this.loadOffset(d, base, 0, 1);
  }
  load32RegRegReg(d: number, base: number, index: number): void {
    this.scaleIndex(base, index, 2);
    this.loadOffset(d, base, 0, 2);
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
    this.scaleIndex(base, index, 0);
    this.storeOffset(s, base, 0, 0);
  }
  store16RegRegReg(s: number, base: number, index: number): void {
    this.scaleIndex(base, index, 1);
    this.storeOffset(s, base, 0, 1);
  }
  store32RegRegReg(s: number, base: number, index: number): void {
    this.scaleIndex(base, index, 2);
    this.storeOffset(s, base, 0, 2);
  }
}
