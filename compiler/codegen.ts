// AST -> one symbolic code unit per scope (compiler/assemble.ts Instr lists), following the code
// shapes of MicroPython's py/compile.c. Like MicroPython it walks every scope twice: a scope pass
// that discovers scopes and identifiers, then a final pass with every name resolved.

import type * as A from "./ast.js";
import { BINARY_OPS, fitsSmallIntMulti, OP, type BinaryOpName, type OpName, type UnaryOpName, UNARY_OPS } from "../bytecode/opcodes.js";
import type { ConstObject } from "../bytecode/rawcode.js";
import type { Instr } from "./assemble.js";
import { displayText } from "./bytestr.js";
import { CompileError, type DiagnosticCode, InternalError } from "./diagnostics.js";
import { constTruth } from "./fold.js";
import { ID_DBL_STAR_PARAM, ID_PARAM, ID_STAR_PARAM, type IdInfo, Scope, type ScopeKind } from "./scope.js";
import type { LineMap } from "./source.js";

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
}

const BREAK_FROM_FOR = 0x8000;
const INVALID = -1;

const AUG_TO_BINARY: Record<A.AugOperator, BinaryOpName> = {
  "|=": "INPLACE_OR", "^=": "INPLACE_XOR", "&=": "INPLACE_AND", "<<=": "INPLACE_LSHIFT", ">>=": "INPLACE_RSHIFT",
  "+=": "INPLACE_ADD", "-=": "INPLACE_SUBTRACT", "*=": "INPLACE_MULTIPLY", "@=": "INPLACE_MAT_MULTIPLY",
  "//=": "INPLACE_FLOOR_DIVIDE", "/=": "INPLACE_TRUE_DIVIDE", "%=": "INPLACE_MODULO", "**=": "INPLACE_POWER",
};
const BIN_TO_OP: Record<A.Operator, BinaryOpName> = {
  "|": "OR", "^": "XOR", "&": "AND", "<<": "LSHIFT", ">>": "RSHIFT", "+": "ADD", "-": "SUBTRACT",
  "*": "MULTIPLY", "@": "MAT_MULTIPLY", "//": "FLOOR_DIVIDE", "/": "TRUE_DIVIDE", "%": "MODULO", "**": "POWER",
};
const CMP_TO_OP: Record<string, BinaryOpName> = {
  "<": "LESS", ">": "MORE", "==": "EQUAL", "<=": "LESS_EQUAL", ">=": "MORE_EQUAL", "!=": "NOT_EQUAL", in: "IN", is: "IS",
};

/** Runs both passes over the module and returns the scopes in MicroPython's order. */
export function generateScopes(module: A.Module, options: CodegenOptions): Scope[] {
  const g = new CodeGen(options);
  return g.run(module);
}

type Pass = "scope" | "emit";

class CodeGen {
  private readonly scopes: Scope[] = [];
  private readonly scopeOf = new Map<A.Node, Scope>();
  private readonly constObjects = new Map<A.Constant, ConstObject>();
  private pass: Pass = "scope";
  private scope!: Scope;
  private code!: Instr[];
  private nextLabel = 0;
  private childCount = 0;
  private breakLabel = INVALID;
  private continueLabel = INVALID;
  private exceptLevel = 0;
  private breakContinueExceptLevel = 0;

  constructor(private readonly options: CodegenOptions) {}

  run(module: A.Module): Scope[] {
    const top = new Scope("module", module, null);
    this.scopes.push(top);
    // Scope pass over every scope; scopes found on the way are appended and visited in turn.
    for (let i = 0; i < this.scopes.length; i++) {
      const s = this.scopes[i]!;
      this.compileScope(s, "scope");
      for (const id of s.ids) if (id.kind === "implicit") s.checkToCloseOver(id);
    }
    for (const s of this.scopes) s.computeThings();
    for (const s of this.scopes) this.compileScope(s, "emit");
    return this.scopes;
  }

  // ---- errors ----

  private error(code: DiagnosticCode, node: A.Node): never {
    // Errors found while compiling name their scope, "<module>" included (py/compile.c).
    throw new CompileError(code, node.start, displayText(this.scope.simpleName));
  }

  // ---- emitting ----

  private label(): number {
    return this.nextLabel++;
  }
  private emit(i: Instr): void {
    this.code.push(i);
  }
  private op(op: OpName, stack: number, extra: Partial<Extract<Instr, { t: "op" }>> = {}): void {
    this.emit({ t: "op", op, stack, ...extra });
  }
  private assign(l: number): void {
    this.emit({ t: "label", label: l });
  }
  private jump(op: OpName, l: number, stack: number, ends = false, extra?: number): void {
    this.emit(extra === undefined ? { t: "jump", op, label: l, stack, ends } : { t: "jump", op, label: l, stack, ends, extra });
  }
  private adjust(delta: number): void {
    this.emit({ t: "stack", delta });
  }
  private line(node: A.Node): void {
    const lm = this.options.lineMap;
    const at = (node as A.Constant).lineAt ?? node.start;
    this.emit({ t: "line", line: lm.line(at), column: lm.column(at) });
  }
  private loadConstNone(): void {
    this.op("LOAD_CONST_NONE", 1);
  }
  /**
   * Small ints are below this in magnitude (negatives: down to minus it): the target's, but no
   * more than mpy-cross's own 63 bits on a 64-bit host (py/parse.c checks both).
   */
  private smallIntLimit(): bigint {
    return 1n << BigInt(Math.min(this.options.smallIntBits, 63) - 1);
  }

  /** Small ints stay bigints: at -msmall-int-bits=63 they do not fit a double. */
  private loadSmallInt(v: number | bigint): void {
    const n = Number(v);
    if (fitsSmallIntMulti(n)) this.op("LOAD_CONST_SMALL_INT_MULTI", 1, { byte: OP.LOAD_CONST_SMALL_INT_MULTI.code + n + 16 });
    else this.op("LOAD_CONST_SMALL_INT", 1, { sint: BigInt(v) });
  }
  private loadConstStr(s: string): void {
    this.op("LOAD_CONST_STRING", 1, { qstr: s });
  }
  private loadConstObj(o: ConstObject): void {
    this.op("LOAD_CONST_OBJ", 1, { obj: o });
  }
  private binaryOp(op: BinaryOpName | "NOT_IN" | "IS_NOT"): void {
    const invert = op === "NOT_IN" || op === "IS_NOT";
    const real: BinaryOpName = op === "NOT_IN" ? "IN" : op === "IS_NOT" ? "IS" : op;
    this.op("BINARY_OP_MULTI", -1, { byte: OP.BINARY_OP_MULTI.code + BINARY_OPS.indexOf(real) });
    if (invert) this.unaryOp("NOT");
  }
  private unaryOp(op: UnaryOpName): void {
    this.op("UNARY_OP_MULTI", 0, { byte: OP.UNARY_OP_MULTI.code + UNARY_OPS.indexOf(op) });
  }
  private build(kind: "TUPLE" | "LIST" | "MAP" | "SET" | "SLICE", n: number): void {
    this.op(`BUILD_${kind}` as OpName, kind === "MAP" ? 1 : 1 - n, { uint: n });
  }
  private popJumpIf(cond: boolean, l: number): void {
    this.jump(cond ? "POP_JUMP_IF_TRUE" : "POP_JUMP_IF_FALSE", l, -1);
  }
  private callFunction(nPos: number, nKw: number, star: boolean, method: boolean): void {
    const base = method ? -1 : 0;
    const adj = base - nPos - 2 * nKw - (star ? 1 : 0);
    const op: OpName = method ? (star ? "CALL_METHOD_VAR_KW" : "CALL_METHOD") : star ? "CALL_FUNCTION_VAR_KW" : "CALL_FUNCTION";
    this.op(op, adj, { uint: (nKw << 8) | nPos });
  }
  private yieldValue(from: boolean): void {
    this.op(from ? "YIELD_FROM" : "YIELD_VALUE", from ? -1 : 0);
    this.scope.scopeFlags |= 0x01;
  }
  private increaseExcept(l: number, kind: "WITH" | "EXCEPT" | "FINALLY"): void {
    this.jump(`SETUP_${kind}` as OpName, l, kind === "WITH" ? 2 : 0);
    this.exceptLevel++;
    if (this.exceptLevel > this.scope.excStackSize) this.scope.excStackSize = this.exceptLevel;
  }
  private decreaseExcept(): void {
    this.exceptLevel--;
    this.op("END_FINALLY", -1);
  }
  /** The stack a handler starts with: the exception, plus 3 slots an unwind jump may use (py/emitbc.c). */
  private startExceptHandler(): void {
    this.adjust(4);
  }
  private endExceptHandler(): void {
    this.adjust(-3);
  }

