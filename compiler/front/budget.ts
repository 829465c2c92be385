// A compile's memory as the lexer foresees it, token by token -> a MemoryError (compileMemory) where
// the compile would hold more than MEMORY_PER_SOURCE_BYTE times the source size plus MEMORY_CONSTANT.
// mpy-cross refuses a source its heap cannot hold (py/gc.c, "memory allocation failed") the same way.

import { CompileError } from "./diagnostics.js";

export const MEMORY_PER_SOURCE_BYTE = 10;
export const MEMORY_CONSTANT = 128 * 1024 * 1024;

// What each token makes the compile hold at its peak, fitted to the costliest shapes measured by
// scripts/compile-memory.ts (flat statements, one huge function, a scope or a branch per line,
// chains, calls, slices, displays, literals), with a fifth more for safety.
/** A name, number, string or other keyword: its node, its instructions, its share of tables. */
const ATOM_COST = 144;
/** An operator or punctuation, which makes at most a small node. */
const OP_COST = 90;
/**
 * An operator that links two operands (or applies to one) and so nests a node in the next: beyond
 * OP_COST, the frames code generation keeps for each level of a chain (expressions.ts).
 */
const LINK_COST = 200;
const LINK_OPS = new Set(["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "==", "!=", "."]);
/** A parenthesis that only groups, or the one closing it: no node, a little of the parser's work. */
const GROUP_COST = 16;
/** A tuple display, in parentheses or bare (`t = 1, 2`): its node and list, or the constant it folds to. */
const TUPLE_COST = 720;
/** A call or subscript (a bracket after an operand), a list, dict or set display: a node with its lists. */
const OPEN_COST = 600;
/** The end of a statement: its node, its line entry, its place in a block. */
const NEWLINE_COST = 276;
/** A block's start or end. */
const INDENT_COST = 300;
/** A keyword that makes a scope (def, lambda, class, a comprehension's for), beyond its token: the scope, its tables, its raw code. */
const SCOPE_COST = 2160;
const SCOPE_KEYWORDS = new Set(["def", "lambda", "class", "for"]);
/** A keyword that makes a compound statement, beyond its token: its node, lists and jumps. */
const BLOCK_COST = 300;
const BLOCK_KEYWORDS = new Set(["if", "elif", "while", "with", "try", "except"]);
/** A token itself, while the parser holds it: until the end of its top-level statement. */
const HELD_TOKEN_COST = 120;
/** A byte of a string literal: its decoded copy while it is read, the constant and the .mpy bytes. */
export const STRING_BYTE_COST = 24;
/** A byte of a number past the first few: its text, its value (a big int's digits are written out in the .mpy). */
const NUMBER_BYTE_COST = 12;
const SHORT_NUMBER = 8;
/** A byte of a name: its string and its qstr (once for each name, but charged at each use). */
const NAME_BYTE_COST = 4;

/**
 * The charge so far: `kept` for what outlives the parse, `held` for tokens the parser has not let go.
 * Charged as tokens are made, so a huge source is refused after lexing only its start.
 */
export class MemoryBudget {
  kept = 0;
  held = 0;
  /** The largest charge so far. */
  peak = 0;

  constructor(readonly limit: number) {}

  /** The last token charged ends an operand: a bracket after it opens a call or a subscript. */
  private afterOperand = false;

  /**
   * For each parenthesis open, whether it only groups; as a bit stack (one word per 31 levels, so
   * nesting as deep as the parser allows costs next to nothing).
   */
  private groups: number[] = [];
  /** Likewise, whether a comma stands directly inside each parenthesis open. */
  private commas: number[] = [];
  private depth = 0;
  private lastOpen = false;
  /** Brackets of any kind open. */
  private brackets = 0;

  /** Charges a token the lexer makes at [start, end). */
  token(kind: string, text: string, start: number, end: number): void {
    if (kind === "op") {
      this.kept += this.opCost(text);
      this.afterOperand = text === ")" || text === "]" || text === "}";
    } else {
      this.kept += costOf(kind, text, start, end);
      this.lastOpen = false;
      this.afterOperand = kind !== "kw" && kind !== "newline" && kind !== "indent" && kind !== "dedent";
    }
    this.check(0, start);
  }

  /** An operator's cost, as the brackets open around it make it. */
  private opCost(op: string): number {
    const lastOpen = this.lastOpen;
    this.lastOpen = false;
    switch (op) {
      case "(":
        this.brackets++;
        this.pushParen(!this.afterOperand);
        this.lastOpen = true;
        // A parenthesis that only groups makes no node, nor does the one closing it.
        return this.afterOperand ? OPEN_COST : GROUP_COST;
      case ")": {
        this.brackets--;
        // `()`, or a comma directly inside: a tuple display, a node with its list (a constant if folded).
        const tuple = lastOpen || this.commaInside();
        return this.popParen() ? (tuple ? TUPLE_COST : GROUP_COST) : OP_COST;
      }
      case "[": case "{":
        this.brackets++;
        return OPEN_COST;
      case "]": case "}":
        this.brackets--;
        return OP_COST;
      case ",":
        this.markComma();
        // A comma outside any bracket makes a tuple (`t = 1, 2`, `return a, b`): charged as a display.
        return this.brackets <= 0 ? TUPLE_COST : OP_COST;
      default:
        return LINK_OPS.has(op) ? LINK_COST : OP_COST;
    }
  }

  private pushParen(grouping: boolean): void {
    const word = Math.floor(this.depth / 31);
    const bit = 1 << this.depth % 31;
    if (word === this.groups.length) {
      this.groups.push(0);
      this.commas.push(0);
    }
    this.groups[word] = grouping ? this.groups[word]! | bit : this.groups[word]! & ~bit;
    this.commas[word] = this.commas[word]! & ~bit;
    this.depth++;
  }

  private markComma(): void {
    if (this.depth === 0) return;
    const d = this.depth - 1;
    this.commas[Math.floor(d / 31)]! |= 1 << d % 31;
  }

  private commaInside(): boolean {
    if (this.depth === 0) return false;
    const d = this.depth - 1;
    return (this.commas[Math.floor(d / 31)]! & (1 << d % 31)) !== 0;
  }

  /** Whether the parenthesis a `)` closes only grouped (false for one closing nothing: an error later). */
  private popParen(): boolean {
    if (this.depth === 0) return false;
    this.depth--;
    return (this.groups[Math.floor(this.depth / 31)]! & (1 << this.depth % 31)) !== 0;
  }

  /** The next token starts an expression (an f-string's argument): a parenthesis there only groups. */
  startExpression(): void {
    this.afterOperand = false;
  }

  /** Charges `count` tokens the parser now holds; `at` is the first one's offset. */
  hold(count: number, at: number): void {
    this.held += count * HELD_TOKEN_COST;
    this.check(0, at);
  }

  release(count: number): void {
    this.held -= count * HELD_TOKEN_COST;
  }

  /** Starts the charge again for a new parse of the source (what an earlier one made is garbage). */
  restart(): void {
    this.kept = 0;
    this.held = 0;
    this.depth = 0;
    this.brackets = 0;
  }

  /** Refuses at `at` if `extra` bytes more would pass the limit. */
  check(extra: number, at: number): void {
    const total = this.kept + this.held + extra;
    if (total > this.peak) this.peak = total;
    if (total > this.limit) throw new CompileError("compileMemory", at);
  }
}

/** The budget of a compile of `source`, by its size in bytes as a file holds it (UTF-8). */
export function memoryBudget(source: string): MemoryBudget {
  return new MemoryBudget(MEMORY_PER_SOURCE_BYTE * byteLength(source) + MEMORY_CONSTANT);
}

const ASCII = /^[\x00-\x7f]*$/;

/** UTF-8 bytes of `text`; a lone surrogate is a raw byte of the file (bytecode/wtf8.ts decodeEscaped). */
function byteLength(text: string): number {
  // Most sources are ASCII: a byte a character, found by one scan in native code.
  if (ASCII.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) n += 1;
    else n += 3;
  }
  return n;
}

function costOf(kind: string, text: string, start: number, end: number): number {
  switch (kind) {
    case "newline": return NEWLINE_COST;
    case "indent": case "dedent": case "eof": return INDENT_COST;
    // A str's text is its bytes (compiler/front/bytestr.ts), three a character for most of Unicode.
    case "string": case "bytes": return ATOM_COST + STRING_BYTE_COST * Math.max(end - start, text.length);
    // Read as `"...".format(...)`: the string, the name and the call (its arguments are charged as lexed).
    case "fstring": return 2 * ATOM_COST + OP_COST + OPEN_COST + STRING_BYTE_COST * Math.max(end - start, text.length);
    case "name": return ATOM_COST + NAME_BYTE_COST * (end - start);
    case "int": case "float": case "imag": return ATOM_COST + NUMBER_BYTE_COST * Math.max(0, end - start - SHORT_NUMBER);
    case "kw": return ATOM_COST + (SCOPE_KEYWORDS.has(text) ? SCOPE_COST : BLOCK_KEYWORDS.has(text) ? BLOCK_COST : 0);
    default: return ATOM_COST;
  }
}
