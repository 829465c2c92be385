// The lexer's tokens and options (lexer.ts makes them, fstring-join.ts rewrites f-string runs,
// the parser reads them), in a file of their own so that each of those can name them.

import type { MemoryBudget } from "./budget.js";
import type { CompileError } from "./diagnostics.js";
import type { NameTable } from "./names.js";

export type TokenKind =
  | "name" | "kw" | "int" | "float" | "imag" | "string" | "fstring" | "bytes" | "op" | "error"
  | "newline" | "indent" | "dedent" | "eof";

export interface Token {
  readonly kind: TokenKind;
  /**
   * Identifier, keyword, operator text, or decoded string value. Names and string values are
   * byte strings (one char per byte, compiler/front/bytestr.ts), as MicroPython's byte-based lexer
   * builds them.
   */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** An "int" token's value (bigint), a "float" or "imag" token's (number), a "bytes" token's decoded bytes. */
  readonly value?: bigint | number | Uint8Array;
  /** What only f-strings, errors and overlong names carry, kept apart so that every token is small. */
  readonly more?: TokenMore;
}

export interface TokenMore {
  /** For "fstring" tokens: the tokens of each interpolated expression, in order. */
  readonly fargs?: readonly FArg[];
  /** For "fstring" tokens: the options to lex the arguments of f-strings nested in it with. */
  readonly options?: LexOptions;
  /** For "error" tokens: what the lexer found; raised when the parser reaches this token. */
  readonly error?: CompileError;
  /**
   * A name longer than a qstr holds (255 bytes, one length byte): interning it is RuntimeError
   * 'name too long', raised when the parser takes the token (py/parse.c push_result_token), so a
   * syntax error before that point is reported instead.
   */
  readonly tooLong?: boolean;
}

/**
 * One f-string argument: its tokens, each with the newlines of the argument text before it, and
 * the texts of the arguments of f-strings nested in it (see joinFStrings).
 */
export interface FArg {
  /** The text injected for it, `(expr)`. */
  readonly text: string;
  readonly toks: readonly (Token & { readonly nl: number })[];
  readonly newlines: number;
  readonly nested: readonly string[];
}

export interface LexOptions {
  readonly optimize: number;
  /** The source text carries raw bytes as surrogate escapes (bytecode/wtf8.ts decodeEscaped). */
  readonly rawBytes?: boolean;
  /** The compile's memory budget, shared with the lexers of f-string arguments (made by TokenStream if not given). */
  readonly budget?: MemoryBudget;
  /** The compile's names, shared with the lexers of f-string arguments (made by the first lexer if not given). */
  readonly names?: NameTable;
}