  // ---- identifiers ----

  private loadId(name: string): void {
    if (this.pass === "scope") {
      this.scope.findOrAdd(name, "implicit");
      return;
    }
    this.idOp(name, "LOAD");
  }
  private storeId(name: string): void {
    if (this.pass === "scope") {
      this.scope.idForModification(name);
      return;
    }
    this.idOp(name, "STORE");
  }
  private deleteId(name: string): void {
    if (this.pass === "scope") {
      this.scope.idForModification(name);
      return;
    }
    this.idOp(name, "DELETE");
  }
  private idOp(name: string, what: "LOAD" | "STORE" | "DELETE"): void {
    const id = this.scope.find(name);
    if (!id) throw new InternalError(`identifier ${name} not found in scope pass`);
    const stack = what === "LOAD" ? 1 : what === "STORE" ? -1 : 0;
    if (id.kind === "implicit" || id.kind === "implicitAssigned") {
      this.op(`${what}_NAME` as OpName, stack, { qstr: name, viaId: true });
    } else if (id.kind === "explicit") {
      this.op(`${what}_GLOBAL` as OpName, stack, { qstr: name, viaId: true });
    } else if (id.kind === "local") {
      this.fastOp(what, id.localNum);
    } else {
      this.op(`${what}_DEREF` as OpName, stack, { uint: id.localNum });
    }
  }
  private fastOp(what: "LOAD" | "STORE" | "DELETE", n: number): void {
    if (what === "LOAD" && n <= 15) this.op("LOAD_FAST_MULTI", 1, { byte: OP.LOAD_FAST_MULTI.code + n });
    else if (what === "STORE" && n <= 15) this.op("STORE_FAST_MULTI", -1, { byte: OP.STORE_FAST_MULTI.code + n });
    else if (what === "DELETE") this.op("DELETE_FAST", 0, { uint: n });
    else this.op(`${what}_FAST_N` as OpName, what === "LOAD" ? 1 : -1, { uint: n });
  }

  // ---- scopes ----

  private newScope(kind: ScopeKind, node: A.Node, name?: string): Scope {
    if (this.pass === "scope") {
      const s = new Scope(kind, node, this.scope, name);
      this.scopes.push(s);
      this.scopeOf.set(node, s);
      return s;
    }
    return this.scopeOf.get(node)!;
  }

  private compileScope(s: Scope, pass: Pass): void {
    this.pass = pass;
    this.scope = s;
    this.code = [];
    this.nextLabel = 0;
    this.childCount = 0;
    if (pass === "scope") {
      s.excStackSize = 0;
    } else {
      s.children = [];
    }
    const node = s.node;
    switch (s.kind) {
      case "module": {
        this.statements((node as A.Module).body);
        this.loadConstNone();
        this.op("RETURN_VALUE", -1, { ends: true });
        break;
      }
      case "function": {
        const f = node as A.FunctionDef;
        if (pass === "scope") this.params(f.args);
        this.statements(f.body);
        this.loadConstNone();
        this.op("RETURN_VALUE", -1, { ends: true });
        break;
      }
      case "lambda": {
        const l = node as A.Lambda;
        this.line(l);
        if (pass === "scope") this.params(l.args);
        this.expr(l.body);
        if (s.scopeFlags & 0x01) {
          this.op("POP_TOP", -1);
          this.loadConstNone();
        }
        this.op("RETURN_VALUE", -1, { ends: true });
        break;
      }
      case "class": {
        const c = node as A.ClassDef;
        if (pass === "scope") s.findOrAdd("__class__", "local");
        this.loadId("__name__");
        this.storeId("__module__");
        this.loadConstStr(c.name);
        this.storeId("__qualname__");
        this.statements(c.body);
        const id = s.find("__class__")!;
        if (id.kind === "local") this.loadConstNone();
        else this.fastOp("LOAD", id.localNum);
        this.op("RETURN_VALUE", -1, { ends: true });
        break;
      }
      default:
        this.comprehensionScope(s);
    }
    if (pass === "scope") s.scopeCode = this.code;
    else s.code = this.code;
  }

  private params(args: A.Arguments): void {
    const s = this.scope;
    if (args.secondStar) this.error("invalidSyntax", args.secondStar);
    const add = (p: A.Arg, flags: number) => {
      const id = s.findOrAdd(p.arg, "undecided");
      if (id.kind !== "undecided") this.error("argumentNameReused", p);
      id.kind = "local";
      id.flags = flags;
    };
    for (const p of args.args) {
      s.numPosArgs++;
      add(p, ID_PARAM);
    }
    if (args.vararg) {
      s.scopeFlags |= 0x04;
      add(args.vararg, ID_PARAM | ID_STAR_PARAM);
    }
    for (const p of args.kwonlyargs) {
      s.numKwonlyArgs++;
      add(p, ID_PARAM);
    }
    if (args.kwarg) {
      s.scopeFlags |= 0x02;
      add(args.kwarg, ID_PARAM | ID_DBL_STAR_PARAM);
    }
  }

  private comprehensionScope(s: Scope): void {
    const node = s.node as A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
    if (this.pass === "scope") {
      s.findOrAdd("", "local");
      s.numPosArgs = 1;
    }
    // The comprehension's parse node starts at its element, inside the brackets.
    this.line(node.kind === "DictComp" ? node.key : node.elt);
    if (s.kind === "listcomp") this.build("LIST", 0);
    else if (s.kind === "dictcomp") this.build("MAP", 0);
    else if (s.kind === "setcomp") this.build("SET", 0);
    if (s.kind === "genexpr") {
      this.op("LOAD_NULL", 1);
      this.loadId("");
      this.op("LOAD_NULL", 1);
      this.op("LOAD_NULL", 1);
    } else {
      this.loadId("");
      this.op("GET_ITER_STACK", 3);
    }
    this.compIter(node, 0, 0);
    if (s.kind === "genexpr") this.loadConstNone();
    this.op("RETURN_VALUE", -1, { ends: true });
  }

