// The token cursor the parser reads with (py/parse.c keeps the same state: the current token,
// the rule depth, the `const` names seen), and the node helpers shared by the expression and
// statement parsers (compiler/front/parse-expr.ts, compiler/front/parser.ts).

import type * as A from "./ast.js";
import { fit, NO_ITEMS } from "./compact.js";
import { CompileError } from "./diagnostics.js";
import { asNumber, type Num } from "./fold.js";
import type { Token, TokenStream } from "./lexer.js";

/** Nesting deeper than this is refused with a clean error, at the token where it got too deep. */
const MAX_DEPTH = 200_000;

/**
 * Levels of nesting one segment of the parse holds on the JavaScript stack. At this depth the parse
 * of the statement unwinds and restarts, first at the level halfway down, then from the top again
 * with that level's result reused, so nesting of any depth uses a bounded JavaScript stack: about
 * 2.4 KB a level in the costliest shape (nested comprehensions), 150 KB for a segment.
 */
const SEGMENT = 64;
const RESTART = SEGMENT / 2;
/**
 * Restarts redo the levels above the restart point, and the items before it in their displays, so
 * a statement holding very many deep items would cost the square of its size. Past this many nested
 * parses a token (and a constant), the statement is parsed again in plain recursion: as deep as the
 * JavaScript stack lets it, as it was before segments, in time linear in its size.
 */
const WORK_PER_TOKEN = 16;
const WORK_CONSTANT = 100_000;

/**
 * The nested parses a segment can restart at: each a method that takes no argument and starts at the
 * current token (Parser.parseUnit).
 */
export const UNIT = { stmt: 0, test: 1, testNoCond: 2, block: 3, factor: 4, not: 5, paren: 6, list: 7, brace: 8 } as const;
export type Unit = (typeof UNIT)[keyof typeof UNIT];
const UNITS = 9;

/** Thrown to unwind a segment that got SEGMENT levels deep. */
const DEEP: unique symbol = Symbol("deep");

/**
 * Thrown when a segment must restart at a token already let go (see releaseBehind): the caller
 * parses the source again, holding each top-level statement's tokens to its end.
 */
export const TOKENS_LET_GO: unique symbol = Symbol("tokens let go");

/** Tokens the parser may hold behind the current one before it lets them go inside a statement. */
const KEEP_BEHIND = 4096;

/** A nested parse done in an earlier pass over the statement: its result and the state after it. */
interface Done {
  readonly node: unknown;
  readonly end: number;
  readonly stmtStart: number;
  /** The `const` names it bound, with their values. */
  readonly consts: readonly (readonly [string, A.ConstValue | undefined])[];
}

/** Where a segment starts: the unit, its token, and the state there. */
interface SegmentStart {
  readonly unit: Unit;
  readonly tok: number;
  readonly stmtStart: number;
  readonly constLog: number;
  readonly depth: number;
}

