// The native emitter's operations (py/emitnative.c, second half): each event of code generation
// turned into calls of the generic assembler, for native Python (objects through mp_fun_table) and
// viper (machine ints, pointers, casts, with ViperTypeError on type mismatches).

import { BINARY_OPS, OP_METHOD_NAMES, UNARY_OPS, type UnaryOpName } from "../../bytecode/opcodes.js";
import { type ConstObject, ScopeFlag } from "../../bytecode/rawcode.js";
import {
  BREAK_FROM_FOR, type BuildKind, type ConstToken, type EmitBinaryOp, type Emitter, type GlobalKind, type ImportKind,
  type LocalKind, type SetupBlockKind, type SubscrKind,
} from "../emit/emitter.js";
import type { Scope, ScopeKind } from "../scope.js";
import { F } from "./asm.js";
import { NativeSubscrEmitter } from "./subscr.js";
import {
  NATIVE_TYPES, NativeScopeFlag, OFFSETOF_CODE_STATE_SP, OFFSETOF_OBJ_FUN_BC_CONTEXT, UNWIND_LABEL_DO_FINAL_UNWIND,
  UNWIND_LABEL_UNUSED, VM_RETURN_NORMAL, VM_RETURN_YIELD, VT, type VType, vtypeName,
} from "./emit-core.js";

/** Binary operators in MicroPython's runtime numbering (py/runtime0.h mp_binary_op_t). */
const BINARY_OP_NUMBER: Record<EmitBinaryOp, number> = {
  ...Object.fromEntries(BINARY_OPS.map((n, i) => [n, i])),
  NOT_IN: BINARY_OPS.length + 1,
  IS_NOT: BINARY_OPS.length + 2,
} as Record<EmitBinaryOp, number>;
const ITER_BUF_SLOTS = 4;

export class NativeEmitter extends NativeSubscrEmitter implements Emitter {
  setSourceLine(): void {}

  // ---- imports and constants ----

  importOp(name: string, kind: ImportKind): void {
    const r = this.r;
    if (kind === "name") {
      // fromlist and level must be objects: viper types are off while popping them.
      const viper = this.doViper;
      this.doViper = false;
      this.prePopReg(r.ARG_2);
      this.prePopReg(r.ARG_3);
      this.doViper = viper;
      this.callWithQstrArg(F.import_name, name, r.ARG_1);
      this.postPushReg(VT.PYOBJ, r.RET);
    } else if (kind === "from") {
      this.needObject(this.accessStack(1, r.ARG_1));
      this.callWithQstrArg(F.import_from, name, r.ARG_2);
      this.postPushReg(VT.PYOBJ, r.RET);
    } else {
      this.needObject(this.prePopReg(r.ARG_1));
      this.call(F.import_all);
    }
  }
  loadConstTok(tok: ConstToken): void {
    if (tok === "none") this.postPushImm(VT.PTR_NONE, 0n);
    else this.postPushImm(VT.BOOL, tok === "false" ? 0n : 1n);
  }
  loadConstSmallInt(v: bigint): void {
    this.postPushImm(VT.INT, v);
  }
  loadConstStr(s: string): void {
    this.needRegSingle(this.r.TEMP0, 0);
    this.movRegQstrObj(this.r.TEMP0, s);
    this.postPushReg(VT.PYOBJ, this.r.TEMP0);
  }
  loadConstObj(o: ConstObject): void {
    this.needRegSingle(this.r.TEMP0, 0);
    this.loadRegWithObject(this.r.TEMP0, o);
    this.postPushReg(VT.PYOBJ, this.r.TEMP0);
  }
  loadNull(): void {
    this.postPushImm(VT.PYOBJ, 0n);
  }

  // ---- names ----

