// Emitter events -> a scope's symbolic bytecode (compiler/emit/code.ts), as
// py/emitbc.c turns the same events into bytes. Stack effects come from the opcode table; the
// assembler later sizes jumps and writes the bytes.

import { BINARY_OPS, fitsSmallIntMulti, OP, type OpName, type UnaryOpName, UNARY_OPS } from "../../bytecode/opcodes.js";
import type { ConstObject } from "../../bytecode/rawcode.js";
import { Code, type OpFields, W } from "./code.js";
import { InternalError } from "../front/diagnostics.js";
import type { Scope, ScopeKind } from "./scope.js";
import {
  BREAK_FROM_FOR, type BuildKind, type ConstToken, type EmitBinaryOp, type Emitter, type GlobalKind, type ImportKind,
  type LocalKind, type Pass, type SetupBlockKind, type SubscrKind,
} from "./emitter.js";


/** Slots an iterator takes on the stack (py/obj.h MP_OBJ_ITER_BUF_NSLOTS). */
const ITER_BUF_SLOTS = 4;

export class BytecodeEmitter implements Emitter {
  private code = new Code();
  private pass: Pass = "scope";
  private scope!: Scope;
  private childCount = 0;
  /**
   * Room every pass writes its code into, kept from scope to scope: a buffer grown for each
   * scope's code was a good part of compile time. The emit pass's code lends it until the
   * scope's code is assembled and let go (generate.ts useBytecodePasses).
   */
  private room = new Int32Array(W * 256);

  startPass(pass: Pass, scope: Scope): void {
    // Code still held (not yet assembled) keeps its words: the next pass writes elsewhere.
    if (this.scope?.code === this.code && this.code.words === this.room) this.room = new Int32Array(this.room.length);
    this.pass = pass;
    this.scope = scope;
    this.code = new Code(this.room);
    this.childCount = 0;
    if (pass !== "scope") scope.children = [];
  }

  endPass(): boolean {
    if (this.code.words.length > this.room.length) this.room = this.code.words;
    if (this.pass === "scope") {
      // Kept until every scope's scope pass has run (generate.ts useScopePass).
      this.code.detach();
      this.scope.scopeCode = this.code;
    } else this.scope.code = this.code;
    return true;
  }

  /**
   * One instruction, its stack effect read from the opcode table. `stack` is given only for the
   * opcodes whose effect depends on where they are emitted (the table has none for them).
   */
  private op(op: OpName, fields: OpFields = {}, stack?: number): void {
    const info = OP[op];
    let effect: number;
    if (info.stack === null) {
      if (stack === undefined) throw new InternalError(`${op} needs an explicit stack effect`);
      effect = stack;
    } else {
      effect = typeof info.stack === "number" ? info.stack : info.stack(fields.uint ?? 0, fields.extra ?? 0);
      if (stack !== undefined && stack !== effect) throw new InternalError(`${op}: stack effect ${stack} disagrees with the opcode table (${effect})`);
    }
    // The scope pass's code is read for its qstrs and constants only (generate.ts useScopePass).
    if (this.pass === "scope") {
      if (fields.qstr !== undefined || fields.obj !== undefined) this.code.op(op, effect, fields);
      return;
    }
    this.code.op(op, effect, fields);
  }
  private jumpOp(op: OpName, label: number, stack: number, ends: boolean, extra?: number): void {
    const info = OP[op];
    if (info.stack !== null && info.stack !== stack) throw new InternalError(`${op}: stack effect ${stack} disagrees with the opcode table`);
    if (this.pass === "scope") return;
    this.code.jump(op, label, stack, ends, extra);
  }

  adjustStackSize(delta: number): void {
    if (this.pass !== "scope") this.code.stack(delta);
  }
  setSourceLine(line: number, column: number): void {
    if (this.pass !== "scope") this.code.line(line, column);
  }

  loadLocal(_name: string, n: number, kind: LocalKind): void {
    if (kind === "deref") this.op("LOAD_DEREF", { uint: n });
    else if (n <= 15) this.op("LOAD_FAST_MULTI", { byte: OP.LOAD_FAST_MULTI.code + n });
    else this.op("LOAD_FAST_N", { uint: n });
  }
  loadGlobal(name: string, kind: GlobalKind): void {
    this.op(kind === "name" ? "LOAD_NAME" : "LOAD_GLOBAL", { qstr: name });
  }
  storeLocal(_name: string, n: number, kind: LocalKind): void {
    if (kind === "deref") this.op("STORE_DEREF", { uint: n });
    else if (n <= 15) this.op("STORE_FAST_MULTI", { byte: OP.STORE_FAST_MULTI.code + n });
    else this.op("STORE_FAST_N", { uint: n });
  }
  storeGlobal(name: string, kind: GlobalKind): void {
    this.op(kind === "name" ? "STORE_NAME" : "STORE_GLOBAL", { qstr: name });
  }
  deleteLocal(_name: string, n: number, kind: LocalKind): void {
    this.op(kind === "deref" ? "DELETE_DEREF" : "DELETE_FAST", { uint: n });
  }
  deleteGlobal(name: string, kind: GlobalKind): void {
    this.op(kind === "name" ? "DELETE_NAME" : "DELETE_GLOBAL", { qstr: name });
  }

