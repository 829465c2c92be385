// The compiler's public API: Python source -> .mpy bytes, or a CompileError saying why not.
// Pipeline: lexer -> parser (with MicroPython's folding) -> scopes and code -> assembler -> writer.
// Runs in Node and in browsers: no file system or process access here.

import type { CompiledModule } from "../bytecode/rawcode.js";
import { DEFAULT_SMALL_INT_BITS } from "../bytecode/rawcode.js";
import { writeMpy } from "../bytecode/mpy-write.js";
import { decodeEscaped, isEscapedByte } from "../bytecode/wtf8.js";
import { generateScopes } from "./codegen.js";
import { MPY_CROSS_QSTRS } from "./data/mpy-cross-qstrs.js";
import { CompileError, InternalError } from "./diagnostics.js";
import { buildModule } from "./generate.js";
import { parseWithNames } from "./parser.js";
import { LineMap } from "./source.js";
import { textToByteString } from "./bytestr.js";

export { CompileError, InternalError } from "./diagnostics.js";

export interface CompileOptions {
  /** Name stored in the .mpy and shown in tracebacks (mpy-cross -s; default "<stdin>"). */
  readonly sourceName?: string;
  /** Optimisation level, as -O<n>. */
  readonly optimize?: number;
  /** Bits in a small int on the target, as -msmall-int-bits. */
  readonly smallIntBits?: number;
  /** Compile as the REPL does (compile()'s "single" mode): module-level expressions print their value. */
  readonly repl?: boolean;
  /**
   * Compile `@micropython.native` functions to bytecode, as if undecorated (for running on mpyc's
   * VM, which runs bytecode only; mpy-cross, without -march, refuses them). Same results, not the speed.
   */
  readonly nativeAsBytecode?: boolean;
  /**
   * The input file's path as mpy-cross was given it, when it differs from `sourceName` (-s): mpy-cross
   * interns both names before parsing, so a long str literal equal to either becomes a qstr.
   */
  readonly inputPath?: string;
}

export type CompileResult =
  | { readonly ok: true; readonly mpy: Uint8Array; readonly module: CompiledModule }
  | { readonly ok: false; readonly error: CompileError };

/**
 * Source text as the compiler reads it. MicroPython's lexer reads bytes and takes any byte, UTF-8
 * or not (py/lexer.c), so bytes that are not UTF-8 are kept, as surrogate escapes (`rawBytes`).
 */
export function decodeSource(bytes: Uint8Array): { text: string; rawBytes: boolean } {
  const { text, escaped } = decodeEscaped(bytes);
  return { text, rawBytes: escaped };
}

/** `source` is text; `rawBytes` says it carries raw bytes as surrogate escapes (decodeSource). */
export function compileToModule(source: string, options: CompileOptions = {}, rawBytes = false): CompiledModule {
  const optimize = options.optimize ?? 0;
  const smallIntBits = options.smallIntBits ?? DEFAULT_SMALL_INT_BITS;
  const { module, names, injected } = parseWithNames(source, { optimize, smallIntBits, rawBytes });
  const lineMap = new LineMap(injected.text(source));
  // A str literal (a byte string, compiler/bytestr.ts) becomes a qstr if it is short, or already
  // interned: by mpy-cross itself or as a name the parser met earlier in this file (py/parse.c
  // push_result_token).
  const hostNames = new Set([options.sourceName, options.inputPath].filter((n) => n !== undefined).map(textToByteString));
  const isQstr = (s: string, at: number) => {
    if (s.length <= 10 || MPY_CROSS_QSTRS.has(s) || hostNames.has(s)) return true;
    const first = names.get(s);
    return first !== undefined && first < at;
  };
  let scopes;
  try {
    scopes = generateScopes(module, { optimize, smallIntBits, lineMap, isQstr, repl: options.repl ?? false, nativeAsBytecode: options.nativeAsBytecode ?? false });
  } catch (e) {
    throw e instanceof CompileError ? injected.toSource(e) : e;
  }
  return buildModule(scopes, options.sourceName ?? "<stdin>", smallIntBits, optimize < 3);
}

/**
 * Compiles source text or bytes. An error's offset indexes the text; for bytes, the text as
 * `new TextDecoder().decode(bytes)` gives it (what a caller shows).
 */
export function compile(source: string | Uint8Array, options: CompileOptions = {}): CompileResult {
  const decoded = typeof source === "string" ? { text: source, rawBytes: false } : decodeSource(source);
  try {
    const module = compileToModule(decoded.text, options, decoded.rawBytes);
    return { ok: true, mpy: writeMpy(module), module };
  } catch (e) {
    if (e instanceof CompileError) {
      if (!decoded.rawBytes) return { ok: false, error: e };
      return { ok: false, error: e.at(replacedOffset(source as Uint8Array, decoded.text, e.offset)) };
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, error: new CompileError("nestingTooDeep", 0) };
    }
    if (e instanceof InternalError) throw e;
    throw new InternalError(e instanceof Error ? e.message : String(e));
  }
}

/** Offset `k` of text decoded with surrogate escapes, as an offset of the text decoded with U+FFFD. */
function replacedOffset(bytes: Uint8Array, escaped: string, k: number): number {
  if (k > escaped.length) return new TextDecoder().decode(bytes).length + (k - escaped.length);
  let b = 0;
  for (let i = 0; i < Math.min(k, escaped.length); i++) {
    const c = escaped.charCodeAt(i);
    if (isEscapedByte(c) || c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      i++;
    } else b += 3;
  }
  return new TextDecoder().decode(bytes.subarray(0, b)).length;
}

/**
 * The line mpy-cross reports an error at. An offset past the end of the text is past the newline
 * MicroPython's lexer adds to a file that does not end with one: on the line after the last.
 */
export function errorLine(err: CompileError, source: string): number {
  const lines = new LineMap(source);
  return (err.offset > source.length ? lines.line(source.length) + 1 : lines.line(err.offset)) + err.lineDelta;
}

/**
 * The text mpy-cross prints for a compile error. Errors found while lexing and parsing name the
 * input as it was opened (`lexName`); errors found while compiling name the -s source name and the
 * scope. A lexer error raised without position (unicode name escapes) prints its last line only.
 */
export function formatError(err: CompileError, sourceName: string, source: string, lexName = sourceName): string {
  // Errors raised without a position (not as SyntaxErrors) print their last line only.
  if (err.code === "unicodeNameEscapes" || err.code === "nameTooLong" || err.code === "bytecodeOverflow" || err.code === "stackTooLarge") return `${err.kind}: ${err.message}\n`;
  const line = errorLine(err, source);
  const file = err.scopeName ? sourceName : lexName;
  const where = err.scopeName ? `, in ${err.scopeName}` : "";
  return `Traceback (most recent call last):\n  File "${file}", line ${line}${where}\n${err.kind}: ${err.message}\n`;
}