export const COMPARE_OPS = new Set(["<", ">", "==", ">=", "<=", "!="]);
export const BINARY_OPS = new Set(["|", "^", "&", "<<", ">>", "+", "-", "*", "@", "/", "//", "%"]);
export const AUG_OPS = new Set(["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|="]);

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export abstract class ParserBase {
  protected i = 0;
  /** Levels of nesting at the current token, and where the current segment started. */
  private depth = 0;
  private base = 0;
  /** The unit, token and state at each level of the current segment (index: depth - base). */
  // Plain arrays: a parser is made for every source, and a typed array costs several times more to make.
  private readonly pathUnit: number[] = new Array<number>(SEGMENT).fill(0);
  private readonly pathTok: number[] = new Array<number>(SEGMENT).fill(0);
  private readonly pathStmt: number[] = new Array<number>(SEGMENT).fill(0);
  private readonly pathLog: number[] = new Array<number>(SEGMENT).fill(0);
  /** Nested parses already done, by token and unit; only while a statement is parsed in segments. */
  private memo: Map<number, Done> | null = null;
  /** Nested parses begun for the current top-level statement, and whether it no longer restarts. */
  private work = 0;
  private plain = false;
  /** Names bound by `X = const(...)` and their values (py/parse.c parser->consts). */
  protected readonly consts = new Map<string, A.ConstValue>();
  /** Each binding of `consts`, with the value it replaced, so a restarted segment can undo it. */
  private readonly constLog: [string, A.ConstValue | undefined][] = [];
  /** Where the statement being parsed starts (its decorators or `async` included). */
  protected stmtStart = 0;

  /** The tokens from `winBase` on that the parser has asked for and not yet released. */
  private win: Token[] = [];
  private winBase = 0;
  /** A segment of the current top-level statement has restarted: its tokens must stay to its end. */
  private restarted = false;

  /**
   * `releaseInside`: tokens are let go inside a top-level statement too, as the parser passes them,
   * until a segment restarts (a statement nesting deeper than a segment, which real code seldom does).
   */
  constructor(
    private readonly stream: TokenStream,
    private readonly releaseInside: boolean,
  ) {}

  // ---- token helpers ----

  protected get tok(): Token {
    return this.at(this.i);
  }
  protected peek(n = 1): Token {
    return this.at(this.i + n);
  }
  /** The token at `i` (the last, past the end); reaching a lexical error raises it (MicroPython lexes as it parses). */
  protected at(i: number): Token {
    const t = this.win[i - this.winBase] ?? this.fill(i);
    if (t.kind === "error") throw t.more!.error!;
    return t;
  }
  /** The token at `i`, an error token as it is. */
  protected rawAt(i: number): Token {
    return this.win[i - this.winBase] ?? this.fill(i);
  }
  private fill(i: number): Token {
    if (this.releaseInside && (!this.restarted || this.plain) && this.i - 1 - this.winBase >= KEEP_BEHIND) this.release();
    while (i - this.winBase >= this.win.length) {
      if (!this.stream.next(this.win)) return this.win[this.win.length - 1]!;
    }
    return this.win[i - this.winBase]!;
  }
  /** Lets the tokens before the previous one go: between top-level statements, which no restart goes back past, and inside one (fill). */
  protected release(): void {
    const drop = this.i - 1 - this.winBase;
    if (drop < 1024) return;
    this.win = this.win.slice(drop);
    this.winBase += drop;
    this.stream.release(drop);
  }
  protected prevEnd(): number {
    return this.i > 0 ? this.rawAt(this.i - 1).end : 0;
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
    return this.rawAt(this.i++);
  }
  protected fail(tok: Token = this.tok): never {
    if (tok.kind === "indent") throw new CompileError("unexpectedIndent", tok.start);
    // MicroPython's lexer has already read the next line's indentation when the parser stops at
    // a newline, so a bad unindent there is what it reports.
    const k = this.win.indexOf(tok);
    const after = k >= 0 ? this.rawAt(this.winBase + k + 1) : undefined;
    if (tok.kind === "newline" && after?.kind === "error" && after.more!.error!.kind === "IndentationError") throw after.more!.error!;
    throw new CompileError("invalidSyntax", tok.start);
  }
  protected name(): string {
    if (this.tok.kind !== "name") this.fail();
    return this.taken(this.rawAt(this.i++)).text;
  }
  /** A name token the parser takes: interned now, so one too long for a qstr fails here. */
  protected taken(t: Token): Token {
    if (t.more?.tooLong) throw new CompileError("nameTooLong", t.start);
    return t;
  }
  /** Parses `unit` at the current token. */
  protected abstract parseUnit(unit: Unit): unknown;

  /** Parses `unit` at the current token one level deeper: the one way the parser nests. */
  protected nested<T>(unit: Unit): T {
    if (this.memo !== null) {
      const done = this.memo.get(this.i * UNITS + unit);
      if (done !== undefined) return this.reuse(done) as T;
    }
    const rel = ++this.depth - this.base;
    this.work++;
    if (rel >= SEGMENT && !this.plain) throw DEEP;
    if (this.depth > MAX_DEPTH) throw new CompileError("nestingTooDeep", this.tok.start);
    this.pathUnit[rel] = unit;
    this.pathTok[rel] = this.i;
    this.pathStmt[rel] = this.stmtStart;
    this.pathLog[rel] = this.constLog.length;
    const node = this.parseUnit(unit) as T;
    this.depth--;
    return node;
  }

  /**
   * Parses `unit` at the current token in segments of at most SEGMENT levels: a segment that gets
   * deeper unwinds, the level halfway down it is parsed as a segment of its own, and the first is
   * parsed again, taking that level's result as it is. Each level is thus parsed a bounded number of
   * times, in the same order as one recursive descent would, so errors come in the same order.
   */
  protected segmented<T>(unit: Unit): T {
    const segments: SegmentStart[] = [{ unit, tok: this.i, stmtStart: this.stmtStart, constLog: this.constLog.length, depth: this.depth }];
    this.work = 0;
    this.plain = false;
    this.restarted = false;
    for (;;) {
      const s = segments[segments.length - 1]!;
      this.i = s.tok;
      this.stmtStart = s.stmtStart;
      this.undoConsts(s.constLog);
      this.depth = this.base = s.depth;
      let node: unknown;
      try {
        node = this.parseUnit(s.unit);
      } catch (e) {
        if (e !== DEEP) throw e;
        if (this.winBase > segments[0]!.tok) throw TOKENS_LET_GO;
        this.restarted = true;
        if (this.work > WORK_PER_TOKEN * (this.winBase + this.win.length - segments[0]!.tok) + WORK_CONSTANT) {
          this.plain = true;
          segments.length = 1;
          continue;
        }
        const at = RESTART;
        segments.push({ unit: this.pathUnit[at] as Unit, tok: this.pathTok[at]!, stmtStart: this.pathStmt[at]!, constLog: this.pathLog[at]!, depth: this.base + at });
        continue;
      }
      segments.pop();
      if (segments.length === 0) {
        this.memo = null;
        return node as T;
      }
      const consts = this.constLog.slice(s.constLog).map(([name]) => [name, this.consts.get(name)] as const);
      (this.memo ??= new Map()).set(s.tok * UNITS + s.unit, { node, end: this.i, stmtStart: this.stmtStart, consts });
    }
  }

  private reuse(done: Done): unknown {
    this.i = done.end;
    this.stmtStart = done.stmtStart;
    for (const [name, value] of done.consts) this.bindConst(name, value);
    return done.node;
  }

  protected bindConst(name: string, value: A.ConstValue | undefined): void {
    this.constLog.push([name, this.consts.get(name)]);
    if (value === undefined) this.consts.delete(name);
    else this.consts.set(name, value);
  }

  private undoConsts(length: number): void {
    while (this.constLog.length > length) {
      const [name, old] = this.constLog.pop()!;
      if (old === undefined) this.consts.delete(name);
      else this.consts.set(name, old);
    }
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
  if (e.kind === "Tuple" && e.elts.length === 0 && e.parenthesized) return { type: "tuple", items: NO_ITEMS };
  return null;
}

/** A tuple display whose items are all constants becomes one constant (py/parse.c build_tuple). */
export function tupleOrConst(elts: A.Expr[], parenthesized: boolean, start: number, end: number): A.Expr {
  const items: A.ConstValue[] = [];
  for (const e of elts) {
    const c = constOf(e);
    if (!c) return { kind: "Tuple", elts: fit(elts), parenthesized, start, end };
    items.push(c);
  }
  const node = constant({ type: "tuple", items: fit(items) }, start, end);
  // A parenthesised tuple is built by a rule inside the brackets: for two or more items the one
  // that starts after the first comma, so MicroPython records the line of the second item, for
  // one item the line of that item (py/parse.c build_tuple).
  if (!parenthesized) return node;
  return { ...node, lineAt: elts[Math.min(1, elts.length - 1)]!.start };
}

export function numOf(e: A.Expr): Num | null {
  return e.kind === "Constant" ? asNumber(e.value) : null;
}
