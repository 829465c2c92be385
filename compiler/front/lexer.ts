// Source text -> tokens with offsets, as MicroPython's lexer sees them (py/lexer.c): indentation as
// INDENT/DEDENT, newlines only outside brackets, string escapes decoded, `__debug__` replaced by its
// value, and f-strings rewritten into `"...".format(...)` token sequences the way py/lexer.c does.
// Tokens come in batches as the parser asks for them (TokenStream), as py/lexer.c lexes as it parses.

import { type MemoryBudget, memoryBudget, STRING_BYTE_COST } from "./budget.js";
import { CompileError } from "./diagnostics.js";
import { parseFloatLiteral } from "../../bytecode/longdouble.js";
import { isEscapedByte, pushUtf8 } from "../../bytecode/wtf8.js";
import { bytesToString, stringToBytes } from "./bytestr.js";
import { hashOf, hashStep, INTERNED_STRING_LEN, NameTable } from "./names.js";
import { FStringJoiner } from "./fstring-join.js";
import { InjectedLines } from "./source.js";
import type { FArg, LexOptions, Token, TokenKind, TokenMore } from "./token.js";

export type { LexOptions, Token, TokenKind, TokenMore } from "./token.js";

export const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

// Longest first, so that maximal munch picks "**=" before "**" before "*".
const OPERATORS = [
  "**=", "//=", ">>=", "<<=", "...", "->", ":=",
  "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
  "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":",
  ".", ";", "=",
];

/**
 * A string literal starts here: an optional prefix, then a quote. Prefixes are lower case only, as
 * py/lexer.c is_string_or_bytes reads them (`R'a'` is the name R, then a string).
 */
const STRING_START = /^(?:[rubf]|rf|fr|rb|br)?['"]/;

/** The operators by the code of their first character, longest first: a token needs one index and a few compares. */
const OPERATORS_BY_FIRST: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(128).fill(undefined);
for (const op of OPERATORS) OPERATORS_BY_FIRST[op.charCodeAt(0)] = [...(OPERATORS_BY_FIRST[op.charCodeAt(0)] ?? []), op];

/** The operator at `p` of `src`, whose first character's code is `c`, or null. */
function operatorAt(src: string, p: number, c: number): string | null {
  const ops = c < 128 ? OPERATORS_BY_FIRST[c] : undefined;
  if (ops === undefined) return null;
  for (const op of ops) {
    if (op.length === 1) return op;
    if (op.charCodeAt(1) === src.charCodeAt(p + 1) && (op.length === 2 || op.charCodeAt(2) === src.charCodeAt(p + 2))) return op;
  }
  return null;
}

const isQuote = (c: number) => c === 39 || c === 34;

/** The string prefix at `p`, whose code is `c`, if a quote follows it (STRING_START without a slice and a regex per name). */
function stringPrefixAt(src: string, p: number, c: number): string | null {
  // r, b, u, f: the characters that may start a prefix.
  if (c !== 114 && c !== 98 && c !== 117 && c !== 102) return null;
  if (isQuote(src.charCodeAt(p + 1))) return src[p]!;
  if (!isQuote(src.charCodeAt(p + 2))) return null;
  const two = src.slice(p, p + 2);
  return two === "rf" || two === "fr" || two === "rb" || two === "br" ? two : null;
}

// Any non-ASCII character, whatever it is, is part of a name: py/lexer.c is_head_of_identifier
// takes every byte >= 0x80, and names are not normalised.
function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isIdChar(c: number): boolean {
  return isIdStart(c) || isDigit(c);
}
/** A character a number token runs on through (lexNumber): an ASCII letter or digit, '_' or '.'. */
function isNumberChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46 || isDigit(c);
}

export function tokenize(src: string, options: LexOptions): Token[] {
  return tokenizeWithLines(src, options).toks;
}