  private compIter(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, genIndex: number, depth: number): void {
    const gen = node.generators[genIndex]!;
    const top = this.label();
    const end = this.label();
    this.assign(top);
    this.jump("FOR_ITER", end, 1);
    this.assignTarget(gen.target);
    for (const cond of gen.ifs) this.ifCond(cond, false, top);
    if (genIndex + 1 < node.generators.length) {
      const next = node.generators[genIndex + 1]!;
      this.expr(next.iter);
      this.op("GET_ITER_STACK", 3);
      this.compIter(node, genIndex + 1, depth + 1);
    } else if (node.kind === "GeneratorExp") {
      this.expr(node.elt);
      this.yieldValue(false);
      this.op("POP_TOP", -1);
    } else if (node.kind === "DictComp") {
      this.expr(node.value);
      this.expr(node.key);
      this.op("STORE_COMP", -2, { uint: ((4 * depth + 5 + 1) << 2) | 1 });
    } else {
      this.expr(node.elt);
      const t = node.kind === "ListComp" ? 0 : 2;
      this.op("STORE_COMP", -1, { uint: ((4 * depth + 5) << 2) | t });
    }
    this.jump("JUMP", top, 0, true);
    this.assign(end);
    this.adjust(-4);
  }

  /** MAKE_FUNCTION or MAKE_CLOSURE for `child`, loading the cells it closes over. */
  private closeOver(child: Scope, nPosDefaults: number, nKwDefaults: number): void {
    if (nKwDefaults > 0) child.scopeFlags |= 0x08;
    child.numDefPosArgs = nPosDefaults;
    let nfree = 0;
    if (this.scope.kind !== "module") {
      for (const id of this.scope.ids) {
        if (id.kind !== "cell" && id.kind !== "free") continue;
        for (const id2 of child.ids) {
          if (id2.kind === "free" && id2.name === id.name) {
            this.fastOp("LOAD", id.localNum);
            nfree++;
          }
        }
      }
    }
    const idx = this.childCount++;
    if (this.pass === "emit") this.scope.children[idx] = child;
    const defs = nPosDefaults > 0 || nKwDefaults > 0;
    if (nfree === 0) this.op(defs ? "MAKE_FUNCTION_DEFARGS" : "MAKE_FUNCTION", defs ? -1 : 1, { child: idx });
    else this.op(defs ? "MAKE_CLOSURE_DEFARGS" : "MAKE_CLOSURE", defs ? -1 - nfree : 1 - nfree, { child: idx, extra: nfree });
  }

  private functionOrLambda(child: Scope, args: A.Arguments): void {
    if (args.defaultGap) this.error("nonDefaultAfterDefault", args.defaultGap);
    let nDefaults = 0;
    let nDict = 0;
    for (const d of args.defaults) {
      nDefaults++;
      this.expr(d);
    }
    args.kwonlyargs.forEach((p, i) => {
      const d = args.kwDefaults[i];
      if (!d) return;
      nDict++;
      if (nDict === 1) {
        if (nDefaults > 0) this.build("TUPLE", nDefaults);
        else this.op("LOAD_NULL", 1);
        this.build("MAP", 0);
      }
      this.expr(d);
      this.loadConstStr(p.arg);
      this.op("STORE_MAP", -2);
    });
    if (nDefaults > 0 && nDict === 0) {
      this.build("TUPLE", nDefaults);
      this.op("LOAD_NULL", 1);
    }
    this.closeOver(child, nDefaults, nDict);
  }

  // ---- statements ----

  private statements(body: readonly A.Stmt[]): void {
    for (const s of body) this.statement(s);
  }

  private statement(s: A.Stmt): void {
    // A `_NAME = const(...)` line was replaced by a pass with no line (py/parse.c).
    if (!(s.kind === "Pass" && s.fromConst)) this.line(s);
    switch (s.kind) {
      case "Expr":
        if (this.options.repl && this.scope.kind === "module") {
          this.loadId("__repl_print__");
          this.expr(s.value);
          this.callFunction(1, 0, false, false);
          this.op("POP_TOP", -1);
          return;
        }
        if (s.value.kind === "Constant") return; // a lonely constant (docstrings too) compiles to nothing
        this.expr(s.value);
        this.op("POP_TOP", -1);
        return;
      case "Assign":
        return this.assignStmt(s);
      case "AugAssign":
        this.assignTarget(s.target, "augLoad");
        this.expr(s.value);
        this.binaryOp(AUG_TO_BINARY[s.op]);
        this.assignTarget(s.target, "augStore");
        return;
      case "AnnAssign":
        if (s.value) return this.assignStmt({ kind: "Assign", targets: [s.target], value: s.value, start: s.start, end: s.end });
        if (this.pass === "scope" && this.scope.kind === "function" && s.target.kind === "Name") {
          this.scope.findOrAdd(s.target.id, "local");
        }
        return;
      case "Pass":
        return;
      case "Break":
      case "Continue": {
        const l = s.kind === "Break" ? this.breakLabel : this.continueLabel;
        if (l === INVALID) this.error("breakContinueOutsideLoop", s);
        this.unwindJump(l, this.exceptLevel - this.breakContinueExceptLevel);
        return;
      }
      case "Return":
        return this.returnStmt(s);
      case "Raise":
        if (!s.exc) this.op("RAISE_LAST", 0, { ends: true });
        else if (s.cause) {
          this.expr(s.exc);
          this.expr(s.cause);
          this.op("RAISE_FROM", -2, { ends: true });
        } else {
          this.expr(s.exc);
          this.op("RAISE_OBJ", -1, { ends: true });
        }
        return;
      case "Global":
      case "Nonlocal":
        return this.globalNonlocal(s);
      case "Delete":
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case "Assert":
        if (this.options.optimize !== 0) return;
        {
          const end = this.label();
          this.ifCond(s.test, true, end);
          this.op("LOAD_GLOBAL", 1, { qstr: "AssertionError" });
          if (s.msg) {
            this.expr(s.msg);
            this.callFunction(1, 0, false, false);
          }
          this.op("RAISE_OBJ", -1, { ends: true });
          this.assign(end);
        }
        return;
      case "Import":
        for (const a of s.names) this.importName(a);
        return;
      case "ImportFrom":
        return this.importFrom(s);
      case "If":
        return this.ifStmt(s);
      case "While":
        return this.whileStmt(s);
      case "For":
        return s.isAsync ? this.asyncFor(s) : this.forStmt(s);
      case "Try":
        return this.tryStmt(s);
      case "With":
        return s.isAsync ? this.asyncWith(s, 0) : this.withStmt(s, 0);
      case "FunctionDef":
        return this.funcDef(s);
      case "ClassDef":
        return this.classDef(s);
    }
  }

  private unwindJump(label: number, depth: number): void {
    const target = label & ~BREAK_FROM_FOR;
    if (depth === 0) {
      if (label & BREAK_FROM_FOR) for (let i = 0; i < 4; i++) this.emit({ t: "raw", byte: OP.POP_TOP.code });
      this.jump("JUMP", target, 0, true);
    } else {
      this.jump("UNWIND_JUMP", target, 0, true, ((label & BREAK_FROM_FOR) ? 0x80 : 0) | depth);
    }
  }

