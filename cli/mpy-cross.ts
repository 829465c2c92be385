// `mpyc [opts] FILE.py`: a drop-in for mpy-cross v1.27.0 (mpy-cross/main.c). Options are read by
// compiler/mpy-cross.ts readMpyCrossArgs, as main.c reads them; outputs, messages and exit codes
// are mpy-cross's. Differences are mpyc's additions (and the clean errors
// of compiler/DIFFERENCES.md where mpy-cross aborts).

import type { MpyModule } from "../bytecode/rawcode.js";
import { compileBytecode, type CompileError, compileWith, formatError, InternalError, type NativeTargets } from "../compiler/compile.js";
import { CliFileError, type CliIo, InputTooLargeError, readInputFile, readStdinChecked } from "./io.js";
import { writeOutputFile } from "./write-output.js";
import { VERSION_LINE } from "./version.js";
import { checkMpyCrossArgs, type MpyCrossArgs, readMpyCrossArgs } from "../compiler/mpy-cross-args.js";

export const USAGE = `usage: mpyc [<opts>] [-X <implopt>] [--] <input filename>
Options:
--version : show version information
-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N
--source-map : also write <output>.map, from bytecode offsets to source lines (mpyc only)

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter;
                x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,
                armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug
                (mpyc emits native code for all of them but rv64imc, as mpy-cross)
-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a string)
                       supported flags for rv32imc: zba

Implementation specific options:
  emit={bytecode,native,viper} -- set the default code emitter
  heapsize=<n> -- accepted for compatibility, not needed

Other commands (mpyc only):
  mpyc build SRC_DIR -o OUT_DIR [-O<n>] [-msmall-int-bits=N] [-march=ARCH] [--watch] : compile a whole tree in one process, incrementally
  mpyc build --manifest manifest.py -o BUILD_DIR : .mpy tree, frozen C and ROMFS image of a manifest
  mpyc makemanifest -o OUT.c -b BUILD_DIR [-f FLAGS] -v NAME=VALUE... MANIFEST... : tools/makemanifest.py's command line
  mpyc dis [-x] FILE.mpy... : disassemble as tools/mpy-tool.py -d prints (-x: with its hex dump)
  mpyc run [...] : run a program on the virtual board
`;

/** Runs the mpy-cross compatible command line; returns the exit status. */
export async function mpyCross(argv: readonly string[], io: CliIo): Promise<number> {
  const read = readMpyCrossArgs(argv, { sourceMap: true });
  if ("version" in read) {
    io.stdout.write(VERSION_LINE + "\n");
    return 0;
  }
  // mpy-cross prints its whole usage, and no reason, for any bad option.
  if ("usage" in read) {
    io.stdout.write(USAGE);
    return 1;
  }
  if ("multipleInputs" in read) {
    io.stderr.write("multiple input files\n");
    return 1;
  }
  const checked = checkMpyCrossArgs(read.args);
  if ("error" in checked) {
    io.stderr.write(checked.error + "\n");
    return 1;
  }
  return compileAndSave(io, read.args, checked.archFlags);
}

async function compileAndSave(io: CliIo, o: MpyCrossArgs, archFlags: number): Promise<number> {
  const input = o.input!;
  const fromStdin = input === "-";
  const lexName = fromStdin ? "<stdin>" : input;
  const sourceName = o.sourceName ?? lexName;
  try {
    let source: Uint8Array;
    try {
      source = fromStdin ? readStdinChecked(io) : readInputFile(io, input);
    } catch (e) {
      if (!(e instanceof InputTooLargeError)) throw e;
      const early = errorWellBeforeEnd(e.prefix, sourceName, lexName);
      io.stderr.write(early ?? e.message + "\n");
      return 1;
    }
    const out = o.output === "-" || (o.output === null && fromStdin) ? null : (o.output ?? input.slice(0, -2) + "mpy");
    // Levels above 3 compile as 3 does: mpy-cross only tests the level for 0, not 0, and 3 or more.
    const native = { ...(o.arch !== null ? { arch: o.arch, archFlags } : {}), ...(o.emit !== "bytecode" ? { emit: o.emit } : {}) };
    const options = { sourceName, inputPath: lexName, optimize: Math.min(o.optimize, 3), smallIntBits: o.smallIntBits, ...native };
    let result: { ok: true; mpy: Uint8Array; map?: string } | { ok: false; error: CompileError };
    // The native backends are loaded for an -march compile only.
    const targets: NativeTargets | null = o.arch !== null ? (await import("../compiler/arches.js")).nativeTarget : null;
    const first = compileWith(source, options, targets);
    if (first.ok) {
      // -march=debug prints the native emitter's trace as it compiles.
      if (first.nativeTrace) io.stdout.write(first.nativeTrace);
      const map = o.sourceMap && out !== null ? sourceMapFor(out, first.module, sourceName, new TextDecoder().decode(source)) : undefined;
      result = { ok: true, mpy: first.mpy, ...(map !== undefined ? { map } : {}) };
    } else result = first;
    if (!result.ok) {
      if (o.arch !== null && result.error.code === "nativeNotSupported") {
        io.stderr.write(`mpyc: native code (for -march=${o.arch}) is not supported yet: mpyc emits bytecode only\n`);
        return 1;
      }
      io.stderr.write(formatError(result.error, sourceName, new TextDecoder().decode(source), lexName));
      return 1;
    }
    if (out === null) {
      io.stdout.write(result.mpy);
      return 0;
    }
    writeOutputFile(io, out, result.mpy);
    if (result.map !== undefined) writeOutputFile(io, out + ".map", new TextEncoder().encode(result.map));
    return 0;
  } catch (e) {
    if (e instanceof CliFileError) {
      io.stderr.write(e.message + "\n");
      return 1;
    }
    if (e instanceof InternalError) {
      io.stderr.write(`mpyc: ${e.message} (compiling ${lexName})\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * For an input cut off at the size limit: the syntax error mpy-cross would report, if the part
 * read already fails to lex or parse well before the cut. The parser reads left to right, so the
 * rest cannot change an error there, unless the failing token is one the cut could have shortened
 * (a string or a number). This is what `mpyc /dev/zero` prints, as mpy-cross does at once.
 */
function errorWellBeforeEnd(prefix: Uint8Array, sourceName: string, lexName: string): string | null {
  // A shorter prefix says the same where it decides, and is quick to compile.
  const head = prefix.subarray(0, 1 << 20);
  const r = compileBytecode(head, { sourceName, inputPath: lexName });
  if (r.ok || r.error.scopeName !== null || r.error.code === "nestingTooDeep") return null;
  const text = new TextDecoder().decode(head);
  const at = r.error.offset;
  if (at >= text.length - 65536 || /^[0-9.]|^[rRbBfFuU]{0,2}['"]/.test(text.slice(at, at + 4))) return null;
  return formatError(r.error, sourceName, text, lexName);
}

function sourceMapFor(out: string, module: MpyModule, sourceName: string, text: string): string {
  // Loaded on demand: the source-map library is not needed for plain compiles.
  const { sourceMap } = sourceMapModule!;
  return sourceMap(module, sourceName, out.replace(/^.*[\\/]/, ""), text);
}

let sourceMapModule: typeof import("../compiler/sourcemap.js") | null = null;

/** Loads what --source-map needs before compiling (the compile path itself stays synchronous). */
export async function prepare(argv: readonly string[]): Promise<void> {
  if (argv.includes("--source-map")) sourceMapModule = await import("../compiler/sourcemap.js");
}
