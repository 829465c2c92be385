// Tokens -> AST (compiler/ast.ts), following MicroPython's grammar (py/grammar.h) and the tree
// rewrites its parser makes while parsing (py/parse.c): folding of numeric operator chains whose
// operands are all constants, of `not`/`and`/`or` on constants, of `math.pi`-style module constants,
// and `X = const(value)` substitution.

import type * as A from "./ast.js";
import { CompileError } from "./diagnostics.js";
import { asNumber, constTruth, foldBinary, foldUnary, type Num } from "./fold.js";
import { tokenizeWithLines, type Token } from "./lexer.js";
import type { InjectedLines } from "./source.js";

export interface ParseOptions {
  readonly optimize: number;
  readonly smallIntBits: number;
  /** The source carries raw bytes as surrogate escapes (compiler/index.ts decodeSource). */
  readonly rawBytes?: boolean;
}

/**
 * Nesting deeper than this is refused with a clean error. Deep nesting that exhausts the JavaScript
 * stack first is refused the same way, at the token where it happened (Parser.parseModule).
 */
const MAX_DEPTH = 200_000;

const MATH_CONSTS: Record<string, number> = { pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN };

const COMPARE_OPS = new Set(["<", ">", "==", ">=", "<=", "!="]);
const BINARY_OPS = new Set(["|", "^", "&", "<<", ">>", "+", "-", "*", "@", "/", "//", "%"]);
const AUG_OPS = new Set(["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|="]);

export function parse(source: string, options: ParseOptions): A.Module {
  return parseWithNames(source, options).module;
}

/** Parses, and also gives every identifier the source names (the qstrs the parser interns). */
export function parseWithNames(source: string, options: ParseOptions): { module: A.Module; names: Map<string, number>; injected: InjectedLines } {
  const { toks, injected } = tokenizeWithLines(source, options);
  // Each identifier and short string is interned when the parser meets it; keep the first offset.
  const names = new Map<string, number>();
  for (const t of toks) {
    if (t.kind === "name" && !names.has(t.text)) names.set(t.text, t.start);
  }
  try {
    return { module: new Parser(toks).parseModuleGuarded(), names, injected };
  } catch (e) {
    throw e instanceof CompileError ? injected.toSource(e) : e;
  }
}

/** An operand already parsed (by test's shortcut), with the offset its expression started at. */
interface Parsed {
  readonly e: A.Expr;
  readonly start: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Parser {
  private i = 0;
  private depth = 0;
  /** Names bound by `X = const(...)` and their values (py/parse.c parser->consts). */
  private readonly consts = new Map<string, A.ConstValue>();

  constructor(private readonly toks: Token[]) {}

  // ---- token helpers ----

  private get tok(): Token {
    return this.at(this.i);
  }
  private peek(n = 1): Token {
    return this.at(Math.min(this.i + n, this.toks.length - 1));
  }
  /** The token at `i`; reaching a lexical error raises it (MicroPython lexes as it parses). */
  private at(i: number): Token {
    const t = this.toks[i]!;
    if (t.kind === "error") throw t.error!;
    return t;
  }
  private prevEnd(): number {
    return this.toks[this.i - 1]?.end ?? 0;
  }
  private is(text: string): boolean {
    const t = this.tok;
    return (t.kind === "op" || t.kind === "kw") && t.text === text;
  }
  private accept(text: string): boolean {
    if (this.is(text)) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.toks[this.i++]!;
  }
  private fail(tok: Token = this.tok): never {
    if (tok.kind === "indent") throw new CompileError("unexpectedIndent", tok.start);
    // MicroPython's lexer has already read the next line's indentation when the parser stops at
    // a newline, so a bad unindent there is what it reports.
    const after = this.toks[this.toks.indexOf(tok) + 1];
    if (tok.kind === "newline" && after?.kind === "error" && after.error!.kind === "IndentationError") throw after.error!;
    throw new CompileError("invalidSyntax", tok.start);
  }
  private name(): string {
    if (this.tok.kind !== "name") this.fail();
    return this.taken(this.toks[this.i++]!).text;
  }
  /** A name token the parser takes: interned now, so one too long for a qstr fails here. */
  private taken(t: Token): Token {
    if (t.tooLong) throw new CompileError("nameTooLong", t.start);
    return t;
  }
  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new CompileError("nestingTooDeep", this.tok.start);
  }
  private leave(): void {
    this.depth--;
  }

  // ---- module and statements ----