  private returnStmt(s: A.Return): void {
    if (this.scope.kind !== "function") this.error("returnOutsideFunction", s);
    if (!s.value) this.loadConstNone();
    else if (s.value.kind === "IfExp") {
      const fail = this.label();
      this.ifCond(s.value.test, false, fail);
      this.expr(s.value.body);
      this.op("RETURN_VALUE", -1, { ends: true });
      this.assign(fail);
      this.expr(s.value.orelse);
    } else this.expr(s.value);
    this.op("RETURN_VALUE", -1, { ends: true });
  }

  private globalNonlocal(s: A.Global | A.Nonlocal): void {
    if (this.pass !== "scope") return;
    const isGlobal = s.kind === "Global";
    if (!isGlobal && this.scope.kind === "module") this.error("nonlocalAtModule", s);
    for (const name of s.names) this.declare(this.scope.findOrAdd(name, "undecided"), isGlobal, s);
  }

  /** `global`/`nonlocal` for one identifier (py/compile.c compile_declare_global/nonlocal). */
  private declare(id: IdInfo, isGlobal: boolean, node: A.Node): void {
    if (isGlobal) {
      if (id.kind !== "undecided" && id.kind !== "explicit") this.error("redefinedAsGlobal", node);
      id.kind = "explicit";
      const g = this.scope.findGlobal(id.name);
      if (g) g.kind = "explicit";
    } else if (id.kind === "undecided") {
      id.kind = "implicit";
      this.scope.checkToCloseOver(id);
      if (id.kind === "implicit") this.error("noBindingForNonlocal", node);
    } else if (id.kind !== "free") {
      this.error("redefinedAsNonlocal", node);
    }
  }

  private assignStmt(s: A.Assign): void {
    const value = s.value;
    const target = s.targets[0]!;
    if (s.targets.length === 1 && target.kind === "Tuple" && !target.parenthesized && value.kind === "Tuple" && !value.parenthesized) {
      // a, b = b, a (and three of each): rotate instead of building a tuple (py/compile.c).
      const n = target.elts.length;
      if (n === value.elts.length && (n === 2 || n === 3) && !target.elts.some((e) => e.kind === "Starred")) {
        this.expr(value.elts[0]!);
        this.expr(value.elts[1]!);
        if (n === 3) {
          this.expr(value.elts[2]!);
          this.op("ROT_THREE", 0);
        }
        this.op("ROT_TWO", 0);
        for (const t of target.elts) this.assignTarget(t);
        return;
      }
    }
    this.expr(value);
    const n = s.targets.length;
    if (n > 1) this.op("DUP_TOP", 1);
    this.assignTarget(s.targets[0]!);
    for (let i = 1; i < n; i++) {
      if (i + 1 < n) this.op("DUP_TOP", 1);
      this.assignTarget(s.targets[i]!);
    }
  }

  private assignTarget(t: A.Expr, kind: "store" | "augLoad" | "augStore" = "store"): void {
    switch (t.kind) {
      case "Name":
        if (kind === "augLoad") this.loadId(t.id);
        else this.storeId(t.id);
        return;
      case "Attribute":
        if (kind !== "augStore") this.targetBase(t.value);
        if (kind === "augLoad") {
          this.op("DUP_TOP", 1);
          this.op("LOAD_ATTR", 0, { qstr: t.attr });
        } else {
          if (kind === "augStore") this.op("ROT_TWO", 0);
          this.op("STORE_ATTR", -2, { qstr: t.attr });
        }
        return;
      case "Subscript":
        if (kind === "augStore") {
          this.op("ROT_THREE", 0);
          this.op("STORE_SUBSCR", -3);
          return;
        }
        this.targetBase(t.value);
        this.expr(t.slice);
        if (kind === "augLoad") {
          this.op("DUP_TOP_TWO", 2);
          this.op("LOAD_SUBSCR", -1);
        } else {
          this.op("STORE_SUBSCR", -3);
        }
        return;
      case "Tuple":
      case "List":
        if (kind !== "store") this.error("cantAssignExpression", t);
        if (t.kind === "Tuple" && t.parenthesized && t.elts.length === 0) this.error("cantAssignExpression", t);
        return this.assignTuple(t.elts);
      default:
        this.error("cantAssignExpression", t);
    }
  }

  /**
   * The part of an assignment or del target before its last trailer: MicroPython compiles those
   * trailers one by one, so `a.f().x = v` calls with LOAD_ATTR + CALL_FUNCTION, not LOAD_METHOD.
   */
  private targetBase(e: A.Expr): void {
    switch (e.kind) {
      case "Attribute":
        this.targetBase(e.value);
        this.op("LOAD_ATTR", 0, { qstr: e.attr });
        return;
      case "Call":
        if (e.misplaced) this.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
        this.targetBase(e.func);
        return this.callArgs(e.args, e.keywords, false, 0);
      case "Subscript":
        this.targetBase(e.value);
        this.expr(e.slice);
        this.op("LOAD_SUBSCR", -1);
        return;
      default:
        this.expr(e);
    }
  }

  private assignTuple(elts: readonly A.Expr[]): void {
    let star = -1;
    elts.forEach((e, i) => {
      if (e.kind !== "Starred") return;
      if (star >= 0) this.error("multipleStarredAssign", e);
      star = i;
      const nl = i;
      const nr = elts.length - i - 1;
      this.op("UNPACK_EX", -1 + nl + nr + 1, { uint: nl | (nr << 8) });
    });
    if (star < 0) this.op("UNPACK_SEQUENCE", -1 + elts.length, { uint: elts.length });
    elts.forEach((e, i) => this.assignTarget(i === star ? (e as A.Starred).value : e));
  }

  private deleteTarget(t: A.Expr): void {
    switch (t.kind) {
      case "Name":
        return this.deleteId(t.id);
      case "Attribute":
        this.targetBase(t.value);
        this.op("LOAD_NULL", 1);
        this.op("ROT_TWO", 0);
        this.op("STORE_ATTR", -2, { qstr: t.attr });
        return;
      case "Subscript":
        this.targetBase(t.value);
        this.expr(t.slice);
        this.op("LOAD_NULL", 1);
        this.op("ROT_THREE", 0);
        this.op("STORE_SUBSCR", -3);
        return;
      case "Tuple":
      case "List":
        if (t.elts.length === 0) this.error("cantDeleteExpression", t);
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        this.error("cantDeleteExpression", t);
    }
  }

