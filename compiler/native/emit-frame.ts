// Native function entry and exit (py/emitnative.c start_pass, end_pass and the global exception
// handler): argument checks and conversion for viper, mp_setup_code_state for native Python, the
// generator re-entry, the nlr context around the body, and the prelude a native function carries.

import { ScopeFlag } from "../../bytecode/rawcode.js";
import type { NativeRawCode } from "../../bytecode/rawcode.js";
import { InternalError } from "../diagnostics.js";
import type { Pass } from "../emit/emitter.js";
import { ID_PARAM, NativeScopeFlag, type Scope } from "../scope.js";
import { F, type NativeAsm } from "./asm.js";
import {
  ID_FLAG_VIPER_TYPE_POS, NativeEmitterCore, OFFSETOF_OBJ_FUN_BC_CONTEXT, VT, type VType,
} from "./emit-core.js";

const SIZEOF_CODE_STATE = 5;
const OFFSETOF_CODE_STATE_STATE = 5;
const OFFSETOF_CODE_STATE_N_STATE = 3;
const OFFSETOF_MODULE_CONTEXT_QSTR_TABLE = 2;
const OFFSETOF_MODULE_CONTEXT_OBJ_TABLE = 3;
const OFFSETOF_MODULE_CONTEXT_GLOBALS = 1;
const MAX_REGS_FOR_LOCAL_VARS = 2;
const VM_RETURN_EXCEPTION = 2n;

export class NativeFrameEmitter extends NativeEmitterCore {
  // ---- passes ----