/** An f-string argument's text lexed as py/lexer.c injects it: tokens, and nested f-strings' argument texts. */
function lexArgument(text: string, options: LexOptions, start: number): FArg {
  const newlinesBefore = (at: number) => text.slice(0, at).split("\n").length - 1;
  const joiner = new FStringJoiner(true, lexArgument);
  // Charged here for what it keeps: not the argument's end of line, nor its own lexer's.
  const budget = options.budget;
  const all = joiner.join(new Lexer(text, { ...options, budget: undefined }).run());
  const nested = joiner.nested;
  const toks = all
    .filter((t) => t.kind !== "newline" && t.kind !== "eof" && t.kind !== "indent" && t.kind !== "dedent")
    .map((t) => ({ ...(t.kind === "error" ? { ...t, more: { error: new CompileError("invalidSyntax", start) } } : t), nl: newlinesBefore(t.start) }));
  if (budget !== undefined) {
    budget.startExpression();
    for (const t of toks) budget.token(t.kind, t.text, start, start + (t.end - t.start));
  }
  return { text, toks, newlines: newlinesBefore(text.length), nested };
}

/**
 * Tokens, and the newlines py/lexer.c counts that are not in the source: those of f-string
 * arguments, which its line counter passes twice (in the literal, then injected). Offsets of the
 * tokens are in the text with those newlines inserted (source.ts InjectedLines).
 */
export function tokenizeWithLines(src: string, options: LexOptions): { toks: Token[]; injected: InjectedLines } {
  const stream = new TokenStream(src, options);
  const toks: Token[] = [];
  while (stream.next(toks)) {
    /* each batch is added to `toks` */
  }
  return { toks, injected: stream.injected };
}

/** Tokens of a source in batches, lexed as the parser asks for them: the parser holds a few at a time. */
export class TokenStream {
  private readonly lexer: Lexer;
  private readonly joiner = new FStringJoiner(false, lexArgument);
  /**
   * Each identifier met so far that is longer than INTERNED_STRING_LEN, with the offset of its
   * first token: the names a str literal's qstr-ness depends on (shorter literals are qstrs anyway).
   */
  readonly names = new Map<string, number>();

  private readonly budget: MemoryBudget;

  constructor(src: string, options: LexOptions) {
    this.budget = options.budget ?? memoryBudget(src);
    this.lexer = new Lexer(src, { ...options, budget: this.budget, names: options.names ?? new NameTable() });
  }

  /** The parser has let go of `count` tokens. */
  release(count: number): void {
    this.budget.release(count);
  }

  /** Adds the next batch (never ending inside a run of adjacent string literals) to `into`; false after the last. */
  next(into: Token[]): boolean {
    const from = into.length;
    if (!this.lexer.next(into)) return false;
    if (this.joiner.joins(into, from)) {
      const joined = this.joiner.join(into.slice(from));
      into.length = from;
      for (const t of joined) into.push(t);
    }
    for (let k = from; k < into.length; k++) {
      const t = into[k]!;
      if (t.kind === "name" && t.text.length > INTERNED_STRING_LEN && !this.names.has(t.text)) this.names.set(t.text, t.start);
    }
    if (into.length > from) this.budget.hold(into.length - from, into[from]!.start);
    return true;
  }

  /** The newlines inserted for f-string arguments so far (all of them once the last batch is read). */
  get injected(): InjectedLines {
    return this.joiner.injected;
  }
}

/**
 * A raw byte 0xff in an f-string argument, as mpy-cross on a host with signed `char` reads it back
 * from the injected text: as EOF (py/lexer.c next_char), which becomes a newline unless the byte
 * before it was a newline or EOF; an EOF that stays ends the tokens (here: an invalid character).
 */
function injectedFF(arg: string): string {
  if (!arg.includes("\udcff")) return arg;
  let out = "";
  let prev = "(";
  for (const ch of arg) {
    const c = ch === "\udcff" ? (prev === "\n" || prev === "$" ? "$" : "\n") : ch;
    out += c;
    prev = c;
  }
  return out;
}

