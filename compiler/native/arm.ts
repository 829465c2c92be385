// The ARM (A32) backend for armv6 (py/asmarm.c, py/asmarm.h, py/emitnarm.c): 32-bit instructions,
// constants loaded from the instruction stream, calls through the function table by loading pc.

import { AsmBase, type NativeAsm, type NativeRegs } from "./asm.js";

const R0 = 0, R3 = 3, R4 = 4, R7 = 7, TEMP = 8, SP = 13, LR = 14, PC = 15;
const REGS: NativeRegs = { RET: R0, ARG_1: R0, ARG_2: 1, ARG_3: 2, ARG_4: R3, TEMP0: R0, TEMP1: 1, TEMP2: 2, LOCAL_1: R4, LOCAL_2: 5, LOCAL_3: 6, FUN_TABLE: R7 };

const CC = { EQ: 0x0, NE: 0x1, CS: 0x2, CC: 0x3, HI: 0x8, LS: 0x9, GE: 0xa, LT: 0xb, GT: 0xc, LE: 0xd, AL: 0xe } as const;
const SETCC_CC = [CC.CC, CC.HI, CC.EQ, CC.LS, CC.CS, CC.NE, CC.LT, CC.GT, CC.EQ, CC.LE, CC.GE, CC.NE];
const cond = (c: number) => (c << 28) >>> 0;

const movReg = (rd: number, rn: number) => 0x1a00000 | (rd << 12) | rn;
const movImm = (rd: number, imm: number) => 0x3a00000 | (rd << 12) | imm;
const addImm = (rd: number, rn: number, imm: number) => 0x2800000 | (rn << 16) | (rd << 12) | (imm & 0xff);
const addReg = (rd: number, rn: number, rm: number) => 0x0800000 | (rn << 16) | (rd << 12) | rm;
const subImm = (rd: number, rn: number, imm: number) => 0x2400000 | (rn << 16) | (rd << 12) | (imm & 0xff);
const subReg = (rd: number, rn: number, rm: number) => 0x0400000 | (rn << 16) | (rd << 12) | rm;

export class ArmAsm extends AsmBase implements NativeAsm {
  readonly arch = "armv6";
  readonly wordSize = 4;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 16;
  readonly nlrBufIdxLocal1 = 3;
  readonly byteStoreFromFixedReg = false;
  private pushReglist = 0;
  private stackAdjust = 0;

  endPass(): void {}

  private emit(op: number): void {
    const v = op >>> 0;
    this.write([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]);
  }
  private al(op: number): void {
    this.emit((op | cond(CC.AL)) >>> 0);
  }
  private movRegI32(rd: number, imm: number): void {
    this.al(0x59f0000 | (rd << 12)); // ldr rd, [pc]
    this.al(0xa000000); // b pc
    this.emit(imm);
  }
  private movRegI32Optimised(rd: number, imm: number): void {
    if ((imm & 0xff) === imm) this.al(movImm(rd, imm));
    else if (imm < 0 && imm >= -256) this.al(0x3e00000 | (rd << 12) | (~imm & 0xffffffff));
    else this.movRegI32(rd, imm);
  }

