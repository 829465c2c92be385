// Python source -> .mpy bytes, or a CompileError saying why not, with the native backends passed in:
// compiler/index.ts (the public API) passes all of them, and a command that needs none (a bytecode
// compile) leaves them unloaded, which takes a fifth off starting up to compile one file.
// Pipeline: lexer -> parser (with MicroPython's folding) -> scopes and code -> assembler -> writer.
// Runs in Node and in browsers: no file system or process access here.

import type { CompiledModule, MpyModule } from "../bytecode/rawcode.js";
import { DEFAULT_SMALL_INT_BITS } from "../bytecode/rawcode.js";
import { writeMpy } from "../bytecode/mpy-write.js";
import { decodeEscaped, isEscapedByte } from "../bytecode/wtf8.js";
import { generateScopes } from "./codegen.js";
import { MPY_CROSS_QSTRS } from "./data/mpy-cross-qstrs.js";
import { CompileError, InternalError } from "./front/diagnostics.js";
import { buildModule, newTables } from "./emit/generate.js";
import type { NativeAsm } from "./native/asm.js";
import type { NativeTarget } from "./arches.js";
import { parseWithNames } from "./front/parser.js";
import { INTERNED_STRING_LEN } from "./front/names.js";
import { LineMap } from "./front/source.js";
import { textToByteString } from "./front/bytestr.js";

export { CompileError, InternalError, type ErrorKind } from "./front/diagnostics.js";

/** The native target of an -march name (compiler/arches.ts nativeTarget), or null for none. */
export type NativeTargets = (arch: string, flags: number) => NativeTarget | null;

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
  /** Target of native code, as mpy-cross -march names it ("host" is the caller's to map). */
  readonly arch?: string;
  /** The module's default emitter (-X emit). */
  readonly emit?: "bytecode" | "native" | "viper";
  /**
   * -march-flags as a number (rv32imc: bit 0 lets native code use Zba). With `arch`, non-zero flags
   * are recorded in the header, as mpy-cross records them, even when all the code is bytecode.
   */
  readonly archFlags?: number;
}

export type CompileResult<M = CompiledModule> =
  | {
      readonly ok: true;
      readonly mpy: Uint8Array;
      readonly module: M;
      /** -march=debug: the trace of the native emitter's assembler calls, as mpy-cross prints it. */
      readonly nativeTrace?: string;
    }
  | { readonly ok: false; readonly error: CompileError };

/** The options and their checks: the ranges the command line accepts (-O0 to -O3, -msmall-int-bits=1 to 63). */
const OPTION_CHECKS: { readonly [K in keyof Required<CompileOptions>]: (v: unknown) => string | null } = {
  sourceName: (v) => (typeof v === "string" ? null : "a string"),
  optimize: (v) => (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3 ? null : "an integer from 0 to 3"),
  smallIntBits: (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 63 ? null : "an integer from 1 to 63"),
  repl: (v) => (typeof v === "boolean" ? null : "a boolean"),
  nativeAsBytecode: (v) => (typeof v === "boolean" ? null : "a boolean"),
  inputPath: (v) => (typeof v === "string" ? null : "a string"),
  arch: (v) => (typeof v === "string" ? null : "a string (an -march name)"),
  emit: (v) => (v === "bytecode" || v === "native" || v === "viper" ? null : '"bytecode", "native" or "viper"'),
  archFlags: (v) => (Number.isInteger(v) && (v as number) >= 0 ? null : "a non-negative integer"),
};

function shownValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v !== "object") return String(v);
  return Array.isArray(v) ? "an array" : `an object`;
}

/**
 * Checks what a caller passes to compile(): a TypeError for a value of the wrong type or an unknown
 * option (a misspelt name would otherwise be ignored), a RangeError for a number out of range.
 */
export function checkCompileArguments(source: unknown, options: unknown): void {
  if (typeof source !== "string" && !(source instanceof Uint8Array)) {
    throw new TypeError(`compile: the source must be a string or a Uint8Array, not ${shownValue(source)}`);
  }
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`compile: the options must be an object, not ${shownValue(options)}`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = Object.hasOwn(OPTION_CHECKS, key) ? OPTION_CHECKS[key as keyof CompileOptions] : undefined;
    if (!check) throw new TypeError(`compile: unknown option ${JSON.stringify(key)} (the options are ${Object.keys(OPTION_CHECKS).join(", ")})`);
    const wanted = check(value);
    if (wanted === null) continue;
    const message = `compile: options.${key} must be ${wanted}, not ${shownValue(value)}`;
    throw typeof value === "number" ? new RangeError(message) : new TypeError(message);
  }
}

/**
 * Source text as the compiler reads it. MicroPython's lexer reads bytes and takes any byte, UTF-8
 * or not (py/lexer.c), so bytes that are not UTF-8 are kept, as surrogate escapes (`rawBytes`).
 */
export function decodeSource(bytes: Uint8Array): { text: string; rawBytes: boolean } {
  const { text, escaped } = decodeEscaped(bytes);
  return { text, rawBytes: escaped };
}

/**
 * `source` is text; `rawBytes` says it carries raw bytes as surrogate escapes (decodeSource). Without
 * `targets`, an -march option is a bug of the caller's.
 */
export function compileToModuleWith(source: string, options: CompileOptions, rawBytes: boolean, targets: NativeTargets | null): MpyModule {
  return compileWithTrace(source, options, rawBytes, targets).module;
}