  /** parseModule, with a JavaScript stack overflow reported as too deep nesting where it happened. */
  parseModuleGuarded(): A.Module {
    try {
      return this.parseModule();
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileError("nestingTooDeep", this.toks[Math.min(this.i, this.toks.length - 1)]!.start);
      throw e;
    }
  }

  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tok.kind !== "eof") {
      if (this.tok.kind === "newline") {
        this.i++;
        continue;
      }
      body.push(...this.statement());
    }
    return { kind: "Module", body, start: 0, end: this.tok.end };
  }

  private block(): A.Stmt[] {
    this.enter();
    const body: A.Stmt[] = [];
    if (this.peek(0).kind === "newline") {
      this.i++;
      if (this.peek(0).kind !== "indent") this.fail();
      this.i++;
      while (this.peek(0).kind !== "dedent" && this.peek(0).kind !== "eof") {
        if (this.peek(0).kind === "newline") {
          this.i++;
          continue;
        }
        body.push(...this.statement());
      }
      if (this.tok.kind === "dedent") this.i++;
    } else {
      body.push(...this.simpleStatements());
    }
    this.leave();
    return body;
  }

  private statement(): A.Stmt[] {
    const t = this.tok;
    if (t.kind === "indent") this.fail();
    if (t.kind === "kw") {
      switch (t.text) {
        case "if": return [this.ifStmt()];
        case "while": return [this.whileStmt()];
        case "for": return [this.forStmt(t.start, false)];
        case "try": return [this.tryStmt()];
        case "with": return [this.withStmt(t.start, false)];
        case "def": return [this.funcDef(t.start, [], false)];
        case "class": return [this.classDef(t.start, [])];
        case "async": {
          const n = this.peek();
          this.i++;
          if (n.text === "def" && n.kind === "kw") return [this.funcDef(t.start, [], true)];
          if (n.text === "for" && n.kind === "kw") return [this.forStmt(t.start, true)];
          if (n.text === "with" && n.kind === "kw") return [this.withStmt(t.start, true)];
          this.fail(n);
        }
      }
    }
    if (this.is("@")) return [this.decorated()];
    return this.simpleStatements();
  }

  private simpleStatements(): A.Stmt[] {
    const out: A.Stmt[] = [];
    for (;;) {
      out.push(this.smallStatement());
      if (!this.accept(";")) break;
      if (this.tok.kind === "newline") break;
    }
    if (this.tok.kind !== "newline") this.fail();
    this.i++;
    return out;
  }

  private smallStatement(): A.Stmt {
    const t = this.tok;
    const start = t.start;
    if (t.kind === "kw") {
      switch (t.text) {
        case "pass": this.i++; return { kind: "Pass", start, end: t.end };
        case "break": this.i++; return { kind: "Break", start, end: t.end };
        case "continue": this.i++; return { kind: "Continue", start, end: t.end };
        case "return": {
          this.i++;
          const value = this.atStmtEnd() ? null : this.testList();
          return { kind: "Return", value, start, end: this.prevEnd() };
        }
        case "raise": {
          this.i++;
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (!this.atStmtEnd()) {
            exc = this.test();
            if (this.accept("from")) cause = this.test();
          }
          return { kind: "Raise", exc, cause, start, end: this.prevEnd() };
        }
        case "global":
        case "nonlocal": {
          this.i++;
          const names = [this.name()];
          while (this.accept(",")) names.push(this.name());
          return { kind: t.text === "global" ? "Global" : "Nonlocal", names, start, end: this.prevEnd() };
        }
        case "del": {
          this.i++;
          const targets = this.exprList();
          return { kind: "Delete", targets, start, end: this.prevEnd() };
        }
        case "assert": {
          this.i++;
          const test = this.test();
          const msg = this.accept(",") ? this.test() : null;
          return { kind: "Assert", test, msg, start, end: this.prevEnd() };
        }
        case "import": return this.importStmt();
        case "yield": {
          const value = this.yieldExpr();
          return { kind: "Expr", value, start, end: this.prevEnd() };
        }
        case "from": return this.fromImport();
      }
    }
    return this.exprStatement();
  }

  private atStmtEnd(): boolean {
    return this.tok.kind === "newline" || this.is(";") || this.tok.kind === "eof";
  }

  private exprStatement(): A.Stmt {
    const start = this.tok.start;
    const first = this.testListStarExpr();
    if (this.is(":")) {
      this.i++;
      const annotation = this.test();
      const value = this.accept("=") ? (this.is("yield") ? this.yieldExpr() : this.testListStarExpr()) : null;
      return { kind: "AnnAssign", target: first, annotation, value, start, end: this.prevEnd() };
    }
    if (this.tok.kind === "op" && AUG_OPS.has(this.tok.text)) {
      const op = this.tok.text as A.AugOperator;
      this.i++;
      const value = this.is("yield") ? this.yieldExpr() : this.testListStarExpr();
      return { kind: "AugAssign", target: first, op, value, start, end: this.prevEnd() };
    }
    if (this.is("=")) {
      const exprs: A.Expr[] = [first];
      while (this.accept("=")) exprs.push(this.is("yield") ? this.yieldExpr() : this.testListStarExpr());
      const value = exprs.pop()!;
      if (exprs.length === 1 && first.kind === "Name") {
        const c = this.tryConst(first, value);
        if (c) return c;
      }
      return { kind: "Assign", targets: exprs, value, start, end: this.prevEnd() };
    }
    return { kind: "Expr", value: first, start, end: this.prevEnd() };
  }

  /** `X = const(v)`: record X; a name starting with `_` leaves no assignment behind (py/parse.c). */
  private tryConst(target: A.Name, value: A.Expr): A.Stmt | null {
    if (value.kind !== "Call" || value.func.kind !== "Name" || value.func.id !== "const") return null;
    if (value.args.length !== 1 || value.keywords.length !== 0) return null;
    const arg = value.args[0]!;
    const cv = constOf(arg);
    if (!cv) throw new CompileError("notAConstant", value.start);
    this.consts.set(target.id, cv);
    if (target.id.startsWith("_")) return { kind: "Pass", fromConst: true, start: target.start, end: value.end };
    return { kind: "Assign", targets: [target], value: arg, start: target.start, end: value.end };
  }

  private importStmt(): A.Stmt {
    const start = this.expect("import").start;
    const names: A.Alias[] = [];
    do {
      const s = this.tok.start;
      const name = this.dottedName();
      const asname = this.accept("as") ? this.name() : null;
      names.push({ name, asname, start: s, end: this.prevEnd() });
    } while (this.accept(","));
    return { kind: "Import", names, start, end: this.prevEnd() };
  }

  private dottedName(): string {
    let n = this.name();
    while (this.accept(".")) n += "." + this.name();
    return n;
  }

  private fromImport(): A.Stmt {
    const start = this.expect("from").start;
    let level = 0;
    for (;;) {
      if (this.accept(".")) level++;
      else if (this.accept("...")) level += 3;
      else break;
    }
    const module = this.tok.kind === "name" ? this.dottedName() : null;
    if (module === null && level === 0) this.fail();
    this.expect("import");
    const names: A.Alias[] = [];
    if (this.is("*")) {
      const t = this.tok;
      this.i++;
      names.push({ name: "*", asname: null, start: t.start, end: t.end });
    } else {
      const paren = this.accept("(");
      do {
        // A trailing comma is allowed with or without parentheses (py/grammar.h import_as_names).
        if (names.length > 0 && (paren ? this.is(")") : this.atStmtEnd())) break;
        const s = this.tok.start;
        const name = this.name();
        const asname = this.accept("as") ? this.name() : null;
        names.push({ name, asname, start: s, end: this.prevEnd() });
      } while (this.accept(","));
      if (paren) this.expect(")");
    }
    return { kind: "ImportFrom", module, names, level, start, end: this.prevEnd() };
  }

  private ifStmt(): A.If {
    const start = this.tok.start;
    const isElif = this.tok.text === "elif";
    this.i++;
    const test = this.namedExprTest();
    this.expect(":");
    const body = this.block();
    let orelse: A.Stmt[] = [];
    if (this.is("elif")) orelse = [this.ifStmt()];
    else if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    return { kind: "If", test, body, orelse, isElif, start, end: this.prevEnd() };
  }

  private whileStmt(): A.While {
    const start = this.expect("while").start;
    const test = this.namedExprTest();
    this.expect(":");
    const body = this.block();
    let orelse: A.Stmt[] = [];
    if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    return { kind: "While", test, body, orelse, start, end: this.prevEnd() };
  }

  private forStmt(start: number, isAsync: boolean): A.For {
    this.expect("for");
    const target = this.exprListAsTarget();
    this.expect("in");
    const iter = this.testList();
    this.expect(":");
    const body = this.block();
    let orelse: A.Stmt[] = [];
    if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    return { kind: "For", target, iter, body, orelse, isAsync, start, end: this.prevEnd() };
  }

  private tryStmt(): A.Try {
    const start = this.expect("try").start;
    this.expect(":");
    const body = this.block();
    const handlers: A.ExceptHandler[] = [];
    while (this.is("except")) {
      const hs = this.tok.start;
      this.i++;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.is(":")) {
        type = this.test();
        if (this.accept("as")) name = this.name();
      }
      this.expect(":");
      const hbody = this.block();
      handlers.push({ type, name, body: hbody, start: hs, end: this.prevEnd() });
    }
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    if (handlers.length > 0 && this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    if (this.accept("finally")) {
      this.expect(":");
      finalbody = this.block();
    }
    if (handlers.length === 0 && finalbody.length === 0) this.fail();
    return { kind: "Try", body, handlers, orelse, finalbody, start, end: this.prevEnd() };
  }

  private withStmt(start: number, isAsync: boolean): A.With {
    this.expect("with");
    const items: A.WithItem[] = [];
    do {
      const s = this.tok.start;
      const contextExpr = this.test();
      const optionalVars = this.accept("as") ? this.exprAsTarget() : null;
      items.push({ contextExpr, optionalVars, start: s, end: this.prevEnd() });
    } while (this.accept(","));
    this.expect(":");
    const body = this.block();
    return { kind: "With", items, body, isAsync, start, end: this.prevEnd() };
  }

  private decorated(): A.Stmt {
    const start = this.tok.start;
    const decorators: A.Expr[] = [];
    while (this.accept("@")) {
      decorators.push(this.decorator());
      if (this.tok.kind !== "newline") this.fail();
      this.i++;
    }
    const t = this.tok;
    if (this.is("def")) return this.funcDef(start, decorators, false, t.start);
    if (this.is("class")) return this.classDef(start, decorators, t.start);
    if (this.is("async") && this.peek().text === "def") {
      this.i++;
      return this.funcDef(start, decorators, true, t.start);
    }
    this.fail();
  }

  /** decorator: '@' dotted_name ['(' [arglist] ')'] (py/grammar.h): no other expression. */
  private decorator(): A.Expr {
    const t = this.tok;
    const start = t.start;
    let e: A.Expr = { kind: "Name", id: this.name(), start, end: t.end };
    for (;;) {
      const trailerStart = this.tok.start;
      if (!this.accept(".")) break;
      const attr = this.name();
      e = { kind: "Attribute", value: e, attr, trailerStart, start, end: this.prevEnd() };
    }
    const trailerStart = this.tok.start;
    if (this.accept("(")) {
      const [args, keywords, misplaced, order] = this.callArgs();
      this.expect(")");
      const call: A.Call = { kind: "Call", func: e, args, keywords, trailerStart, start, end: this.prevEnd() };
      e = misplaced || order ? { ...call, ...(misplaced ? { misplaced } : {}), ...(order ? { order } : {}) } : call;
    }
    return e;
  }

  private funcDef(start: number, decorators: A.Expr[], isAsync: boolean, defStart = start): A.FunctionDef {
    this.expect("def");
    const name = this.name();
    this.expect("(");
    const args = this.parameters(")", true);
    this.expect(")");
    const returns = this.accept("->") ? this.test() : null;
    this.expect(":");
    const body = this.block();
    return { kind: "FunctionDef", name, args, body, decorators, returns, isAsync, defStart, start, end: this.prevEnd() };
  }

  private classDef(start: number, decorators: A.Expr[], classStart = start): A.ClassDef {
    this.expect("class");
    const name = this.name();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    let misplaced: A.ArgOrderError | undefined;
    let order: ("a" | "k")[] | undefined;
    if (this.accept("(")) {
      [bases, keywords, misplaced, order] = this.callArgs();
      this.expect(")");
    }
    this.expect(":");
    const body = this.block();
    const node: A.ClassDef = { kind: "ClassDef", name, bases, keywords, body, decorators, classStart, start, end: this.prevEnd() };
    return { ...node, ...(misplaced ? { misplaced } : {}), ...(order ? { order } : {}) };
  }

  private parameters(close: string, annotations: boolean): A.Arguments {
    const a: Mutable<A.Arguments> = { args: [], defaults: [], vararg: null, bareStar: false, kwonlyargs: [], kwDefaults: [], kwarg: null };
    const args: A.Arg[] = [];
    const defaults: A.Expr[] = [];
    const kwonly: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let afterStar = false;
    while (!this.is(close)) {
      if (this.accept("**")) {
        a.kwarg = this.param(annotations);
        this.accept(",");
        break;
      }
      const starAt = this.tok;
      if (this.accept("*")) {
        // A second `*` is refused when the function is compiled (py/compile.c), not here.
        if (afterStar && !a.secondStar) a.secondStar = { arg: "*", annotation: null, start: starAt.start, end: starAt.end };
        // MicroPython's grammar also takes a bare `*` with nothing after it: `def f(*):`.
        if (this.is(",") || this.is(close)) a.bareStar = true;
        else a.vararg = this.param(annotations);
        afterStar = true;
      } else {
        const p = this.param(annotations);
        const def = this.accept("=") ? this.test() : null;
        if (afterStar) {
          kwonly.push(p);
          kwDefaults.push(def);
        } else {
          args.push(p);
          if (def) defaults.push(def);
          else if (defaults.length > 0 && !a.defaultGap) a.defaultGap = p;
        }
      }
      if (!this.accept(",")) break;
    }
    a.args = args;
    a.defaults = defaults;
    a.kwonlyargs = kwonly;
    a.kwDefaults = kwDefaults;
    return a;
  }

  private param(annotations: boolean): A.Arg {
    const t = this.tok;
    const arg = this.name();
    const annotation = annotations && this.accept(":") ? this.test() : null;
    return { arg, annotation, start: t.start, end: this.prevEnd() };
  }

  // ---- expressions ----

  /**
   * testlist_star_expr: an expression or a bare tuple, with `*x` allowed. Not `x := y`: MicroPython's
   * grammar takes an assignment expression only in parentheses, brackets, braces, call arguments
   * and if/while conditions (py/grammar.h namedexpr_test).
   */
  private testListStarExpr(): A.Expr {
    const start = this.tok.start;
    const first = this.is("*") ? this.starExpr() : this.test();
    if (!this.is(",")) return first;
    const elts = [first];
    while (this.accept(",")) {
      if (this.atExprListEnd()) break;
      elts.push(this.is("*") ? this.starExpr() : this.test());
    }
    return tupleOrConst(elts, false, start, this.prevEnd());
  }

  private atExprListEnd(): boolean {
    const t = this.tok;
    if (t.kind === "newline" || t.kind === "eof") return true;
    return t.kind === "op" && ["=", ")", "]", "}", ":", ";", ...AUG_OPS].includes(t.text) || (t.kind === "kw" && t.text === "in");
  }

  /** testlist: tests and commas, no `*x` (py/grammar.h: return, yield and `for ... in`). */
  private testList(): A.Expr {
    const start = this.tok.start;
    const first = this.test();
    if (!this.is(",")) return first;
    const elts = [first];
    while (this.accept(",")) {
      if (this.atExprListEnd()) break;
      elts.push(this.test());
    }
    return tupleOrConst(elts, false, start, this.prevEnd());
  }

  private exprList(): A.Expr[] {
    const out = [this.is("*") ? this.starExpr() : this.bitOr()];
    while (this.accept(",")) {
      if (this.atExprListEnd()) break;
      out.push(this.is("*") ? this.starExpr() : this.bitOr());
    }
    return out;
  }

  private exprListAsTarget(): A.Expr {
    const start = this.tok.start;
    const list = this.exprList();
    if (list.length === 1 && !(this.toks[this.i - 1]!.text === ",")) return list[0]!;
    return { kind: "Tuple", elts: list, parenthesized: false, start, end: this.prevEnd() };
  }

  private exprAsTarget(): A.Expr {
    return this.bitOr();
  }

  private starExpr(): A.Starred {
    const start = this.expect("*").start;
    const value = this.bitOr();
    return { kind: "Starred", value, start, end: this.prevEnd() };
  }

  private namedExprTest(): A.Expr {
    const start = this.tok.start;
    if (this.tok.kind === "name" && this.peek().text === ":=" && this.peek().kind === "op") {
      const t = this.tok;
      this.i += 2;
      const value = this.test();
      return { kind: "NamedExpr", target: { kind: "Name", id: t.text, start: t.start, end: t.end }, value, start, end: this.prevEnd() };
    }
    return this.test();
  }

  private test(): A.Expr {
    this.enter();
    try {
      if (this.is("lambda")) return this.lambda(false);
      const start = this.tok.start;
      // An operand with no operator after it (the common case, and every level of deep nesting)
      // skips the chain of precedence levels: fewer JavaScript frames per level of nesting.
      const pre = this.is("not") ? undefined : { e: this.factor(), start };
      const body = pre && !this.atOperator() ? pre.e : this.orTest(pre);
      if (this.accept("if")) {
        const test = this.orTest();
        this.expect("else");
        const orelse = this.test();
        return { kind: "IfExp", test, body, orelse, start, end: this.prevEnd() };
      }
      return body;
    } finally {
      this.leave();
    }
  }

  /** At an operator that continues an expression after an operand (below `**`, taken by power). */
  private atOperator(): boolean {
    const t = this.tok;
    if (t.kind === "op") return BINARY_OPS.has(t.text) || COMPARE_OPS.has(t.text);
    return t.kind === "kw" && (t.text === "if" || t.text === "and" || t.text === "or" || t.text === "in" || t.text === "not" || t.text === "is");
  }

  private testNoCond(): A.Expr {
    if (this.is("lambda")) return this.lambda(true);
    return this.orTest();
  }

  private lambda(noCond: boolean): A.Lambda {
    const start = this.expect("lambda").start;
    const args = this.parameters(":", false);
    this.expect(":");
    const body = noCond ? this.testNoCond() : this.test();
    return { kind: "Lambda", args, body, start, end: this.prevEnd() };
  }

  private orTest(pre?: Parsed): A.Expr {
    return this.boolChain("or", (p) => this.andTest(p), pre);
  }
  private andTest(pre?: Parsed): A.Expr {
    return this.boolChain("and", (p) => this.notTest(p), pre);
  }

  /** `a or b or c`: constants folded away as py/parse.c fold_logical_constants does. */
  private boolChain(op: "and" | "or", next: (pre?: Parsed) => A.Expr, pre?: Parsed): A.Expr {
    const start = pre?.start ?? this.tok.start;
    const first = next(pre);
    if (!this.is(op)) return first;
    const values = [first];
    while (this.accept(op)) values.push(next());
    const kept: A.Expr[] = [];
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      const c = constOf(v);
      if (k === values.length - 1) {
        kept.push(v);
        break;
      }
      if (c && constTruth(c) === (op === "or")) {
        kept.push(v);
        break;
      }
      if (c && constTruth(c) === (op === "and")) continue;
      kept.push(v);
    }
    if (kept.length === 1) return kept[0]!;
    return { kind: "BoolOp", op, values: kept, start, end: this.prevEnd() };
  }

  private notTest(pre?: Parsed): A.Expr {
    if (pre) return this.comparison(pre);
    if (this.is("not")) {
      const start = this.tok.start;
      this.i++;
      this.enter();
      const operand = this.notTest();
      this.leave();
      const c = constOf(operand);
      if (c) return constant({ type: "bool", value: !constTruth(c) }, start, this.prevEnd());
      return { kind: "UnaryOp", op: "not", operand, start, end: this.prevEnd() };
    }
    return this.comparison();
  }

  private comparison(pre?: Parsed): A.Expr {
    const start = pre?.start ?? this.tok.start;
    const left = this.bitOr(pre);
    const ops: A.CmpOp[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.tok;
      let op: A.CmpOp | null = null;
      if (t.kind === "op" && COMPARE_OPS.has(t.text)) {
        op = t.text as A.CmpOp;
        this.i++;
      } else if (this.is("in")) {
        op = "in";
        this.i++;
      } else if (this.is("not") && this.peek().text === "in") {
        op = "not in";
        this.i += 2;
      } else if (this.is("is")) {
        this.i++;
        op = this.accept("not") ? "is not" : "is";
      }
      if (!op) break;
      ops.push(op);
      comparators.push(this.bitOr());
    }
    if (ops.length === 0) return left;
    return { kind: "Compare", left, ops, comparators, start, end: this.prevEnd() };
  }

  /**
   * One of MicroPython's n-ary operator rules (expr, xor_expr, and_expr, shift_expr, arith_expr,
   * term): folded only when every operand is a numeric constant, else left-nested BinOps.
   */
  private binaryChain(ops: readonly string[], next: (pre?: Parsed) => A.Expr, pre?: Parsed): A.Expr {
    const start = pre?.start ?? this.tok.start;
    const first = next(pre);
    if (!(this.tok.kind === "op" && ops.includes(this.tok.text))) return first;
    const operands = [first];
    const operators: string[] = [];
    while (this.tok.kind === "op" && ops.includes(this.tok.text)) {
      operators.push(this.tok.text);
      this.i++;
      operands.push(next());
    }
    const end = this.prevEnd();
    const folded = this.foldChain(operands, operators);
    if (folded) return { ...constant(folded, start, end), folded: true };
    let left = first;
    for (let k = 0; k < operators.length; k++) {
      const right = operands[k + 1]!;
      left = { kind: "BinOp", left, op: operators[k] as A.Operator, right, start, end: right.end };
    }
    return left;
  }

  private foldChain(operands: A.Expr[], operators: string[]): A.ConstValue | null {
    let acc: Num | null = numOf(operands[0]!);
    if (!acc) return null;
    for (let k = 0; k < operators.length; k++) {
      const b = numOf(operands[k + 1]!);
      if (!b) return null;
      acc = foldBinary(operators[k]!, acc, b);
      if (!acc) return null;
    }
    return acc;
  }

  private bitOr(pre?: Parsed): A.Expr {
    return this.binaryChain(["|"], (p) => this.bitXor(p), pre);
  }
  private bitXor(pre?: Parsed): A.Expr {
    return this.binaryChain(["^"], (p) => this.bitAnd(p), pre);
  }
  private bitAnd(pre?: Parsed): A.Expr {
    return this.binaryChain(["&"], (p) => this.shiftExpr(p), pre);
  }
  private shiftExpr(pre?: Parsed): A.Expr {
    return this.binaryChain(["<<", ">>"], (p) => this.arithExpr(p), pre);
  }
  private arithExpr(pre?: Parsed): A.Expr {
    return this.binaryChain(["+", "-"], (p) => this.term(p), pre);
  }
  private term(pre?: Parsed): A.Expr {
    return this.binaryChain(["*", "@", "/", "//", "%"], (p) => p?.e ?? this.factor(), pre);
  }

  private factor(): A.Expr {
    const t = this.tok;
    if (t.kind === "op" && (t.text === "-" || t.text === "+" || t.text === "~")) {
      this.i++;
      this.enter();
      const operand = this.factor();
      this.leave();
      const n = numOf(operand);
      if (n) {
        const r = foldUnary(t.text, n);
        if (r) return { ...constant(r, t.start, this.prevEnd()), folded: true };
      }
      return { kind: "UnaryOp", op: t.text as "-" | "+" | "~", operand, start: t.start, end: this.prevEnd() };
    }
    return this.power();
  }

  private power(): A.Expr {
    const start = this.tok.start;
    const base = this.atomExpr();
    if (this.accept("**")) {
      this.enter();
      const exp = this.factor();
      this.leave();
      const a = numOf(base);
      const b = numOf(exp);
      if (a && b) {
        const r = foldBinary("**", a, b);
        if (r) return { ...constant(r, start, this.prevEnd()), folded: true };
      }
      return { kind: "BinOp", left: base, op: "**", right: exp, start, end: this.prevEnd() };
    }
    return base;
  }

  private atomExpr(): A.Expr {
    const start = this.tok.start;
    if (this.is("await")) {
      this.i++;
      const value = this.atomTrailers();
      return { kind: "Await", value, start, end: this.prevEnd() };
    }
    return this.atomTrailers();
  }

  private atomTrailers(): A.Expr {
    const start = this.tok.start;
    const atomTok = this.tok;
    let e = this.atom();
    let trailers = 0;
    for (;;) {
      const trailerStart = this.tok.start;
      if (this.accept("(")) {
        const [args, keywords, misplaced, order] = this.callArgs();
        this.expect(")");
        const call: A.Call = { kind: "Call", func: e, args, keywords, trailerStart, start, end: this.prevEnd() };
        e = misplaced || order ? { ...call, ...(misplaced ? { misplaced } : {}), ...(order ? { order } : {}) } : call;
      } else if (this.accept("[")) {
        const slice = this.subscriptList();
        this.expect("]");
        e = { kind: "Subscript", value: e, slice, trailerStart, start, end: this.prevEnd() };
      } else if (this.accept(".")) {
        const attr = this.name();
        e = { kind: "Attribute", value: e, attr, trailerStart, start, end: this.prevEnd() };
        // math.pi and friends fold to constants (py/parse.c MICROPY_COMP_MODULE_CONST).
        if (trailers === 0 && atomTok.kind === "name" && atomTok.text === "math" && attr in MATH_CONSTS && !(this.is(".") || this.is("(") || this.is("["))) {
          e = { ...constant({ type: "float", value: MATH_CONSTS[attr]!, shared: `math.${attr}` }, start, this.prevEnd()), folded: true };
        }
      } else break;
      trailers++;
    }
    return e;
  }

  private callArgs(): [A.Expr[], A.Keyword[], A.ArgOrderError | undefined, ("a" | "k")[] | undefined] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    const order: ("a" | "k")[] = [];
    let misplaced: A.ArgOrderError | undefined;
    while (!this.is(")")) {
      const s = this.tok.start;
      if (this.accept("**")) {
        keywords.push({ arg: null, value: this.test(), start: s, end: this.prevEnd() });
        order.push("k");
      } else if (this.accept("*")) {
        const value = this.test();
        if (keywords.some((k) => k.arg === null)) misplaced ??= { code: "starAfterDoubleStar", start: s };
        args.push({ kind: "Starred", value, start: s, end: this.prevEnd() });
        order.push("a");
      } else if (this.tok.kind === "name" && this.peek().text === "=" && this.peek().kind === "op") {
        const arg = this.name();
        this.i++;
        keywords.push({ arg, value: this.test(), start: s, end: this.prevEnd() });
        order.push("k");
      } else {
        let value = this.namedExprTest();
        if (this.atCompFor()) {
          const generators = this.compFor();
          value = { kind: "GeneratorExp", elt: value, generators, bare: true, start: s, end: this.prevEnd() };
        } else if (this.is("=") && value.kind !== "NamedExpr") {
          // py/grammar.h parses any `test '=' test` as a keyword argument (`(a)=1` is `a=1`); the
          // compiler then rejects a left side that is not a name, so a parse error later in the file comes first.
          this.i++;
          keywords.push({ arg: value.kind === "Name" ? value.id : "", value: this.test(), start: s, end: this.prevEnd() });
          order.push("k");
          if (value.kind !== "Name") misplaced ??= { code: "keywordLhsNotId", start: s };
          if (!this.accept(",")) break;
          continue;
        }
        if (keywords.length > 0) {
          misplaced ??= { code: keywords.some((k) => k.arg === null) ? "positionalAfterDoubleStar" : "positionalAfterKeyword", start: s };
        }
        args.push(value);
        order.push("a");
      }
      if (!this.accept(",")) break;
    }
    const interleaved = order.indexOf("a", order.indexOf("k")) > 0 && order.includes("k");
    return [args, keywords, misplaced, interleaved ? order : undefined];
  }

  private subscriptList(): A.Expr {
    const start = this.tok.start;
    const first = this.subscript();
    if (!this.is(",")) return first;
    const elts = [first];
    while (this.accept(",")) {
      if (this.is("]")) break;
      elts.push(this.subscript());
    }
    return tupleOrConst(elts, false, start, this.prevEnd());
  }

  private subscript(): A.Expr {
    const start = this.tok.start;
    let lower: A.Expr | null = null;
    if (!this.is(":")) {
      lower = this.test();
      if (!this.is(":")) return lower;
    }
    this.expect(":");
    const upper = this.is("]") || this.is(",") || this.is(":") ? null : this.test();
    let step: A.Expr | null = null;
    if (this.accept(":")) step = this.is("]") || this.is(",") ? null : this.test();
    return { kind: "Slice", lower, upper, step, start, end: this.prevEnd() };
  }

  /** At `for`: a comprehension follows (py/grammar.h comp_for has no `async for`). */
  private atCompFor(): boolean {
    return this.is("for");
  }

  /** The items after `first` of a comma-separated display, up to (and without) `close`. */
  private itemsUntil(first: A.Expr, close: string, item: () => A.Expr): A.Expr[] {
    const elts = [first];
    while (this.accept(",")) {
      if (this.is(close)) break;
      elts.push(item());
    }
    return elts;
  }

  /** The `for ... in ... if ...` clauses of a comprehension, then its closing bracket. */
  private compForThen(close: string): A.Comprehension[] {
    const generators = this.compFor();
    this.expect(close);
    return generators;
  }

  private compFor(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    while (this.atCompFor()) {
      const start = this.tok.start;
      const isAsync = this.accept("async");
      this.expect("for");
      const target = this.exprListAsTarget();
      this.expect("in");
      const iter = this.orTest();
      const ifs: A.Expr[] = [];
      while (this.accept("if")) ifs.push(this.testNoCond());
      gens.push({ target, iter, ifs, isAsync, start, end: this.prevEnd() });
    }
    return gens;
  }

  private yieldExpr(): A.Expr {
    const start = this.expect("yield").start;
    if (this.accept("from")) {
      const value = this.test();
      return { kind: "YieldFrom", value, start, end: this.prevEnd() };
    }
    const value = this.is(")") || this.atStmtEnd() || this.is("=") ? null : this.testList();
    return { kind: "Yield", value, start, end: this.prevEnd() };
  }

  private atom(): A.Expr {
    const t = this.tok;
    const start = t.start;
    switch (t.kind) {
      case "name": {
        this.i++;
        this.taken(t);
        const c = this.consts.get(t.text);
        if (c) return { ...constant(c, start, t.end), viaConst: true };
        return { kind: "Name", id: t.text, start, end: t.end };
      }
      case "int":
        this.i++;
        return constant({ type: "int", value: t.intValue! }, start, t.end);
      case "float":
        this.i++;
        return constant({ type: "float", value: t.floatValue! }, start, t.end);
      case "imag":
        this.i++;
        return constant({ type: "complex", imag: t.floatValue! }, start, t.end);
      case "string":
      case "bytes":
        return this.strings();
      case "kw":
        if (t.text === "None" || t.text === "True" || t.text === "False") {
          this.i++;
          return constant(t.text === "None" ? { type: "none" } : { type: "bool", value: t.text === "True" }, start, t.end);
        }
        break;
      case "op":
        if (t.text === "...") {
          this.i++;
          return constant({ type: "ellipsis" }, start, t.end);
        }
        if (t.text === "(") return this.parenAtom();
        if (t.text === "[") return this.listAtom();
        if (t.text === "{") return this.braceAtom();
        break;
    }
    this.fail();
  }

  /** Adjacent literals joined (f-strings were already joined and rewritten by the lexer). */
  private strings(): A.Expr {
    const start = this.tok.start;
    const kind = this.tok.kind;
    let text = "";
    const bytes: number[] = [];
    while (this.tok.kind === "string" || this.tok.kind === "bytes") {
      if (this.tok.kind !== kind) this.fail();
      if (kind === "string") text += this.tok.text;
      else for (const b of this.tok.bytes!) bytes.push(b);
      this.i++;
    }
    const end = this.prevEnd();
    if (kind === "string") return constant({ type: "str", value: text }, start, end);
    return constant({ type: "bytes", value: Uint8Array.from(bytes) }, start, end);
  }

  private parenAtom(): A.Expr {
    const start = this.expect("(").start;
    if (this.accept(")")) return { kind: "Tuple", elts: [], parenthesized: true, start, end: this.prevEnd() };
    this.enter();
    try {
      if (this.is("yield")) {
        const y = this.yieldExpr();
        this.expect(")");
        return y;
      }
      const first = this.is("*") ? this.starExpr() : this.namedExprTest();
      if (this.atCompFor()) {
        const generators = this.compForThen(")");
        return { kind: "GeneratorExp", elt: first, generators, start, end: this.prevEnd() };
      }
      if (this.accept(")")) return first;
      const elts = this.itemsUntil(first, ")", () => (this.is("*") ? this.starExpr() : this.namedExprTest()));
      this.expect(")");
      return tupleOrConst(elts, true, start, this.prevEnd());
    } finally {
      this.leave();
    }
  }

  private listAtom(): A.Expr {
    const start = this.expect("[").start;
    this.enter();
    try {
      if (this.accept("]")) return { kind: "List", elts: [], start, end: this.prevEnd() };
      const first = this.is("*") ? this.starExpr() : this.namedExprTest();
      if (this.atCompFor()) {
        const generators = this.compForThen("]");
        return { kind: "ListComp", elt: first, generators, start, end: this.prevEnd() };
      }
      const elts = this.itemsUntil(first, "]", () => (this.is("*") ? this.starExpr() : this.namedExprTest()));
      this.expect("]");
      return { kind: "List", elts, start, end: this.prevEnd() };
    } finally {
      this.leave();
    }
  }

  private braceAtom(): A.Expr {
    const start = this.expect("{").start;
    this.enter();
    try {
      if (this.accept("}")) return { kind: "Dict", keys: [], values: [], start, end: this.prevEnd() };
      // `{**d}` and `{*a}` are CPython's: py/grammar.h dictorsetmaker_item is `test [':' test]`.
      const first = this.test();
      if (this.accept(":")) {
        const value = this.test();
        if (this.atCompFor()) {
          const generators = this.compForThen("}");
          return { kind: "DictComp", key: first, value, generators, start, end: this.prevEnd() };
        }
        return this.dictRest(start, [first], [value]);
      }
      if (this.atCompFor()) {
        const generators = this.compForThen("}");
        return { kind: "SetComp", elt: first, generators, start, end: this.prevEnd() };
      }
      const elts = this.itemsUntil(first, "}", () => this.test());
      this.expect("}");
      return { kind: "Set", elts, start, end: this.prevEnd() };
    } finally {
      this.leave();
    }
  }

  private dictRest(start: number, keys: (A.Expr | null)[], values: A.Expr[]): A.Expr {
    let badItem = false;
    while (this.accept(",")) {
      if (this.is("}")) break;
      const k = this.test();
      if (this.accept(":")) {
        keys.push(k);
        values.push(this.test());
      } else {
        badItem = true;
      }
    }
    this.expect("}");
    return badItem ? { kind: "Dict", keys, values, badItem, start, end: this.prevEnd() } : { kind: "Dict", keys, values, start, end: this.prevEnd() };
  }
}