  private importName(a: A.Alias): void {
    this.loadSmallInt(0);
    this.loadConstNone();
    const parts = a.name.split(".");
    // The dotted name is interned whole, so it too must fit a qstr.
    if (a.name.length > 255) this.error("nameTooLong", a);
    this.op("IMPORT_NAME", -1, { qstr: a.name });
    if (a.asname) {
      for (let i = 1; i < parts.length; i++) this.op("LOAD_ATTR", 0, { qstr: parts[i]! });
      this.storeId(a.asname);
    } else {
      this.storeId(parts[0]!);
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const source = s.module ?? "";
    if (source.length > 255) this.error("nameTooLong", s);
    const importSource = () => {
      this.op("IMPORT_NAME", -1, { qstr: source });
    };
    if (s.names.length === 1 && s.names[0]!.name === "*") {
      if (this.scope.kind !== "module") this.error("importStarNotModule", s);
      this.loadSmallInt(s.level);
      this.loadConstStr("*");
      this.build("TUPLE", 1);
      importSource();
      this.op("IMPORT_STAR", -1);
      return;
    }
    this.loadSmallInt(s.level);
    for (const a of s.names) this.loadConstStr(a.name);
    this.build("TUPLE", s.names.length);
    importSource();
    for (const a of s.names) {
      this.op("IMPORT_FROM", 1, { qstr: a.name });
      this.storeId(a.asname ?? a.name);
    }
    this.op("POP_TOP", -1);
  }

  private ifStmt(s: A.If): void {
    const end = this.label();
    // Flatten the elif chain as MicroPython's if_stmt holds it.
    const clauses: { test: A.Expr; body: readonly A.Stmt[]; node: A.Node }[] = [{ test: s.test, body: s.body, node: s }];
    let orelse = s.orelse;
    while (orelse.length === 1 && orelse[0]!.kind === "If" && (orelse[0] as A.If).isElif) {
      const e = orelse[0] as A.If;
      clauses.push({ test: e.test, body: e.body, node: e });
      orelse = e.orelse;
    }
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i]!;
      const cv = constValueOf(c.test);
      if (cv && !constTruth(cv)) continue;
      const fail = this.label();
      this.ifCond(c.test, false, fail);
      this.statements(c.body);
      if (cv && constTruth(cv)) {
        this.assign(end);
        return;
      }
      if (i > 0 || clauses.length > 1 || orelse.length > 0) this.jump("JUMP", end, 0, true);
      this.assign(fail);
    }
    this.statements(orelse);
    this.assign(end);
  }

  private startLoop(breakFromFor: boolean): { brk: number; cont: number; restore: () => void } {
    const old = [this.breakLabel, this.continueLabel, this.breakContinueExceptLevel] as const;
    const brk = this.label();
    const cont = this.label();
    this.breakLabel = breakFromFor ? brk | BREAK_FROM_FOR : brk;
    this.continueLabel = cont;
    this.breakContinueExceptLevel = this.exceptLevel;
    return {
      brk,
      cont,
      restore: () => {
        [this.breakLabel, this.continueLabel, this.breakContinueExceptLevel] = old;
      },
    };
  }

  private whileStmt(s: A.While): void {
    const loop = this.startLoop(false);
    const cv = constValueOf(s.test);
    if (!(cv && !constTruth(cv))) {
      const top = this.label();
      if (!(cv && constTruth(cv))) this.jump("JUMP", loop.cont, 0, true);
      this.assign(top);
      this.statements(s.body);
      this.assign(loop.cont);
      this.ifCond(s.test, true, top);
    }
    loop.restore();
    this.statements(s.orelse);
    this.assign(loop.brk);
  }

  private forStmt(s: A.For): void {
    if (s.target.kind === "Name" && s.iter.kind === "Call" && s.iter.func.kind === "Name" && s.iter.func.id === "range" && s.iter.keywords.length === 0) {
      const args = s.iter.args;
      // Star arguments and bare generator arguments keep the general form (py/compile.c).
      if (args.length >= 1 && args.length <= 3 && !args.some((a) => a.kind === "Starred" || (a.kind === "GeneratorExp" && a.bare))) {
        const small = (e: A.Expr) => this.smallIntOf(e);
        let start: A.Expr | number = 0;
        let end: A.Expr = args[0]!;
        let step = 1n;
        let ok = true;
        if (args.length >= 2) {
          start = args[0]!;
          end = args[1]!;
        }
        if (args.length === 3) {
          const st = small(args[2]!);
          if (st === null || st === 0n) ok = false;
          else step = st;
        }
        if (ok) return this.forRange(s, start, end, step, args.length === 3 ? args[2]! : null);
      }
    }
    const loop = this.startLoop(true);
    const pop = this.label();
    this.expr(s.iter);
    this.op("GET_ITER_STACK", 3);
    this.assign(loop.cont);
    this.jump("FOR_ITER", pop, 1);
    this.assignTarget(s.target);
    this.statements(s.body);
    this.jump("JUMP", loop.cont, 0, true);
    this.assign(pop);
    this.adjust(-4);
    loop.restore();
    this.statements(s.orelse);
    this.assign(loop.brk);
  }

  private smallIntOf(e: A.Expr): bigint | null {
    if (e.kind !== "Constant" || e.value.type !== "int") return null;
    const v = e.value.value;
    const lim = this.smallIntLimit();
    return v >= -lim && v < lim && !e.value.boxed ? v : null;
  }

  private forRange(s: A.For, start: A.Expr | number, end: A.Expr, step: bigint, stepNode: A.Expr | null): void {
    const loop = this.startLoop(false);
    const top = this.label();
    const entry = this.label();
    const endOnStack = this.smallIntOf(end) === null;
    if (endOnStack) this.expr(end);
    if (typeof start === "number") this.loadSmallInt(start);
    else this.expr(start);
    this.jump("JUMP", entry, 0, true);
    this.assign(top);
    this.op("DUP_TOP", 1);
    this.assignTarget(s.target);
    this.statements(s.body);
    this.assign(loop.cont);
    if (stepNode) this.expr(stepNode);
    else this.loadSmallInt(step);
    this.binaryOp("INPLACE_ADD");
    this.assign(entry);
    if (endOnStack) {
      this.op("DUP_TOP_TWO", 2);
      this.op("ROT_TWO", 0);
    } else {
      this.op("DUP_TOP", 1);
      this.expr(end);
    }
    this.binaryOp(step >= 0 ? "LESS" : "MORE");
    this.popJumpIf(true, top);
    loop.restore();
    let endLabel = 0;
    if (s.orelse.length > 0) {
      this.op("POP_TOP", -1);
      if (endOnStack) this.op("POP_TOP", -1);
      this.statements(s.orelse);
      endLabel = this.label();
      this.jump("JUMP", endLabel, 0, true);
      this.adjust(1 + (endOnStack ? 1 : 0));
    }
    this.assign(loop.brk);
    this.op("POP_TOP", -1);
    if (endOnStack) this.op("POP_TOP", -1);
    if (s.orelse.length > 0) this.assign(endLabel);
  }

  private tryStmt(s: A.Try): void {
    if (s.finalbody.length > 0) {
      const fin = this.label();
      this.increaseExcept(fin, "FINALLY");
      if (s.handlers.length === 0) {
        this.adjust(3);
        this.statements(s.body);
        this.adjust(-3);
      } else {
        this.tryExcept(s);
      }
      this.loadConstNone();
      this.assign(fin);
      this.adjust(1);
      this.statements(s.finalbody);
      this.adjust(-1);
      this.decreaseExcept();
    } else {
      this.tryExcept(s);
    }
  }

  private tryExcept(s: A.Try): void {
    const l1 = this.label();
    const success = this.label();
    this.increaseExcept(l1, "EXCEPT");
    this.statements(s.body);
    this.jump("POP_EXCEPT_JUMP", success, 0, true);
    this.assign(l1);
    this.startExceptHandler();
    const l2 = this.label();
    s.handlers.forEach((h, i) => {
      const endFinally = this.label();
      // MicroPython records the except clause at a line no later than the try body's, so the
      // clause itself never adds a line-table entry.
      if (!h.type) {
        if (i + 1 !== s.handlers.length) this.error("defaultExceptNotLast", h);
      } else {
        this.op("DUP_TOP", 1);
        this.expr(h.type);
        this.binaryOp("EXCEPTION_MATCH");
        this.popJumpIf(false, endFinally);
      }
      if (!h.name) this.op("POP_TOP", -1);
      else this.storeId(h.name);
      let l3 = 0;
      if (h.name) {
        l3 = this.label();
        this.increaseExcept(l3, "FINALLY");
      }
      this.statements(h.body);
      if (h.name) {
        this.loadConstNone();
        this.assign(l3);
        this.adjust(1);
        this.loadConstNone();
        this.storeId(h.name);
        this.deleteId(h.name);
        this.adjust(-1);
        this.decreaseExcept();
      }
      this.jump("POP_EXCEPT_JUMP", l2, 0, true);
      this.assign(endFinally);
      this.adjust(1);
    });
    this.decreaseExcept();
    this.endExceptHandler();
    this.assign(success);
    this.statements(s.orelse);
    this.assign(l2);
  }

  private withStmt(s: A.With, i: number): void {
    if (i === s.items.length) return this.statements(s.body);
    const item = s.items[i]!;
    const end = this.label();
    this.expr(item.contextExpr);
    this.increaseExcept(end, "WITH");
    if (item.optionalVars) this.assignTarget(item.optionalVars);
    else this.op("POP_TOP", -1);
    this.withStmt(s, i + 1);
    // with_cleanup
    this.loadConstNone();
    this.assign(end);
    this.op("WITH_CLEANUP", 2);
    this.adjust(-4);
    this.decreaseExcept();
  }

  private awaitMethod(name: string): void {
    this.op("LOAD_METHOD", 1, { qstr: name });
    this.callFunction(0, 0, false, true);
    this.yieldFromIter();
  }

  private yieldFromIter(): void {
    this.op("GET_ITER", 0);
    this.loadConstNone();
    this.yieldValue(true);
  }

  private asyncFor(s: A.For): void {
    if (!(this.scope.scopeFlags & 0x01)) this.error("asyncOutsideAsync", s);
    const whileElse = this.label();
    const tryException = this.label();
    const tryElse = this.label();
    const tryFinally = this.label();
    this.expr(s.iter);
    this.op("LOAD_METHOD", 1, { qstr: "__aiter__" });
    this.callFunction(0, 0, false, true);
    const loop = this.startLoop(false);
    this.assign(loop.cont);
    this.increaseExcept(tryException, "EXCEPT");
    this.op("DUP_TOP", 1);
    this.awaitMethod("__anext__");
    this.assignTarget(s.target);
    this.jump("POP_EXCEPT_JUMP", tryElse, 0, true);
    this.assign(tryException);
    this.startExceptHandler();
    this.op("DUP_TOP", 1);
    this.op("LOAD_GLOBAL", 1, { qstr: "StopAsyncIteration" });
    this.binaryOp("EXCEPTION_MATCH");
    this.popJumpIf(false, tryFinally);
    this.op("POP_TOP", -1);
    this.jump("POP_EXCEPT_JUMP", whileElse, 0, true);
    this.assign(tryFinally);
    this.adjust(1);
    this.decreaseExcept();
    this.endExceptHandler();
    this.assign(tryElse);
    this.statements(s.body);
    this.jump("JUMP", loop.cont, 0, true);
    loop.restore();
    this.assign(whileElse);
    this.statements(s.orelse);
    this.assign(loop.brk);
    this.op("POP_TOP", -1);
  }

  private asyncWith(s: A.With, i: number): void {
    if (i === 0 && !(this.scope.scopeFlags & 0x01)) this.error("asyncOutsideAsync", s);
    if (i === s.items.length) return this.statements(s.body);
    const item = s.items[i]!;
    const finallyBlock = this.label();
    const aexitNoExc = this.label();
    const retUnwind = this.label();
    const end = this.label();
    this.expr(item.contextExpr);
    this.op("DUP_TOP", 1);
    this.awaitMethod("__aenter__");
    if (item.optionalVars) this.assignTarget(item.optionalVars);
    else this.op("POP_TOP", -1);
    this.increaseExcept(finallyBlock, "FINALLY");
    this.adjust(3);
    this.asyncWith(s, i + 1);
    this.adjust(-3);
    // async_with_setup_finally
    this.loadConstNone();
    this.op("ROT_TWO", 0);
    this.jump("JUMP", aexitNoExc, 0, true);
    this.assign(finallyBlock);
    this.op("DUP_TOP", 1);
    this.op("LOAD_GLOBAL", 1, { qstr: "BaseException" });
    this.binaryOp("EXCEPTION_MATCH");
    this.popJumpIf(false, retUnwind);
    this.op("DUP_TOP", 1);
    this.op("ROT_THREE", 0);
    this.op("ROT_TWO", 0);
    this.op("LOAD_METHOD", 1, { qstr: "__aexit__" });
    this.op("ROT_THREE", 0);
    this.op("ROT_THREE", 0);
    this.op("DUP_TOP", 1);
    this.op("LOAD_ATTR", 0, { qstr: "__class__" });
    this.op("ROT_TWO", 0);
    this.loadConstNone();
    this.callFunction(3, 0, false, true);
    this.yieldFromIter();
    this.popJumpIf(false, end);
    this.op("POP_TOP", -1);
    this.loadConstNone();
    this.jump("JUMP", end, 0, true);
    this.adjust(2);
    this.assign(retUnwind);
    this.op("ROT_THREE", 0);
    this.op("ROT_THREE", 0);
    this.assign(aexitNoExc);
    this.op("LOAD_METHOD", 1, { qstr: "__aexit__" });
    this.loadConstNone();
    this.op("DUP_TOP", 1);
    this.op("DUP_TOP", 1);
    this.callFunction(3, 0, false, true);
    this.yieldFromIter();
    this.op("POP_TOP", -1);
    this.adjust(-1);
    this.assign(end);
    this.decreaseExcept();
  }

  /** Compiles decorators; returns how many leave a callable on the stack. */
  private decorators(decs: readonly A.Expr[]): number {
    let n = 0;
    for (const d of decs) {
      const call = d.kind === "Call" ? d : null;
      const dotted = flattenDotted(call ? call.func : d);
      if (dotted && dotted[0]!.id === "micropython") {
        if (dotted.length !== 2) this.error("invalidMicropythonDecorator", dotted[0]!);
        const attr = dotted[1]!.id;
        if (attr === "bytecode" || (attr === "native" && this.options.nativeAsBytecode)) continue;
        if (["native", "viper", "asm_thumb", "asm_xtensa", "asm_rv32"].includes(attr)) {
          this.error("invalidArch", dotted[1]!);
        }
        this.error("invalidMicropythonDecorator", dotted[1]!);
      }
      if (dotted) {
        this.loadId(dotted[0]!.id);
        for (let j = 1; j < dotted.length; j++) this.op("LOAD_ATTR", 0, { qstr: dotted[j]!.id });
        if (call) {
          this.line(call);
          this.callArgs(call.args, call.keywords, false, 0);
        }
      } else {
        this.expr(d);
      }
      n++;
    }
    return n;
  }

  private funcDef(f: A.FunctionDef): void {
    const n = this.decorators(f.decorators);
    const child = this.newScope("function", f, f.name);
    if (f.isAsync) child.scopeFlags |= 0x01;
    this.functionOrLambda(child, f.args);
    for (let i = 0; i < n; i++) this.callFunction(1, 0, false, false);
    this.storeId(f.name);
  }

  private classDef(c: A.ClassDef): void {
    const n = this.decorators(c.decorators);
    const child = this.newScope("class", c, c.name);
    this.op("LOAD_BUILD_CLASS", 1);
    this.closeOver(child, 0, 0);
    this.loadConstStr(c.name);
    if (c.misplaced) this.error(c.misplaced.code, { start: c.misplaced.start, end: c.misplaced.start });
    this.callArgs(c.bases, c.keywords, false, 2, c.order);
    for (let i = 0; i < n; i++) this.callFunction(1, 0, false, false);
    this.storeId(c.name);
  }

  // ---- expressions ----

  /** c_if_cond: jump to `label` if the truth of `e` equals `jumpIf`, folding constants and and/or/not. */
  private ifCond(e: A.Expr, jumpIf: boolean, label: number): void {
    const cv = constValueOf(e);
    if (cv) {
      if (constTruth(cv) === jumpIf) this.jump("JUMP", label, 0, true);
      return;
    }
    if (e.kind === "BoolOp") {
      const n = e.values.length;
      const isOr = e.op === "or";
      if (isOr !== jumpIf) {
        // and_or_logic1
        const l2 = this.label();
        for (let i = 0; i < n - 1; i++) this.ifCond(e.values[i]!, !jumpIf, l2);
        this.ifCond(e.values[n - 1]!, jumpIf, label);
        this.assign(l2);
      } else {
        for (const v of e.values) this.ifCond(v, jumpIf, label);
      }
      return;
    }
    if (e.kind === "UnaryOp" && e.op === "not") {
      this.ifCond(e.operand, !jumpIf, label);
      return;
    }
    this.expr(e);
    this.popJumpIf(jumpIf, label);
  }

  private expr(e: A.Expr): void {
    if (!this.isLeaf(e)) this.line(e);
    switch (e.kind) {
      case "Constant":
        // A const() name's value comes back from the parser as an object, so only a small int
        // stays a small int (py/parse.c make_node_const_object_optimised).
        if (e.viaConst && this.smallIntOf(e) === null) return this.loadConstObj(this.objectOf(e));
        return this.constant(e);
      case "Name":
        return this.loadId(e.id);
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        return this.binaryOp(BIN_TO_OP[e.op]);
      case "UnaryOp":
        this.expr(e.operand);
        return this.unaryOp(e.op === "not" ? "NOT" : e.op === "-" ? "NEGATIVE" : e.op === "+" ? "POSITIVE" : "INVERT");
      case "BoolOp": {
        const end = this.label();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i + 1 < e.values.length) this.jump(e.op === "or" ? "JUMP_IF_TRUE_OR_POP" : "JUMP_IF_FALSE_OR_POP", end, -1);
        });
        this.assign(end);
        return;
      }
      case "Compare":
        return this.compare(e);
      case "IfExp": {
        const fail = this.label();
        const end = this.label();
        this.ifCond(e.test, false, fail);
        this.expr(e.body);
        this.jump("JUMP", end, 0, true);
        this.assign(fail);
        this.adjust(-1);
        this.expr(e.orelse);
        this.assign(end);
        return;
      }
      case "NamedExpr":
        return this.namedExpr(e);
      case "Call":
        return this.call(e);
      case "Attribute":
        this.expr(e.value);
        this.trailerLine(e);
        this.op("LOAD_ATTR", 0, { qstr: e.attr });
        return;
      case "Subscript":
        this.expr(e.value);
        this.trailerLine(e);
        this.expr(e.slice);
        this.op("LOAD_SUBSCR", -1);
        return;
      case "Slice":
        return this.slice(e);
      case "Tuple":
        for (const x of e.elts) this.expr(x);
        return this.build("TUPLE", e.elts.length);
      case "List":
        for (const x of e.elts) this.expr(x);
        return this.build("LIST", e.elts.length);
      case "Set":
        for (const x of e.elts) this.expr(x);
        return this.build("SET", e.elts.length);
      case "Dict":
        if (e.badItem) this.error("expectingKeyValue", e);
        this.build("MAP", e.keys.length);
        e.keys.forEach((k, i) => {
          // Each key:value item is a parse node of its own, with its own line (py/compile.c).
          this.line(k!);
          this.expr(e.values[i]!);
          this.expr(k!);
          this.op("STORE_MAP", -2);
        });
        return;
      case "ListComp":
        return this.comprehension(e, "listcomp");
      case "SetComp":
        return this.comprehension(e, "setcomp");
      case "DictComp":
        return this.comprehension(e, "dictcomp");
      case "GeneratorExp":
        return this.comprehension(e, "genexpr");
      case "Lambda": {
        const child = this.newScope("lambda", e);
        return this.functionOrLambda(child, e.args);
      }
      case "Yield":
      case "YieldFrom":
        if (this.scope.kind !== "function" && this.scope.kind !== "lambda") this.error("yieldOutsideFunction", e);
        if (e.kind === "YieldFrom") {
          this.expr(e.value);
          return this.yieldFromIter();
        }
        if (e.value) this.expr(e.value);
        else this.loadConstNone();
        return this.yieldValue(false);
      case "Await":
        if (this.scope.kind !== "function" && this.scope.kind !== "lambda") this.error("awaitOutsideFunction", e);
        this.expr(e.value);
        return this.yieldFromIter();
      case "Starred":
        return this.error("starMustBeTarget", e);
    }
  }

  /**
   * The constant object of a node: the same JS object in both passes, because mpy-cross finds a
   * constant again by pointer before comparing values, which matters for NaN.
   */
  private objectOf(e: A.Constant): ConstObject {
    let o = this.constObjects.get(e);
    if (!o) {
      o = toConstObject(e.value, this.options.smallIntBits);
      this.constObjects.set(e, o);
    }
    return o;
  }

  private constant(e: A.Constant): void {
    const v = e.value;
    const at = e.start;
    switch (v.type) {
      case "none":
        return this.loadConstNone();
      case "bool":
        return this.op(v.value ? "LOAD_CONST_TRUE" : "LOAD_CONST_FALSE", 1);
      case "int": {
        const lim = this.smallIntLimit();
        if (v.value >= -lim && v.value < lim && !v.boxed) return this.loadSmallInt(v.value);
        return this.loadConstObj(this.objectOf(e));
      }
      case "str":
        if (this.isQstrString(v.value, at)) return this.loadConstStr(v.value);
        return this.loadConstObj(this.objectOf(e));
      default:
        return this.loadConstObj(this.objectOf(e));
    }
  }

  /** Short strings, and longer ones already known as qstrs, load as qstrs (py/parse.c). */
  private isQstrString(s: string, at: number): boolean {
    return this.options.isQstr(s, at);
  }

  /** Nodes MicroPython keeps as parse-tree leaves, which record no line: names, small ints, qstrs, keywords. */
  private isLeaf(e: A.Expr): boolean {
    if (e.kind === "Name") return true;
    // A bare generator argument is compiled straight from the argument list, with no node line.
    if (e.kind === "GeneratorExp" && e.bare) return true;
    if (e.kind !== "Constant") return false;
    if (e.folded) return true;
    const v = e.value;
    if (v.type === "int") return this.smallIntOf(e) !== null;
    if (e.viaConst) return false;
    if (v.type === "str") return this.isQstrString(v.value, e.start);
    return v.type === "none" || v.type === "bool" || v.type === "ellipsis";
  }

  private compare(e: A.Compare): void {
    this.expr(e.left);
    const multi = e.ops.length > 1;
    const fail = multi ? this.label() : 0;
    e.ops.forEach((op, i) => {
      this.expr(e.comparators[i]!);
      const more = i + 1 < e.ops.length;
      if (more) {
        this.op("DUP_TOP", 1);
        this.op("ROT_THREE", 0);
      }
      this.binaryOp(op === "not in" ? "NOT_IN" : op === "is not" ? "IS_NOT" : CMP_TO_OP[op]!);
      if (more) this.jump("JUMP_IF_FALSE_OR_POP", fail, -1);
    });
    if (multi) {
      const end = this.label();
      this.jump("JUMP", end, 0, true);
      this.assign(fail);
      this.adjust(1);
      this.op("ROT_TWO", 0);
      this.op("POP_TOP", -1);
      this.assign(end);
    }
  }

  private namedExpr(e: A.NamedExpr): void {
    this.expr(e.value);
    this.op("DUP_TOP", 1);
    const target = e.target.id;
    if (this.pass === "scope" && this.scope.isCompLike) {
      const parent = this.scope.parent!;
      const pid = parent.idForModification(target);
      if (pid.kind === "explicit") {
        this.scope.findOrAdd(target, "explicit");
      } else {
        const id = this.scope.findOrAdd(target, "undecided");
        const isGlobal = parent.parent === null;
        if (!isGlobal && id.kind === "implicit") id.kind = "undecided";
        this.declare(id, isGlobal, e);
      }
    }
    this.storeId(target);
  }

  private slice(e: A.Slice): void {
    if (e.lower) this.expr(e.lower);
    else this.loadConstNone();
    if (e.upper) this.expr(e.upper);
    else this.loadConstNone();
    if (e.step) {
      this.expr(e.step);
      this.build("SLICE", 3);
    } else {
      this.build("SLICE", 2);
    }
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, kind: ScopeKind): void {
    const child = this.newScope(kind, e);
    this.closeOver(child, 0, 0);
    this.expr(e.generators[0]!.iter);
    if (kind === "genexpr") this.op("GET_ITER", 0);
    this.callFunction(1, 0, false, false);
  }

  private call(e: A.Call): void {
    const f = e.func;
    if (e.misplaced) this.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
    // super() inside a method: pass __class__ and the first argument explicitly.
    if (this.scope.kind === "function" && f.kind === "Name" && f.id === "super" && e.args.length === 0 && e.keywords.length === 0) {
      this.loadId("super");
      this.loadId("__class__");
      const self = this.scope.ids.find((i) => i.flags & ID_PARAM);
      if (!self) this.error("superCantFindSelf", e);
      this.loadId(self.name);
      this.callFunction(2, 0, false, false);
      return;
    }
    if (f.kind === "Attribute") {
      const base = f.value;
      if (this.scope.kind === "function" && base.kind === "Call" && base.func.kind === "Name" && base.func.id === "super" && base.args.length === 0 && base.keywords.length === 0) {
        this.line(base);
        this.loadId("super");
        this.loadId("__class__");
        const self = this.scope.ids.find((i) => i.flags & ID_PARAM);
        if (!self) this.error("superCantFindSelf", base);
        this.loadId(self.name);
        this.op("LOAD_SUPER_METHOD", -1, { qstr: f.attr });
        return this.callArgs(e.args, e.keywords, true, 0, e.order);
      }
      this.expr(base);
      this.op("LOAD_METHOD", 1, { qstr: f.attr });
      return this.callArgs(e.args, e.keywords, true, 0, e.order);
    }
    this.expr(f);
    this.trailerLine(e);
    this.callArgs(e.args, e.keywords, false, 0, e.order);
  }

  /** A trailer (`(...)`, `[...]`, `.name`) records its own line, as a parse node of its own. */
  private trailerLine(e: A.Call | A.Attribute | A.Subscript): void {
    if (e.trailerStart !== undefined) this.line({ start: e.trailerStart, end: e.trailerStart });
  }

  /** Arguments in source order; a `*x` sets the bit of its position in the whole argument list. */
  private callArgs(args: readonly A.Expr[], keywords: readonly A.Keyword[], method: boolean, nExtra: number, order?: readonly ("a" | "k")[]): void {
    let nPos = nExtra;
    let nKw = 0;
    let starArgs = 0;
    let star = false;
    const seq = order ?? [...args.map(() => "a" as const), ...keywords.map(() => "k" as const)];
    let ai = 0;
    let ki = 0;
    seq.forEach((which, i) => {
      if (which === "a") {
        const a = args[ai++]!;
        if (a.kind === "Starred") {
          if (i >= this.options.smallIntBits - 1) this.error("tooManyArgs", a);
          star = true;
          starArgs += 2 ** i;
          this.expr(a.value);
        } else {
          this.expr(a);
        }
        nPos++;
        return;
      }
      const k = keywords[ki++]!;
      if (k.arg === null) {
        star = true;
        this.op("LOAD_NULL", 1);
        this.expr(k.value);
      } else {
        this.loadConstStr(k.arg);
        this.expr(k.value);
      }
      nKw++;
    });
    if (star) this.loadSmallInt(starArgs);
    this.callFunction(nPos, nKw, star, method);
  }
}