function compileWithTrace(source: string, options: CompileOptions, rawBytes: boolean, targets: NativeTargets | null): { module: MpyModule; trace?: string } {
  const optimize = options.optimize ?? 0;
  const smallIntBits = options.smallIntBits ?? DEFAULT_SMALL_INT_BITS;
  const { module, names, injected } = parseWithNames(source, { optimize, smallIntBits, rawBytes });
  const lineMap = new LineMap(injected.text(source));
  // A str literal (a byte string, compiler/front/bytestr.ts) becomes a qstr if it is short, or already
  // interned: by mpy-cross itself or as a name the parser met earlier in this file (py/parse.c
  // push_result_token).
  const hostNames = new Set([options.sourceName, options.inputPath].filter((n) => n !== undefined).map(textToByteString));
  const isQstr = (s: string, at: number) => {
    if (s.length <= INTERNED_STRING_LEN || MPY_CROSS_QSTRS.has(s) || hostNames.has(s)) return true;
    const first = names.get(s);
    return first !== undefined && first < at;
  };
  const tables = newTables(options.sourceName ?? "<stdin>");
  const target = options.arch !== undefined ? nativeTargetOf(targets, options.arch, options.archFlags ?? 0) : null;
  let asm: NativeAsm | null = null;
  let scopes;
  try {
    scopes = generateScopes(module, {
      optimize, smallIntBits, lineMap, isQstr, repl: options.repl ?? false, nativeAsBytecode: options.nativeAsBytecode ?? false,
      tables,
      defaultEmit: options.emit ?? "bytecode",
      inlineAsm: target?.makeInlineAsm ?? null,
      nativeEmitter: target
        ? (ctx) => {
            if (!target.makeEmitter) throw new CompileError("nativeNotSupported", 0);
            const e = target.makeEmitter(ctx);
            asm = e.asm;
            return e;
          }
        : null,
    });
  } catch (e) {
    throw e instanceof CompileError ? injected.toSource(e) : e;
  }
  const built = buildModule(scopes, tables, smallIntBits, target?.arch ?? 0);
  const m = options.arch !== undefined && options.archFlags ? { ...built, archFlags: options.archFlags } : built;
  const a = asm as NativeAsm | null;
  return a !== null && target?.traceOf ? { module: m, trace: target.traceOf(a) } : { module: m };
}

function nativeTargetOf(targets: NativeTargets | null, arch: string, flags: number): NativeTarget | null {
  if (targets === null) throw new InternalError(`native code (-march=${arch}) asked of a compile given no native targets`);
  return targets(arch, flags);
}

/**
 * Compiles source text or bytes, with `targets` for -march (null: the caller never asks for native
 * code). An error's offset indexes the text; for bytes, the text as `new TextDecoder().decode(bytes)`
 * gives it (what a caller shows).
 */
export function compileWith(source: string | Uint8Array, options: CompileOptions, targets: NativeTargets | null): CompileResult<MpyModule> {
  checkCompileArguments(source, options);
  const decoded = typeof source === "string" ? { text: source, rawBytes: false } : decodeSource(source);
  // The text a caller shows, which error offsets, lines and columns index.
  const shown = () => (typeof source === "string" ? source : new TextDecoder().decode(source));
  try {
    const { module, trace } = compileWithTrace(decoded.text, options, decoded.rawBytes, targets);
    return { ok: true, mpy: writeMpy(module), module, ...(trace !== undefined ? { nativeTrace: trace } : {}) };
  } catch (e) {
    if (e instanceof CompileError) {
      const error = decoded.rawBytes ? e.at(replacedOffset(source as Uint8Array, decoded.text, e.offset)) : e;
      return { ok: false, error: located(error, shown()) };
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, error: located(new CompileError("nestingTooDeep", 0), shown()) };
    }
    if (e instanceof InternalError) throw e;
    throw new InternalError(e instanceof Error ? e.message : String(e));
  }
}

/** Compiles to bytecode only (no -march), without loading any native backend. */
export function compileBytecode(source: string | Uint8Array, options: CompileOptions & { readonly arch?: undefined } = {}): CompileResult {
  // Without -march every scope is bytecode: the module is a CompiledModule.
  return compileWith(source, options, null) as CompileResult;
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

/** Sets the error's line (as mpy-cross reports it) and column (of its offset, 0 past the end). */
function located(e: CompileError, text: string): CompileError {
  e.line = errorLine(e, text);
  e.column = e.offset > text.length ? 0 : new LineMap(text).column(e.offset);
  return e;
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
 * The text mpy-cross prints for a compile error (`source` may be left out for an error compile()
 * returned, which knows its line). Errors found while lexing and parsing name the
 * input as it was opened (`lexName`); errors found while compiling name the -s source name and the
 * scope. A lexer error raised without position (unicode name escapes) prints its last line only.
 */
export function formatError(err: CompileError, sourceName: string, source?: string, lexName = sourceName): string {
  // Errors raised without a position (not as SyntaxErrors) print their last line only.
  if (["unicodeNameEscapes", "nameTooLong", "bytecodeOverflow", "nativeYield", "nativeCasting", "nativeConversion", "nativeTooLarge", "nativeTooManyLocals", "inlineAsmXtensaRange", "inlineAsmMemory", "stackTooLarge", "tooManyCells"].includes(err.code)) return `${err.kind}: ${err.message}\n`;
  // Without the source, the line compile() found.
  const line = source === undefined ? err.line : errorLine(err, source);
  const file = err.scopeName ? sourceName : lexName;
  const where = err.scopeName ? `, in ${err.scopeName}` : "";
  return `Traceback (most recent call last):\n  File "${file}", line ${line}${where}\n${err.kind}: ${err.message}\n`;
}
