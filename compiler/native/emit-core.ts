// The native emitter's state and machinery (py/emitnative.c, first part): the C-stack layout of a
// native or viper function, the model of the Python value stack (values settled in the frame, held
// in registers, or immediates), viper types and exception-handler bookkeeping. Function entry and
// exit are in emit-frame.ts.

import { ScopeFlag } from "../../bytecode/rawcode.js";
import type { ConstObject, TableObject } from "../../bytecode/rawcode.js";
import { InternalError } from "../front/diagnostics.js";
import type { Pass } from "../emit/emitter.js";
import { NativeScopeFlag, type Scope } from "../emit/scope.js";
import { F, type NativeAsm, type NativeRegs } from "./asm.js";

export { ID_FLAG_VIPER_TYPE_POS, NATIVE_TYPES, NativeScopeFlag } from "../emit/scope.js";

/** Value types of viper (py/emitnative.c vtype_kind_t; the low 4 bits are MP_NATIVE_TYPE_*). */
export const VT = {
  PYOBJ: 0x00, BOOL: 0x01, INT: 0x02, UINT: 0x03, PTR: 0x04, PTR8: 0x05, PTR16: 0x06, PTR32: 0x07,
  PTR_NONE: 0x54, UNBOUND: 0x60, BUILTIN_CAST: 0x70,
} as const;
export type VType = number;

export function vtypeName(v: VType): string {
  return ["object", "bool", "int", "uint", "ptr", "ptr8", "ptr16", "ptr32"][v] ?? "None";
}

const enum Kind {
  VALUE,
  REG,
  IMM,
}

interface StackInfo {
  vtype: VType;
  kind: Kind;
  reg: number;
  imm: bigint;
}

interface ExcEntry {
  label: number;
  isFinally: boolean;
  unwindLabel: number;
  isActive: boolean;
}

export const UNWIND_LABEL_UNUSED = 0x7fff;
export const UNWIND_LABEL_DO_FINAL_UNWIND = 0x7ffe;

/** Word layout of structures the emitted code reaches (py/bc.h, py/objfun.h, py/emitglue.h). */
export const OFFSETOF_CODE_STATE_FUN_BC = 0;
export const OFFSETOF_CODE_STATE_IP = 1;
export const OFFSETOF_CODE_STATE_SP = 2;
export const OFFSETOF_OBJ_FUN_BC_CONTEXT = 1;
export const OFFSETOF_OBJ_FUN_BC_CHILD_TABLE = 2;
const OFFSETOF_MODULE_CONTEXT_OBJ_TABLE = 3;
const NLR_BUF_IDX_RET_VAL = 1;
export const VM_RETURN_NORMAL = 0n;
export const VM_RETURN_YIELD = 1n;

/** How the native emitter reaches the module's tables and the compiler's label counter. */
export interface NativeContext {
  useQstr(s: string): number;
  useConst(o: TableObject): number;
  /** The compiler's next free label (py/compile.c comp->next_label): the emitter's own labels start there. */
  labelSlot(): number;
  /** A user error at the current statement, in the current scope. */
  error(code: "nativeYield" | "nativeCasting" | "nativeConversion" | "nativeRaise" | "viperObjectExpected" | "nativeTooLarge", message?: string): never;
  /**
   * A ViperTypeError: as in mpy-cross, code generation goes on to the end of the statement and a
   * later type error of the same statement replaces the message.
   */
  typeError(message: string): void;
}

export class NativeEmitterCore {
  protected pass: Pass = "scope";
  protected scope!: Scope;
  protected doViper = false;
  protected localVtype: VType[] = [];
  protected stack: StackInfo[] = [];
  protected stackSize = 0;
  protected savedStackVtype: VType = VT.PYOBJ;
  protected excStack: ExcEntry[] = [];
  protected exitLabel = 0;
  protected preludeOffset = 0;
  protected preludePtrIndex = 0;
  protected startOffset = 0;
  protected nState = 0;
  protected codeStateStart = 0;
  protected stackStart = 0;
  protected nInfo = 0;
  protected nCell = 0;
  /** Children made so far in this pass (mp_emit_common_t ct_cur_child). */
  protected childCount = 0;
  protected readonly r: NativeRegs;
  /** Word index of the local C stack's exception-handler PC (the saved REG_LOCAL_1). */
  protected readonly sizeofNlrBuf: number;
  /** The scope's computed stack size (scope->stack_size), kept across passes. */
  protected readonly scopeStackSize = new Map<Scope, number>();