/**
 * Where the body of a string literal starting at `p` ends (its closing quote, of code `q`), if the
 * body is ASCII without a backslash or CR, so that its text is its bytes; else -1.
 */
function plainBodyEnd(src: string, p: number, q: number, triple: boolean): number {
  for (; p < src.length; p++) {
    const c = src.charCodeAt(p);
    if (c === q) {
      if (!triple || (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q)) return p;
    } else if (c === 92 || c === 13 || c >= 0x80 || (c === 10 && !triple)) return -1;
  }
  return -1;
}

/** The byte each one-character escape stands for (`\\n` is 10), by the character's code; -1 for others. */
const SIMPLE_ESCAPES = new Int16Array(128).fill(-1);
for (const [c, b] of [["\\", 92], ["'", 39], ['"', 34], ["a", 7], ["b", 8], ["f", 12], ["n", 10], ["r", 13], ["t", 9], ["v", 11]] as const) {
  SIMPLE_ESCAPES[c.charCodeAt(0)] = b;
}
const isOctal = (c: number) => c >= 48 && c <= 55;
const HEX = /^[0-9a-fA-F]+$/;

/** Tokens a batch holds at least (Lexer.next). */
const BATCH = 256;

class Lexer {
  private pos = 0;
  private depth = 0;
  private readonly indents: number[] = [0];
  /** The list the batch is added to (Lexer.next), and where in it the batch starts. */
  private out: Token[] = [];
  private batchStart = 0;
  private atLineStart = true;
  private continuedAtEnd = false;
  /** The kind of the last token made, and where the last NEWLINE token started. */
  private lastKind: TokenKind | null = null;
  private lastNewline = -1;
  private finished = false;

  /** One string for every occurrence of a name, so that the tree holds each name once. */
  private readonly names: NameTable;
  /** Whether the source has a CR: without one, a line ends at the next LF. */
  private readonly hasCR: boolean;

  constructor(private readonly src: string, private readonly options: LexOptions) {
    this.hasCR = src.includes("\r");
    this.names = options.names ?? new NameTable();
  }

  /** The offset of the line break that ends the line at `p`, or the source's end. */
  private lineEnd(p: number): number {
    const src = this.src;
    if (!this.hasCR) {
      const lf = src.indexOf("\n", p);
      return lf < 0 ? src.length : lf;
    }
    while (p < src.length && src.charCodeAt(p) !== 10 && src.charCodeAt(p) !== 13) p++;
    return p;
  }

  /** The bytes MicroPython reads for src[start, end), as a byte string. */
  private byteString(start: number, end: number): string {
    const src = this.src;
    let ascii = true;
    for (let i = start; i < end && ascii; i++) ascii = src.charCodeAt(i) < 0x80;
    if (ascii) return src.slice(start, end);
    const bytes: number[] = [];
    for (let i = start; i < end; ) i = this.sourceBytes(i, bytes);
    return bytesToString(bytes);
  }

  /** Appends the bytes of the source character at `p` (raw for a surrogate escape); returns the next offset. */
  private sourceBytes(p: number, out: number[]): number {
    const cp = this.src.codePointAt(p)!;
    if (this.options.rawBytes && isEscapedByte(cp)) out.push(cp & 0xff);
    else pushUtf8(out, cp);
    return p + (cp > 0xffff ? 2 : 1);
  }

  /**
   * The character after a backslash that is kept (raw literal, unknown escape). py/lexer.c adds its
   * first byte to a str as a code point (so a UTF-8 lead byte is encoded again) and the rest as
   * they are; a bytes literal takes the bytes as they are. CR LF reads as LF.
   */
  private charAfterBackslash(p: number, isBytes: boolean, out: number[]): number {
    const src = this.src;
    if (src[p] === "\r") {
      out.push(10);
      return src[p + 1] === "\n" ? p + 2 : p + 1;
    }
    const bytes: number[] = [];
    const next = this.sourceBytes(p, bytes);
    if (isBytes) for (const b of bytes) out.push(b);
    else {
      pushUtf8(out, bytes[0]!);
      for (let k = 1; k < bytes.length; k++) out.push(bytes[k]!);
    }
    return next;
  }

