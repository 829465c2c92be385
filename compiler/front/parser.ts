// Tokens -> AST (compiler/front/ast.ts), following MicroPython's grammar (py/grammar.h) and the tree
// rewrites its parser makes while parsing (py/parse.c): folding of numeric operator chains whose
// operands are all constants, of `not`/`and`/`or` on constants, of `math.pi`-style module constants,
// and `X = const(value)` substitution. Statements here; expressions in parse-expr.ts, the token
// cursor in parse-base.ts.

import type * as A from "./ast.js";
import { type MemoryBudget, memoryBudget } from "./budget.js";
import { fit, NO_ITEMS } from "./compact.js";
import { CompileError, InternalError } from "./diagnostics.js";
import { TokenStream } from "./lexer.js";
import { ExpressionParser } from "./parse-expr.js";
import { AUG_OPS, constOf, TOKENS_LET_GO, UNIT, type Unit } from "./parse-base.js";
import type { InjectedLines } from "./source.js";

export interface ParseOptions {
  readonly optimize: number;
  readonly smallIntBits: number;
  /** The source carries raw bytes as surrogate escapes (compiler/index.ts decodeSource). */
  readonly rawBytes?: boolean;
  /** The memory budget to charge (by default, one for this source: compiler/front/budget.ts). */
  readonly budget?: MemoryBudget;
}

export function parse(source: string, options: ParseOptions): A.Module {
  return parseWithNames(source, options).module;
}

/** Parses, and also gives every identifier the source names (the qstrs the parser interns). */
export function parseWithNames(source: string, options: ParseOptions): { module: A.Module; names: Map<string, number>; injected: InjectedLines } {
  // Tokens are lexed as the parser reaches them and let go as it passes them; a statement nesting
  // deeper than a segment after that is parsed again from its start, which needs them all: then the
  // source is parsed again, holding each top-level statement's tokens to its end.
  const budget = options.budget ?? memoryBudget(source);
  for (const releaseInside of [true, false]) {
    budget.restart();
    const stream = new TokenStream(source, { ...options, budget });
    try {
      const module = new Parser(stream, releaseInside).parseModuleGuarded();
      // Each identifier is interned when the parser meets it (stream.names keeps the first offset of the long ones).
      return { module, names: stream.names, injected: stream.injected };
    } catch (e) {
      if (e === TOKENS_LET_GO && releaseInside) continue;
      throw e instanceof CompileError ? stream.injected.toSource(e) : e;
    }
  }
  throw new InternalError("the parse held every token and still let one go");
}

class Parser extends ExpressionParser {
  protected parseUnit(unit: Unit): unknown {
    switch (unit) {
      case UNIT.stmt: return this.statement();
      case UNIT.test: return this.testHere();
      case UNIT.testNoCond: return this.testNoCondHere();
      case UNIT.block: return this.blockHere();
      case UNIT.factor: return this.factor();
      case UNIT.not: return this.notTest();
      case UNIT.paren: return this.parenAtom();
      case UNIT.list: return this.listAtom();
      case UNIT.brace: return this.braceAtom();
    }
  }

  // ---- module and statements ----

  /** parseModule, with a JavaScript stack overflow reported as too deep nesting where it happened. */
  parseModuleGuarded(): A.Module {
    try {
      return this.parseModule();
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new CompileError("nestingTooDeep", this.rawAt(this.i).start);
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
      this.release();
      for (const stmt of this.segmented<A.Stmt[]>(UNIT.stmt)) body.push(stmt);
    }
    return { kind: "Module", body, start: 0, end: this.tok.end };
  }

  protected block(): readonly A.Stmt[] {
    return this.nested(UNIT.block);
  }

  private blockHere(): readonly A.Stmt[] {
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
    return fit(body);
  }

  protected statement(): A.Stmt[] {
    const t = this.tok;
    this.stmtStart = t.start;
    if (t.kind === "indent") this.fail();
    if (t.kind === "kw") {
      switch (t.text) {
        case "if": return [this.ifStmt()];
        case "while": return [this.whileStmt()];
        case "for": return [this.forStmt(t.start, false)];
        case "try": return [this.tryStmt()];
        case "with": return [this.withStmt(t.start, false)];
        case "def": return [this.funcDef(t.start, NO_ITEMS, false)];
        case "class": return [this.classDef(t.start, NO_ITEMS)];
        case "async": {
          const n = this.peek();
          this.i++;
          if (n.text === "def" && n.kind === "kw") return [this.funcDef(t.start, NO_ITEMS, true)];
          if (n.text === "for" && n.kind === "kw") return [this.forStmt(t.start, true)];
          if (n.text === "with" && n.kind === "kw") return [this.withStmt(t.start, true)];
          this.fail(n);
        }
      }
    }
    if (this.is("@")) return [this.decorated()];
    return this.simpleStatements();
  }

  protected simpleStatements(): A.Stmt[] {
    // A list of one, as most lines hold one statement: pushed to only after a `;`.
    const out: A.Stmt[] = [this.smallStatement()];
    while (this.accept(";") && this.tok.kind !== "newline") out.push(this.smallStatement());
    if (this.tok.kind !== "newline") this.fail();
    this.i++;
    return out;
  }

  protected smallStatement(): A.Stmt {
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
          return { kind: t.text === "global" ? "Global" : "Nonlocal", names: fit(names), start, end: this.prevEnd() };
        }
        case "del": {
          this.i++;
          const targets = fit(this.exprList());
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

  protected exprStatement(): A.Stmt {
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
      return { kind: "Assign", targets: fit(exprs), value, start, end: this.prevEnd() };
    }
    return { kind: "Expr", value: first, start, end: this.prevEnd() };
  }