  entry(numLocals: number): void {
    this.stackAdjust = 0;
    this.pushReglist = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8);
    if (numLocals > 3) {
      this.stackAdjust = numLocals * 4;
      if (numLocals & 1) this.stackAdjust += 4;
    }
    this.al(0x92d0000 | ((this.pushReglist | (1 << LR)) & 0xffff));
    if (this.stackAdjust > 0) {
      if (this.stackAdjust < 0x100) this.al(subImm(SP, SP, this.stackAdjust));
      else {
        this.movRegI32Optimised(TEMP, this.stackAdjust);
        this.al(subReg(SP, SP, TEMP));
      }
    }
  }
  exit(): void {
    if (this.stackAdjust > 0) {
      if (this.stackAdjust < 0x100) this.al(addImm(SP, SP, this.stackAdjust));
      else {
        this.movRegI32Optimised(TEMP, this.stackAdjust);
        this.al(addReg(SP, SP, TEMP));
      }
    }
    this.al(0x8bd0000 | ((this.pushReglist | (1 << PC)) & 0xffff));
  }
  private bcc(c: number, label: number): void {
    const rel = ((this.labelOffset(label) ?? -1) - this.codePos - 8) >> 2;
    // MicroPython writes nothing (and prints a message) for a branch beyond 24 bits.
    if (rel >= -(1 << 23) && rel < 1 << 23) this.emit((cond(c) | 0xa000000 | (rel & 0xffffff)) >>> 0);
  }
  jump(label: number): void {
    this.bcc(CC.AL, label);
  }
  private cmpRegI8(rd: number, imm: number): void {
    this.al(0x3500000 | (rd << 16) | (imm & 0xff));
  }
  private cmpRegReg(rd: number, rn: number): void {
    this.al(0x1500000 | (rd << 16) | rn);
  }
  jumpIfRegZero(reg: number, label: number): void {
    this.cmpRegI8(reg, 0);
    this.bcc(CC.EQ, label);
  }
  jumpIfRegNonzero(reg: number, label: number): void {
    this.cmpRegI8(reg, 0);
    this.bcc(CC.NE, label);
  }
  jumpIfRegEq(reg1: number, reg2: number, label: number): void {
    this.cmpRegReg(reg1, reg2);
    this.bcc(CC.EQ, label);
  }
  jumpReg(reg: number): void {
    this.al(0x012fff10 | reg);
  }
  callInd(fun: number): void {
    this.al(movReg(LR, PC)); // mov lr, pc
    this.al(0x597f000 | (fun << 2)); // ldr pc, [r7, #fun*4]
  }
  callSetupCodeState(fun: number): void {
    this.callInd(fun);
  }
  movLocalReg(local: number, rd: number): void {
    this.al(0x58d0000 | (rd << 12) | (local << 2));
  }
  movRegImm(reg: number, imm: bigint): void {
    this.movRegI32Optimised(reg, Number(BigInt.asIntN(32, imm)));
  }
  movRegLocal(rd: number, local: number): void {
    this.al(0x59d0000 | (rd << 12) | (local << 2));
  }
  movRegReg(d: number, s: number): void {
    this.al(movReg(d, s));
  }
  movRegLocalAddr(rd: number, local: number): void {
    if (local >= 0x40) {
      this.movRegI32Optimised(TEMP, local << 2);
      this.al(addReg(rd, SP, TEMP));
    } else {
      this.al(addImm(rd, SP, local << 2));
    }
  }
  movRegPcrel(rd: number, label: number): void {
    const rel = (this.labelOffset(label) ?? -1) - this.codePos - (12 + 8);
    this.al(0x59f0000 | (rd << 12));
    this.al(0xa000000);
    this.emit(rel);
    this.al(addReg(rd, rd, PC));
  }
  notReg(reg: number): void {
    this.al(0x1e00000 | (reg << 12) | reg);
  }
  negReg(reg: number): void {
    this.al(0x2600000 | (reg << 16) | (reg << 12));
  }
  lslRegReg(d: number, s: number): void {
    this.al(0x1a00010 | (d << 12) | (s << 8) | d);
  }
  lsrRegReg(d: number, s: number): void {
    this.al(0x1a00030 | (d << 12) | (s << 8) | d);
  }
  asrRegReg(d: number, s: number): void {
    this.al(0x1a00050 | (d << 12) | (s << 8) | d);
  }
  orRegReg(d: number, s: number): void {
    this.al(0x1800000 | (d << 16) | (d << 12) | s);
  }
  xorRegReg(d: number, s: number): void {
    this.al(0x0200000 | (d << 16) | (d << 12) | s);
  }
  andRegReg(d: number, s: number): void {
    this.al(0x0000000 | (d << 16) | (d << 12) | s);
  }
  addRegReg(d: number, s: number): void {
    this.al(addReg(d, d, s));
  }
  subRegReg(d: number, s: number): void {
    this.al(subReg(d, d, s));
  }
  mulRegReg(d: number, s: number): void {
    // mul rd, rs, rd as asm_arm_mul_reg_reg_reg(rd, rd, rs) encodes it.
    this.al(0x0000090 | (d << 16) | (d << 8) | s);
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    this.cmpRegReg(lhs, rhs);
    const c = cond(SETCC_CC[opIdx]!);
    this.emit((movImm(dest, 1) | c) >>> 0);
    this.emit((movImm(dest, 0) | (c ^ (1 << 28))) >>> 0);
  }
  private memOffset(near: number, far: number, limit: number, rd: number, rn: number, off: number, half: boolean): void {
    if (off < limit) this.al(near | (rn << 16) | (rd << 12) | (half ? ((off & 0xf0) << 4) | (off & 0xf) : off));
    else {
      this.movRegI32Optimised(TEMP, off);
      this.al(far | (rn << 16) | (rd << 12) | TEMP);
    }
  }
  loadRegRegOffset(d: number, base: number, word: number): void {
    this.memOffset(0x5900000, 0x7900000, 0x1000, d, base, 4 * word, false);
  }
  load8RegRegOffset(d: number, base: number, off: number): void {
    this.memOffset(0x5d00000, 0x7d00000, 0x1000, d, base, off, false);
  }
  load16RegRegOffset(d: number, base: number, off: number): void {
    this.memOffset(0x1d000b0, 0x19000b0, 0x100, d, base, 2 * off, true);
  }
  load32RegRegOffset(d: number, base: number, off: number): void {
    this.loadRegRegOffset(d, base, off);
  }
  load8RegReg(d: number, base: number): void {
    this.load8RegRegOffset(d, base, 0);
  }
  load16RegReg(d: number, base: number): void {
    this.load16RegRegOffset(d, base, 0);
  }
  load32RegReg(d: number, base: number): void {
    this.loadRegRegOffset(d, base, 0);
  }
  load8RegRegReg(d: number, base: number, index: number): void {
    this.al(0x7d00000 | (base << 16) | (d << 12) | index);
  }
  load16RegRegReg(d: number, base: number, index: number): void {
    this.al(0x1a00080 | (TEMP << 12) | index); // mov temp, index, lsl #1
    this.al(0x19000b0 | (base << 16) | (d << 12) | TEMP);
  }
  load32RegRegReg(d: number, base: number, index: number): void {
    this.al(0x7900100 | (base << 16) | (d << 12) | index);
  }
  storeRegRegOffset(s: number, base: number, word: number): void {
    this.memOffset(0x5800000, 0x7800000, 0x1000, s, base, 4 * word, false);
  }
  store8RegRegOffset(s: number, base: number, off: number): void {
    this.memOffset(0x5c00000, 0x7c00000, 0x1000, s, base, off, false);
  }
  store16RegRegOffset(s: number, base: number, off: number): void {
    this.memOffset(0x1c000b0, 0x18000b0, 0x100, s, base, 2 * off, true);
  }
  store32RegRegOffset(s: number, base: number, off: number): void {
    this.storeRegRegOffset(s, base, off);
  }
  store8RegReg(s: number, base: number): void {
    this.store8RegRegOffset(s, base, 0);
  }
  store16RegReg(s: number, base: number): void {
    this.store16RegRegOffset(s, base, 0);
  }
  store32RegReg(s: number, base: number): void {
    this.storeRegRegOffset(s, base, 0);
  }
  store8RegRegReg(s: number, base: number, index: number): void {
    this.al(0x7c00000 | (base << 16) | (s << 12) | index);
  }
  store16RegRegReg(s: number, base: number, index: number): void {
    this.al(0x1a00080 | (TEMP << 12) | index);
    this.al(0x18000b0 | (base << 16) | (s << 12) | TEMP);
  }
  store32RegRegReg(s: number, base: number, index: number): void {
    this.al(0x7800100 | (base << 16) | (s << 12) | index);
  }
}