  private fail(offset: number): never {
    throw new CompileError("invalidSyntax", offset);
  }

  private push(kind: TokenKind, text: string, start: number, end: number, value?: bigint | number | Uint8Array, more?: TokenMore): void {
    this.options.budget?.token(kind, text, start, end);
    // Every token the lexer makes has one shape, so the parser's reads of them stay monomorphic.
    this.out.push({ kind, text, start, end, value, more });
    this.lastKind = kind;
    if (kind === "newline") this.lastNewline = start;
  }

  /**
   * Tokenises the whole source. A lexical error becomes a final "error" token, so that, as with
   * MicroPython's incremental lexer, a syntax error earlier in the file is reported first.
   */
  run(): Token[] {
    const all: Token[] = [];
    while (this.next(all)) {
      /* each batch is added to `all` */
    }
    return all;
  }

  /**
   * Adds the next BATCH tokens or more to `into`, up to a token that is not a string literal (so a
   * run of adjacent literals is never split); false after the end or an error. Added where the
   * reader keeps them, the tokens are not copied from a batch of their own.
   */
  next(into: Token[]): boolean {
    if (this.finished) return false;
    this.out = into;
    this.batchStart = into.length;
    try {
      this.scan(BATCH);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      const err = this.inStringRun(e);
      this.out.push({ kind: "error", text: "", start: err.offset, end: err.offset, value: undefined, more: { error: err } });
      this.finished = true;
    }
    this.out = [];
    return true;
  }

  /**
   * py/lexer.c joins adjacent string literals into one token as it reads them, so a bad literal
   * after others (on the same line, or on later lines inside brackets) fails at the first one.
   */
  private inStringRun(e: CompileError): CompileError {
    let i = this.out.length;
    while (i > this.batchStart && (this.out[i - 1]!.kind === "string" || this.out[i - 1]!.kind === "fstring")) i--;
    if (i === this.out.length || !STRING_START.test(this.src.slice(e.offset, e.offset + 3))) return e;
    return e.at(this.out[i]!.start);
  }