  /** `X = const(v)`: record X; a name starting with `_` leaves no assignment behind (py/parse.c). */
  protected tryConst(target: A.Name, value: A.Expr): A.Stmt | null {
    if (value.kind !== "Call" || value.func.kind !== "Name" || value.func.id !== "const") return null;
    if (value.args.length !== 1 || value.keywords.length !== 0) return null;
    const arg = value.args[0]!;
    const cv = constOf(arg);
    if (!cv) throw new CompileError("notAConstant", value.start);
    this.bindConst(target.id, cv);
    if (target.id.startsWith("_")) return { kind: "Pass", fromConst: true, start: target.start, end: value.end };
    return { kind: "Assign", targets: [target], value: arg, start: target.start, end: value.end };
  }

  protected importStmt(): A.Stmt {
    const start = this.expect("import").start;
    const names: A.Alias[] = [];
    do {
      const s = this.tok.start;
      const name = this.dottedName();
      const asname = this.accept("as") ? this.name() : null;
      names.push({ name, asname, start: s, end: this.prevEnd() });
    } while (this.accept(","));
    return { kind: "Import", names: fit(names), start, end: this.prevEnd() };
  }

  protected dottedName(): string {
    let n = this.name();
    while (this.accept(".")) n += "." + this.name();
    return n;
  }

  protected fromImport(): A.Stmt {
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
    return { kind: "ImportFrom", module, names: fit(names), level, start, end: this.prevEnd() };
  }

  /** `if` and its `elif` clauses, read in a loop (a chain may be thousands long), nested as CPython's ast nests them. */
  protected ifStmt(): A.If {
    const clauses: { start: number; test: A.Expr; body: readonly A.Stmt[] }[] = [];
    do {
      const start = this.tok.start;
      this.i++;
      const test = this.namedExprTest();
      this.expect(":");
      clauses.push({ start, test, body: this.block() });
    } while (this.is("elif"));
    let orelse: readonly A.Stmt[] = NO_ITEMS;
    if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    const end = this.prevEnd();
    for (let k = clauses.length - 1; k > 0; k--) {
      const c = clauses[k]!;
      orelse = [{ kind: "If", test: c.test, body: c.body, orelse, isElif: true, start: c.start, end }];
    }
    const first = clauses[0]!;
    return { kind: "If", test: first.test, body: first.body, orelse, isElif: false, start: first.start, end };
  }

  protected whileStmt(): A.While {
    const start = this.expect("while").start;
    const test = this.namedExprTest();
    this.expect(":");
    const body = this.block();
    let orelse: readonly A.Stmt[] = NO_ITEMS;
    if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    return { kind: "While", test, body, orelse, start, end: this.prevEnd() };
  }

  protected forStmt(start: number, isAsync: boolean): A.For {
    this.expect("for");
    const target = this.exprListAsTarget();
    this.expect("in");
    const iter = this.testList();
    this.expect(":");
    const body = this.block();
    let orelse: readonly A.Stmt[] = NO_ITEMS;
    if (this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    return { kind: "For", target, iter, body, orelse, isAsync, start, end: this.prevEnd() };
  }

  protected tryStmt(): A.Try {
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
    let orelse: readonly A.Stmt[] = NO_ITEMS;
    let finalbody: readonly A.Stmt[] = NO_ITEMS;
    if (handlers.length > 0 && this.accept("else")) {
      this.expect(":");
      orelse = this.block();
    }
    if (this.accept("finally")) {
      this.expect(":");
      finalbody = this.block();
    }
    if (handlers.length === 0 && finalbody.length === 0) this.fail();
    return { kind: "Try", body, handlers: fit(handlers), orelse, finalbody, start, end: this.prevEnd() };
  }

  protected withStmt(start: number, isAsync: boolean): A.With {
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
    return { kind: "With", items: fit(items), body, isAsync, start, end: this.prevEnd() };
  }

  protected decorated(): A.Stmt {
    const start = this.tok.start;
    const decorators: A.Expr[] = [];
    while (this.accept("@")) {
      decorators.push(this.decorator());
      if (this.tok.kind !== "newline") this.fail();
      this.i++;
    }
    const t = this.tok;
    if (this.is("def")) return this.funcDef(start, fit(decorators), false, t.start);
    if (this.is("class")) return this.classDef(start, fit(decorators), t.start);
    if (this.is("async") && this.peek().text === "def") {
      this.i++;
      return this.funcDef(start, fit(decorators), true, t.start);
    }
    this.fail();
  }

  /** decorator: '@' dotted_name ['(' [arglist] ')'] (py/grammar.h): no other expression. */
  protected decorator(): A.Expr {
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

  protected funcDef(start: number, decorators: readonly A.Expr[], isAsync: boolean, defStart = start): A.FunctionDef {
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

  protected classDef(start: number, decorators: readonly A.Expr[], classStart = start): A.ClassDef {
    this.expect("class");
    const name = this.name();
    let bases: readonly A.Expr[] = NO_ITEMS;
    let keywords: readonly A.Keyword[] = NO_ITEMS;
    let misplaced: A.ArgOrderError | undefined;
    let order: readonly ("a" | "k")[] | undefined;
    if (this.accept("(")) {
      [bases, keywords, misplaced, order] = this.callArgs();
      this.expect(")");
    }
    this.expect(":");
    const body = this.block();
    const node: A.ClassDef = { kind: "ClassDef", name, bases, keywords, body, decorators, classStart, start, end: this.prevEnd() };
    return { ...node, ...(misplaced ? { misplaced } : {}), ...(order ? { order } : {}) };
  }
}

export { constOf } from "./parse-base.js";
