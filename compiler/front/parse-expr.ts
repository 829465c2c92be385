// Expressions of MicroPython's grammar (py/grammar.h, from testlist_star_expr down to atom), with
// the folding its parser does as it builds them (py/parse.c fold_constants, fold_logical_constants,
// MICROPY_COMP_MODULE_CONST), and the parameter lists lambdas and defs share.

import { joinBytes } from "../../bytecode/join-bytes.js";
import type * as A from "./ast.js";
import { constTruth, foldBinary, foldUnary, type Num } from "./fold.js";
import { fit, NO_ITEMS } from "./compact.js";
import { AUG_OPS, BINARY_OPS, COMPARE_OPS, constant, constOf, type Mutable, numOf, ParserBase, tupleOrConst, UNIT } from "./parse-base.js";

/** One operator rule's chain being parsed: its level, where it starts, its operands and operators so far. */
interface BinaryChain {
  readonly level: number;
  readonly start: number;
  readonly operands: A.Expr[];
  readonly operators: string[];
}

const BINARY_LEVEL = new Map<string, number>([
  ["|", 0], ["^", 1], ["&", 2], ["<<", 3], [">>", 3], ["+", 4], ["-", 4], ["*", 5], ["@", 5], ["/", 5], ["//", 5], ["%", 5],
]);

const MATH_CONSTS: Record<string, number> = { pi: Math.PI, e: Math.E, tau: 2 * Math.PI, inf: Infinity, nan: NaN };

