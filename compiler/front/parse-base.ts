// The token cursor the parser reads with (py/parse.c keeps the same state: the current token,
// the rule depth, the `const` names seen), and the node helpers shared by the expression and
// statement parsers (compiler/front/parse-expr.ts, compiler/front/parser.ts).

import type * as A from "./ast.js";
import { CompileError } from "./diagnostics.js";
import { asNumber, type Num } from "./fold.js";
import type { Token } from "./lexer.js";

/**
 * Nesting deeper than this is refused with a clean error. Deep nesting that exhausts the JavaScript
 * stack first is refused the same way, at the token where it happened (Parser.parseModuleGuarded).
 */
const MAX_DEPTH = 200_000;

export const COMPARE_OPS = new Set(["<", ">", "==", ">=", "<=", "!="]);
export const BINARY_OPS = new Set(["|", "^", "&", "<<", ">>", "+", "-", "*", "@", "/", "//", "%"]);
export const AUG_OPS = new Set(["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|="]);

/** An operand already parsed (by test's shortcut), with the offset its expression started at. */
export interface Parsed {
  readonly e: A.Expr;
  readonly start: number;
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class ParserBase {
  protected i = 0;
  protected depth = 0;
  /** Names bound by `X = const(...)` and their values (py/parse.c parser->consts). */
  protected readonly consts = new Map<string, A.ConstValue>();
  /** Where the statement being parsed starts (its decorators or `async` included). */
  protected stmtStart = 0;

  constructor(protected readonly toks: Token[]) {}

  // ---- token helpers ----

  protected get tok(): Token {
    return this.at(this.i);
  }
  protected peek(n = 1): Token {
    return this.at(Math.min(this.i + n, this.toks.length - 1));
  }
  /** The token at `i`; reaching a lexical error raises it (MicroPython lexes as it parses). */
  protected at(i: number): Token {
    const t = this.toks[i]!;
    if (t.kind === "error") throw t.error!;
    return t;
  }
  protected prevEnd(): number {
    return this.toks[this.i - 1]?.end ?? 0;
  }
  protected is(text: string): boolean {
    const t = this.tok;
    return (t.kind === "op" || t.kind === "kw") && t.text === text;
  }
  protected accept(text: string): boolean {
    if (this.is(text)) {
      this.i++;
      return true;
    }
    return false;
  }
  protected expect(text: string): Token {
    if (!this.is(text)) this.fail();
    return this.toks[this.i++]!;
  }
  protected fail(tok: Token = this.tok): never {
    if (tok.kind === "indent") throw new CompileError("unexpectedIndent", tok.start);
    // MicroPython's lexer has already read the next line's indentation when the parser stops at
    // a newline, so a bad unindent there is what it reports.
    const after = this.toks[this.toks.indexOf(tok) + 1];
    if (tok.kind === "newline" && after?.kind === "error" && after.error!.kind === "IndentationError") throw after.error!;
    throw new CompileError("invalidSyntax", tok.start);
  }
  protected name(): string {
    if (this.tok.kind !== "name") this.fail();
    return this.taken(this.toks[this.i++]!).text;
  }
  /** A name token the parser takes: interned now, so one too long for a qstr fails here. */
  protected taken(t: Token): Token {
    if (t.tooLong) throw new CompileError("nameTooLong", t.start);
    return t;
  }
  protected enter(): void {
    if (++this.depth > MAX_DEPTH) throw new CompileError("nestingTooDeep", this.tok.start);
  }
  protected leave(): void {
    this.depth--;
  }

  protected atStmtEnd(): boolean {
    return this.tok.kind === "newline" || this.is(";") || this.tok.kind === "eof";
  }
}

export function constant(value: A.ConstValue, start: number, end: number): A.Constant {
  return { kind: "Constant", value, start, end };
}

/** The constant value of a node MicroPython's parser treats as constant (mp_parse_node_is_const). */
export function constOf(e: A.Expr): A.ConstValue | null {
  if (e.kind === "Constant") return e.value;
  if (e.kind === "Tuple" && e.elts.length === 0 && e.parenthesized) return { type: "tuple", items: [] };
  return null;
}

/** A tuple display whose items are all constants becomes one constant (py/parse.c build_tuple). */
export function tupleOrConst(elts: A.Expr[], parenthesized: boolean, start: number, end: number): A.Expr {
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

export function numOf(e: A.Expr): Num | null {
  return e.kind === "Constant" ? asNumber(e.value) : null;
}
