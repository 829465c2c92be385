// The generic assembler interface the native emitter drives (MicroPython's GENERIC_ASM_API in each
// py/asm*.h), and the pass, label and byte bookkeeping every backend shares (py/asmbase.c). A
// backend supplies its registers, its fixed layout numbers and the instructions; optional methods
// are the macros only some architectures define, and the emitter falls back as MicroPython does.

import { InternalError } from "../diagnostics.js";

/** The registers the emitter names, as numbers of the backend (py/asm*.h REG_*). */
export interface NativeRegs {
  readonly RET: number;
  readonly ARG_1: number;
  readonly ARG_2: number;
  readonly ARG_3: number;
  readonly ARG_4: number;
  readonly TEMP0: number;
  readonly TEMP1: number;
  readonly TEMP2: number;
  readonly LOCAL_1: number;
  readonly LOCAL_2: number;
  readonly LOCAL_3: number;
  readonly FUN_TABLE: number;
}

/** Entry points of mp_fun_table, in its order (py/nativeglue.h mp_fun_kind_t). */
export const FUN_NAMES = [
  "const_none_obj", "const_false_obj", "const_true_obj",
  "convert_obj_to_native", "convert_native_to_obj", "native_swap_globals", "load_name", "load_global",
  "load_build_class", "load_attr", "load_method", "load_super_method", "store_name", "store_global",
  "store_attr", "obj_subscr", "obj_is_true", "unary_op", "binary_op", "build_tuple", "build_list",
  "build_map", "build_set", "store_set", "list_append", "store_map", "make_function_from_proto_fun",
  "native_call_function_n_kw", "call_method_n_kw", "call_method_n_kw_var", "native_getiter",
  "native_iternext", "nlr_push", "nlr_pop", "native_raise", "import_name", "import_from", "import_all",
  "new_slice", "unpack_sequence", "unpack_ex", "delete_name", "delete_global", "new_closure",
  "arg_check_num_sig", "setup_code_state", "small_int_floor_divide", "small_int_modulo",
  "native_yield_from", "setjmp",
] as const;
export type FunName = (typeof FUN_NAMES)[number];
export const F = Object.fromEntries(FUN_NAMES.map((n, i) => [n, i])) as { readonly [K in FunName]: number };

/** Shared state of an assembler (py/asmbase.c mp_asm_base_t). */
export abstract class AsmBase {
  /** True in the final pass, when bytes are written. */
  emitting = false;
  /** Set after code that does not fall through; a label ends it. */
  suppressed = false;
  protected code: number[] = [];
  private offset = 0;
  private labels: number[] = [];

  startPass(emit: boolean): void {
    // Labels are recomputed in each sizing pass; the emit pass must meet them at the same offsets.
    if (!emit) this.labels = [];
    this.emitting = emit;
    this.suppressed = false;
    this.offset = 0;
    this.code = [];
  }

  get codePos(): number {
    return this.offset;
  }

  labelOffset(label: number): number | undefined {
    return this.labels[label];
  }

  suppress(): void {
    this.suppressed = true;
  }

  labelAssign(label: number): void {
    this.suppressed = false;
    if (!this.emitting) this.labels[label] = this.offset;
    else if (this.labels[label] !== this.offset) throw new InternalError(`native label ${label} moved between passes`);
  }

  /** Bytes written unless suppressed (mp_asm_base_get_cur_to_write_bytes). */
  protected write(bytes: readonly number[]): void {
    if (this.suppressed) return;
    if (this.emitting) for (const b of bytes) this.code.push(b & 0xff);
    this.offset += bytes.length;
  }

  /** Room for bytes written later by patch (an index into the code, -1 when nothing is written). */
  protected reserve(n: number): number {
    const at = this.emitting && !this.suppressed ? this.code.length : -1;
    this.write(new Array<number>(n).fill(0));
    return at;
  }

  protected patch(at: number, bytes: readonly number[]): void {
    if (at >= 0) bytes.forEach((b, i) => (this.code[at + i] = b & 0xff));
  }

  align(n: number): void {
    const pad = (n - (this.offset % n)) % n;
    if (this.emitting) for (let i = 0; i < pad; i++) this.code.push(0);
    this.offset += pad;
  }

  /** Little-endian data of `size` bytes (mp_asm_base_data). */
  data(size: number, value: number): void {
    const b: number[] = [];
    let v = BigInt(value);
    for (let i = 0; i < size; i++) {
      b.push(Number(v & 0xffn));
      v >>= 8n;
    }
    this.write(b);
  }

  /** A var-uint as the prelude stores it. */
  dataUint(value: number): void {
    const b: number[] = [value & 0x7f];
    for (let v = value >>> 7; v > 0; v >>>= 7) b.unshift(0x80 | (v & 0x7f));
    this.write(b);
  }