export abstract class ExpressionParser extends ParserBase {
  protected parameters(close: string, annotations: boolean): A.Arguments {
    const a: Mutable<A.Arguments> = { args: NO_ITEMS, defaults: NO_ITEMS, vararg: null, bareStar: false, kwonlyargs: NO_ITEMS, kwDefaults: NO_ITEMS, kwarg: null };
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
          // A plain parameter has no line of its own in py/parse.c's tree: mpy-cross reports
          // this error at the line of the statement holding the def or lambda.
          else if (defaults.length > 0 && !a.defaultGap) a.defaultGap = { ...p, start: this.stmtStart, end: this.stmtStart };
        }
      }
      if (!this.accept(",")) break;
    }
    a.args = fit(args);
    a.defaults = fit(defaults);
    a.kwonlyargs = fit(kwonly);
    a.kwDefaults = fit(kwDefaults);
    return a;
  }

  protected param(annotations: boolean): A.Arg {
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
  protected testListStarExpr(): A.Expr {
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

  protected atExprListEnd(): boolean {
    const t = this.tok;
    if (t.kind === "newline" || t.kind === "eof") return true;
    return t.kind === "op" && ["=", ")", "]", "}", ":", ";", ...AUG_OPS].includes(t.text) || (t.kind === "kw" && t.text === "in");
  }

  /** testlist: tests and commas, no `*x` (py/grammar.h: return, yield and `for ... in`). */
  protected testList(): A.Expr {
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

  protected exprList(): A.Expr[] {
    const out = [this.is("*") ? this.starExpr() : this.bitOr()];
    while (this.accept(",")) {
      if (this.atExprListEnd()) break;
      out.push(this.is("*") ? this.starExpr() : this.bitOr());
    }
    return out;
  }

  protected exprListAsTarget(): A.Expr {
    const start = this.tok.start;
    const list = this.exprList();
    if (list.length === 1 && !(this.rawAt(this.i - 1).text === ",")) return list[0]!;
    return { kind: "Tuple", elts: fit(list), parenthesized: false, start, end: this.prevEnd() };
  }

  protected exprAsTarget(): A.Expr {
    return this.bitOr();
  }

  protected starExpr(): A.Starred {
    const start = this.expect("*").start;
    const value = this.bitOr();
    return { kind: "Starred", value, start, end: this.prevEnd() };
  }

  /** py/grammar.h takes any test before `:=`; the compiler rejects a target that is not a name. */
  protected namedExprTest(): A.Expr {
    const start = this.tok.start;
    const target = this.test();
    if (!this.is(":=")) return target;
    this.i++;
    const value = this.test();
    return { kind: "NamedExpr", target, value, start, end: this.prevEnd() };
  }

  protected test(): A.Expr {
    return this.nested(UNIT.test);
  }

  protected testHere(): A.Expr {
    if (this.is("lambda")) return this.lambda(false);
    const start = this.tok.start;
    // An operand with no operator after it (the common case, and every level of deep nesting)
    // skips the chain of precedence levels: fewer JavaScript frames per level of nesting.
    const pre = this.is("not") ? null : this.factor();
    const body = pre !== null && !this.atOperator() ? pre : this.orTest(pre, start);
    if (this.accept("if")) {
      const test = this.orTest();
      this.expect("else");
      const orelse = this.test();
      return { kind: "IfExp", test, body, orelse, start, end: this.prevEnd() };
    }
    return body;
  }

  /** At an operator that continues an expression after an operand (below `**`, taken by power). */
  protected atOperator(): boolean {
    const t = this.tok;
    if (t.kind === "op") return BINARY_OPS.has(t.text) || COMPARE_OPS.has(t.text);
    return t.kind === "kw" && (t.text === "if" || t.text === "and" || t.text === "or" || t.text === "in" || t.text === "not" || t.text === "is");
  }

  protected testNoCond(): A.Expr {
    return this.nested(UNIT.testNoCond);
  }

  protected testNoCondHere(): A.Expr {
    if (this.is("lambda")) return this.lambda(true);
    return this.orTest();
  }

  protected lambda(noCond: boolean): A.Lambda {
    const start = this.expect("lambda").start;
    const args = this.parameters(":", false);
    this.expect(":");
    const body = noCond ? this.testNoCond() : this.test();
    return { kind: "Lambda", args, body, start, end: this.prevEnd() };
  }

  // `pre`: an operand already parsed (by test's shortcut), starting at `preStart`.
  protected orTest(pre: A.Expr | null = null, preStart = 0): A.Expr {
    return this.boolChain("or", pre, preStart);
  }
  protected andTest(pre: A.Expr | null = null, preStart = 0): A.Expr {
    return this.boolChain("and", pre, preStart);
  }

  /** `a or b or c`: constants folded away as py/parse.c fold_logical_constants does. */
  protected boolChain(op: "and" | "or", pre: A.Expr | null, preStart: number): A.Expr {
    const start = pre !== null ? preStart : this.tok.start;
    const first = op === "or" ? this.andTest(pre, preStart) : this.notTest(pre, preStart);
    if (!this.is(op)) return first;
    const values = [first];
    while (this.accept(op)) values.push(op === "or" ? this.andTest() : this.notTest());
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
    return { kind: "BoolOp", op, values: fit(kept), start, end: this.prevEnd() };
  }

  protected notTest(pre: A.Expr | null = null, preStart = 0): A.Expr {
    if (pre !== null) return this.comparison(pre, preStart);
    if (this.is("not")) {
      const start = this.tok.start;
      this.i++;
      const operand = this.nested<A.Expr>(UNIT.not);
      const c = constOf(operand);
      if (c) return constant({ type: "bool", value: !constTruth(c) }, start, this.prevEnd());
      return { kind: "UnaryOp", op: "not", operand, start, end: this.prevEnd() };
    }
    return this.comparison();
  }

  protected comparison(pre: A.Expr | null = null, preStart = 0): A.Expr {
    const start = pre !== null ? preStart : this.tok.start;
    const left = this.bitOr(pre, preStart);
    // Made at the first comparison operator: most operands have none.
    let ops: A.CmpOp[] | null = null;
    let comparators: A.Expr[] | null = null;
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
      (ops ??= []).push(op);
      (comparators ??= []).push(this.bitOr());
    }
    if (ops === null || comparators === null) return left;
    return { kind: "Compare", left, ops: fit(ops), comparators: fit(comparators), start, end: this.prevEnd() };
  }

  /**
   * MicroPython's n-ary operator rules (expr, xor_expr, and_expr, shift_expr, arith_expr, term),
   * parsed in one loop by precedence: each rule's chain of operands is folded only when every
   * operand is a numeric constant, else it becomes left-nested BinOps.
   */
  protected bitOr(pre: A.Expr | null = null, preStart = 0): A.Expr {
    let eStart = pre !== null ? preStart : this.tok.start;
    let e = pre ?? this.factor();
    let level = this.binaryLevel();
    if (level < 0) return e;
    // The open chains, lowest precedence first.
    const chains: BinaryChain[] = [];
    do {
      let top = chains[chains.length - 1];
      while (top !== undefined && top.level > level) {
        top.operands.push(e);
        e = this.reduceChain(top);
        eStart = top.start;
        chains.pop();
        top = chains[chains.length - 1];
      }
      if (top !== undefined && top.level === level) top.operands.push(e);
      else chains.push({ level, start: eStart, operands: [e], operators: [] });
      chains[chains.length - 1]!.operators.push(this.tok.text);
      this.i++;
      eStart = this.tok.start;
      e = this.factor();
      level = this.binaryLevel();
    } while (level >= 0);
    for (let k = chains.length - 1; k >= 0; k--) {
      chains[k]!.operands.push(e);
      e = this.reduceChain(chains[k]!);
    }
    return e;
  }

  /** The precedence of the binary operator at the current token (0 for `|` to 5 for `*`), or -1. */
  private binaryLevel(): number {
    const t = this.tok;
    return t.kind === "op" ? BINARY_LEVEL.get(t.text) ?? -1 : -1;
  }

  private reduceChain(c: BinaryChain): A.Expr {
    const end = this.prevEnd();
    const folded = this.foldChain(c.operands, c.operators);
    if (folded) return { ...constant(folded, c.start, end), folded: true };
    let left = c.operands[0]!;
    for (let k = 0; k < c.operators.length; k++) {
      const right = c.operands[k + 1]!;
      left = { kind: "BinOp", left, op: c.operators[k] as A.Operator, right, start: c.start, end: right.end };
    }
    return left;
  }

  protected foldChain(operands: A.Expr[], operators: string[]): A.ConstValue | null {
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

  protected factor(): A.Expr {
    const t = this.tok;
    if (t.kind === "op" && (t.text === "-" || t.text === "+" || t.text === "~")) {
      this.i++;
      const operand = this.nested<A.Expr>(UNIT.factor);
      const n = numOf(operand);
      if (n) {
        const r = foldUnary(t.text, n);
        if (r) return { ...constant(r, t.start, this.prevEnd()), folded: true };
      }
      return { kind: "UnaryOp", op: t.text as "-" | "+" | "~", operand, start: t.start, end: this.prevEnd() };
    }
    return this.power();
  }

  protected power(): A.Expr {
    const start = this.tok.start;
    const base = this.atomExpr();
    if (this.accept("**")) {
      const exp = this.nested<A.Expr>(UNIT.factor);
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

  protected atomExpr(): A.Expr {
    const start = this.tok.start;
    if (this.is("await")) {
      this.i++;
      const value = this.atomTrailers();
      return { kind: "Await", value, start, end: this.prevEnd() };
    }
    return this.atomTrailers();
  }

  protected atomTrailers(): A.Expr {
    const start = this.tok.start;
    const atomTok = this.tok;
    let e = this.atom();
    let trailers = 0;
    for (;;) {
      // One look at the token for the three trailers (and for none, the usual case).
      const t = this.tok;
      if (t.kind !== "op") break;
      const trailerStart = t.start;
      if (t.text === "(") {
        this.i++;
        const [args, keywords, misplaced, order] = this.callArgs();
        this.expect(")");
        const call: A.Call = { kind: "Call", func: e, args, keywords, trailerStart, start, end: this.prevEnd() };
        e = misplaced || order ? { ...call, ...(misplaced ? { misplaced } : {}), ...(order ? { order } : {}) } : call;
      } else if (t.text === "[") {
        this.i++;
        const slice = this.subscriptList();
        this.expect("]");
        e = { kind: "Subscript", value: e, slice, trailerStart, start, end: this.prevEnd() };
      } else if (t.text === ".") {
        this.i++;
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

  /** A call's arguments, keywords, the first misplaced one, and their order if they interleave: lists as the tree keeps them. */
  protected callArgs(): [readonly A.Expr[], readonly A.Keyword[], A.ArgOrderError | undefined, readonly ("a" | "k")[] | undefined] {
    const args: A.Expr[] = [];
    // Made when the first keyword comes: most calls have none.
    let keywords: A.Keyword[] | null = null;
    // The arguments' kinds in source order, kept only once a positional one follows a keyword
    // (before that they are all the positional ones, then all the keywords).
    let order: ("a" | "k")[] | null = null;
    let misplaced: A.ArgOrderError | undefined;
    while (!this.is(")")) {
      const s = this.tok.start;
      if (this.accept("**")) {
        (keywords ??= []).push({ arg: null, value: this.test(), start: s, end: this.prevEnd() });
        order?.push("k");
      } else if (this.accept("*")) {
        const value = this.test();
        if (keywords?.some((k) => k.arg === null)) misplaced ??= { code: "starAfterDoubleStar", start: s };
        args.push({ kind: "Starred", value, start: s, end: this.prevEnd() });
        if (keywords !== null) order = interleave(order, args.length, keywords.length);
      } else if (this.tok.kind === "name" && this.peek().text === "=" && this.peek().kind === "op") {
        const arg = this.name();
        this.i++;
        (keywords ??= []).push({ arg, value: this.test(), start: s, end: this.prevEnd() });
        order?.push("k");
      } else {
        let value = this.namedExprTest();
        if (this.atCompFor()) {
          // py/grammar.h's argument takes `test := test` or `test comp_for`, not both.
          if (value.kind === "NamedExpr" && value.end === this.prevEnd()) this.fail();
          const generators = this.compFor();
          value = { kind: "GeneratorExp", elt: value, generators, bare: true, start: s, end: this.prevEnd() };
        } else if (this.is("=") && value.kind !== "NamedExpr") {
          // py/grammar.h parses any `test '=' test` as a keyword argument (`(a)=1` is `a=1`); the
          // compiler then rejects a left side that is not a name, so a parse error later in the file comes first.
          this.i++;
          (keywords ??= []).push({ arg: value.kind === "Name" ? value.id : "", value: this.test(), start: s, end: this.prevEnd() });
          order?.push("k");
          if (value.kind !== "Name") misplaced ??= { code: "keywordLhsNotId", start: s };
          if (!this.accept(",")) break;
          continue;
        }
        if (keywords !== null) {
          misplaced ??= { code: keywords.some((k) => k.arg === null) ? "positionalAfterDoubleStar" : "positionalAfterKeyword", start: s };
        }
        args.push(value);
        if (keywords !== null) order = interleave(order, args.length, keywords.length);
      }
      if (!this.accept(",")) break;
    }
    return [fit(args), keywords === null ? NO_ITEMS : fit(keywords), misplaced, order === null ? undefined : fit(order)];
  }

  protected subscriptList(): A.Expr {
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

  protected subscript(): A.Expr {
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
  protected atCompFor(): boolean {
    return this.is("for");
  }

  /** The items after `first` of a comma-separated display, up to (and without) `close`. */
  protected itemsUntil(first: A.Expr, close: string, item: () => A.Expr): A.Expr[] {
    const elts = [first];
    while (this.accept(",")) {
      if (this.is(close)) break;
      elts.push(item());
    }
    return elts;
  }

  /** The `for ... in ... if ...` clauses of a comprehension, then its closing bracket. */
  protected compForThen(close: string): readonly A.Comprehension[] {
    const generators = this.compFor();
    this.expect(close);
    return generators;
  }

  protected compFor(): readonly A.Comprehension[] {
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
      gens.push({ target, iter, ifs: fit(ifs), isAsync, start, end: this.prevEnd() });
    }
    return fit(gens);
  }

  protected yieldExpr(): A.Expr {
    const start = this.expect("yield").start;
    if (this.accept("from")) {
      const value = this.test();
      return { kind: "YieldFrom", value, start, end: this.prevEnd() };
    }
    const value = this.is(")") || this.atStmtEnd() || this.is("=") ? null : this.testList();
    return { kind: "Yield", value, start, end: this.prevEnd() };
  }

  protected atom(): A.Expr {
    const t = this.tok;
    const start = t.start;
    switch (t.kind) {
      case "name": {
        this.i++;
        this.taken(t);
        const c = this.consts.size > 0 ? this.consts.get(t.text) : undefined;
        if (c) return { ...constant(c, start, t.end), viaConst: true };
        return { kind: "Name", id: t.text, start, end: t.end };
      }
      case "int":
        this.i++;
        return constant({ type: "int", value: t.value as bigint }, start, t.end);
      case "float":
        this.i++;
        return constant({ type: "float", value: t.value as number }, start, t.end);
      case "imag":
        this.i++;
        return constant({ type: "complex", imag: t.value as number }, start, t.end);
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
        if (t.text === "(") return this.nested(UNIT.paren);
        if (t.text === "[") return this.nested(UNIT.list);
        if (t.text === "{") return this.nested(UNIT.brace);
        break;
    }
    this.fail();
  }

  /** Adjacent literals joined (f-strings were already joined and rewritten by the lexer). */
  protected strings(): A.Expr {
    const first = this.tok;
    const start = first.start;
    const kind = first.kind;
    let text = "";
    const parts: Uint8Array[] = [];
    for (let t = first; t.kind === "string" || t.kind === "bytes"; t = this.tok) {
      if (t.kind !== kind) this.fail();
      if (kind === "string") text += t.text;
      else parts.push(t.value as Uint8Array);
      this.i++;
    }
    const end = this.prevEnd();
    if (kind === "string") return constant({ type: "str", value: text }, start, end);
    return constant({ type: "bytes", value: parts.length === 1 ? parts[0]! : joinBytes(parts) }, start, end);
  }

  protected parenAtom(): A.Expr {
    const start = this.expect("(").start;
    if (this.accept(")")) return { kind: "Tuple", elts: NO_ITEMS, parenthesized: true, start, end: this.prevEnd() };
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
  }

  protected listAtom(): A.Expr {
    const start = this.expect("[").start;
    if (this.accept("]")) return { kind: "List", elts: NO_ITEMS, start, end: this.prevEnd() };
    const first = this.is("*") ? this.starExpr() : this.namedExprTest();
    if (this.atCompFor()) {
      const generators = this.compForThen("]");
      return { kind: "ListComp", elt: first, generators, start, end: this.prevEnd() };
    }
    const elts = this.itemsUntil(first, "]", () => (this.is("*") ? this.starExpr() : this.namedExprTest()));
    this.expect("]");
    return { kind: "List", elts: fit(elts), start, end: this.prevEnd() };
  }

  protected braceAtom(): A.Expr {
    const start = this.expect("{").start;
    if (this.accept("}")) return { kind: "Dict", keys: NO_ITEMS, values: NO_ITEMS, start, end: this.prevEnd() };
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
    const elts = [first];
    let badValue: A.Expr | undefined;
    while (this.accept(",") && !this.is("}")) {
      const item = this.test();
      if (badValue === undefined) elts.push(item);
      if (this.accept(":")) {
        const value = this.test();
        badValue ??= value;
      }
    }
    this.expect("}");
    return badValue ? { kind: "Set", elts: fit(elts), badValue, start, end: this.prevEnd() } : { kind: "Set", elts: fit(elts), start, end: this.prevEnd() };
  }

  protected dictRest(start: number, keys: (A.Expr | null)[], values: A.Expr[]): A.Expr {
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
    return badItem ? { kind: "Dict", keys: fit(keys), values: fit(values), badItem, start, end: this.prevEnd() } : { kind: "Dict", keys: fit(keys), values: fit(values), start, end: this.prevEnd() };
  }
}

/**
 * A call's argument kinds in source order once positional argument number `nArgs` follows a
 * keyword: `order` so far, or, at the first such, the `nArgs - 1` positional ones and `nKeywords`
 * keywords before it.
 */
function interleave(order: ("a" | "k")[] | null, nArgs: number, nKeywords: number): ("a" | "k")[] {
  const o = order ?? [...new Array<"a">(nArgs - 1).fill("a"), ...new Array<"k">(nKeywords).fill("k")];
  o.push("a");
  return o;
}