  labelAssign(label: number): void {
    if (this.pass !== "scope") this.code.label(label);
  }
  importOp(name: string, kind: ImportKind): void {
    if (kind === "name") this.op("IMPORT_NAME", { qstr: name });
    else if (kind === "from") this.op("IMPORT_FROM", { qstr: name });
    else this.op("IMPORT_STAR");
  }
  loadConstTok(tok: ConstToken): void {
    this.op(tok === "none" ? "LOAD_CONST_NONE" : tok === "true" ? "LOAD_CONST_TRUE" : "LOAD_CONST_FALSE");
  }
  /** Small ints stay bigints: at -msmall-int-bits=63 they do not fit a double. */
  loadConstSmallInt(v: bigint): void {
    const n = Number(v);
    if (fitsSmallIntMulti(n)) this.op("LOAD_CONST_SMALL_INT_MULTI", { byte: OP.LOAD_CONST_SMALL_INT_MULTI.code + n + 16 });
    else this.op("LOAD_CONST_SMALL_INT", { sint: v });
  }
  loadConstStr(s: string): void {
    this.op("LOAD_CONST_STRING", { qstr: s });
  }
  loadConstObj(o: ConstObject): void {
    this.op("LOAD_CONST_OBJ", { obj: o });
  }
  loadNull(): void {
    this.op("LOAD_NULL");
  }
  loadMethod(name: string, isSuper: boolean): void {
    this.op(isSuper ? "LOAD_SUPER_METHOD" : "LOAD_METHOD", { qstr: name });
  }
  loadBuildClass(): void {
    this.op("LOAD_BUILD_CLASS");
  }
  subscr(kind: SubscrKind): void {
    if (kind === "load") return this.op("LOAD_SUBSCR");
    if (kind === "delete") {
      this.loadNull();
      this.rotThree();
    }
    this.op("STORE_SUBSCR");
  }
  attr(name: string, kind: SubscrKind): void {
    if (kind === "load") return this.op("LOAD_ATTR", { qstr: name });
    if (kind === "delete") {
      this.loadNull();
      this.rotTwo();
    }
    this.op("STORE_ATTR", { qstr: name });
  }
  dupTop(): void {
    this.op("DUP_TOP");
  }
  dupTopTwo(): void {
    this.op("DUP_TOP_TWO");
  }
  popTop(): void {
    this.op("POP_TOP");
  }
  rotTwo(): void {
    this.op("ROT_TWO");
  }
  rotThree(): void {
    this.op("ROT_THREE");
  }
  jump(label: number): void {
    this.jumpOp("JUMP", label, 0, true);
  }
  popJumpIf(cond: boolean, label: number): void {
    this.jumpOp(cond ? "POP_JUMP_IF_TRUE" : "POP_JUMP_IF_FALSE", label, -1, false);
  }
  jumpIfOrPop(cond: boolean, label: number): void {
    this.jumpOp(cond ? "JUMP_IF_TRUE_OR_POP" : "JUMP_IF_FALSE_OR_POP", label, -1, false);
  }
  unwindJump(label: number, exceptDepth: number): void {
    const target = label & ~BREAK_FROM_FOR;
    const fromFor = (label & BREAK_FROM_FOR) !== 0;
    if (exceptDepth === 0) {
      // The iterator of the for loop being left stays on the stack: pop its slots first.
      if (fromFor && this.pass !== "scope") for (let i = 0; i < ITER_BUF_SLOTS; i++) this.code.raw(OP.POP_TOP.code);
      this.jump(target);
    } else {
      this.jumpOp("UNWIND_JUMP", target, 0, true, (fromFor ? 0x80 : 0) | exceptDepth);
    }
  }
  setupBlock(label: number, kind: SetupBlockKind): void {
    // A with block keeps __exit__ and the context manager on the stack.
    if (kind === "with") this.jumpOp("SETUP_WITH", label, 2, false);
    else this.jumpOp(kind === "except" ? "SETUP_EXCEPT" : "SETUP_FINALLY", label, 0, false);
  }
  withCleanup(label: number): void {
    this.loadConstTok("none");
    this.labelAssign(label);
    // +2 to call __exit__, cancelled below together with the +2 of SETUP_WITH (py/emitbc.c).
    this.op("WITH_CLEANUP", {}, 2);
    this.adjustStackSize(-4);
  }
  asyncWithSetupFinally(aexitNoExc: number, finallyBlock: number, retUnwindJump: number): void {
    this.loadConstTok("none");
    this.rotTwo();
    this.jump(aexitNoExc);
    this.labelAssign(finallyBlock);
    this.dupTop();
    this.loadGlobal("BaseException", "global");
    this.binaryOp("EXCEPTION_MATCH");
    this.popJumpIf(false, retUnwindJump);
  }
  endFinally(): void {
    this.op("END_FINALLY");
  }
  getIter(useStack: boolean): void {
    if (useStack) this.op("GET_ITER_STACK", {}, ITER_BUF_SLOTS - 1);
    else this.op("GET_ITER");
  }
  forIter(label: number): void {
    this.jumpOp("FOR_ITER", label, 1, false);
  }
  forIterEnd(): void {
    this.adjustStackSize(-ITER_BUF_SLOTS);
  }
  popExceptJump(label: number, _withinExcHandler: boolean): void {
    this.jumpOp("POP_EXCEPT_JUMP", label, 0, true);
  }
  unaryOp(op: UnaryOpName): void {
    this.op("UNARY_OP_MULTI", { byte: OP.UNARY_OP_MULTI.code + UNARY_OPS.indexOf(op) });
  }
  binaryOp(op: EmitBinaryOp): void {
    const real = op === "NOT_IN" ? "IN" : op === "IS_NOT" ? "IS" : op;
    this.op("BINARY_OP_MULTI", { byte: OP.BINARY_OP_MULTI.code + BINARY_OPS.indexOf(real) });
    if (real !== op) this.unaryOp("NOT");
  }
  build(n: number, kind: BuildKind): void {
    const op = ({ tuple: "BUILD_TUPLE", list: "BUILD_LIST", map: "BUILD_MAP", set: "BUILD_SET", slice: "BUILD_SLICE" } as const)[kind];
    this.op(op, { uint: n });
  }
  storeMap(): void {
    this.op("STORE_MAP");
  }
  storeComp(kind: ScopeKind, collectionStackIndex: number): void {
    // The low 2 bits say the collection; a dict comprehension pops key and value.
    const [n, t] = kind === "listcomp" ? [0, 0] : kind === "dictcomp" ? [1, 1] : [0, 2];
    this.op("STORE_COMP", { uint: ((collectionStackIndex + n) << 2) | t });
  }
  unpackSequence(n: number): void {
    this.op("UNPACK_SEQUENCE", { uint: n });
  }
  unpackEx(nLeft: number, nRight: number): void {
    this.op("UNPACK_EX", { uint: nLeft | (nRight << 8) });
  }
  private childIndex(child: Scope): number {
    const idx = this.childCount++;
    if (this.pass !== "scope") this.scope.children[idx] = child;
    return idx;
  }
  makeFunction(child: Scope, nPosDefaults: number, nKwDefaults: number): void {
    const defs = nPosDefaults > 0 || nKwDefaults > 0;
    this.op(defs ? "MAKE_FUNCTION_DEFARGS" : "MAKE_FUNCTION", { child: this.childIndex(child) });
  }
  makeClosure(child: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void {
    const defs = nPosDefaults > 0 || nKwDefaults > 0;
    this.op(defs ? "MAKE_CLOSURE_DEFARGS" : "MAKE_CLOSURE", { child: this.childIndex(child), extra: nClosedOver });
  }
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(starFlags ? "CALL_FUNCTION_VAR_KW" : "CALL_FUNCTION", nPositional, nKeyword, starFlags ? 1 : 0);
  }
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(starFlags ? "CALL_METHOD_VAR_KW" : "CALL_METHOD", nPositional, nKeyword, 1 + (starFlags ? 1 : 0));
  }
  /**
   * py/emitbc.c writes (n_keyword << 8) | n_positional even when a count passes 255, so the fields
   * overlap, but moves the stack by the true counts; the opcode table reads the counts back from
   * the argument, which holds only below 256.
   */
  private call(op: OpName, nPositional: number, nKeyword: number, extra: number): void {
    const uint = (nKeyword << 8) | nPositional;
    if (nPositional <= 0xff && nKeyword <= 0xff) return this.op(op, { uint });
    this.code.op(op, -extra - nPositional - 2 * nKeyword, { uint });
  }
  returnValue(): void {
    this.op("RETURN_VALUE", { ends: true });
  }
  raiseVarargs(nArgs: number): void {
    this.op(nArgs === 0 ? "RAISE_LAST" : nArgs === 1 ? "RAISE_OBJ" : "RAISE_FROM", { ends: true });
  }
  yieldOp(from: boolean): void {
    this.op(from ? "YIELD_FROM" : "YIELD_VALUE");
  }
  /** The exception, plus 3 slots an unwind jump may use (py/emitbc.c). */
  startExceptHandler(): void {
    this.adjustStackSize(4);
  }
  endExceptHandler(): void {
    this.adjustStackSize(-3);
  }
}
