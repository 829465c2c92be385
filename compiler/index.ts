// The compiler's public API: Python source -> .mpy bytes, or a CompileError saying why not, for
// bytecode and for every native target mpyc has (compiler/compile.ts with compiler/arches.ts), and
// source maps of what it compiled. Runs in Node and in browsers: no file system or process access here.

import type { MpyModule } from "../bytecode/rawcode.js";
import { nativeTarget } from "./arches.js";
import { type CompileOptions, type CompileResult, compileToModuleWith, compileWith } from "./compile.js";

export {
  checkCompileArguments, CompileError, type CompileOptions, type CompileResult, decodeSource, type ErrorKind, errorLine, formatError,
  InternalError,
} from "./compile.js";
export { sourceMap } from "./sourcemap.js";
export { MPYC_VERSION, VERSION_LINE } from "./version.js";

/**
 * Compiles source text or bytes. An error's offset indexes the text; for bytes, the text as
 * `new TextDecoder().decode(bytes)` gives it (what a caller shows).
 */
export function compile(source: string | Uint8Array, options?: CompileOptions & { readonly arch?: undefined }): CompileResult;
export function compile(source: string | Uint8Array, options: CompileOptions): CompileResult<MpyModule>;
export function compile(source: string | Uint8Array, options: CompileOptions = {}): CompileResult<MpyModule> {
  return compileWith(source, options, nativeTarget);
}

/** `source` is text; `rawBytes` says it carries raw bytes as surrogate escapes (decodeSource). */
export function compileToModule(source: string, options: CompileOptions = {}, rawBytes = false): MpyModule {
  return compileToModuleWith(source, options, rawBytes, nativeTarget);
}
