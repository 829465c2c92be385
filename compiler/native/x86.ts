// The x86 (32-bit) backend (py/asmx86.c, py/asmx86.h, py/emitnx86.c): the generic assembler
// interface as IA-32 machine code in the cdecl convention; arguments come on the stack and calls
// into mp_fun_table push their arguments, so the backend knows how many each entry takes.

import { AsmBase, FUN_NAMES, type FunName, type NativeAsm, type NativeRegs } from "./asm.js";

const EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;
const WORD = 4;
const MODRM_REG = 0xc0;
const modrmR = (r: number) => (r & 7) << 3;

const CC = { JB: 0x2, JAE: 0x3, JE: 0x4, JNE: 0x5, JBE: 0x6, JA: 0x7, JL: 0xc, JGE: 0xd, JLE: 0xe, JG: 0xf } as const;
const SETCC_OPS = [CC.JB, CC.JA, CC.JE, CC.JBE, CC.JAE, CC.JNE, CC.JL, CC.JG, CC.JE, CC.JLE, CC.JGE, CC.JNE];

/** Registers that hold call arguments until a call pushes them (ASM_X86_REG_ARG_*). */
const REGS: NativeRegs = { RET: EAX, ARG_1: EAX, ARG_2: ECX, ARG_3: EDX, ARG_4: EBX, TEMP0: EAX, TEMP1: ECX, TEMP2: EDX, LOCAL_1: EBX, LOCAL_2: ESI, LOCAL_3: EDI, FUN_TABLE: EBP };

/** How many arguments each mp_fun_table entry takes (py/emitnx86.c mp_f_n_args); the rest take none. */
const N_ARGS: Partial<Record<FunName, number>> = {
  convert_obj_to_native: 2, convert_native_to_obj: 2, native_swap_globals: 1, load_name: 1, load_global: 1,
  load_build_class: 0, load_attr: 2, load_method: 3, load_super_method: 2, store_name: 2, store_global: 2,
  store_attr: 3, obj_subscr: 3, obj_is_true: 1, unary_op: 2, binary_op: 3, build_tuple: 2, build_list: 2,
  build_map: 1, build_set: 2, store_set: 2, list_append: 2, store_map: 3, make_function_from_proto_fun: 3,
  native_call_function_n_kw: 3, call_method_n_kw: 3, call_method_n_kw_var: 3, native_getiter: 2,
  native_iternext: 1, nlr_push: 1, nlr_pop: 0, native_raise: 1, import_name: 3, import_from: 2, import_all: 1,
  new_slice: 3, unpack_sequence: 3, unpack_ex: 3, delete_name: 1, delete_global: 1, new_closure: 3,
  arg_check_num_sig: 3, setup_code_state: 4, small_int_floor_divide: 2, small_int_modulo: 2,
  native_yield_from: 3, setjmp: 1,
};

/** MicroPython's SIGNED_FIT8, through a 32-bit mask. */
function signedFit8(x: number): boolean {
  const m = Number(BigInt.asUintN(64, BigInt(x)) & 0xffffff80n);
  return m === 0 || m === 0xffffff80;
}