  constructor(protected readonly as: NativeAsm, protected readonly ctx: NativeContext) {
    this.r = as.regs;
    this.sizeofNlrBuf = 2 + as.nlrBufNumRegs + 1;
  }

  // ---- layout ----

  protected get isGenerator(): boolean {
    return (this.scope.scopeFlags & ScopeFlag.GENERATOR) !== 0;
  }
  protected get needFunObj(): boolean {
    return this.scope.excStackSize > 0 || (this.scope.scopeFlags & (NativeScopeFlag.REFGLOBALS | NativeScopeFlag.HASCONSTS)) !== 0;
  }
  protected get needGlobalExcHandler(): boolean {
    return this.scope.excStackSize > 0 || (this.scope.scopeFlags & (ScopeFlag.GENERATOR | NativeScopeFlag.REFGLOBALS)) !== 0;
  }
  protected get needExcHandlerUnwind(): boolean {
    return this.scope.excStackSize > 0;
  }
  protected get canUseRegsForLocals(): boolean {
    return this.scope.excStackSize === 0 && !this.isGenerator;
  }
  protected get localIdxExcVal(): number {
    return NLR_BUF_IDX_RET_VAL;
  }
  protected get localIdxExcHandlerPc(): number {
    return this.as.nlrBufIdxLocal1;
  }
  protected get localIdxExcHandlerUnwind(): number {
    return this.sizeofNlrBuf + 1;
  }
  protected get localIdxThrowVal(): number {
    return this.sizeofNlrBuf + 2;
  }
  protected get localIdxRetVal(): number {
    return this.sizeofNlrBuf;
  }
  protected get localIdxFunObj(): number {
    return this.codeStateStart + OFFSETOF_CODE_STATE_FUN_BC;
  }
  protected get localIdxOldGlobals(): number {
    return this.codeStateStart + OFFSETOF_CODE_STATE_IP;
  }
  protected get localIdxGenPc(): number {
    return this.codeStateStart + OFFSETOF_CODE_STATE_IP;
  }
  protected localIdxLocalVar(n: number): number {
    return this.stackStart + this.nState - 1 - n;
  }
  protected get regGeneratorState(): number {
    return this.r.LOCAL_2;
  }
  protected get regQstrTable(): number {
    return this.r.LOCAL_3;
  }
  protected get regLocalTable(): readonly number[] {
    return [this.r.LOCAL_1, this.r.LOCAL_2];
  }
  protected get regLocalLast(): number {
    return this.r.LOCAL_2;
  }
  /** The caller's registers (REG_PARENT_*): the callee's own except on windowed ABIs. */
  protected get pr(): { readonly RET: number; readonly ARG_1: number; readonly ARG_2: number; readonly ARG_3: number; readonly ARG_4: number } {
    return this.as.parentRegs ?? this.r;
  }

  protected viperError(message: string): void {
    this.ctx.typeError(message);
  }

  /** Where mpy-cross asserts that a viper value is an object (and aborts), a clean error. */
  protected needObject(vtype: VType): void {
    if (vtype !== VT.PYOBJ) this.ctx.error("viperObjectExpected");
  }

  // ---- moves through the frame or the generator state ----