  startPass(pass: Pass, scope: Scope): void {
    if (pass === "scope") throw new InternalError("the native emitter has no scope pass");
    this.pass = pass;
    this.scope = scope;
    this.doViper = scope.emitOptions === "viper";
    this.stackSize = 0;
    this.childCount = 0;
    if (pass === "stackSize") this.scopeStackSize.set(scope, 0);
    if (pass === "emit") scope.children = [];
    this.excStack = [];
    const nLocals = scope.numLocals;
    this.localVtype = new Array<VType>(Math.max(nLocals, 0)).fill(VT.PYOBJ);
    let numArgs = scope.numPosArgs + scope.numKwonlyArgs;
    if (scope.scopeFlags & ScopeFlag.VARARGS) numArgs++;
    if (scope.scopeFlags & ScopeFlag.VARKEYWORDS) numArgs++;
    for (let i = 0; i < numArgs; i++) this.localVtype[i] = VT.PYOBJ;
    if (this.doViper) {
      for (const id of scope.ids) if (id.flags & ID_PARAM) this.localVtype[id.localNum] = id.flags >> ID_FLAG_VIPER_TYPE_POS;
    }
    for (let i = numArgs; i < nLocals; i++) this.localVtype[i] = this.doViper ? VT.UNBOUND : VT.PYOBJ;
    this.stack = [];

    this.as.startPass(pass === "emit");
    const r = this.r;
    const as = this.as;
    const slot = this.ctx.labelSlot();

    this.codeStateStart = 0;
    if (this.needGlobalExcHandler) {
      this.codeStateStart = this.sizeofNlrBuf + 1;
      if (this.isGenerator) this.codeStateStart += 2;
      else if (this.needExcHandlerUnwind) this.codeStateStart += 1;
    }
    const funTableOff = this.ctx.useConst({ kind: "funTable" });
    const stackSize = this.scopeStackSize.get(scope) ?? 0;
    const name = qualifiedName(scope);

    if (this.doViper) {
      this.nState = scope.numLocals + stackSize;
      let inRegs = 0;
      if (this.canUseRegsForLocals) {
        inRegs = Math.min(scope.numLocals, MAX_REGS_FOR_LOCAL_VARS);
        if (scope.numPosArgs >= MAX_REGS_FOR_LOCAL_VARS + 1) inRegs--;
      }
      if (this.needGlobalExcHandler) this.stackStart = this.codeStateStart + 2;
      else if (scope.scopeFlags & NativeScopeFlag.HASCONSTS) this.stackStart = this.codeStateStart + 1;
      else this.stackStart = this.codeStateStart;
      as.entry(this.stackStart + this.nState - inRegs, name);
      const pr = this.pr;
      as.movArgToReg?.(0, pr.ARG_1);
      as.loadRegRegOffset(r.FUN_TABLE, pr.ARG_1, OFFSETOF_OBJ_FUN_BC_CONTEXT);
      as.loadRegRegOffset(this.regQstrTable, r.FUN_TABLE, OFFSETOF_MODULE_CONTEXT_QSTR_TABLE);
      as.loadRegRegOffset(r.FUN_TABLE, r.FUN_TABLE, OFFSETOF_MODULE_CONTEXT_OBJ_TABLE);
      as.loadRegRegOffset(r.FUN_TABLE, r.FUN_TABLE, funTableOff);
      if (this.needFunObj) as.movLocalReg(this.localIdxFunObj, pr.ARG_1);
      // n_args, n_kw and the args array come as the caller's arguments 2..4.
      if (as.movArgToReg) {
        as.movArgToReg(1, r.ARG_1);
        as.movArgToReg(2, r.ARG_2);
        as.movArgToReg(3, this.regLocalLast);
      } else {
        as.movRegReg(r.ARG_1, pr.ARG_2);
        as.movRegReg(r.ARG_2, pr.ARG_3);
        as.movRegReg(this.regLocalLast, pr.ARG_4);
      }
      as.jumpIfRegNonzero(r.ARG_2, slot + 4, true);
      as.movRegImm(r.ARG_3, BigInt(scope.numPosArgs));
      as.jumpIfRegEq(r.ARG_1, r.ARG_3, slot + 5);
      as.labelAssign(slot + 4);
      // MP_OBJ_FUN_MAKE_SIG(n, n, false)
      as.movRegImm(r.ARG_3, BigInt(scope.numPosArgs) << 17n | BigInt(scope.numPosArgs) << 1n);
      as.callInd(F.arg_check_num_sig);
      as.labelAssign(slot + 5);
      for (let i = 0; i < scope.numPosArgs; i++) {
        let reg = r.ARG_1;
        as.loadRegRegOffset(r.ARG_1, this.regLocalLast, i);
        if (this.localVtype[i] !== VT.PYOBJ) {
          this.callWithImmArg(F.convert_obj_to_native, BigInt(this.localVtype[i]!), r.ARG_2);
          reg = r.RET;
        }
        if (i < MAX_REGS_FOR_LOCAL_VARS && this.canUseRegsForLocals && (i !== MAX_REGS_FOR_LOCAL_VARS - 1 || scope.numPosArgs === MAX_REGS_FOR_LOCAL_VARS)) {
          as.movRegReg(this.regLocalTable[i]!, reg);
        } else {
          this.movStateReg(this.localIdxLocalVar(i), reg);
        }
      }
      if (scope.numPosArgs >= MAX_REGS_FOR_LOCAL_VARS + 1 && this.canUseRegsForLocals) {
        as.movRegLocal(this.regLocalLast, this.localIdxLocalVar(MAX_REGS_FOR_LOCAL_VARS - 1));
      }
      this.globalExcEntry();
    } else {
      this.nState = scope.numLocals + stackSize;
      // First word: index of the prelude pointer in the child table.
      as.data(as.wordSize, this.preludePtrIndex);
      if (this.isGenerator) {
        as.data(as.wordSize, this.startOffset);
        as.entry(this.codeStateStart, name);
        this.codeStateStart = 0;
        this.stackStart = SIZEOF_CODE_STATE;
        const pr = this.pr;
        if (as.movArgToReg) {
          as.movArgToReg(0, this.regGeneratorState);
          as.movArgToReg(1, pr.ARG_2);
        } else {
          as.movRegReg(this.regGeneratorState, pr.ARG_1);
        }
        as.movLocalReg(this.localIdxThrowVal, pr.ARG_2);
        as.loadRegRegOffset(r.TEMP0, this.regGeneratorState, this.localIdxFunObj);
        as.loadRegRegOffset(r.TEMP0, r.TEMP0, OFFSETOF_OBJ_FUN_BC_CONTEXT);
        as.loadRegRegOffset(this.regQstrTable, r.TEMP0, OFFSETOF_MODULE_CONTEXT_QSTR_TABLE);
        as.loadRegRegOffset(r.TEMP0, r.TEMP0, OFFSETOF_MODULE_CONTEXT_OBJ_TABLE);
        as.loadRegRegOffset(r.FUN_TABLE, r.TEMP0, funTableOff);
      } else {
        this.stackStart = this.codeStateStart + SIZEOF_CODE_STATE;
        as.entry(this.stackStart + this.nState, name);
        const pr = this.pr;
        if (as.movArgToReg) [pr.ARG_1, pr.ARG_2, pr.ARG_3, pr.ARG_4].forEach((reg, i) => as.movArgToReg!(i, reg));
        as.loadRegRegOffset(r.FUN_TABLE, pr.ARG_1, OFFSETOF_OBJ_FUN_BC_CONTEXT);
        as.loadRegRegOffset(this.regQstrTable, r.FUN_TABLE, OFFSETOF_MODULE_CONTEXT_QSTR_TABLE);
        as.loadRegRegOffset(r.FUN_TABLE, r.FUN_TABLE, OFFSETOF_MODULE_CONTEXT_OBJ_TABLE);
        as.loadRegRegOffset(r.FUN_TABLE, r.FUN_TABLE, funTableOff);
        as.movLocalReg(this.localIdxFunObj, pr.ARG_1);
        this.movStateImmVia(this.codeStateStart + OFFSETOF_CODE_STATE_N_STATE, BigInt(this.nState), r.ARG_1);
        as.movRegLocalAddr(r.ARG_1, this.codeStateStart);
        // The other arguments of mp_setup_code_state are the caller's, where those registers differ.
        if (r.ARG_2 !== pr.ARG_2) as.movRegReg(r.ARG_2, pr.ARG_2);
        if (r.ARG_3 !== pr.ARG_3) as.movRegReg(r.ARG_3, pr.ARG_3);
        if (r.ARG_4 !== pr.ARG_4) as.movRegReg(r.ARG_4, pr.ARG_4);
        if (as.callSetupCodeState) as.callSetupCodeState(F.setup_code_state);
        else as.callInd(F.setup_code_state);
      }
      this.globalExcEntry();
      if (this.canUseRegsForLocals) {
        for (let i = 0; i < MAX_REGS_FOR_LOCAL_VARS && i < scope.numLocals; i++) {
          as.movRegLocal(this.regLocalTable[i]!, this.localIdxLocalVar(i));
        }
      }
      for (const id of scope.ids) if (id.kind === "cell") this.localVtype[id.localNum] = VT.PYOBJ;
    }
  }

