// The compiler's public API: Python source -> .mpy bytes, or a CompileError saying why not.
// Pipeline: lexer -> parser (with MicroPython's folding) -> scopes and code -> assembler -> writer.
// Runs in Node and in browsers: no file system or process access here.

import type { CompiledModule } from "../bytecode/rawcode.js";
import { DEFAULT_SMALL_INT_BITS } from "../bytecode/rawcode.js";
import { writeMpy } from "../bytecode/mpy-write.js";
import { generateScopes } from "./codegen.js";
import { MPY_CROSS_QSTRS } from "./data/mpy-cross-qstrs.js";
import { CompileError, InternalError } from "./diagnostics.js";
import { buildModule } from "./generate.js";
import { parseWithNames } from "./parser.js";
import { LineMap } from "./source.js";

export { CompileError, InternalError } from "./diagnostics.js";

export interface CompileOptions {
  /** Name stored in the .mpy and shown in tracebacks (mpy-cross -s; default "<stdin>"). */
  readonly sourceName?: string;
  /** Optimisation level, as -O<n>. */
  readonly optimize?: number;
  /** Bits in a small int on the target, as -msmall-int-bits. */
  readonly smallIntBits?: number;
}

export type CompileResult =
  | { readonly ok: true; readonly mpy: Uint8Array; readonly module: CompiledModule }
  | { readonly ok: false; readonly error: CompileError };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

/** Decodes source bytes; invalid UTF-8 is a SyntaxError at the line where it occurs, as in mpy-cross. */
export function decodeSource(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Find the line of the first undecodable byte.
    let good = 0;
    for (let n = bytes.length; n > 0; n--) {
      try {
        utf8.decode(bytes.subarray(0, n));
        good = n;
        break;
      } catch {
        /* keep shrinking */
      }
    }
    const prefix = new TextDecoder().decode(bytes.subarray(0, good));
    throw new CompileError("invalidSyntax", prefix.length);
  }
}

export function compileToModule(source: string, options: CompileOptions = {}): CompiledModule {
  const optimize = options.optimize ?? 0;
  const smallIntBits = options.smallIntBits ?? DEFAULT_SMALL_INT_BITS;
  const { module, names } = parseWithNames(source, { optimize, smallIntBits });
  const lineMap = new LineMap(source);
  // A str literal becomes a qstr if it is short, or already interned: by mpy-cross itself or as a
  // name the parser met earlier in this file (py/parse.c push_result_token).
  const isQstr = (s: string, at: number) => {
    if (utf8Length(s) <= 10 || MPY_CROSS_QSTRS.has(s)) return true;
    const first = names.get(s);
    return first !== undefined && first < at;
  };
  const scopes = generateScopes(module, { optimize, smallIntBits, lineMap, isQstr });
  return buildModule(scopes, options.sourceName ?? "<stdin>", smallIntBits, optimize < 3);
}

export function compile(source: string | Uint8Array, options: CompileOptions = {}): CompileResult {
  try {
    const text = typeof source === "string" ? source : decodeSource(source);
    const module = compileToModule(text, options);
    return { ok: true, mpy: writeMpy(module), module };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: e };
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, error: new CompileError("nestingTooDeep", 0) };
    }
    if (e instanceof InternalError) throw e;
    throw new InternalError(e instanceof Error ? e.message : String(e));
  }
}

/**
 * The text mpy-cross prints for a compile error. Errors found while lexing and parsing name the
 * input as it was opened (`lexName`); errors found while compiling name the -s source name and the
 * scope. A lexer error raised without position (unicode name escapes) prints its last line only.
 */
export function formatError(err: CompileError, sourceName: string, source: string, lexName = sourceName): string {
  if (err.code === "unicodeNameEscapes") return `${err.kind}: ${err.message}\n`;
  const line = new LineMap(source).line(Math.min(err.offset, source.length));
  const file = err.scopeName ? sourceName : lexName;
  const where = err.scopeName ? `, in ${err.scopeName}` : "";
  return `Traceback (most recent call last):\n  File "${file}", line ${line}${where}\n${err.kind}: ${err.message}\n`;
}
