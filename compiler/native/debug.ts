// The `-march=debug` backend (py/emitndebug.c): no machine code, a text trace of every assembler
// call the emitter makes in its final pass, as mpy-cross prints it. The oracle for the shared
// emitter before any instruction set is involved.

import { AsmBase, FUN_NAMES, type NativeAsm, type NativeRegs } from "./asm.js";

const REG_NAMES = ["r_ret", "r_arg1", "r_arg2", "r_arg3", "r_arg4", "r_temp0", "r_temp1", "r_temp2", "r_local1", "r_local2", "r_local3", "r_fun_table"];

const REGS: NativeRegs = { RET: 0, ARG_1: 1, ARG_2: 2, ARG_3: 3, ARG_4: 4, TEMP0: 5, TEMP1: 6, TEMP2: 7, LOCAL_1: 8, LOCAL_2: 9, LOCAL_3: 10, FUN_TABLE: 11 };

/** An immediate as emitndebug.c prints it: through a C int, in decimal and hex. */
function imm(v: bigint): string {
  const i = Number(BigInt.asIntN(32, v));
  return `${i}=0x${(i >>> 0).toString(16)}`;
}

export class DebugAsm extends AsmBase implements NativeAsm {
  readonly arch = "debug";
  readonly wordSize = 8;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 0;
  readonly nlrBufIdxLocal1 = 5;
  readonly byteStoreFromFixedReg = false;
  readonly regsUnknownToPreprocessor = true;
  /** The trace of the emit passes so far. */
  readonly lines: string[] = [];

  private print(text: string): void {
    if (!this.emitting) return;
    this.lines.push((text.startsWith("E") ? "" : "    ") + (this.suppressed ? "dead_code " : "") + text);
  }
  private r(reg: number): string {
    return REG_NAMES[reg]!;
  }

  override labelAssign(label: number): void {
    super.labelAssign(label);
    if (this.emitting) this.lines.push(`label(label_${label})`);
  }

  endPass(): void {}
  entry(numLocals: number, name: string): void {
    this.print(`ENTRY(${name}, num_locals=${numLocals})`);
  }
  exit(): void {
    this.print("EXIT(0)");
  }
  jump(label: number): void {
    this.print(`jump(label_${label})`);
  }
  jumpIfRegZero(reg: number, label: number, boolTest: boolean): void {
    this.print(`jump_if_reg_zero(${this.r(reg)}, label_${label}, ${boolTest})`);
  }
  jumpIfRegNonzero(reg: number, label: number, boolTest: boolean): void {
    this.print(`jump_if_reg_nonzero(${this.r(reg)}, label_${label}, ${boolTest})`);
  }
  jumpIfRegEq(reg1: number, reg2: number, label: number): void {
    this.print(`jump_if_reg_eq(${this.r(reg1)}, ${this.r(reg2)}, label_${label})`);
  }
  jumpReg(reg: number): void {
    this.print(`jump_reg(${this.r(reg)})`);
  }
  callInd(fun: number): void {
    this.print(`call_ind(${FUN_NAMES[fun]})`);
  }
  movLocalReg(local: number, reg: number): void {
    this.print(`mov_local_reg(local_${local}, ${this.r(reg)})`);
  }
  movRegImm(reg: number, v: bigint): void {
    this.print(`mov_reg_imm(${this.r(reg)}, ${imm(v)})`);
  }
  movRegLocal(reg: number, local: number): void {
    this.print(`mov_reg_local(${this.r(reg)}, local_${local})`);
  }
  movRegReg(dest: number, src: number): void {
    this.print(`mov_reg_reg(${this.r(dest)}, ${this.r(src)})`);
  }
  movRegLocalAddr(reg: number, local: number): void {
    this.print(`mov_reg_local_addr(${this.r(reg)}, local_${local})`);
  }
  movRegPcrel(reg: number, label: number): void {
    this.print(`mov_reg_pcrel(${this.r(reg)}, label_${label})`);
  }
  private rr(op: string, a: number, b: number): void {
    this.print(`${op}(${this.r(a)}, ${this.r(b)})`);
  }
  notReg(reg: number): void {
    this.print(`not(${this.r(reg)})`);
  }
  negReg(reg: number): void {
    this.print(`neg(${this.r(reg)})`);
  }
  orRegReg(d: number, s: number): void {
    this.rr("or", d, s);
  }
  xorRegReg(d: number, s: number): void {
    this.rr("xor", d, s);
  }
  andRegReg(d: number, s: number): void {
    this.rr("and", d, s);
  }
  addRegReg(d: number, s: number): void {
    this.rr("add", d, s);
  }
  subRegReg(d: number, s: number): void {
    this.rr("sub", d, s);
  }
  mulRegReg(d: number, s: number): void {
    this.rr("mul", d, s);
  }
  lslRegReg(d: number, s: number): void {
    this.rr("lsl", d, s);
  }
  lsrRegReg(d: number, s: number): void {
    this.rr("lsr", d, s);
  }
  asrRegReg(d: number, s: number): void {
    this.rr("asr", d, s);
  }
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void {
    this.print(`setcc(${opIdx}, ${this.r(dest)}, ${this.r(lhs)}, ${this.r(rhs)})`);
  }
  loadRegRegOffset(d: number, base: number, off: number): void {
    this.print(`load(${this.r(d)}, ${this.r(base)}, ${off})`);
  }
  load8RegReg(d: number, base: number): void {
    this.rr("load8", d, base);
  }
  load16RegReg(d: number, base: number): void {
    this.rr("load16", d, base);
  }
  load16RegRegOffset(d: number, base: number, off: number): void {
    this.print(`load16(${this.r(d)}, ${this.r(base)}, ${off})`);
  }
  load32RegReg(d: number, base: number): void {
    this.rr("load32", d, base);
  }
  storeRegRegOffset(s: number, base: number, off: number): void {
    this.print(`store(${this.r(s)}, ${this.r(base)}, ${off})`);
  }
  store8RegReg(s: number, base: number): void {
    this.rr("store8", s, base);
  }
  store16RegReg(s: number, base: number): void {
    this.rr("store16", s, base);
  }
  store32RegReg(s: number, base: number): void {
    this.rr("store32", s, base);
  }
}