  /** Ends the pass; the emit pass leaves the machine code on the scope. */
  endPass(): boolean {
    this.globalExcExit();
    const as = this.as;
    const scope = this.scope;
    if (!this.doViper) {
      this.preludeOffset = as.codePos;
      this.preludePtrIndex = this.childCount;
      writePreludeSig(as, this.nState, scope);
      writePreludeSize(as, this.nInfo, this.nCell);
      const infoStart = as.codePos;
      as.dataUint(this.ctx.useQstr(scope.simpleName));
      for (let i = 0; i < scope.numPosArgs + scope.numKwonlyArgs; i++) {
        const id = scope.ids.find((d) => d.flags & ID_PARAM && d.localNum === i);
        as.dataUint(this.ctx.useQstr(id ? id.name : "*"));
      }
      this.nInfo = as.codePos - infoStart;
      const cellStart = as.codePos;
      for (const id of scope.ids) if (id.kind === "cell") as.data(1, id.localNum);
      this.nCell = as.codePos - cellStart;
    }
    as.endPass();
    if (this.stackSize !== 0 || this.excStack.length !== 0) throw new InternalError("native stack not balanced at end of scope");
    if (this.pass === "emit") {
      const kind: NativeRawCode["kind"] = this.doViper ? "viper" : "native";
      // mpy-cross keeps the offset in 16 bits and writes a truncated one, which cannot load.
      if (kind === "native" && this.preludeOffset > 0xffff) this.ctx.error("nativeTooLarge");
      scope.native = kind === "native" ? { kind, data: as.bytes, preludeOffset: this.preludeOffset } : { kind, data: as.bytes, scopeFlags: 0 };
    }
    return true;
  }