function flattenDotted(e: A.Expr): A.Name[] | null {
  const out: A.Name[] = [];
  let cur = e;
  const attrs: A.Attribute[] = [];
  while (cur.kind === "Attribute") {
    attrs.unshift(cur);
    cur = cur.value;
  }
  if (cur.kind !== "Name") return null;
  out.push(cur);
  for (const a of attrs) out.push({ kind: "Name", id: a.attr, start: a.end - a.attr.length, end: a.end });
  return out;
}


function constValueOf(e: A.Expr): A.ConstValue | null {
  if (e.kind === "Constant") return e.value;
  if (e.kind === "Tuple" && e.parenthesized && e.elts.length === 0) return { type: "tuple", items: [] };
  return null;
}

export function toConstObject(v: A.ConstValue, smallIntBits: number): ConstObject {
  switch (v.type) {
    case "none": return { kind: "none" };
    case "bool": return { kind: v.value ? "true" : "false" };
    case "ellipsis": return { kind: "ellipsis" };
    case "int": return { kind: "int", value: v.value };
    case "float": return v.shared ? { kind: "float", value: v.value, shared: v.shared } : { kind: "float", value: v.value };
    case "complex": return { kind: "complex", real: 0, imag: v.imag };
    case "str": return { kind: "str", value: v.value };
    case "bytes": return { kind: "bytes", value: v.value };
    case "tuple": return { kind: "tuple", items: v.items.map((i) => toConstObject(i, smallIntBits)) };
  }
}