  /** Lexes until the batch holds `min` tokens and does not end in a string literal, or to the end. */
  private scan(min: number): Token[] {
    const src = this.src;
    while (this.out.length - this.batchStart < min || this.lastKind === "string" || this.lastKind === "fstring") {
      if (this.atLineStart && this.depth === 0) {
        if (this.handleIndent()) continue;
      }
      if (this.pos >= src.length) break;
      const c = src.charCodeAt(this.pos);
      // py/unicode.c unichar_isspace: space, tab, vertical tab and form feed.
      if (c === 32 || c === 9 || c === 12 || c === 11) {
        this.pos++;
        continue;
      }
      // #
      if (c === 35) {
        this.pos = this.lineEnd(this.pos);
        continue;
      }
      // backslash
      if (c === 92) {
        const nl = src[this.pos + 1];
        if (nl === "\n") this.pos += 2;
        else if (nl === "\r") this.pos += src[this.pos + 2] === "\n" ? 3 : 2;
        // A backslash ending the file continues onto the newline the lexer adds there.
        else if (nl === undefined) this.pos += 1;
        else this.fail(this.pos);
        // A continuation that takes the file's last newline leaves the line without NEWLINE.
        this.continuedAtEnd = this.pos >= src.length;
        continue;
      }
      if (c === 10 || c === 13) {
        const start = this.pos;
        this.pos += c === 13 && src.charCodeAt(this.pos + 1) === 10 ? 2 : 1;
        if (this.depth === 0) {
          this.push("newline", "\n", start, start + 1);
          this.atLineStart = true;
        }
        continue;
      }
      this.lexToken();
    }
    if (this.pos < src.length) return this.out;
    // py/lexer.c adds a newline to a file that does not end with one: the last line gets its
    // NEWLINE, and the closing dedents and the end come after it (one past the text's end).
    this.finished = true;
    const endPos = src.length;
    const last = this.lastKind;
    if (last !== null && last !== "newline" && last !== "dedent" && last !== "indent" && !this.continuedAtEnd && this.depth === 0) {
      this.push("newline", "\n", endPos, endPos);
    }
    const eofPos = src.length === 0 || /[\n\r]$/.test(src) ? endPos : endPos + 1;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push("dedent", "", eofPos, eofPos);
    }
    this.push("eof", "", eofPos, eofPos);
    return this.out;
  }

  /** Measures the indent of a new logical line; returns true if the line was blank. */
  private handleIndent(): boolean {
    const src = this.src;
    let col = 0;
    let p = this.pos;
    for (; p < src.length; p++) {
      const c = src.charCodeAt(p);
      if (c === 32) col++;
      else if (c === 9) col = (col + 8) & ~7;
      // py/lexer.c next_char: a form feed or vertical tab is one column, like a space.
      else if (c === 12 || c === 11) col++;
      else if (c === 92 && (src[p + 1] === "\n" || src[p + 1] === "\r")) {
        // py/lexer.c skips line continuations before a line's first token too: the indent is
        // that token's column on its own physical line.
        p += src[p + 1] === "\r" && src[p + 2] === "\n" ? 2 : 1;
        col = 0;
      } else break;
    }
    const c = src[p];
    if (c === undefined || c === "\n" || c === "\r" || c === "#" || (c === "\\" && (src[p + 1] === "\n" || src[p + 1] === "\r" || p + 1 >= src.length))) {
      // Blank or comment-only line: no indentation tokens.
      if (c === "\\") {
        this.pos = p;
        this.atLineStart = false;
        return false;
      }
      this.pos = p;
      if (c === "#") {
        this.pos = this.lineEnd(this.pos);
      }
      if (this.pos >= src.length) {
        this.atLineStart = false;
        return false;
      }
      this.pos += src[this.pos] === "\r" && src[this.pos + 1] === "\n" ? 2 : 1;
      return true;
    }
    this.pos = p;
    this.atLineStart = false;
    const top = this.indents[this.indents.length - 1]!;
    if (col > top) {
      this.indents.push(col);
      this.push("indent", "", p, p);
    } else if (col < top) {
      // A bad unindent yields the error alone, with no dedents before it (py/lexer.c).
      if (!this.indents.includes(col)) {
        throw new CompileError("unindentMismatch", this.lastNewline >= 0 ? this.lastNewline : p);
      }
      while (col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.push("dedent", "", p, p);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // MicroPython reports this at the line before the bad unindent (py/parse.c, token line).
        throw new CompileError("unindentMismatch", this.lastNewline >= 0 ? this.lastNewline : p);
      }
    }
    return false;
  }

  private lexToken(): void {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    // String literal with optional prefix.
    if (isQuote(c)) {
      this.lexString(start, "");
      return;
    }
    if (isIdStart(c)) {
      const prefix = stringPrefixAt(src, start, c);
      if (prefix !== null) this.lexString(start, prefix);
      else this.lexName(start);
      return;
    }
    if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(start + 1)))) {
      this.lexNumber(start);
      return;
    }
    const op = operatorAt(src, start, c);
    if (op === null) this.fail(start);
    this.pos = start + op.length;
    // ( [ { and ) ] }
    if (c === 40 || c === 91 || c === 123) this.depth++;
    else if ((c === 41 || c === 93 || c === 125) && this.depth > 0) this.depth--;
    this.push("op", op, start, this.pos);
  }

  private lexName(start: number): void {
    const src = this.src;
    // The hash NameTable looks the name up by, made as it is scanned; a name with bytes beyond
    // ASCII is looked up by its bytes (byteString).
    let hash = 0;
    let ascii = true;
    let p = start;
    for (let c = src.charCodeAt(p); p < src.length && isIdChar(c); c = src.charCodeAt(++p)) {
      hash = hashStep(hash, c);
      if (c >= 0x80) ascii = false;
    }
    let text: string;
    if (ascii) text = this.names.intern(src, start, p, hash);
    else {
      const read = this.byteString(start, p);
      text = this.names.intern(read, 0, read.length, hashOf(read));
    }
    this.pos = p;
    if (text === "__debug__") {
      this.push("kw", this.options.optimize === 0 ? "True" : "False", start, p);
    } else {
      this.push(KEYWORDS.has(text) ? "kw" : "name", text, start, p, undefined, text.length > 255 ? { tooLong: true } : undefined);
    }
  }

  /**
   * A number token runs on through letters, digits, '.' and '_' as in py/lexer.c, so `1for` is one
   * bad token; its value is checked when the parser reaches it, with mp_parse_num's messages.
   */
  private lexNumber(start: number): void {
    const src = this.src;
    let p = start;
    // The common case, a plain decimal integer, without the general path's patterns; its value is
    // made as it is read while it fits a double exactly (15 digits).
    let value = 0;
    for (let c = src.charCodeAt(p); isDigit(c); c = src.charCodeAt(++p)) value = value * 10 + (c - 48);
    if (p > start && !isNumberChar(src.charCodeAt(p)) && (src.charCodeAt(start) !== 48 || p === start + 1)) {
      const text = src.slice(start, p);
      this.pos = p;
      this.push("int", text, start, p, p - start <= 15 ? BigInt(value) : BigInt(text));
      return;
    }
    p = start;
    const forcedInt = /^0[xXoObB]/.test(src.slice(start, start + 2));
    if (forcedInt) p += 2;
    while (p < src.length) {
      const c = src[p]!;
      if (!forcedInt && (c === "e" || c === "E")) {
        p++;
        if (src[p] === "+" || src[p] === "-") p++;
      } else if (/[A-Za-z0-9_.]/.test(c)) {
        p++;
      } else break;
    }
    const text = src.slice(start, p);
    this.pos = p;
    const bad = (message: string) => {
      throw new CompileError("invalidNumber", start, null, message);
    };
    if (forcedInt) {
      const kind = text[1]!.toLowerCase() as "x" | "o" | "b";
      const base = { x: 16, o: 8, b: 2 }[kind];
      const digits = text.slice(2);
      const ok = { x: /^[0-9a-fA-F_]+$/, o: /^[0-7_]+$/, b: /^[01_]+$/ }[kind].test(digits) && /[^_]/.test(digits);
      if (!ok) bad(`invalid syntax for integer with base ${base}: '${digits}'`);
      this.push("int", text, start, p, BigInt(`0${text[1]!.toLowerCase()}${digits.replace(/_/g, "")}`));
      return;
    }
    const clean = text.replace(/_/g, "");
    if (/[.eEjJ]/.test(text)) {
      const m = /^(\d*\.?\d*(?:[eE][+-]?\d+)?)([jJ]?)$/.exec(clean);
      if (!m || !/\d/.test(m[1]!)) bad("invalid syntax for number");
      const v = parseFloatLiteral(m![1]!);
      if (m![2]) this.push("imag", text, start, p, v);
      else this.push("float", text, start, p, v);
      return;
    }
    if (!/^\d+$/.test(clean)) bad(`invalid syntax for integer with base 10: '${text}'`);
    // A decimal with a leading zero is refused unless it is all zeros (mp_parse_num_integer, base 0).
    if (clean.length > 1 && clean[0] === "0" && /[1-9]/.test(clean)) bad(`invalid syntax for integer with base 0: '${text}'`);
    this.push("int", text, start, p, BigInt(clean));
  }

  private lexString(start: number, prefix: string): void {
    const src = this.src;
    let p = start + prefix.length;
    const q = src[p]!;
    const triple = src.startsWith(q + q + q, p);
    const quote = triple ? q + q + q : q;
    p += quote.length;
    const raw = prefix.includes("r");
    const isBytes = prefix.includes("b");
    const isF = prefix.includes("f");
    const chars: number[] = []; // the literal's bytes, as py/lexer.c copies and escapes them
    const bodyStart = p;
    if (isF) {
      const bodyEnd = this.scanFString(p, quote, triple, start);
      this.pos = bodyEnd + quote.length;
      this.lexFString(start, this.pos, src.slice(bodyStart, bodyEnd), raw);
      return;
    }
    const plainEnd = plainBodyEnd(src, p, q.charCodeAt(0), triple);
    if (plainEnd >= 0) {
      // ASCII with nothing to decode: the body's text is its bytes.
      this.pos = plainEnd + quote.length;
      const text = src.slice(p, plainEnd);
      if (isBytes) this.push("bytes", "", start, this.pos, stringToBytes(text));
      else this.push("string", text, start, this.pos);
      return;
    }
    for (;;) {
      if (p >= src.length) this.fail(start);
      if (src.startsWith(quote, p)) break;
      const ch = src[p]!;
      if (!triple && (ch === "\n" || ch === "\r")) this.fail(start);
      if (ch === "\\") {
        const n = src[p + 1];
        if (n === undefined) this.fail(start);
        if (raw) {
          chars.push(92);
          p = this.charAfterBackslash(p + 1, isBytes, chars);
          continue;
        }
        p = this.escape(p, isBytes, chars, start);
        continue;
      }
      if (ch === "\r") {
        // Newlines inside triple-quoted strings are normalised to \n.
        p += src[p + 1] === "\n" ? 2 : 1;
        chars.push(10);
        continue;
      }
      // A literal too long for the budget is refused before it is all decoded.
      if ((chars.length & 0xffff) === 0xffff) this.options.budget?.check(STRING_BYTE_COST * chars.length, start);
      const c = src.charCodeAt(p);
      if (c < 0x80) {
        chars.push(c);
        p++;
      } else {
        p = this.sourceBytes(p, chars);
      }
    }
    this.pos = p + quote.length;
    if (isBytes) {
      this.push("bytes", "", start, this.pos, Uint8Array.from(chars));
    } else {
      this.push("string", bytesToString(chars), start, this.pos);
    }
  }

  /**
   * Finds the end of an f-string's body. Inside `{...}` MicroPython's lexer takes every character
   * (quotes and newlines included) up to a ':' or '}' outside brackets, so those do not end it.
   */
  private scanFString(p: number, quote: string, triple: boolean, start: number): number {
    const src = this.src;
    for (;;) {
      if (p >= src.length) this.fail(start);
      if (src.startsWith(quote, p)) return p;
      const ch = src[p]!;
      if (ch === "{") {
        while (src[p] === "{") {
          p++;
          if (src[p] === "{") {
            p++;
            continue;
          }
          let level = 0;
          while (p < src.length) {
            const c = src[p]!;
            if (level === 0 && (c === ":" || c === "}" || (c === "!" && /[rs]/.test(src[p + 1] ?? "") && /[:}]/.test(src[p + 2] ?? "")))) break;
            if (c === "[" || c === "{") level++;
            else if (c === "]" || c === "}") level--;
            p++;
          }
        }
        continue;
      }
      if (!triple && (ch === "\n" || ch === "\r")) this.fail(start);
      p += ch === "\\" ? 2 : 1;
    }
  }

  /** Decodes one backslash escape at `p`; returns the offset after it. */
  private escape(p: number, isBytes: boolean, out: number[], strStart: number): number {
    const src = this.src;
    const n = src[p + 1]!;
    const code = n.charCodeAt(0);
    const simple = code < 128 ? SIMPLE_ESCAPES[code]! : -1;
    if (simple >= 0) {
      out.push(simple);
      return p + 2;
    }
    if (n === "\n") return p + 2;
    if (n === "\r") return src[p + 2] === "\n" ? p + 3 : p + 2;
    if (isOctal(code)) {
      let q = p + 1;
      let v = 0;
      while (q < p + 4 && isOctal(src.charCodeAt(q))) v = v * 8 + (src.charCodeAt(q++) - 48);
      // A bytes literal takes only bytes (py/lexer.c: out of range is MP_TOKEN_INVALID).
      if (isBytes && v > 0xff) this.fail(strStart);
      if (isBytes) out.push(v);
      else pushUtf8(out, v);
      return q;
    }
    const hexLen = n === "x" ? 2 : !isBytes && n === "u" ? 4 : !isBytes && n === "U" ? 8 : 0;
    if (hexLen > 0) {
      const h = src.slice(p + 2, p + 2 + hexLen);
      if (h.length !== hexLen || !HEX.test(h)) this.fail(strStart);
      const v = parseInt(h, 16);
      if (v > 0x10ffff) this.fail(strStart);
      if (isBytes) out.push(v);
      else pushUtf8(out, v);
      return p + 2 + hexLen;
    }
    if (n === "N" && !isBytes) {
      throw new CompileError("unicodeNameEscapes", strStart);
    }
    // Unknown escapes keep their backslash.
    out.push(92);
    return this.charAfterBackslash(p + 1, isBytes, out);
  }

  /**
   * f"a{x!r:>{w}}b" -> "a{!r:>{}}b" with arguments (x), (w): the rewrite py/lexer.c performs.
   * Like MicroPython, an argument ends at a ':' or '}' outside [] and {} (or at !r / !s followed
   * by one of them) without regard to quotes or parentheses; `{a=}` also injects "a=".
   */
  private lexFString(start: number, end: number, body: string, raw: boolean): void {
    let fmt = "";
    const exprs: string[] = [];
    let i = 0;
    while (i < body.length) {
      if (body[i] !== "{") {
        fmt += body[i];
        i++;
        continue;
      }
      while (body[i] === "{") {
        i++;
        if (body[i] === "{") {
          fmt += "{";
          i++;
        } else {
          let j = i;
          let level = 0;
          const stops = (k: number) =>
            body[k] === ":" || body[k] === "}" || (body[k] === "!" && (body[k + 1] === "r" || body[k + 1] === "s") && (body[k + 2] === ":" || body[k + 2] === "}"));
          while (j < body.length && (level !== 0 || !stops(j))) {
            const c = body[j];
            if (c === "[" || c === "{") level++;
            else if (c === "]" || c === "}") level--;
            j++;
          }
          let arg = body.slice(i, j);
          if (arg.endsWith("=")) {
            fmt += arg;
            arg = arg.slice(0, -1);
          }
          exprs.push(arg);
          i = j;
        }
        fmt += "{";
      }
    }
    // Decode escapes of the literal part the same way as a plain string.
    // Charged as the f-string token, below.
    const decoded = new Lexer(`${raw ? "r" : ""}"""${fmt}"""`, { ...this.options, budget: undefined }).scan(1)[0]!;
    // Each argument is lexed as `(expr)`, like the text py/lexer.c injects; `{}` is thus `()`, and a
    // bad argument fails where the parser reaches it.
    const fargs = exprs.map((e) => lexArgument(`(${this.options.rawBytes ? injectedFF(e) : e})`, this.options, start));
    this.push("fstring", decoded.text, start, end, undefined, { fargs, options: this.options });
  }
}