  private globalExcEntry(): void {
    const slot = this.ctx.labelSlot();
    this.exitLabel = slot;
    if (!this.needGlobalExcHandler) return;
    const as = this.as;
    const r = this.r;
    const nlrLabel = slot + 1;
    const startLabel = slot + 2;
    const globalExceptLabel = slot + 3;
    if (!this.isGenerator) {
      this.movRegState(r.ARG_1, this.localIdxFunObj);
      as.loadRegRegOffset(r.ARG_1, r.ARG_1, OFFSETOF_OBJ_FUN_BC_CONTEXT);
      as.loadRegRegOffset(r.ARG_1, r.ARG_1, OFFSETOF_MODULE_CONTEXT_GLOBALS);
      this.call(F.native_swap_globals);
      this.movStateReg(this.localIdxOldGlobals, r.RET);
    }
    if (this.scope.excStackSize === 0) {
      // Globals unchanged: no nlr context needed.
      if (!this.isGenerator) as.jumpIfRegZero(r.RET, startLabel, false);
      as.movRegLocalAddr(r.ARG_1, 0);
      this.call(F.nlr_push);
      if (as.nlrSetjmp) {
        as.movRegLocalAddr(r.ARG_1, 2);
        this.call(F.setjmp);
      }
      as.jumpIfRegZero(r.RET, startLabel, true);
    } else {
      const zero = this.zero();
      as.movLocalReg(this.localIdxExcHandlerUnwind, zero);
      as.movLocalReg(this.localIdxExcVal, zero);
      as.movRegPcrel(r.LOCAL_1, startLabel);
      this.labelAssign(nlrLabel);
      as.movRegLocalAddr(r.ARG_1, 0);
      this.call(F.nlr_push);
      if (as.nlrSetjmp) {
        as.movRegLocalAddr(r.ARG_1, 2);
        this.call(F.setjmp);
      }
      as.jumpIfRegNonzero(r.RET, globalExceptLabel, true);
      as.movLocalReg(this.localIdxExcHandlerPc, this.zero());
      as.jumpReg(r.LOCAL_1);
      this.labelAssign(globalExceptLabel);
      as.movRegLocal(r.LOCAL_1, this.localIdxExcHandlerPc);
      as.jumpIfRegNonzero(r.LOCAL_1, nlrLabel, false);
    }
    if (!this.isGenerator) {
      this.movRegState(r.ARG_1, this.localIdxOldGlobals);
      this.call(F.native_swap_globals);
    }
    if (this.isGenerator) {
      as.movRegLocal(r.TEMP0, this.localIdxExcVal);
      as.storeRegRegOffset(r.TEMP0, this.regGeneratorState, OFFSETOF_CODE_STATE_STATE);
      as.movRegImm(this.pr.RET, VM_RETURN_EXCEPTION);
      as.exit();
    } else {
      as.movRegLocal(r.ARG_1, this.localIdxExcVal);
      this.call(F.native_raise);
    }
    this.labelAssign(startLabel);
    if (this.isGenerator) {
      this.movRegState(r.TEMP0, this.localIdxGenPc);
      as.jumpReg(r.TEMP0);
      this.startOffset = as.codePos;
      as.movRegLocal(r.ARG_1, this.localIdxThrowVal);
      this.movLocalObjNull(this.localIdxThrowVal, r.ARG_2);
      this.call(F.native_raise);
    }
  }

  private globalExcExit(): void {
    const as = this.as;
    const r = this.r;
    this.labelAssign(this.exitLabel);
    if (this.needGlobalExcHandler) {
      if (!this.isGenerator) {
        this.movRegState(r.ARG_1, this.localIdxOldGlobals);
        if (this.scope.excStackSize === 0) as.jumpIfRegZero(r.ARG_1, this.exitLabel + 1, false);
        this.call(F.native_swap_globals);
      }
      this.call(F.nlr_pop);
      if (!this.isGenerator && this.scope.excStackSize === 0) this.labelAssign(this.exitLabel + 1);
      as.movRegLocal(this.pr.RET, this.localIdxRetVal);
    }
    as.exit();
  }
}

/** Dotted name of a scope up to the module, as the debug backend shows it. */
function qualifiedName(scope: Scope): string {
  const parts = [scope.simpleName];
  for (let s = scope; s.parent && s.parent.simpleName !== "<module>"; s = s.parent) parts.unshift(s.parent.simpleName);
  return parts.join(".");
}

/** MP_BC_PRELUDE_SIG_ENCODE with an exception stack of 0, as native code writes it. */
function writePreludeSig(as: NativeAsm, nState: number, scope: Scope): void {
  // A sizing pass may see no state yet; the emit pass always has some (a return value at least).
  let S = Math.max(nState - 1, 0);
  let E = 0;
  let F2 = scope.scopeFlags & 0x0f;
  let A = scope.numPosArgs;
  let K = scope.numKwonlyArgs;
  let D = scope.numDefPosArgs;
  let z = ((S & 0xf) << 3) | ((E & 1) << 2) | (A & 3);
  S >>= 4;
  E >>= 1;
  A >>= 2;
  while (S | E | F2 | A | K | D) {
    as.data(1, 0x80 | z);
    z = ((F2 & 1) << 6) | ((S & 3) << 4) | ((K & 1) << 3) | ((A & 1) << 2) | ((E & 1) << 1) | (D & 1);
    S >>= 2;
    E >>= 1;
    F2 >>= 1;
    A >>= 1;
    K >>= 1;
    D >>= 1;
  }
  as.data(1, z);
}

function writePreludeSize(as: NativeAsm, nInfo: number, nCell: number): void {
  let I = nInfo;
  let C = nCell;
  do {
    let z = ((I & 0x3f) << 1) | (C & 1);
    C >>= 1;
    I >>= 6;
    if (C | I) z |= 0x80;
    as.data(1, z);
  } while (C | I);
}
