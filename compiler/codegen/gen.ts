// The state code generation carries through a module (py/compile.c compiler_t): the scopes found,
// the current scope, pass and emitter, labels, loop and exception nesting, and the helpers every
// part of code generation shares (errors, lines, identifier loads and stores).

import type * as A from "../front/ast.js";
import { type ConstObject, ScopeFlag } from "../../bytecode/rawcode.js";
import { displayText } from "../front/bytestr.js";
import { CompileError, type DiagnosticCode, InternalError } from "../front/diagnostics.js";
import type { Emitter, Pass, SetupBlockKind } from "../emit/emitter.js";
import type { Tables } from "../emit/generate.js";
import type { NativeContext } from "../native/emit-core.js";
import type { InlineAsm } from "../native/inline/common.js";
import type { EmitOptions, Scope } from "../emit/scope.js";
import type { LineMap } from "../front/source.js";
import { toConstObject } from "./constants.js";
import { Frames } from "./frames.js";

export interface CodegenOptions {
  readonly optimize: number;
  readonly smallIntBits: number;
  readonly lineMap: LineMap;
  /** Whether the parser would have made the str literal at offset `at` a qstr (py/parse.c). */
  readonly isQstr: (s: string, at: number) => boolean;
  /** Compile as the REPL does (compile(..., "single")): module-level expressions print their value. */
  readonly repl?: boolean;
  /** `@micropython.native` compiles to bytecode (see CompileOptions). */
  readonly nativeAsBytecode?: boolean;
  /** The module's tables, filled as the passes run (compiler/emit/generate.ts). */
  readonly tables: Tables;
  /** The default emitter of the module (-X emit). */
  readonly defaultEmit?: EmitOptions;
  /**
   * Makes the native emitter for the target (-march), or null: then native and viper decorators
   * are "invalid arch", as for mpy-cross without -march or for an arch without a native emitter.
   */
  readonly nativeEmitter?: ((ctx: NativeContext) => Emitter) | null;
  /** Makes the target's inline assembler (asm_thumb, asm_xtensa, asm_rv32 decorators); null: "invalid arch". */
  readonly inlineAsm?: (() => InlineAsm) | null;
}

/** No enclosing loop: `break` and `continue` are errors. */
export const INVALID_LABEL = -1;

export class Gen {
  readonly scopes: Scope[] = [];
  readonly scopeOf = new Map<A.Node, Scope>();
  private readonly constObjects = new Map<A.Constant, ConstObject>();
  pass: Pass = "scope";
  scope!: Scope;
  e!: Emitter;
  nextLabel = 0;
  breakLabel = INVALID_LABEL;
  continueLabel = INVALID_LABEL;
  exceptLevel = 0;
  breakContinueExceptLevel = 0;
  /** Start of the innermost statement of a list of two or more (py/compile.c generic_all_nodes). */
  statementAt: number | null = null;
  /** Where the last node with a line began: native code errors are reported there. */
  lastLineAt = 0;
  /** A ViperTypeError met in the current statement, raised when the statement ends. */
  pendingError: CompileError | null = null;
  /** How many compound statements are being compiled by recursion (statements.ts). */
  blockDepth = 0;
  /** The frames expressions are compiled from (expressions.ts). */
  readonly frames = new Frames();

  /** Raises the statement's ViperTypeError, if any. */
  raisePending(): void {
    const e = this.pendingError;
    if (e) {
      this.pendingError = null;
      throw e;
    }
  }

  constructor(readonly options: CodegenOptions) {
    this.smallLimit = 1n << BigInt(Math.min(options.smallIntBits, 63) - 1);
    this.smallLimitNeg = -this.smallLimit;
  }

  error(code: DiagnosticCode, node: A.Node): never {
    // Errors found while compiling name their scope, "<module>" included (py/compile.c).
    throw new CompileError(code, node.start, displayText(this.scope.simpleName));
  }

  /**
   * An error at a node that py/compile.c keeps without a line (a name, a small int, a qstr): it
   * takes the line of the innermost statement listed with others, else its scope's node's.
   */
  errorWithoutLine(code: DiagnosticCode): never {
    throw new CompileError(code, this.statementAt ?? scopeStart(this.scope.node), displayText(this.scope.simpleName));
  }

  label(): number {
    return this.nextLabel++;
  }

  /** The native emitter takes labels of its own at fixed points; numbering follows py/compile.c. */
  reserveLabelsForNative(n: number): void {
    if (this.scope.emitOptions !== "bytecode") this.nextLabel += n;
  }

  line(node: A.Node): void {
    this.lineAt((node as A.Constant).lineAt ?? node.start);
  }

