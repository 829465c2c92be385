// Emitter events -> a scope's symbolic bytecode (compiler/emit/code.ts), as
// py/emitbc.c turns the same events into bytes. Stack effects come from the opcode table; the
// assembler later sizes jumps and writes the bytes.

import { BINARY_OPS, fitsSmallIntMulti, OP, type OpcodeInfo, type OpName, type UnaryOpName, UNARY_OPS } from "../../bytecode/opcodes.js";
import type { ConstObject } from "../../bytecode/rawcode.js";
import { Code, F_CHILD, F_ENDS, F_EXTRA, F_OBJ, F_QSTR, F_SINT, F_UINT, K_OP, W } from "./code.js";
import { InternalError } from "../front/diagnostics.js";
import type { Scope, ScopeKind } from "./scope.js";
import {
  BREAK_FROM_FOR, type BuildKind, type ConstToken, type EmitBinaryOp, type Emitter, type GlobalKind, type ImportKind,
  type LocalKind, type Pass, type SetupBlockKind, type SubscrKind,
} from "./emitter.js";


/** Slots an iterator takes on the stack (py/obj.h MP_OBJ_ITER_BUF_NSLOTS). */
const ITER_BUF_SLOTS = 4;

/** No extra byte (an extra byte is 0 to 255). */
const NO_EXTRA = -1;

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
  private room: Int32Array<ArrayBuffer>;
  /** The qstrs (strings) and constants (objects) the scope pass has met, in order. */
  private met: (string | ConstObject)[] = [];

  /** `room`: a buffer to write code into, from an earlier module (its contents do not matter). */
  constructor(room: Int32Array<ArrayBuffer> = new Int32Array(W * 256)) {
    this.room = room;
  }

  /** The room, for the next module, once no scope's code is waiting to be assembled. */
  releaseRoom(): Int32Array<ArrayBuffer> {
    return this.room;
  }

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
      this.scope.scopeOperands = this.met;
      this.met = [];
    } else this.scope.code = this.code;
    return true;
  }

  /**
   * One instruction, its stack effect read from the opcode table. `stack` is given only for the
   * opcodes whose effect depends on where they are emitted (the table has none for them). The
   * operand comes as its kind (an F_ flag, 0 for none) and its number; qstrs, constants and big
   * ints are numbered in the code's side lists by the callers below.
   */
  private op(info: OpcodeInfo, flags = 0, arg = 0, byte = info.code, extra = NO_EXTRA, stack?: number): void {
    // The scope pass keeps its qstrs and constants only (qstrOp, objOp).
    if (this.pass === "scope") return;
    let effect: number;
    if (info.stack === null) {
      if (stack === undefined) throw new InternalError(`${info.name} needs an explicit stack effect`);
      effect = stack;
    } else {
      effect = typeof info.stack === "number" ? info.stack : info.stack(flags & F_UINT ? arg : 0, extra === NO_EXTRA ? 0 : extra);
      if (stack !== undefined && stack !== effect) throw new InternalError(`${info.name}: stack effect ${stack} disagrees with the opcode table (${effect})`);
    }
    if (extra !== NO_EXTRA) flags |= F_EXTRA;
    this.code.put(info.code, byte, effect, K_OP | flags, arg, extra === NO_EXTRA ? 0 : extra);
  }
  private qstrOp(info: OpcodeInfo, s: string): void {
    if (this.pass === "scope") this.met.push(s);
    else this.op(info, F_QSTR, this.code.strIndex(s));
  }
  private uintOp(info: OpcodeInfo, n: number): void {
    this.op(info, F_UINT, n);
  }
  private byteOp(info: OpcodeInfo, byte: number): void {
    this.op(info, 0, 0, byte);
  }
  private objOp(info: OpcodeInfo, o: ConstObject): void {
    if (this.pass === "scope") this.met.push(o);
    else this.op(info, F_OBJ, this.code.objIndex(o));
  }
  private childOp(info: OpcodeInfo, child: number, extra = NO_EXTRA): void {
    this.op(info, F_CHILD, child, info.code, extra);
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
    if (kind === "deref") this.uintOp(OP.LOAD_DEREF, n);
    else if (n <= 15) this.byteOp(OP.LOAD_FAST_MULTI, OP.LOAD_FAST_MULTI.code + n);
    else this.uintOp(OP.LOAD_FAST_N, n);
  }
  loadGlobal(name: string, kind: GlobalKind): void {
    this.qstrOp(kind === "name" ? OP.LOAD_NAME : OP.LOAD_GLOBAL, name);
  }
  storeLocal(_name: string, n: number, kind: LocalKind): void {
    if (kind === "deref") this.uintOp(OP.STORE_DEREF, n);
    else if (n <= 15) this.byteOp(OP.STORE_FAST_MULTI, OP.STORE_FAST_MULTI.code + n);
    else this.uintOp(OP.STORE_FAST_N, n);
  }
  storeGlobal(name: string, kind: GlobalKind): void {
    this.qstrOp(kind === "name" ? OP.STORE_NAME : OP.STORE_GLOBAL, name);
  }
  deleteLocal(_name: string, n: number, kind: LocalKind): void {
    this.uintOp(kind === "deref" ? OP.DELETE_DEREF : OP.DELETE_FAST, n);
  }
  deleteGlobal(name: string, kind: GlobalKind): void {
    this.qstrOp(kind === "name" ? OP.DELETE_NAME : OP.DELETE_GLOBAL, name);
  }

  labelAssign(label: number): void {
    if (this.pass !== "scope") this.code.label(label);
  }
  importOp(name: string, kind: ImportKind): void {
    if (kind === "name") this.qstrOp(OP.IMPORT_NAME, name);
    else if (kind === "from") this.qstrOp(OP.IMPORT_FROM, name);
    else this.op(OP.IMPORT_STAR);
  }
  loadConstTok(tok: ConstToken): void {
    this.op(tok === "none" ? OP.LOAD_CONST_NONE : tok === "true" ? OP.LOAD_CONST_TRUE : OP.LOAD_CONST_FALSE);
  }
  /** Small ints stay bigints: at -msmall-int-bits=63 they do not fit a double. */
  loadConstSmallInt(v: bigint): void {
    const n = Number(v);
    if (fitsSmallIntMulti(n)) this.byteOp(OP.LOAD_CONST_SMALL_INT_MULTI, OP.LOAD_CONST_SMALL_INT_MULTI.code + n + 16);
    else this.op(OP.LOAD_CONST_SMALL_INT, F_SINT, this.pass === "scope" ? 0 : this.code.bigIndex(v));
  }
  loadConstStr(s: string): void {
    this.qstrOp(OP.LOAD_CONST_STRING, s);
  }
  loadConstObj(o: ConstObject): void {
    this.objOp(OP.LOAD_CONST_OBJ, o);
  }
  loadNull(): void {
    this.op(OP.LOAD_NULL);
  }
  loadMethod(name: string, isSuper: boolean): void {
    this.qstrOp(isSuper ? OP.LOAD_SUPER_METHOD : OP.LOAD_METHOD, name);
  }
  loadBuildClass(): void {
    this.op(OP.LOAD_BUILD_CLASS);
  }
  subscr(kind: SubscrKind): void {
    if (kind === "load") return this.op(OP.LOAD_SUBSCR);
    if (kind === "delete") {
      this.loadNull();
      this.rotThree();
    }
    this.op(OP.STORE_SUBSCR);
  }
  attr(name: string, kind: SubscrKind): void {
    if (kind === "load") return this.qstrOp(OP.LOAD_ATTR, name);
    if (kind === "delete") {
      this.loadNull();
      this.rotTwo();
    }
    this.qstrOp(OP.STORE_ATTR, name);
  }
  dupTop(): void {
    this.op(OP.DUP_TOP);
  }
  dupTopTwo(): void {
    this.op(OP.DUP_TOP_TWO);
  }
  popTop(): void {
    this.op(OP.POP_TOP);
  }
  rotTwo(): void {
    this.op(OP.ROT_TWO);
  }
  rotThree(): void {
    this.op(OP.ROT_THREE);
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
    this.op(OP.WITH_CLEANUP, 0, 0, OP.WITH_CLEANUP.code, NO_EXTRA, 2);
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
    this.op(OP.END_FINALLY);
  }
  getIter(useStack: boolean): void {
    if (useStack) this.op(OP.GET_ITER_STACK, 0, 0, OP.GET_ITER_STACK.code, NO_EXTRA, ITER_BUF_SLOTS - 1);
    else this.op(OP.GET_ITER);
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
    this.byteOp(OP.UNARY_OP_MULTI, OP.UNARY_OP_MULTI.code + UNARY_OPS.indexOf(op));
  }
  binaryOp(op: EmitBinaryOp): void {
    const real = op === "NOT_IN" ? "IN" : op === "IS_NOT" ? "IS" : op;
    this.byteOp(OP.BINARY_OP_MULTI, OP.BINARY_OP_MULTI.code + BINARY_OPS.indexOf(real));
    if (real !== op) this.unaryOp("NOT");
  }
  build(n: number, kind: BuildKind): void {
    this.uintOp(kind === "tuple" ? OP.BUILD_TUPLE : kind === "list" ? OP.BUILD_LIST : kind === "map" ? OP.BUILD_MAP : kind === "set" ? OP.BUILD_SET : OP.BUILD_SLICE, n);
  }
  storeMap(): void {
    this.op(OP.STORE_MAP);
  }
  storeComp(kind: ScopeKind, collectionStackIndex: number): void {
    // The low 2 bits say the collection; a dict comprehension pops key and value.
    const [n, t] = kind === "listcomp" ? [0, 0] : kind === "dictcomp" ? [1, 1] : [0, 2];
    this.uintOp(OP.STORE_COMP, ((collectionStackIndex + n) << 2) | t);
  }
  unpackSequence(n: number): void {
    this.uintOp(OP.UNPACK_SEQUENCE, n);
  }
  unpackEx(nLeft: number, nRight: number): void {
    this.uintOp(OP.UNPACK_EX, nLeft | (nRight << 8));
  }
  private childIndex(child: Scope): number {
    const idx = this.childCount++;
    if (this.pass !== "scope") this.scope.children[idx] = child;
    return idx;
  }
  makeFunction(child: Scope, nPosDefaults: number, nKwDefaults: number): void {
    const defs = nPosDefaults > 0 || nKwDefaults > 0;
    this.childOp(defs ? OP.MAKE_FUNCTION_DEFARGS : OP.MAKE_FUNCTION, this.childIndex(child));
  }
  makeClosure(child: Scope, nClosedOver: number, nPosDefaults: number, nKwDefaults: number): void {
    const defs = nPosDefaults > 0 || nKwDefaults > 0;
    this.childOp(defs ? OP.MAKE_CLOSURE_DEFARGS : OP.MAKE_CLOSURE, this.childIndex(child), nClosedOver);
  }
  callFunction(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(starFlags ? OP.CALL_FUNCTION_VAR_KW : OP.CALL_FUNCTION, nPositional, nKeyword, starFlags ? 1 : 0);
  }
  callMethod(nPositional: number, nKeyword: number, starFlags: number): void {
    this.call(starFlags ? OP.CALL_METHOD_VAR_KW : OP.CALL_METHOD, nPositional, nKeyword, 1 + (starFlags ? 1 : 0));
  }
  /**
   * py/emitbc.c writes (n_keyword << 8) | n_positional even when a count passes 255, so the fields
   * overlap, but moves the stack by the true counts; the opcode table reads the counts back from
   * the argument, which holds only below 256.
   */
  private call(info: OpcodeInfo, nPositional: number, nKeyword: number, extra: number): void {
    const uint = (nKeyword << 8) | nPositional;
    if (nPositional <= 0xff && nKeyword <= 0xff) return this.uintOp(info, uint);
    if (this.pass !== "scope") this.code.put(info.code, info.code, -extra - nPositional - 2 * nKeyword, K_OP | F_UINT, uint, 0);
  }
  returnValue(): void {
    this.op(OP.RETURN_VALUE, F_ENDS);
  }
  raiseVarargs(nArgs: number): void {
    this.op(nArgs === 0 ? OP.RAISE_LAST : nArgs === 1 ? OP.RAISE_OBJ : OP.RAISE_FROM, F_ENDS);
  }
  yieldOp(from: boolean): void {
    this.op(from ? OP.YIELD_FROM : OP.YIELD_VALUE);
  }
  /** The exception, plus 3 slots an unwind jump may use (py/emitbc.c). */
  startExceptHandler(): void {
    this.adjustStackSize(4);
  }
  endExceptHandler(): void {
    this.adjustStackSize(-3);
  }
}
