// mpy-cross's command line as a function: an argument list as mpy-cross takes it (mpy-cross/main.c)
// and the input file's contents in, its exit status, output lines and .mpy bytes out. `compile`
// has the shape of @pybricks/mpy-cross-v6's, so code written for that package changes one import.

import { compile as compileSource, formatError, type CompileOptions } from "./index.js";
import { VERSION_LINE } from "./version.js";
import { checkMpyCrossArgs, readMpyCrossArgs } from "./mpy-cross-args.js";

export { ARCHES, checkMpyCrossArgs, type MpyCrossArgs, type ReadArgs, readMpyCrossArgs, rv32ArchFlags, strtol0 } from "./mpy-cross-args.js";

/** What mpy-cross leaves: its exit status, the lines it printed, the .mpy it wrote. */
export interface MpyCrossResult {
  /** 0 when compiled (or for --version), 1 for bad arguments or a compile error, as mpy-cross exits. */
  readonly status: number;
  /** The compiled .mpy file, when status is 0 and a file was compiled. */
  readonly mpy?: Uint8Array;
  /** Lines printed on standard output (--version, usage), without their newlines. */
  readonly out: string[];
  /** Lines printed on standard error (the compile error's traceback), without their newlines. */
  readonly err: string[];
}

const USAGE = "usage: mpy-cross [<opts>] [-X <implopt>] [--] <input filename>";

const lines = (text: string) => text.replace(/\n$/, "").split("\n");
const fail = (err: string[], out: string[] = []): MpyCrossResult => ({ status: 1, out, err });

/**
 * Runs mpy-cross's command line on one file held in memory: `args` as mpy-cross takes them, the
 * input file's name among them (`["-march=armv6m", "-O2", "-s", "lib/x.py", "x.py"]`), `contents`
 * that file's text or bytes. `-o` is accepted and ignored: the .mpy is returned. Messages are the
 * mpyc command's.
 */
export function compileArgs(args: readonly string[], contents: string | Uint8Array): MpyCrossResult {
  if (!Array.isArray(args) || !args.every((a) => typeof a === "string")) throw new TypeError("compileArgs: the arguments must be an array of strings");
  const read = readMpyCrossArgs(args);
  if ("version" in read) return { status: 0, out: [VERSION_LINE], err: [] };
  if ("usage" in read) return fail([`mpyc: ${read.usage}`], [USAGE]);
  if ("multipleInputs" in read) return fail(["multiple input files"]);
  const parsed = read.args;
  const checked = checkMpyCrossArgs(parsed);
  if ("error" in checked) return fail([checked.error]);
  const archFlags = checked.archFlags;
  if (parsed.input === null) return fail(["no input file"]);
  const lexName = parsed.input === "-" ? "<stdin>" : parsed.input;
  const sourceName = parsed.sourceName ?? lexName;
  // Levels above 3 compile as 3 does: mpy-cross only tests the level for 0, not 0, and 3 or more.
  const options: CompileOptions = {
    sourceName,
    inputPath: lexName,
    optimize: Math.min(parsed.optimize, 3),
    smallIntBits: parsed.smallIntBits,
    ...(parsed.arch !== null ? { arch: parsed.arch, archFlags } : {}),
    ...(parsed.emit !== "bytecode" ? { emit: parsed.emit } : {}),
  };
  const r = compileSource(contents, options);
  if (!r.ok) {
    if (parsed.arch !== null && r.error.code === "nativeNotSupported") {
      return fail([`mpyc: native code (for -march=${parsed.arch}) is not supported yet`]);
    }
    const text = typeof contents === "string" ? contents : new TextDecoder().decode(contents);
    return fail(lines(formatError(r.error, sourceName, text, lexName)));
  }
  // -march=debug prints the native emitter's trace as it compiles.
  return { status: 0, mpy: r.mpy, out: r.nativeTrace ? lines(r.nativeTrace) : [], err: [] };
}

/**
 * @pybricks/mpy-cross-v6's `compile(fileName, fileContents, options, wasmPath)`: mpy-cross run on
 * one file with `options` before its name. `wasmPath` is accepted and unused (there is no wasm).
 */
export async function compile(fileName: string, fileContents: string | Uint8Array, options?: readonly string[], wasmPath?: string): Promise<MpyCrossResult> {
  void wasmPath;
  if (typeof fileName !== "string") throw new TypeError("compile: the file name must be a string");
  return compileArgs([...(options ?? []), fileName], fileContents);
}
