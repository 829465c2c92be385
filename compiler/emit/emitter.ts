// The events code generation sends to an emitter: what MicroPython's compiler sends through its
// emit method table (py/emit.h emit_method_table_t). The bytecode emitter (emit/bytecode.ts) is one
// implementation; the native emitter drives a machine-code assembler from the same events.

import type { BinaryOpName, UnaryOpName } from "../../bytecode/opcodes.js";
import type { ConstObject } from "../../bytecode/rawcode.js";
import type { Scope, ScopeKind } from "../scope.js";

/**
 * Passes over a scope (py/compile.h pass_kind_t): scope discovery, then code with every name
 * resolved. The bytecode emitter needs one code pass (the assembler sizes jumps); the native
 * emitter takes a stack-size and a code-size pass before its emit passes.
 */
export type Pass = "scope" | "stackSize" | "codeSize" | "emit";

/** A local is a fast slot or a cell (py/emit.h MP_EMIT_IDOP_LOCAL_*). */
export type LocalKind = "fast" | "deref";
/** A global is looked up as a name (module, class bodies) or as a true global (MP_EMIT_IDOP_GLOBAL_*). */
export type GlobalKind = "name" | "global";
export type SubscrKind = "load" | "store" | "delete";
export type SetupBlockKind = "with" | "except" | "finally";
export type ConstToken = "none" | "true" | "false";
export type BuildKind = "tuple" | "list" | "map" | "set" | "slice";
export type ImportKind = "name" | "from" | "star";
/** Binary operators as the compiler emits them; NOT_IN and IS_NOT are split by the bytecode emitter. */
export type EmitBinaryOp = BinaryOpName | "NOT_IN" | "IS_NOT";

/** Star flags of a call (py/emit.h MP_EMIT_STAR_FLAG_*). */
export const StarFlag = { SINGLE: 0x01, DOUBLE: 0x02 } as const;

/** A jump target; BREAK_FROM_FOR marks a break out of a for loop, whose iterator the jump pops. */
export const BREAK_FROM_FOR = 0x8000;

export interface Emitter {
  /** Starts a pass over `scope`'s code. */
  startPass(pass: Pass, scope: Scope): void;
  /** Ends the pass; false asks for the scope's final pass to be run again. */
  endPass(): boolean;
  adjustStackSize(delta: number): void;
  setSourceLine(line: number, column: number): void;

  loadLocal(name: string, localNum: number, kind: LocalKind): void;
  loadGlobal(name: string, kind: GlobalKind): void;
  storeLocal(name: string, localNum: number, kind: LocalKind): void;
  storeGlobal(name: string, kind: GlobalKind): void;
  deleteLocal(name: string, localNum: number, kind: LocalKind): void;
  deleteGlobal(name: string, kind: GlobalKind): void;

  labelAssign(label: number): void;
  importOp(name: string, kind: ImportKind): void;
  loadConstTok(tok: ConstToken): void;
  loadConstSmallInt(value: bigint): void;
  loadConstStr(s: string): void;
  loadConstObj(o: ConstObject): void;
  loadNull(): void;
  loadMethod(name: string, isSuper: boolean): void;
  loadBuildClass(): void;
  subscr(kind: SubscrKind): void;
  attr(name: string, kind: SubscrKind): void;
  dupTop(): void;
  dupTopTwo(): void;
  popTop(): void;
  rotTwo(): void;
  rotThree(): void;
  jump(label: number): void;
  popJumpIf(cond: boolean, label: number): void;
  jumpIfOrPop(cond: boolean, label: number): void;
  unwindJump(label: number, exceptDepth: number): void;
  setupBlock(label: number, kind: SetupBlockKind): void;
  withCleanup(label: number): void;
  asyncWithSetupFinally(aexitNoExc: number, finallyBlock: number, retUnwindJump: number): void;
  endFinally(): void;
  getIter(useStack: boolean): void;
  forIter(label: number): void;
  forIterEnd(): void;
  popExceptJump(label: number, withinExcHandler: boolean): void;
  unaryOp(op: UnaryOpName): void;
  binaryOp(op: EmitBinaryOp): void;
  build(n: number, kind: BuildKind): void;
  storeMap(): void;
  storeComp(kind: ScopeKind, collectionStackIndex: number): void;
  unpackSequence(n: number): void;
  unpackEx(nLeft: number, nRight: number): void;
  makeFunction(child: Scope, nPosDefaults: number, nKwDefaults: number): void;
  makeClosure(child: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void;
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void;
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void;
  returnValue(): void;
  raiseVarargs(nArgs: number): void;
  yieldOp(from: boolean): void;
  startExceptHandler(): void;
  endExceptHandler(): void;
}