  protected movRegConst(reg: number, constVal: number): void {
    this.as.loadRegRegOffset(reg, this.r.FUN_TABLE, constVal);
  }
  protected movStateReg(local: number, reg: number): void {
    if (this.isGenerator) this.as.storeRegRegOffset(reg, this.regGeneratorState, local);
    else this.as.movLocalReg(local, reg);
  }
  protected movRegState(reg: number, local: number): void {
    if (this.isGenerator) this.as.loadRegRegOffset(reg, this.regGeneratorState, local);
    else this.as.movRegLocal(reg, local);
  }
  protected movRegStateAddr(reg: number, local: number): void {
    if (this.isGenerator) {
      this.as.movRegImm(reg, BigInt(local * this.as.wordSize));
      this.as.addRegReg(reg, this.regGeneratorState);
    } else {
      this.as.movRegLocalAddr(reg, local);
    }
  }
  protected movRegQstr(reg: number, q: string): void {
    this.as.load16RegRegOffset!(reg, this.regQstrTable, this.ctx.useQstr(q));
  }
  protected movRegQstrObj(reg: number, q: string): void {
    this.loadRegWithObject(reg, { kind: "str", value: q });
  }
  protected movStateImmVia(local: number, imm: bigint, regTemp: number): void {
    this.as.movRegImm(regTemp, imm);
    this.movStateReg(local, regTemp);
  }
  protected movLocalObjNull(local: number, regTemp: number): void {
    if (this.as.zeroReg !== undefined) return this.as.movLocalReg(local, this.as.zeroReg);
    this.as.movRegImm(regTemp, 0n);
    this.as.movLocalReg(local, regTemp);
  }
  /** ASM_CLR_REG(REG_ZERO): the register holding zero, cleared unless it is hard-wired. */
  protected zero(): number {
    if (this.as.zeroReg !== undefined) return this.as.zeroReg;
    this.as.xorRegReg(this.r.TEMP0, this.r.TEMP0);
    return this.r.TEMP0;
  }

  /** Loads a constant through the function's module context; marks the scope as using constants. */
  protected loadRegWithObject(reg: number, o: ConstObject): void {
    this.scope.scopeFlags |= NativeScopeFlag.HASCONSTS;
    const off = this.ctx.useConst(o);
    this.movRegState(this.r.TEMP0, this.localIdxFunObj);
    this.as.loadRegRegOffset(this.r.TEMP0, this.r.TEMP0, OFFSETOF_OBJ_FUN_BC_CONTEXT);
    this.as.loadRegRegOffset(this.r.TEMP0, this.r.TEMP0, OFFSETOF_MODULE_CONTEXT_OBJ_TABLE);
    this.as.loadRegRegOffset(reg, this.r.TEMP0, off);
  }
  protected loadRegWithChild(reg: number, child: Scope): number {
    const off = this.childCount++;
    if (this.pass === "emit") this.scope.children[off] = child;
    this.movRegState(this.r.TEMP0, this.localIdxFunObj);
    this.as.loadRegRegOffset(this.r.TEMP0, this.r.TEMP0, OFFSETOF_OBJ_FUN_BC_CHILD_TABLE);
    this.as.loadRegRegOffset(reg, this.r.TEMP0, off);
    return off;
  }

  // ---- the value stack ----

  private adjustStack(delta: number): void {
    this.stackSize += delta;
    if (this.stackSize < 0) throw new InternalError("native stack underflow");
    const cur = this.scopeStackSize.get(this.scope) ?? 0;
    if (this.stackSize > cur) this.scopeStackSize.set(this.scope, this.stackSize);
  }
  protected adjust(delta: number): void {
    this.adjustStack(delta);
  }
  private slot(i: number): StackInfo {
    return (this.stack[i] ??= { vtype: VT.UNBOUND, kind: Kind.VALUE, reg: 0, imm: 0n });
  }

  adjustStackSize(delta: number): void {
    for (let i = 0; i < delta; i++) {
      const si = this.slot(this.stackSize + i);
      si.kind = Kind.VALUE;
      // The one-slot case restores the type a jump_if_or_pop left (multiple comparisons).
      si.vtype = delta === 1 ? this.savedStackVtype : VT.PYOBJ;
    }
    this.adjustStack(delta);
  }

  protected peekStack(depth: number): StackInfo {
    return this.slot(this.stackSize - 1 - depth);
  }
  protected peekVtype(depth: number): VType {
    return this.doViper ? this.peekStack(depth).vtype : VT.PYOBJ;
  }

  /** Spills any stack entry held in `reg` (except at stack position `skipPos`, 1 = top). */
  protected needRegSingle(reg: number, skipPos: number): void {
    const skip = this.stackSize - skipPos;
    for (let i = 0; i < this.stackSize; i++) {
      if (i === skip) continue;
      const si = this.slot(i);
      if (si.kind === Kind.REG && si.reg === reg) {
        si.kind = Kind.VALUE;
        this.movStateReg(this.stackStart + i, si.reg);
      }
    }
  }
  protected needRegAll(): void {
    for (let i = 0; i < this.stackSize; i++) {
      const si = this.slot(i);
      if (si.kind === Kind.REG) {
        si.kind = Kind.VALUE;
        this.movStateReg(this.stackStart + i, si.reg);
      }
    }
  }