  /** The line of the source offset `at`. */
  lineAt(at: number): void {
    this.lastLineAt = at;
    // The scope pass emits no lines (it always runs through the bytecode emitter).
    if (this.pass === "scope") return;
    // Nodes come mostly in source order, a few to a line: the last line looked up is kept.
    if (at < this.lineFrom || at >= this.lineTo) {
      const lm = this.options.lineMap;
      this.lineNo = lm.line(at);
      this.lineFrom = lm.lineStart(this.lineNo);
      this.lineTo = lm.lineStart(this.lineNo + 1);
    }
    this.e.setSourceLine(this.lineNo, at - this.lineFrom);
  }
  private lineNo = 1;
  private lineFrom = 0;
  private lineTo = 0;

  /**
   * Small ints are below this in magnitude (negatives: down to minus it): the target's, but no
   * more than mpy-cross's own 63 bits on a 64-bit host (py/parse.c checks both).
   */
  smallIntLimit(): bigint {
    return this.smallLimit;
  }
  private readonly smallLimit: bigint;

  /** Minus smallLimit, kept: a bigint negated at each test is a new bigint. */
  private readonly smallLimitNeg: bigint;

  smallIntOf(e: A.Expr): bigint | null {
    if (e.kind !== "Constant" || e.value.type !== "int") return null;
    const v = e.value.value;
    return v >= this.smallLimitNeg && v < this.smallLimit && !e.value.boxed ? v : null;
  }

  loadSmallInt(v: number | bigint): void {
    this.e.loadConstSmallInt(BigInt(v));
  }

  /**
   * The constant object of a node: the same JS object in both passes, because mpy-cross finds a
   * constant again by pointer before comparing values, which matters for NaN.
   */
  objectOf(e: A.Constant): ConstObject {
    let o = this.constObjects.get(e);
    if (!o) {
      o = toConstObject(e.value, this.options.smallIntBits);
      this.constObjects.set(e, o);
    }
    return o;
  }

  increaseExcept(l: number, kind: SetupBlockKind): void {
    this.e.setupBlock(l, kind);
    this.exceptLevel++;
    if (this.exceptLevel > this.scope.excStackSize) this.scope.excStackSize = this.exceptLevel;
  }

  decreaseExcept(): void {
    this.exceptLevel--;
    this.e.endFinally();
    this.reserveLabelsForNative(1);
  }

  /** A yield makes the scope a generator. */
  yieldOp(from: boolean): void {
    this.e.yieldOp(from);
    this.scope.scopeFlags |= ScopeFlag.GENERATOR;
    this.reserveLabelsForNative(from ? 3 : 1);
  }

  // ---- identifiers: the scope pass records them, the later passes emit them ----

  loadId(name: string): void {
    if (this.pass === "scope") {
      this.scope.findOrAdd(name, "implicit");
      return;
    }
    this.idOp(name, "load");
  }

  storeId(name: string): void {
    if (this.pass === "scope") {
      this.scope.idForModification(name);
      return;
    }
    this.idOp(name, "store");
  }

  deleteId(name: string): void {
    if (this.pass === "scope") {
      this.scope.idForModification(name);
      return;
    }
    this.idOp(name, "delete");
  }

  private idOp(name: string, what: "load" | "store" | "delete"): void {
    const id = this.scope.find(name);
    if (!id) throw new InternalError(`identifier ${name} not found in scope pass`);
    const e = this.e;
    if (id.kind === "implicit" || id.kind === "implicitAssigned" || id.kind === "explicit") {
      const kind = id.kind === "explicit" ? "global" : "name";
      if (what === "load") e.loadGlobal(name, kind);
      else if (what === "store") e.storeGlobal(name, kind);
      else e.deleteGlobal(name, kind);
    } else {
      const kind = id.kind === "local" ? "fast" : "deref";
      if (what === "load") e.loadLocal(name, id.localNum, kind);
      else if (what === "store") e.storeLocal(name, id.localNum, kind);
      else e.deleteLocal(name, id.localNum, kind);
    }
  }
}

/** Where a scope's parse node begins: a def or class at its keyword, not its decorators. */
function scopeStart(node: A.Node): number {
  switch ((node as A.Stmt | A.Expr | A.Module).kind) {
    case "FunctionDef":
      return (node as A.FunctionDef).defStart;
    case "ClassDef":
      return (node as A.ClassDef).classStart;
    case "Module": {
      const body = (node as A.Module).body;
      return body[0]?.start ?? node.start;
    }
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      // The comprehension's node begins at its element (py/grammar.h testlist_comp).
      return (node as A.ListComp).elt.start;
    case "DictComp":
      return (node as A.DictComp).key.start;
    default:
      return node.start;
  }
}
