// The x64 backend (py/asmx64.c, py/asmx64.h): the generic assembler interface as x86-64 machine
// code, in the System V calling convention, with the instruction encodings and jump sizing that
// MicroPython's assembler chooses (forward jumps always long, backward jumps short when they fit).

import { AsmBase, type NativeAsm, type NativeRegs } from "./asm.js";

const RAX = 0, RCX = 1, RDX = 2, RBX = 3, RSP = 4, RBP = 5, RSI = 6, RDI = 7, R12 = 12, R13 = 13;
const WORD = 8;

const REX = 0x40;
const REX_W = 0x08;
const rexR = (r: number) => (r >> 1) & 0x04;
const rexB = (r: number) => (r >> 3) & 0x01;
const modrmR = (r: number) => (r & 7) << 3;
const MODRM_REG = 0xc0;
const MODRM_DISP8 = 0x40;
const MODRM_DISP32 = 0x80;

const CC = { JB: 0x2, JAE: 0x3, JE: 0x4, JNE: 0x5, JBE: 0x6, JA: 0x7, JL: 0xc, JGE: 0xd, JLE: 0xe, JG: 0xf } as const;
/** Condition codes of viper comparisons: unsigned LESS..NOT_EQUAL, then signed. */
const SETCC_OPS = [CC.JB, CC.JA, CC.JE, CC.JBE, CC.JAE, CC.JNE, CC.JL, CC.JG, CC.JE, CC.JLE, CC.JGE, CC.JNE];

const REGS: NativeRegs = { RET: RAX, ARG_1: RDI, ARG_2: RSI, ARG_3: RDX, ARG_4: RCX, TEMP0: RAX, TEMP1: RDI, TEMP2: RSI, LOCAL_1: RBX, LOCAL_2: R12, LOCAL_3: R13, FUN_TABLE: RBP };

/** MicroPython's SIGNED_FIT8, through a 32-bit mask. */
function signedFit8(x: number): boolean {
  const m = Number(BigInt.asUintN(64, BigInt(x)) & 0xffffff80n);
  return m === 0 || m === 0xffffff80;
}