  private loadFast(name: string, n: number): void {
    const vtype = this.localVtype[n]!;
    if (vtype === VT.UNBOUND) this.viperError(`local '${name}' used before type known`);
    if (n < 2 && this.canUseRegsForLocals) {
      this.postPushReg(vtype, this.regLocalTable[n]!);
    } else {
      this.needRegSingle(this.r.TEMP0, 0);
      this.movRegState(this.r.TEMP0, this.localIdxLocalVar(n));
      this.postPushReg(vtype, this.r.TEMP0);
    }
  }
  loadLocal(name: string, n: number, kind: LocalKind): void {
    if (kind === "fast") return this.loadFast(name, n);
    this.needRegSingle(this.r.RET, 0);
    this.loadFast(name, n);
    const { reg } = this.prePopRegFlexible(this.r.RET, -1, -1);
    this.as.loadRegRegOffset(this.r.RET, reg, 1);
    this.postPushReg(VT.PYOBJ, this.r.RET);
  }
  loadGlobal(name: string, kind: GlobalKind): void {
    if (kind === "global" && this.doViper) {
      const t = NATIVE_TYPES[name];
      if (t !== undefined && t >= 1) {
        this.postPushImm(VT.BUILTIN_CAST, BigInt(t));
        return;
      }
    }
    this.callWithQstrArg(kind === "name" ? F.load_name : F.load_global, name, this.r.ARG_1);
    this.postPushReg(VT.PYOBJ, this.r.RET);
  }
  private storeFast(name: string, n: number): void {
    let vtype: VType;
    if (n < 2 && this.canUseRegsForLocals) {
      vtype = this.prePopReg(this.regLocalTable[n]!);
    } else {
      vtype = this.prePopReg(this.r.TEMP0);
      this.movStateReg(this.localIdxLocalVar(n), this.r.TEMP0);
    }
    const cur = this.localVtype[n]!;
    if (cur === VT.UNBOUND) this.localVtype[n] = vtype;
    else if (cur !== vtype) this.viperError(`local '${name}' has type '${vtypeName(cur)}' but source is '${vtypeName(vtype)}'`);
  }
  storeLocal(name: string, n: number, kind: LocalKind): void {
    if (kind === "fast") return this.storeFast(name, n);
    const r = this.r;
    this.needRegSingle(r.TEMP0, 0);
    this.needRegSingle(r.TEMP1, 0);
    this.loadFast(name, n);
    const base = this.prePopRegFlexible(r.TEMP0, -1, -1).reg;
    const src = this.prePopRegFlexible(r.TEMP1, base, base).reg;
    this.as.storeRegRegOffset(src, base, 1);
  }
  storeGlobal(name: string, kind: GlobalKind): void {
    const r = this.r;
    if (kind === "name") {
      this.needObject(this.prePopReg(r.ARG_2));
    } else {
      const vtype = this.peekVtype(0);
      if (vtype === VT.PYOBJ) this.prePopReg(r.ARG_2);
      else {
        this.prePopReg(r.ARG_1);
        this.callWithImmArg(F.convert_native_to_obj, BigInt(vtype), r.ARG_2);
        this.as.movRegReg(r.ARG_2, r.RET);
      }
    }
    this.callWithQstrArg(kind === "name" ? F.store_name : F.store_global, name, r.ARG_1);
  }
  deleteLocal(name: string, n: number, kind: LocalKind): void {
    // Not compliant, as in MicroPython: a deleted fast local becomes None; a cell is left alone.
    if (kind === "fast") {
      this.loadConstTok("none");
      this.storeFast(name, n);
    }
  }
  deleteGlobal(name: string, kind: GlobalKind): void {
    this.callWithQstrArg(kind === "name" ? F.delete_name : F.delete_global, name, this.r.ARG_1);
  }

  // ---- attributes, methods, subscripts ----

  loadMethod(name: string, isSuper: boolean): void {
    const r = this.r;
    if (isSuper) {
      this.stackPointerForPop(r.ARG_2, 3);
      this.stackPointerForPush(r.ARG_2, 2);
      this.callWithQstrArg(F.load_super_method, name, r.ARG_1);
    } else {
      this.needObject(this.prePopReg(r.ARG_1));
      this.stackPointerForPush(r.ARG_3, 2);
      this.callWithQstrArg(F.load_method, name, r.ARG_2);
    }
  }
  loadBuildClass(): void {
    this.call(F.load_build_class);
    this.postPushReg(VT.PYOBJ, this.r.RET);
  }
  attr(name: string, kind: SubscrKind): void {
    const r = this.r;
    if (kind === "load") {
      this.needObject(this.prePopReg(r.ARG_1));
      this.callWithQstrArg(F.load_attr, name, r.ARG_2);
      this.postPushReg(VT.PYOBJ, r.RET);
    } else if (kind === "store") {
      const vtypeVal = this.peekVtype(1);
      if (vtypeVal === VT.PYOBJ) {
        this.needObject(this.prePopReg(r.ARG_1));
        this.prePopReg(r.ARG_3);
      } else {
        const v = this.accessStack(2, r.ARG_1);
        this.callWithImmArg(F.convert_native_to_obj, BigInt(v), r.ARG_2);
        this.as.movRegReg(r.ARG_3, r.RET);
        this.needObject(this.prePopReg(r.ARG_1));
        this.adjust(-1);
      }
      this.callWithQstrArg(F.store_attr, name, r.ARG_2);
    } else {
      this.needObject(this.prePopReg(r.ARG_1));
      this.as.xorRegReg(r.ARG_3, r.ARG_3);
      this.callWithQstrArg(F.store_attr, name, r.ARG_2);
    }
  }
  subscr(kind: SubscrKind): void {
    if (kind === "load") return this.loadSubscr();
    if (kind === "store") return this.storeSubscr();
    this.needObject(this.prePopReg(this.r.ARG_2));
    this.needObject(this.prePopReg(this.r.ARG_1));
    this.callWithImmArg(F.obj_subscr, 0n, this.r.ARG_3);
  }