  private loadRegStackImm(reg: number, si: StackInfo, toPyobj: boolean): VType {
    if (!toPyobj && this.doViper) {
      this.as.movRegImm(reg, si.imm);
      return si.vtype;
    }
    if (si.vtype === VT.PYOBJ) this.as.movRegImm(reg, si.imm);
    else if (si.vtype === VT.BOOL) this.movRegConst(reg, F.const_false_obj + Number(si.imm));
    else if (si.vtype === VT.INT || si.vtype === VT.UINT) this.as.movRegImm(reg, (si.imm << 1n) | 1n);
    else if (si.vtype === VT.PTR_NONE) this.movRegConst(reg, F.const_none_obj);
    else this.ctx.error("nativeConversion");
    return VT.PYOBJ;
  }

  protected needStackSettled(): void {
    this.needRegAll();
    for (let i = 0; i < this.stackSize; i++) {
      const si = this.slot(i);
      if (si.kind === Kind.IMM) {
        si.kind = Kind.VALUE;
        si.vtype = this.loadRegStackImm(this.r.TEMP1, si, false);
        this.movStateReg(this.stackStart + i, this.r.TEMP1);
      }
    }
  }

  /** Loads stack entry `pos` (1 = top) into `reg`, returning its type. */
  protected accessStack(pos: number, reg: number): VType {
    this.needRegSingle(reg, pos);
    const si = this.slot(this.stackSize - pos);
    let vtype = si.vtype;
    if (si.kind === Kind.VALUE) this.movRegState(reg, this.stackStart + this.stackSize - pos);
    else if (si.kind === Kind.REG) {
      if (si.reg !== reg) this.as.movRegReg(reg, si.reg);
    } else vtype = this.loadRegStackImm(reg, si, false);
    return vtype;
  }

  /** X = pop(); discard(); push(X), with X moved to `reg` if it was in the frame. */
  protected foldStackTop(reg: number): void {
    const below = this.slot(this.stackSize - 2);
    const top = this.slot(this.stackSize - 1);
    Object.assign(below, top);
    if (below.kind === Kind.VALUE) {
      this.movRegState(reg, this.stackStart + this.stackSize - 1);
      below.kind = Kind.REG;
      below.reg = reg;
    }
    this.adjustStack(-1);
  }

  /** Pops into the register the value is already in, unless that is notR1 or notR2. */
  protected prePopRegFlexible(reg: number, notR1: number, notR2: number): { vtype: VType; reg: number } {
    const si = this.peekStack(0);
    let vtype: VType;
    if (si.kind === Kind.REG && si.reg !== notR1 && si.reg !== notR2) {
      vtype = si.vtype;
      reg = si.reg;
      this.needRegSingle(reg, 1);
    } else {
      vtype = this.accessStack(1, reg);
    }
    this.adjustStack(-1);
    return { vtype, reg };
  }
  protected prePopDiscard(): void {
    this.adjustStack(-1);
  }
  protected prePopReg(reg: number): VType {
    const v = this.accessStack(1, reg);
    this.adjustStack(-1);
    return v;
  }
  protected postTopSetVtype(vtype: VType): void {
    this.slot(this.stackSize - 1).vtype = vtype;
  }
  protected postPushReg(vtype: VType, reg: number): void {
    const si = this.slot(this.stackSize);
    si.vtype = vtype;
    si.kind = Kind.REG;
    si.reg = reg;
    this.adjustStack(1);
  }
  protected postPushImm(vtype: VType, imm: bigint): void {
    const si = this.slot(this.stackSize);
    si.vtype = vtype;
    si.kind = Kind.IMM;
    si.imm = imm;
    this.adjustStack(1);
  }
  protected isImmInt(depth: number): bigint | null {
    const si = this.peekStack(depth);
    return si.vtype === VT.INT && si.kind === Kind.IMM ? si.imm : null;
  }
  protected stackImm(depth: number): bigint {
    return this.peekStack(depth).imm;
  }