function word32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export class X64Asm extends AsmBase implements NativeAsm {
  readonly arch = "x64";
  readonly wordSize = WORD;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 10;
  readonly nlrBufIdxLocal1 = 5;
  readonly byteStoreFromFixedReg = true;
  readonly shiftCountReg = RCX;
  private numLocals = 0;

  endPass(): void {}

  private rmDisp(r: number, base: number, disp: number): void {
    let mod: number;
    if (disp === 0 && (base & 7) !== RBP) mod = 0;
    else if (signedFit8(disp)) mod = MODRM_DISP8;
    else mod = MODRM_DISP32;
    const b = [modrmR(r) | mod | (base & 7)];
    // rsp and r12 as a base need a SIB byte.
    if ((base & 7) === RSP) b.push(0x24);
    if (mod === MODRM_DISP8) b.push(disp & 0xff);
    else if (mod === MODRM_DISP32) b.push(...word32(disp));
    this.write(b);
  }
  private rr(dest: number, src: number, op: number): void {
    this.write([REX | REX_W | rexR(src) | rexB(dest), op, modrmR(src) | MODRM_REG | (dest & 7)]);
  }
  private push(r: number): void {
    this.write(r < 8 ? [0x50 | r] : [REX | 0x01, 0x50 | (r & 7)]);
  }
  private pop(r: number): void {
    this.write(r < 8 ? [0x58 | r] : [REX | 0x01, 0x58 | (r & 7)]);
  }
  private subRegI32(dest: number, imm: number): void {
    if (signedFit8(imm)) this.write([REX | REX_W, 0x83, modrmR(5) | MODRM_REG | (dest & 7), imm & 0xff]);
    else this.write([REX | REX_W, 0x81, modrmR(5) | MODRM_REG | (dest & 7), ...word32(imm)]);
  }
  private movMem64ToReg(base: number, disp: number, dest: number): void {
    this.write([REX | REX_W | rexR(dest) | rexB(base), 0x8b]);
    this.rmDisp(dest, base, disp);
  }
  private movRegToMem64(src: number, base: number, disp: number): void {
    this.write([REX | REX_W | rexR(src) | rexB(base), 0x89]);
    this.rmDisp(src, base, disp);
  }
  private lea(base: number, disp: number, dest: number): void {
    this.write([REX | REX_W | rexR(dest) | rexB(base), 0x8d]);
    this.rmDisp(dest, base, disp);
  }
  private jumpTo(label: number, short: (rel: number) => number[], longOp: number[]): void {
    const dest = this.labelOffset(label);
    let rel = (dest ?? -1) - this.codePos;
    if (dest !== undefined && rel < 0) {
      // Backward: the distance is known, so a short jump when it fits.
      rel -= 2;
      if (signedFit8(rel)) {
        this.write(short(rel & 0xff));
        return;
      }
      rel += 2;
    }
    rel -= longOp.length + 4;
    this.write([...longOp, ...word32(rel)]);
  }

  entry(numLocals: number): void {
    this.push(RBP);
    this.push(RBX);
    this.push(R12);
    this.push(R13);
    // An odd number of words keeps the stack 16-byte aligned.
    numLocals |= 1;
    this.subRegI32(RSP, numLocals * WORD);
    this.numLocals = numLocals;
  }
  exit(): void {
    this.subRegI32(RSP, -this.numLocals * WORD);
    this.pop(R13);
    this.pop(R12);
    this.pop(RBX);
    this.pop(RBP);
    this.write([0xc3]);
  }
  jump(label: number): void {
    this.jumpTo(label, (b) => [0xeb, b], [0xe9]);
  }
  private jcc(cc: number, label: number): void {
    this.jumpTo(label, (b) => [0x70 | cc, b], [0x0f, 0x80 | cc]);
  }
  private test(reg: number, boolTest: boolean): void {
    if (boolTest) this.write([0x84, modrmR(reg) | MODRM_REG | (reg & 7)]);
    else this.rr(reg, reg, 0x85);
  }
  jumpIfRegZero(reg: number, label: number, boolTest: boolean): void {
    this.test(reg, boolTest);
    this.jcc(CC.JE, label);
  }
  jumpIfRegNonzero(reg: number, label: number, boolTest: boolean): void {
    this.test(reg, boolTest);
    this.jcc(CC.JNE, label);
  }
  jumpIfRegEq(reg1: number, reg2: number, label: number): void {
    this.rr(reg2, reg1, 0x39);
    this.jcc(CC.JE, label);
  }
  jumpReg(reg: number): void {
    this.write([0xff, modrmR(4) | MODRM_REG | (reg & 7)]);
  }
  callInd(fun: number): void {
    this.movMem64ToReg(RBP, fun * WORD, RAX);
    this.write([0xff, modrmR(2) | MODRM_REG | RAX]);
  }
  movLocalReg(local: number, reg: number): void {
    this.movRegToMem64(reg, RSP, local * WORD);
  }
  movRegImm(reg: number, imm: bigint): void {
    const u = BigInt.asUintN(64, imm);
    if ((u & 0xffffffff00000000n) === 0n) {
      // 5 bytes, zero-extended.
      this.write([...(reg < 8 ? [0xb8 | reg] : [REX | 0x01, 0xb8 | (reg & 7)]), ...word32(Number(u))]);
    } else {
      const b: number[] = [];
      for (let i = 0n; i < 64n; i += 8n) b.push(Number((u >> i) & 0xffn));
      this.write([REX | REX_W | (reg < 8 ? 0 : 0x01), 0xb8 | (reg & 7), ...b]);
    }
  }
  movRegLocal(reg: number, local: number): void {
    this.movMem64ToReg(RSP, local * WORD, reg);
  }
  movRegReg(dest: number, src: number): void {
    this.rr(dest, src, 0x89);
  }
  movRegLocalAddr(reg: number, local: number): void {
    const off = local * WORD;
    if (off === 0) this.movRegReg(reg, RSP);
    else this.lea(RSP, off, reg);
  }
  movRegPcrel(reg: number, label: number): void {
    const dest = this.labelOffset(label) ?? -1;
    const rel = dest - (this.codePos + 7);
    this.write([REX | REX_W | rexR(reg), 0x8d, modrmR(reg) | 5, ...word32(rel)]);
  }
  notReg(reg: number): void {
    this.rr(reg, 2, 0xf7);
  }
  negReg(reg: number): void {
    this.rr(reg, 3, 0xf7);
  }
  orRegReg(d: number, s: number): void {
    this.rr(d, s, 0x09);
  }
  xorRegReg(d: number, s: number): void {
    this.rr(d, s, 0x31);
  }
  andRegReg(d: number, s: number): void {
    this.rr(d, s, 0x21);
  }
  addRegReg(d: number, s: number): void {
    this.rr(d, s, 0x01);
  }
  subRegReg(d: number, s: number): void {
    this.rr(d, s, 0x29);
  }
  mulRegReg(d: number, s: number): void {
    this.write([REX | REX_W | rexR(d) | rexB(s), 0x0f, 0xaf, modrmR(d) | MODRM_REG | (s & 7)]);
  }
  lslReg(reg: number): void {
    this.rr(reg, 4, 0xd3);
  }
  lsrReg(reg: number): void {
    this.rr(reg, 5, 0xd3);
  }
  asrReg(reg: number): void {
    this.rr(reg, 7, 0xd3);
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    this.xorRegReg(dest, dest);
    this.rr(lhs, rhs, 0x39);
    this.write([0x0f, 0x90 | SETCC_OPS[opIdx]!, MODRM_REG | (dest & 7)]);
  }
  loadRegRegOffset(d: number, base: number, wordOffset: number): void {
    this.movMem64ToReg(base, WORD * wordOffset, d);
  }
  private movzx(op: number[], base: number, disp: number, dest: number): void {
    this.write(base < 8 && dest < 8 ? op : [REX | rexR(dest) | rexB(base), ...op]);
    this.rmDisp(dest, base, disp);
  }
  load8RegRegOffset(d: number, base: number, off: number): void {
    this.movzx([0x0f, 0xb6], base, off, d);
  }
  load16RegRegOffset(d: number, base: number, off: number): void {
    this.movzx([0x0f, 0xb7], base, 2 * off, d);
  }
  load32RegRegOffset(d: number, base: number, off: number): void {
    this.movzx([0x8b], base, 4 * off, d);
  }
  load8RegReg(d: number, base: number): void {
    this.load8RegRegOffset(d, base, 0);
  }
  load16RegReg(d: number, base: number): void {
    this.load16RegRegOffset(d, base, 0);
  }
  load32RegReg(d: number, base: number): void {
    this.load32RegRegOffset(d, base, 0);
  }
  storeRegRegOffset(s: number, base: number, wordOffset: number): void {
    this.movRegToMem64(s, base, WORD * wordOffset);
  }
  private movToMem(op: number[], prefix: number[], src: number, base: number, disp: number): void {
    this.write(src < 8 && base < 8 ? [...prefix, ...op] : [...prefix, REX | rexR(src) | rexB(base), ...op]);
    this.rmDisp(src, base, disp);
  }
  store8RegRegOffset(s: number, base: number, off: number): void {
    this.movToMem([0x88], [], s, base, off);
  }
  store16RegRegOffset(s: number, base: number, off: number): void {
    this.movToMem([0x89], [0x66], s, base, 2 * off);
  }
  store32RegRegOffset(s: number, base: number, off: number): void {
    this.movToMem([0x89], [], s, base, 4 * off);
  }
  store8RegReg(s: number, base: number): void {
    this.store8RegRegOffset(s, base, 0);
  }
  store16RegReg(s: number, base: number): void {
    this.store16RegRegOffset(s, base, 0);
  }
  store32RegReg(s: number, base: number): void {
    this.store32RegRegOffset(s, base, 0);
  }
}