function word32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export class X86Asm extends AsmBase implements NativeAsm {
  readonly arch = "x86";
  readonly wordSize = WORD;
  readonly regs = REGS;
  readonly nlrBufNumRegs = 6;
  readonly nlrBufIdxLocal1 = 5;
  readonly byteStoreFromFixedReg = true;
  readonly shiftCountReg = ECX;
  private numLocals = 0;

  endPass(): void {}

  private rmDisp(r: number, base: number, disp: number): void {
    let mod: number;
    if (disp === 0 && base !== EBP) mod = 0;
    else if (signedFit8(disp)) mod = 0x40;
    else mod = 0x80;
    const b = [modrmR(r) | mod | (base & 7)];
    if (base === ESP) b.push(0x24);
    if (mod === 0x40) b.push(disp & 0xff);
    else if (mod === 0x80) b.push(...word32(disp));
    this.write(b);
  }
  private rr(dest: number, src: number, op: number): void {
    this.write([op, modrmR(src) | MODRM_REG | (dest & 7)]);
  }
  private push(r: number): void {
    this.write([0x50 | r]);
  }
  private pop(r: number): void {
    this.write([0x58 | r]);
  }
  private subRegI32(dest: number, imm: number): void {
    if (signedFit8(imm)) this.write([0x83, modrmR(5) | MODRM_REG | dest, imm & 0xff]);
    else this.write([0x81, modrmR(5) | MODRM_REG | dest, ...word32(imm)]);
  }
  private addI32ToReg(imm: number, dest: number): void {
    if (signedFit8(imm)) this.write([0x83, modrmR(0) | MODRM_REG | dest, imm & 0xff]);
    else this.write([0x81, modrmR(0) | MODRM_REG | dest, ...word32(imm)]);
  }
  private movMem32ToReg(base: number, disp: number, dest: number): void {
    this.write([0x8b]);
    this.rmDisp(dest, base, disp);
  }
  private jumpTo(label: number, short: (rel: number) => number[], longOp: number[]): void {
    const dest = this.labelOffset(label);
    let rel = (dest ?? -1) - this.codePos;
    if (dest !== undefined && rel < 0) {
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
    this.push(EBP);
    this.push(EBX);
    this.push(ESI);
    this.push(EDI);
    // With the 4 saved registers and the return address, keeps the stack 16-byte aligned.
    numLocals |= 3;
    this.subRegI32(ESP, numLocals * WORD);
    this.numLocals = numLocals;
  }
  exit(): void {
    this.subRegI32(ESP, -this.numLocals * WORD);
    this.pop(EDI);
    this.pop(ESI);
    this.pop(EBX);
    this.pop(EBP);
    this.write([0xc3]);
  }
  /** Argument `n` of the function being compiled, from above its frame (asm_x86_mov_arg_to_r32). */
  movArgToReg(n: number, reg: number): void {
    this.movMem32ToReg(ESP, (this.numLocals + 4 + 1 + n) * WORD, reg);
  }
  jump(label: number): void {
    this.jumpTo(label, (b) => [0xeb, b], [0xe9]);
  }
  private jcc(cc: number, label: number): void {
    this.jumpTo(label, (b) => [0x70 | cc, b], [0x0f, 0x80 | cc]);
  }
  private test(reg: number, boolTest: boolean): void {
    if (boolTest) this.write([0x84, modrmR(reg) | MODRM_REG | reg]);
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
    this.write([0xff, modrmR(4) | MODRM_REG | reg]);
  }
  callInd(fun: number): void {
    const n = N_ARGS[FUN_NAMES[fun]!] ?? 0;
    // Keep the stack 16-byte aligned during the call.
    const align = ((n + 3) & ~3) - n;
    if (align) this.subRegI32(ESP, align * WORD);
    if (n > 3) this.push(REGS.ARG_4);
    if (n > 2) this.push(REGS.ARG_3);
    if (n > 1) this.push(REGS.ARG_2);
    if (n > 0) this.push(REGS.ARG_1);
    this.movMem32ToReg(EBP, fun * WORD, EAX);
    this.write([0xff, modrmR(2) | MODRM_REG | EAX]);
    if (n > 0) this.addI32ToReg((n + align) * WORD, ESP);
  }
  movLocalReg(local: number, reg: number): void {
    this.write([0x89]);
    this.rmDisp(reg, ESP, local * WORD);
  }
  movRegImm(reg: number, imm: bigint): void {
    this.write([0xb8 | reg, ...word32(Number(BigInt.asIntN(32, imm)))]);
  }
  movRegLocal(reg: number, local: number): void {
    this.movMem32ToReg(ESP, local * WORD, reg);
  }
  movRegReg(dest: number, src: number): void {
    this.rr(dest, src, 0x89);
  }
  movRegLocalAddr(reg: number, local: number): void {
    const off = local * WORD;
    if (off === 0) this.movRegReg(reg, ESP);
    else {
      this.write([0x8d]);
      this.rmDisp(reg, ESP, off);
    }
  }
  movRegPcrel(reg: number, label: number): void {
    // call next; pop reg; add reg, label - next
    this.write([0xe8, 0, 0, 0, 0]);
    const rel = (this.labelOffset(label) ?? -1) - this.codePos;
    this.pop(reg);
    this.write([0x81, modrmR(0) | MODRM_REG | reg, ...word32(rel)]);
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
    this.write([0x0f, 0xaf, modrmR(d) | MODRM_REG | s]);
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
    this.write([0x0f, 0x90 | SETCC_OPS[opIdx]!, MODRM_REG | dest]);
  }
  loadRegRegOffset(d: number, base: number, wordOffset: number): void {
    this.movMem32ToReg(base, WORD * wordOffset, d);
  }
  load8RegRegOffset(d: number, base: number, off: number): void {
    this.write([0x0f, 0xb6]);
    this.rmDisp(d, base, off);
  }
  load16RegRegOffset(d: number, base: number, off: number): void {
    this.write([0x0f, 0xb7]);
    this.rmDisp(d, base, 2 * off);
  }
  load32RegRegOffset(d: number, base: number, off: number): void {
    this.movMem32ToReg(base, 4 * off, d);
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
    this.store32RegRegOffset(s, base, wordOffset);
  }
  store8RegRegOffset(s: number, base: number, off: number): void {
    this.write([0x88]);
    this.rmDisp(s, base, off);
  }
  store16RegRegOffset(s: number, base: number, off: number): void {
    this.write([0x66, 0x89]);
    this.rmDisp(s, base, 2 * off);
  }
  store32RegRegOffset(s: number, base: number, off: number): void {
    this.write([0x89]);
    this.rmDisp(s, base, 4 * off);
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