  protected call(fun: number): void {
    this.needRegAll();
    this.as.callInd(fun);
  }
  protected callWithImmArg(fun: number, arg: bigint, reg: number): void {
    this.needRegAll();
    this.as.movRegImm(reg, arg);
    this.as.callInd(fun);
  }
  protected callWith2ImmArgs(fun: number, a1: bigint, r1: number, a2: bigint, r2: number): void {
    this.needRegAll();
    this.as.movRegImm(r1, a1);
    this.as.movRegImm(r2, a2);
    this.as.callInd(fun);
  }
  protected callWithQstrArg(fun: number, q: string, reg: number): void {
    this.needRegAll();
    this.movRegQstr(reg, q);
    this.as.callInd(fun);
  }

  /** Points `reg` at the top `nPop` stack entries, converted to objects and settled in the frame. */
  protected stackPointerForPop(reg: number, nPop: number): void {
    this.needRegAll();
    for (let i = 0; i < nPop; i++) {
      const si = this.slot(this.stackSize - 1 - i);
      if (si.kind === Kind.IMM) {
        si.kind = Kind.VALUE;
        si.vtype = this.loadRegStackImm(reg, si, true);
        this.movStateReg(this.stackStart + this.stackSize - 1 - i, reg);
      }
      if (si.kind !== Kind.VALUE) throw new InternalError("native stack entry not settled");
    }
    for (let i = 0; i < nPop; i++) {
      const si = this.slot(this.stackSize - 1 - i);
      if (si.vtype !== VT.PYOBJ) {
        const local = this.stackStart + this.stackSize - 1 - i;
        this.movRegState(this.r.ARG_1, local);
        this.callWithImmArg(F.convert_native_to_obj, BigInt(si.vtype), this.r.ARG_2);
        this.movStateReg(local, this.r.RET);
        si.vtype = VT.PYOBJ;
      }
    }
    this.adjustStack(-nPop);
    this.movRegStateAddr(reg, this.stackStart + this.stackSize);
  }
  protected stackPointerForPush(reg: number, nPush: number): void {
    this.needRegAll();
    for (let i = 0; i < nPush; i++) {
      const si = this.slot(this.stackSize + i);
      si.kind = Kind.VALUE;
      si.vtype = VT.PYOBJ;
    }
    this.movRegStateAddr(reg, this.stackStart + this.stackSize);
    this.adjustStack(nPush);
  }

  // ---- exception handlers ----

  protected pushExcStack(label: number, isFinally: boolean): void {
    this.excStack.push({ label, isFinally, unwindLabel: UNWIND_LABEL_UNUSED, isActive: true });
    this.as.movRegPcrel(this.r.RET, label);
    this.as.movLocalReg(this.localIdxExcHandlerPc, this.r.RET);
  }

  protected leaveExcStack(startOfHandler: boolean): void {
    const n = this.excStack.length;
    if (n === 0) throw new InternalError("native exception stack empty");
    this.excStack[n - 1]!.isActive = false;
    let k = n - 2;
    while (k >= 0 && !this.excStack[k]!.isActive) k--;
    if (k < 0) {
      // The global handler already cleared the PC at the start of a handler.
      if (startOfHandler) return;
      this.as.xorRegReg(this.r.RET, this.r.RET);
    } else {
      this.as.movRegPcrel(this.r.RET, this.excStack[k]!.label);
    }
    this.as.movLocalReg(this.localIdxExcHandlerPc, this.r.RET);
  }

  protected popExcStack(): ExcEntry {
    const e = this.excStack.pop();
    if (!e || e.isActive) throw new InternalError("native exception stack out of order");
    return e;
  }

  protected get excEntries(): ExcEntry[] {
    return this.excStack;
  }

  labelAssign(l: number): void {
    const top = this.excStack[this.excStack.length - 1];
    const isFinally = top !== undefined && top.isFinally && top.label === l;
    if (isFinally) {
      // The start of a finally handler: keep the top of stack as the exception.
      this.accessStack(1, this.r.TEMP0);
      this.as.movLocalReg(this.localIdxExcVal, this.r.TEMP0);
    }
    this.needStackSettled();
    this.as.labelAssign(l);
    if (isFinally) this.leaveExcStack(false);
  }
}