  // ---- stack shuffles ----

  dupTop(): void {
    const { vtype, reg } = this.prePopRegFlexible(this.r.TEMP0, -1, -1);
    this.postPushReg(vtype, reg);
    this.postPushReg(vtype, reg);
  }
  dupTopTwo(): void {
    const v0 = this.prePopReg(this.r.TEMP0);
    const v1 = this.prePopReg(this.r.TEMP1);
    this.postPushReg(v1, this.r.TEMP1);
    this.postPushReg(v0, this.r.TEMP0);
    this.postPushReg(v1, this.r.TEMP1);
    this.postPushReg(v0, this.r.TEMP0);
  }
  popTop(): void {
    this.prePopDiscard();
  }
  rotTwo(): void {
    const v0 = this.prePopReg(this.r.TEMP0);
    const v1 = this.prePopReg(this.r.TEMP1);
    this.postPushReg(v0, this.r.TEMP0);
    this.postPushReg(v1, this.r.TEMP1);
  }
  rotThree(): void {
    const v0 = this.prePopReg(this.r.TEMP0);
    const v1 = this.prePopReg(this.r.TEMP1);
    const v2 = this.prePopReg(this.r.TEMP2);
    this.postPushReg(v0, this.r.TEMP0);
    this.postPushReg(v2, this.r.TEMP2);
    this.postPushReg(v1, this.r.TEMP1);
  }

  // ---- jumps ----

  jump(label: number): void {
    this.needStackSettled();
    this.as.jump(label);
    this.as.suppress();
  }
  private jumpHelper(cond: boolean, label: number, pop: boolean): void {
    const r = this.r;
    let vtype = this.peekVtype(0);
    if (vtype === VT.PYOBJ) {
      vtype = this.prePopReg(r.ARG_1);
      if (!pop) this.adjust(1);
      this.call(F.obj_is_true);
    } else {
      vtype = this.prePopReg(r.RET);
      if (!pop) this.adjust(1);
      if (!(vtype === VT.BOOL || vtype === VT.INT || vtype === VT.UINT)) this.viperError(`can't implicitly convert '${vtypeName(vtype)}' to 'bool'`);
    }
    if (!pop) this.savedStackVtype = vtype;
    this.needStackSettled();
    if (cond) this.as.jumpIfRegNonzero(r.RET, label, vtype === VT.PYOBJ);
    else this.as.jumpIfRegZero(r.RET, label, vtype === VT.PYOBJ);
    if (!pop) this.adjust(-1);
  }
  popJumpIf(cond: boolean, label: number): void {
    this.jumpHelper(cond, label, true);
  }
  jumpIfOrPop(cond: boolean, label: number): void {
    this.jumpHelper(cond, label, false);
  }
  unwindJump(label: number, exceptDepth: number): void {
    const as = this.as;
    const r = this.r;
    if (exceptDepth > 0) {
      const es = this.excEntries;
      let firstFinally: (typeof es)[number] | null = null;
      let prevFinally: (typeof es)[number] | null = null;
      let k = es.length - 1;
      for (; exceptDepth > 0; exceptDepth--, k--) {
        const e = es[k]!;
        if (e.isFinally && e.isActive) {
          if (firstFinally === null) firstFinally = e;
          if (prevFinally !== null) prevFinally.unwindLabel = e.label;
          prevFinally = e;
        }
      }
      if (prevFinally === null) {
        if (k < 0) as.xorRegReg(r.RET, r.RET);
        else as.movRegPcrel(r.RET, es[k]!.label);
        as.movLocalReg(this.localIdxExcHandlerPc, r.RET);
      } else {
        prevFinally.unwindLabel = UNWIND_LABEL_DO_FINAL_UNWIND;
        as.movRegPcrel(r.RET, label & ~BREAK_FROM_FOR);
        as.movLocalReg(this.localIdxExcHandlerUnwind, r.RET);
        as.movRegImm(r.RET, 0n);
        as.movLocalReg(this.localIdxExcVal, r.RET);
        label = firstFinally!.label;
      }
    }
    this.jump(label & ~BREAK_FROM_FOR);
  }