  get bytes(): Uint8Array {
    return Uint8Array.from(this.code);
  }
}

/** The instruction set the native emitter uses (GENERIC_ASM_API). */
export interface NativeAsm extends AsmBase {
  readonly arch: string;
  readonly wordSize: number;
  readonly regs: NativeRegs;
  /** Registers saved by nlr_push (mp_dynamic_compiler.nlr_buf_num_regs for the arch). */
  readonly nlrBufNumRegs: number;
  /** Word index of REG_LOCAL_1 in nlr_buf_t. */
  readonly nlrBufIdxLocal1: number;

  /** Windowed ABIs (xtensawin): the caller's argument and return registers, when not the callee's. */
  readonly parentRegs?: { readonly RET: number; readonly ARG_1: number; readonly ARG_2: number; readonly ARG_3: number; readonly ARG_4: number };
  /** nlr_push needs a setjmp after it (xtensawin). */
  readonly nlrSetjmp?: boolean;
  /** A register that always reads zero (rv32's x0): no clearing, and stored directly as MP_OBJ_NULL. */
  readonly zeroReg?: number;

  endPass(): void;
  entry(numLocals: number, name: string): void;
  /** x86 only: the function's arguments come on the stack; loads argument `n` into `reg`. */
  movArgToReg?(n: number, reg: number): void;
  exit(): void;
  jump(label: number): void;
  jumpIfRegZero(reg: number, label: number, boolTest: boolean): void;
  jumpIfRegNonzero(reg: number, label: number, boolTest: boolean): void;
  jumpIfRegEq(reg1: number, reg2: number, label: number): void;
  jumpReg(reg: number): void;
  callInd(fun: number): void;
  /** Thumb and ARM call mp_setup_code_state through another register than callInd uses. */
  callSetupCodeState?(fun: number): void;
  movLocalReg(local: number, reg: number): void;
  movRegImm(reg: number, imm: bigint): void;
  movRegLocal(reg: number, local: number): void;
  movRegReg(dest: number, src: number): void;
  movRegLocalAddr(reg: number, local: number): void;
  movRegPcrel(reg: number, label: number): void;
  notReg?(reg: number): void;
  negReg(reg: number): void;
  orRegReg(dest: number, src: number): void;
  xorRegReg(dest: number, src: number): void;
  andRegReg(dest: number, src: number): void;
  addRegReg(dest: number, src: number): void;
  subRegReg(dest: number, src: number): void;
  mulRegReg(dest: number, src: number): void;
  lslRegReg?(dest: number, src: number): void;
  lsrRegReg?(dest: number, src: number): void;
  asrRegReg?(dest: number, src: number): void;
  /** x86 and x64 shift by CL only: the register the count must be in, and the shifts. */
  readonly shiftCountReg?: number;
  lslReg?(reg: number): void;
  lsrReg?(reg: number): void;
  asrReg?(reg: number): void;
  /**
   * The registers are C enum values, which `#if` sees as 0: MicroPython's `#if REG_ARG_1 != REG_RET`
   * is then false (the debug backend).
   */
  readonly regsUnknownToPreprocessor?: boolean;
  /** x86 and x64 store bytes only from their first four registers. */
  readonly byteStoreFromFixedReg: boolean;
  /** Compare `lhs` with `rhs` and set `dest` to 0 or 1 (viper comparisons; opIdx 0-5 unsigned, 6-11 signed). */
  setcc(opIdx: number, dest: number, lhs: number, rhs: number): void;
  loadRegRegOffset(dest: number, base: number, wordOffset: number): void;
  load8RegReg(dest: number, base: number): void;
  load16RegReg(dest: number, base: number): void;
  load32RegReg(dest: number, base: number): void;
  load8RegRegOffset?(dest: number, base: number, offset: number): void;
  load16RegRegOffset?(dest: number, base: number, offset: number): void;
  load32RegRegOffset?(dest: number, base: number, offset: number): void;
  load8RegRegReg?(dest: number, base: number, index: number): void;
  load16RegRegReg?(dest: number, base: number, index: number): void;
  load32RegRegReg?(dest: number, base: number, index: number): void;
  storeRegRegOffset(src: number, base: number, wordOffset: number): void;
  store8RegReg(src: number, base: number): void;
  store16RegReg(src: number, base: number): void;
  store32RegReg(src: number, base: number): void;
  store8RegRegOffset?(src: number, base: number, offset: number): void;
  store16RegRegOffset?(src: number, base: number, offset: number): void;
  store32RegRegOffset?(src: number, base: number, offset: number): void;
  store8RegRegReg?(src: number, base: number, index: number): void;
  store16RegRegReg?(src: number, base: number, index: number): void;
  store32RegRegReg?(src: number, base: number, index: number): void;
}