function constant(value: A.ConstValue, start: number, end: number): A.Constant {
  return { kind: "Constant", value, start, end };
}

/** The constant value of a node MicroPython's parser treats as constant (mp_parse_node_is_const). */
export function constOf(e: A.Expr): A.ConstValue | null {
  if (e.kind === "Constant") return e.value;
  if (e.kind === "Tuple" && e.elts.length === 0 && e.parenthesized) return { type: "tuple", items: [] };
  return null;
}

/** A tuple display whose items are all constants becomes one constant (py/parse.c build_tuple). */
function tupleOrConst(elts: A.Expr[], parenthesized: boolean, start: number, end: number): A.Expr {
  const items: A.ConstValue[] = [];
  for (const e of elts) {
    const c = constOf(e);
    if (!c) return { kind: "Tuple", elts, parenthesized, start, end };
    items.push(c);
  }
  const node = constant({ type: "tuple", items }, start, end);
  // A parenthesised tuple is built by a rule inside the brackets: for two or more items the one
  // that starts after the first comma, so MicroPython records the line of the second item, for
  // one item the line of that item (py/parse.c build_tuple).
  if (!parenthesized) return node;
  return { ...node, lineAt: elts[Math.min(1, elts.length - 1)]!.start };
}

function numOf(e: A.Expr): Num | null {
  return e.kind === "Constant" ? asNumber(e.value) : null;
}