  // ---- blocks ----

  setupBlock(label: number, kind: SetupBlockKind): void {
    if (kind === "with") return this.setupWith(label);
    this.needStackSettled();
    this.pushExcStack(label, kind === "finally");
  }
  private setupWith(label: number): void {
    const r = this.r;
    this.needObject(this.accessStack(1, r.ARG_1));
    this.stackPointerForPush(r.ARG_3, 2);
    this.callWithQstrArg(F.load_method, "__exit__", r.ARG_2);
    this.prePopReg(r.ARG_3);
    this.prePopReg(r.ARG_2);
    const vtype = this.prePopReg(r.ARG_1);
    this.postPushReg(vtype, r.ARG_2);
    this.postPushReg(vtype, r.ARG_3);
    this.stackPointerForPush(r.ARG_3, 2);
    this.callWithQstrArg(F.load_method, "__enter__", r.ARG_2);
    this.stackPointerForPop(r.ARG_3, 2);
    this.callWith2ImmArgs(F.call_method_n_kw, 0n, r.ARG_1, 0n, r.ARG_2);
    this.postPushReg(VT.PYOBJ, r.RET);
    this.needStackSettled();
    this.pushExcStack(label, true);
    this.dupTop();
  }
  withCleanup(label: number): void {
    const r = this.r;
    const as = this.as;
    const slot = this.ctx.labelSlot();
    this.leaveExcStack(false);
    this.adjust(-1);
    this.labelAssign(slot + 2);
    this.postPushImm(VT.PTR_NONE, 0n);
    this.postPushImm(VT.PTR_NONE, 0n);
    this.postPushImm(VT.PTR_NONE, 0n);
    this.stackPointerForPop(r.ARG_3, 5);
    this.callWith2ImmArgs(F.call_method_n_kw, 3n, r.ARG_1, 0n, r.ARG_2);
    this.jump(slot);
    // Not a real finally label: assigned directly.
    as.labelAssign(label);
    this.leaveExcStack(true);
    this.adjustStackSize(2);
    as.movRegLocal(r.ARG_1, this.localIdxExcVal);
    as.jumpIfRegZero(r.ARG_1, slot + 2, false);
    as.loadRegRegOffset(r.ARG_2, r.ARG_1, 0);
    this.postPushReg(VT.PYOBJ, r.ARG_2);
    this.postPushReg(VT.PYOBJ, r.ARG_1);
    this.postPushImm(VT.PTR_NONE, 0n);
    this.stackPointerForPop(r.ARG_3, 5);
    this.callWith2ImmArgs(F.call_method_n_kw, 3n, r.ARG_1, 0n, r.ARG_2);
    if (r.ARG_1 !== r.RET) as.movRegReg(r.ARG_1, r.RET);
    this.call(F.obj_is_true);
    as.jumpIfRegZero(r.RET, slot + 1, true);
    this.labelAssign(slot);
    this.movLocalObjNull(this.localIdxExcVal, r.TEMP0);
    this.labelAssign(slot + 1);
    this.adjust(1);
  }
  asyncWithSetupFinally(aexitNoExc: number, finallyBlock: number, retUnwindJump: number): void {
    this.adjustStackSize(1);
    this.rotTwo();
    this.loadConstTok("none");
    this.rotTwo();
    this.jump(aexitNoExc);
    this.adjustStackSize(-1);
    this.labelAssign(finallyBlock);
    this.prePopDiscard();
    this.as.movRegLocal(this.r.ARG_1, this.localIdxExcVal);
    this.postPushReg(VT.PYOBJ, this.r.ARG_1);
    this.as.jumpIfRegZero(this.r.ARG_1, retUnwindJump, false);
  }
  endFinally(): void {
    const as = this.as;
    const r = this.r;
    this.prePopDiscard();
    as.movRegLocal(r.ARG_1, this.localIdxExcVal);
    this.call(F.native_raise);
    const e = this.popExcStack();
    if (e.unwindLabel !== UNWIND_LABEL_UNUSED) {
      const slot = this.ctx.labelSlot();
      as.movRegLocal(r.RET, this.localIdxExcHandlerUnwind);
      as.jumpIfRegZero(r.RET, slot, false);
      if (e.unwindLabel === UNWIND_LABEL_DO_FINAL_UNWIND) as.jumpReg(r.RET);
      else this.jump(e.unwindLabel);
      this.labelAssign(slot);
    }
  }
  getIter(useStack: boolean): void {
    const r = this.r;
    this.needObject(this.prePopReg(r.ARG_1));
    if (useStack) {
      this.stackPointerForPush(r.ARG_2, ITER_BUF_SLOTS);
      this.call(F.native_getiter);
    } else {
      this.as.movRegImm(r.ARG_2, 0n);
      this.call(F.native_getiter);
      this.postPushReg(VT.PYOBJ, r.RET);
    }
  }
  forIter(label: number): void {
    const r = this.r;
    this.stackPointerForPop(r.ARG_1, ITER_BUF_SLOTS);
    this.adjust(ITER_BUF_SLOTS);
    this.call(F.native_iternext);
    this.as.jumpIfRegZero(r.RET, label, false);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  forIterEnd(): void {
    this.adjust(-ITER_BUF_SLOTS);
  }
  popExceptJump(label: number, withinExcHandler: boolean): void {
    if (withinExcHandler) this.movLocalObjNull(this.localIdxExcVal, this.r.TEMP0);
    else this.leaveExcStack(false);
    this.jump(label);
  }

  // ---- operators ----

  unaryOp(op: UnaryOpName): void {
    const r = this.r;
    const opNum = UNARY_OPS.indexOf(op);
    let vtype = this.peekVtype(0);
    if (vtype === VT.INT || vtype === VT.UINT) {
      if (op === "POSITIVE") return;
      if (op === "NEGATIVE") {
        const p = this.prePopRegFlexible(r.RET, r.RET, r.RET);
        this.as.negReg(p.reg);
        this.postPushReg(p.vtype, p.reg);
      } else if (op === "INVERT") {
        if (this.as.notReg) {
          const p = this.prePopRegFlexible(r.RET, r.RET, r.RET);
          this.as.notReg(p.reg);
          this.postPushReg(p.vtype, p.reg);
        } else {
          const p = this.prePopRegFlexible(r.RET, r.ARG_1, r.RET);
          this.as.movRegImm(r.ARG_1, -1n);
          this.as.xorRegReg(p.reg, r.ARG_1);
          this.postPushReg(p.vtype, p.reg);
        }
      } else {
        this.viperError("'not' not implemented");
      }
    } else if (vtype === VT.PYOBJ) {
      vtype = this.prePopReg(r.ARG_2);
      this.callWithImmArg(F.unary_op, BigInt(opNum), r.ARG_1);
      this.postPushReg(VT.PYOBJ, r.RET);
    } else {
      this.viperError(`can't do unary op of '${vtypeName(vtype)}'`);
    }
  }

  binaryOp(opName: EmitBinaryOp): void {
    const r = this.r;
    const as = this.as;
    let op = BINARY_OP_NUMBER[opName];
    let vtypeLhs = this.peekVtype(1);
    let vtypeRhs = this.peekVtype(0);
    const isInt = (v: VType) => v === VT.INT || v === VT.UINT;
    if (isInt(vtypeLhs) && isInt(vtypeRhs)) {
      const INPLACE_OR = BINARY_OP_NUMBER.INPLACE_OR;
      if (op >= INPLACE_OR && op <= BINARY_OP_NUMBER.INPLACE_POWER) op += BINARY_OP_NUMBER.OR - INPLACE_OR;
      const name = BINARY_OPS[op]!;
      if ((name === "LSHIFT" || name === "RSHIFT") && as.shiftCountReg !== undefined) {
        vtypeRhs = this.prePopReg(as.shiftCountReg);
        vtypeLhs = this.prePopReg(r.RET);
        if (name === "LSHIFT") as.lslReg!(r.RET);
        else if (vtypeLhs === VT.UINT) as.lsrReg!(r.RET);
        else as.asrReg!(r.RET);
        this.postPushReg(vtypeLhs, r.RET);
        return;
      }
      if (name === "FLOOR_DIVIDE" || name === "MODULO") {
        vtypeRhs = this.prePopReg(r.ARG_2);
        vtypeLhs = this.prePopReg(r.ARG_1);
        if (vtypeLhs !== VT.INT) this.viperError("div/mod not implemented for uint");
        this.call(name === "FLOOR_DIVIDE" ? F.small_int_floor_divide : F.small_int_modulo);
        this.postPushReg(VT.INT, r.RET);
        return;
      }
      const p = this.prePopRegFlexible(r.ARG_3, r.RET, r.ARG_2);
      vtypeRhs = p.vtype;
      const rhs = p.reg;
      vtypeLhs = this.prePopReg(r.ARG_2);
      if (name === "LSHIFT" || name === "RSHIFT") {
        if (name === "LSHIFT") as.lslRegReg!(r.ARG_2, rhs);
        else if (vtypeLhs === VT.UINT) as.lsrRegReg!(r.ARG_2, rhs);
        else as.asrRegReg!(r.ARG_2, rhs);
        this.postPushReg(vtypeLhs, r.ARG_2);
        return;
      }
      const simple: Partial<Record<string, (d: number, s: number) => void>> = {
        OR: as.orRegReg, XOR: as.xorRegReg, AND: as.andRegReg, ADD: as.addRegReg, SUBTRACT: as.subRegReg, MULTIPLY: as.mulRegReg,
      };
      const f = simple[name];
      if (f) {
        f.call(as, r.ARG_2, rhs);
        this.postPushReg(vtypeLhs, r.ARG_2);
      } else if (op >= BINARY_OP_NUMBER.LESS && op <= BINARY_OP_NUMBER.NOT_EQUAL) {
        if (vtypeLhs !== vtypeRhs) this.viperError("comparison of int and uint");
        const opIdx = op - BINARY_OP_NUMBER.LESS + (vtypeLhs === VT.UINT ? 0 : 6);
        this.needRegSingle(r.RET, 0);
        as.setcc(opIdx, r.RET, r.ARG_2, rhs);
        this.postPushReg(VT.BOOL, r.RET);
      } else {
        this.adjust(1);
        // MicroPython's method-name table has no name for in, is and exception match.
        const method = OP_METHOD_NAMES[name as keyof typeof OP_METHOD_NAMES] ?? "";
        this.viperError(`binary op ${method.startsWith("<") ? "" : method} not implemented`);
      }
    } else if (vtypeLhs === VT.PYOBJ && vtypeRhs === VT.PYOBJ) {
      this.prePopReg(r.ARG_3);
      this.prePopReg(r.ARG_2);
      let invert = false;
      if (opName === "NOT_IN" || opName === "IS_NOT") {
        invert = true;
        op = BINARY_OP_NUMBER[opName === "NOT_IN" ? "IN" : "IS"];
      }
      this.callWithImmArg(F.binary_op, BigInt(op), r.ARG_1);
      if (invert) {
        as.movRegReg(r.ARG_2, r.RET);
        this.callWithImmArg(F.unary_op, BigInt(UNARY_OPS.indexOf("NOT")), r.ARG_1);
      }
      this.postPushReg(VT.PYOBJ, r.RET);
    } else {
      this.adjust(-1);
      this.viperError(`can't do binary op between '${vtypeName(vtypeLhs)}' and '${vtypeName(vtypeRhs)}'`);
    }
  }

  // ---- collections ----

  build(n: number, kind: BuildKind): void {
    const r = this.r;
    if (kind === "slice") return this.buildSlice(n);
    if (kind === "tuple" || kind === "list" || kind === "set") this.stackPointerForPop(r.ARG_2, n);
    const fun = { tuple: F.build_tuple, list: F.build_list, map: F.build_map, set: F.build_set }[kind];
    this.callWithImmArg(fun, BigInt(n), r.ARG_1);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  private buildSlice(n: number): void {
    const r = this.r;
    if (n === 2) {
      this.needObject(this.prePopReg(r.ARG_2));
      this.needObject(this.prePopReg(r.ARG_1));
      this.movRegConst(r.ARG_3, F.const_none_obj);
    } else {
      this.needObject(this.prePopReg(r.ARG_3));
      this.needObject(this.prePopReg(r.ARG_2));
      this.needObject(this.prePopReg(r.ARG_1));
    }
    this.call(F.new_slice);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  storeMap(): void {
    const r = this.r;
    this.needObject(this.prePopReg(r.ARG_2));
    this.needObject(this.prePopReg(r.ARG_3));
    this.needObject(this.prePopReg(r.ARG_1));
    this.call(F.store_map);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  storeComp(kind: ScopeKind, collectionIndex: number): void {
    const r = this.r;
    let f: number;
    if (kind === "listcomp") {
      this.prePopReg(r.ARG_2);
      f = F.list_append;
    } else if (kind === "setcomp") {
      this.prePopReg(r.ARG_2);
      f = F.store_set;
    } else {
      this.prePopReg(r.ARG_2);
      this.prePopReg(r.ARG_3);
      f = F.store_map;
    }
    this.accessStack(collectionIndex, r.ARG_1);
    this.call(f);
  }
  unpackSequence(n: number): void {
    const r = this.r;
    this.needObject(this.prePopReg(r.ARG_1));
    this.stackPointerForPush(r.ARG_3, n);
    this.callWithImmArg(F.unpack_sequence, BigInt(n), r.ARG_2);
  }
  unpackEx(nLeft: number, nRight: number): void {
    const r = this.r;
    this.needObject(this.prePopReg(r.ARG_1));
    this.stackPointerForPush(r.ARG_3, nLeft + nRight + 1);
    this.callWithImmArg(F.unpack_ex, BigInt(nLeft | (nRight << 8)), r.ARG_2);
  }

  // ---- functions and calls ----

  makeFunction(child: Scope, nPosDefaults: number, nKwDefaults: number): void {
    const r = this.r;
    this.movRegState(r.ARG_2, this.localIdxFunObj);
    this.as.loadRegRegOffset(r.ARG_2, r.ARG_2, OFFSETOF_OBJ_FUN_BC_CONTEXT);
    if (nPosDefaults === 0 && nKwDefaults === 0) {
      this.needRegAll();
      this.as.movRegImm(r.ARG_3, 0n);
    } else {
      this.stackPointerForPop(r.ARG_3, 2);
      this.needRegAll();
    }
    this.loadRegWithChild(r.ARG_1, child);
    this.as.callInd(F.make_function_from_proto_fun);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  makeClosure(child: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void {
    const r = this.r;
    const defs = nPosDefaults !== 0 || nKwDefaults !== 0;
    this.movRegState(r.ARG_2, this.localIdxFunObj);
    this.as.loadRegRegOffset(r.ARG_2, r.ARG_2, OFFSETOF_OBJ_FUN_BC_CONTEXT);
    if (!defs) {
      this.needRegAll();
      this.as.movRegImm(r.ARG_3, 0n);
    } else {
      this.stackPointerForPop(r.ARG_3, 2 + nClosedOver);
      this.adjust(2 + nClosedOver);
      this.needRegAll();
    }
    this.loadRegWithChild(r.ARG_1, child);
    this.as.callInd(F.make_function_from_proto_fun);
    // A preprocessor test in MicroPython: false where the registers are enum values (debug).
    if (!this.as.regsUnknownToPreprocessor && r.ARG_1 !== r.RET) this.as.movRegReg(r.ARG_1, r.RET);
    this.as.movRegImm(r.ARG_2, BigInt(nClosedOver));
    this.stackPointerForPop(r.ARG_3, nClosedOver);
    if (defs) this.adjust(-2);
    this.as.callInd(F.new_closure);
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void {
    const r = this.r;
    const vtypeFun = this.peekVtype(nPositional + 2 * nKeyword);
    if (vtypeFun === VT.BUILTIN_CAST) {
      const vtypeCast = Number(this.stackImm(1));
      const v = this.peekVtype(0);
      if (v === VT.PYOBJ) {
        this.prePopReg(r.ARG_1);
        this.prePopDiscard();
        this.callWithImmArg(F.convert_obj_to_native, BigInt(vtypeCast), r.ARG_2);
        this.postPushReg(vtypeCast, r.RET);
      } else if (v === VT.BOOL || v === VT.INT || v === VT.UINT || (v >= VT.PTR && v <= VT.PTR32) || v === VT.PTR_NONE) {
        this.foldStackTop(r.ARG_1);
        this.postTopSetVtype(vtypeCast);
      } else {
        this.ctx.error("nativeCasting");
      }
      return;
    }
    this.needObject(vtypeFun);
    if (starFlags) {
      this.stackPointerForPop(r.ARG_3, nPositional + 2 * nKeyword + 2);
      this.callWith2ImmArgs(F.call_method_n_kw_var, 0n, r.ARG_1, BigInt(nPositional | (nKeyword << 8)), r.ARG_2);
    } else {
      if (nPositional !== 0 || nKeyword !== 0) this.stackPointerForPop(r.ARG_3, nPositional + 2 * nKeyword);
      this.prePopReg(r.ARG_1);
      this.callWithImmArg(F.native_call_function_n_kw, BigInt(nPositional | (nKeyword << 8)), r.ARG_2);
    }
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void {
    const r = this.r;
    if (starFlags) {
      this.stackPointerForPop(r.ARG_3, nPositional + 2 * nKeyword + 3);
      this.callWith2ImmArgs(F.call_method_n_kw_var, 1n, r.ARG_1, BigInt(nPositional | (nKeyword << 8)), r.ARG_2);
    } else {
      this.stackPointerForPop(r.ARG_3, 2 + nPositional + 2 * nKeyword);
      this.callWith2ImmArgs(F.call_method_n_kw, BigInt(nPositional), r.ARG_1, BigInt(nKeyword), r.ARG_2);
    }
    this.postPushReg(VT.PYOBJ, r.RET);
  }
  returnValue(): void {
    const r = this.r;
    const as = this.as;
    if (this.isGenerator) {
      this.stackPointerForPop(r.TEMP0, 1);
      this.movStateReg(OFFSETOF_CODE_STATE_SP, r.TEMP0);
      as.movRegImm(r.TEMP0, VM_RETURN_NORMAL);
      as.movLocalReg(this.localIdxRetVal, r.TEMP0);
      this.unwindJump(this.exitLabel, this.excEntries.length);
      return;
    }
    const pr = this.pr;
    if (this.doViper) {
      const retType = this.scope.scopeFlags >> NativeScopeFlag.VIPERRET_POS;
      if (this.peekVtype(0) === VT.PTR_NONE) {
        this.prePopDiscard();
        if (retType === VT.PYOBJ) this.movRegConst(pr.RET, F.const_none_obj);
        else as.movRegImm(r.ARG_1, 0n);
      } else {
        const v = this.prePopReg(retType === VT.PYOBJ ? pr.RET : r.ARG_1);
        if (v !== retType) this.viperError(`return expected '${vtypeName(retType)}' but got '${vtypeName(v)}'`);
      }
      if (retType !== VT.PYOBJ) {
        this.callWithImmArg(F.convert_native_to_obj, BigInt(retType), r.ARG_2);
        if (r.RET !== pr.RET) as.movRegReg(pr.RET, r.RET);
      }
    } else {
      this.prePopReg(pr.RET);
    }
    if (this.needGlobalExcHandler) as.movLocalReg(this.localIdxRetVal, pr.RET);
    this.unwindJump(this.exitLabel, this.excEntries.length);
  }
  raiseVarargs(nArgs: number): void {
    // mpy-cross asserts here (emitnative.c: n_args == 1); a bare raise or raise-from is refused cleanly.
    if (nArgs !== 1) this.ctx.error("nativeRaise");
    const v = this.prePopReg(this.r.ARG_1);
    if (v !== VT.PYOBJ) this.viperError("must raise an object");
    this.call(F.native_raise);
    this.as.suppress();
  }
  yieldOp(from: boolean): void {
    const r = this.r;
    const as = this.as;
    const slot = this.ctx.labelSlot();
    if (this.doViper) this.ctx.error("nativeYield");
    this.scope.scopeFlags |= ScopeFlag.GENERATOR;
    this.needStackSettled();
    if (from) {
      this.jump(slot + 2);
      this.labelAssign(slot + 1);
    }
    this.stackPointerForPop(r.TEMP0, 1);
    this.movStateReg(OFFSETOF_CODE_STATE_SP, r.TEMP0);
    as.movRegImm(r.TEMP0, VM_RETURN_YIELD);
    as.movLocalReg(this.localIdxRetVal, r.TEMP0);
    as.movRegPcrel(r.TEMP0, slot);
    this.movStateReg(this.localIdxGenPc, r.TEMP0);
    as.jump(this.exitLabel);
    as.labelAssign(slot);
    const es = this.excEntries;
    for (let k = es.length - 1; k >= 0; k--) {
      if (es[k]!.isActive) {
        as.movRegPcrel(r.RET, es[k]!.label);
        as.movLocalReg(this.localIdxExcHandlerPc, r.RET);
        break;
      }
    }
    this.adjustStackSize(1);
    if (!from) {
      as.movRegLocal(r.ARG_1, this.localIdxThrowVal);
      this.movLocalObjNull(this.localIdxThrowVal, r.ARG_2);
      this.call(F.native_raise);
    } else {
      this.labelAssign(slot + 2);
      as.movRegLocal(r.ARG_3, this.localIdxThrowVal);
      as.movRegImm(r.ARG_2, 0n);
      as.movLocalReg(this.localIdxThrowVal, r.ARG_2);
      this.prePopReg(r.ARG_2);
      this.accessStack(1, r.ARG_1);
      this.postPushReg(VT.PYOBJ, r.ARG_3);
      this.stackPointerForPop(r.ARG_3, 1);
      this.call(F.native_yield_from);
      as.jumpIfRegNonzero(r.RET, slot + 1, true);
      this.adjustStackSize(1);
      this.foldStackTop(r.ARG_1);
    }
  }
  startExceptHandler(): void {
    this.leaveExcStack(true);
    this.as.movRegLocal(this.r.TEMP0, this.localIdxExcVal);
    this.postPushReg(VT.PYOBJ, this.r.TEMP0);
  }
  endExceptHandler(): void {}
}
