// Argument handling for mpyc. The default command mirrors mpy-cross v1.27.0's command line
// (mpy-cross/main.c) flag for flag, so MicroPython's tools can call it in its place; `build`
// compiles a whole tree in one process.

import * as fs from "node:fs";
import * as path from "node:path";
import yargs from "yargs";
import { disassemble } from "../bytecode/disasm.js";
import { MpyFormatError, readMpy } from "../bytecode/mpy-read.js";
import { compile, formatError } from "../compiler/index.js";
import { sourceMap } from "../compiler/sourcemap.js";

const VERSION = "MicroPython v1.27.0 (mpyc 0.1.0); mpy-cross emitting mpy v6.3";

const ARCHES = new Set(["x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv64imc", "debug", "host"]);

interface CompileFlags {
  march?: string;
  sourceMap?: boolean;
  output: string | null;
  sourceName: string | null;
  optimize: number;
  smallIntBits: number;
}

function usage(): number {
  process.stderr.write(
    "usage: mpyc [<opts>] [-X <implopt>] [--] <input filename>\n" +
      "Options:\n" +
      "--version : show version information\n" +
      "-o : output file for compiled bytecode (defaults to input filename with .mpy extension)\n" +
      "-s : source filename to embed in the compiled bytecode (defaults to input file)\n" +
      "-v : verbose (trace various operations); can be multiple\n" +
      "-O[N] : apply bytecode optimizations of level N\n" +
      "--source-map : also write OUT.map (line N = N-th function in file order, column = bytecode offset)\n" +
      "\nTarget specific options:\n" +
      "-msmall-int-bits=number : set the maximum bits used to encode a small-int\n" +
      "-march=<arch> : not supported yet (bytecode only)\n" +
      "\nImplementation specific options:\n" +
      "  emit={bytecode} : set the default code emitter (native and viper are not supported yet)\n" +
      "\nOther commands:\n" +
      "  mpyc build SRC_DIR -o OUT_DIR [-O<n>] [-msmall-int-bits=N] : compile a whole tree in one process\n" +
      "  mpyc dis FILE.mpy : disassemble\n",
  );
  return 1;
}

/** Writes `data` so that the file either appears whole or not at all. */
export function writeAtomic(file: string, data: Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function readInput(file: string): Uint8Array | string {
  if (file === "-") return new Uint8Array(fs.readFileSync(0));
  try {
    if (fs.statSync(file).isDirectory()) return `error: ${file}: is a directory`;
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `OSError: [Errno 2] ENOENT` : `OSError: ${code ?? String(e)}`;
  }
}

function compileOne(input: string, flags: CompileFlags): number {
  const data = readInput(input);
  if (typeof data === "string") {
    process.stderr.write(data + "\n");
    return 1;
  }
  const sourceName = flags.sourceName ?? (input === "-" ? "<stdin>" : input.replace(/\\/g, "/"));
  const result = compile(data, { sourceName, optimize: flags.optimize, smallIntBits: flags.smallIntBits });
  if (!result.ok) {
    if (flags.march && result.error.code === "invalidArch") {
      process.stderr.write(`mpyc: native code for -march=${flags.march} is not supported yet (only bytecode can be emitted)\n`);
      return 1;
    }
    const text = new TextDecoder().decode(data);
    process.stderr.write(formatError(result.error, sourceName, text, input === "-" ? "<stdin>" : input));
    return 1;
  }
  const toStdout = flags.output === "-" || (flags.output === null && input === "-");
  if (toStdout) {
    process.stdout.write(result.mpy);
    return 0;
  }
  const out = flags.output ?? input.slice(0, -2) + "mpy";
  writeAtomic(out, result.mpy);
  if (flags.sourceMap) {
    const text = new TextDecoder().decode(data);
    writeAtomic(out + ".map", new TextEncoder().encode(sourceMap(result.module, sourceName, path.basename(out), text)));
  }
  return 0;
}

/** Parses an mpy-cross style command line; returns the exit status. */
function mpyCross(argv: string[]): number {
  const flags: CompileFlags = { output: null, sourceName: null, optimize: 0, smallIntBits: 31 };
  let input: string | null = null;
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a]!;
    if (arg.startsWith("-") && arg !== "-") {
      if (arg === "-X") {
        const opt = argv[++a];
        if (opt === undefined) return usage();
        if (opt === "emit=bytecode") continue;
        if (opt === "emit=native" || opt === "emit=viper") {
          process.stderr.write(`mpyc: -X ${opt} is not supported yet: only bytecode can be emitted\n`);
          return 1;
        }
        return usage();
      } else if (arg === "--version") {
        process.stdout.write(VERSION + "\n");
        return 0;
      } else if (arg === "-v") {
        continue;
      } else if (arg === "--source-map") {
        flags.sourceMap = true;
      } else if (arg.startsWith("-O")) {
        const rest = arg.slice(2);
        if (/^\d+$/.test(rest)) flags.optimize = Number(rest);
        else if (/^O*$/.test(rest)) flags.optimize = rest.length + 1;
        else return usage();
      } else if (arg === "-o" || arg === "-s") {
        const v = argv[++a];
        if (v === undefined) return usage();
        if (arg === "-o") flags.output = v;
        else flags.sourceName = v.replace(/\\/g, "/");
      } else if (arg.startsWith("-msmall-int-bits=")) {
        const n = Number(arg.slice("-msmall-int-bits=".length));
        if (!Number.isInteger(n) || n < 2 || n > 63) return usage();
        flags.smallIntBits = n;
      } else if (arg.startsWith("-march=")) {
        // The architecture only matters for native code; bytecode output is the same for all.
        if (!ARCHES.has(arg.slice("-march=".length))) return usage();
        flags.march = arg.slice("-march=".length);
      } else if (arg.startsWith("-march-flags=")) {
        process.stderr.write(`mpyc: ${arg} is not supported yet\n`);
        return 1;
      } else if (arg === "--") {
        if (a + 1 !== argv.length - 1) return usage();
        input = argv[++a]!;
      } else {
        return usage();
      }
    } else {
      if (input !== null) {
        process.stderr.write("multiple input files\n");
        return 1;
      }
      input = arg;
    }
  }
  if (input === null) {
    process.stderr.write("no input file\n");
    return 1;
  }
  return compileOne(input, flags);
}

function listPy(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listPy(p));
    else if (e.isFile() && e.name.endsWith(".py")) out.push(p);
  }
  return out.sort();
}

async function build(argv: string[]): Promise<number> {
  const args = await yargs(argv)
    .scriptName("mpyc build")
    .usage("$0 SRC_DIR -o OUT_DIR")
    .option("o", { type: "string", demandOption: true, describe: "output directory" })
    .option("O", { type: "number", default: 0, describe: "optimisation level" })
    .option("small-int-bits", { type: "number", default: 31 })
    .demandCommand(1)
    .strict()
    .parse();
  const src = String(args._[0]);
  const outDir = args.o;
  const files = listPy(src);
  const tty = process.stderr.isTTY;
  let failed = 0;
  const t0 = performance.now();
  files.forEach((file, i) => {
    const rel = path.relative(src, file);
    const data = new Uint8Array(fs.readFileSync(file));
    const r = compile(data, { sourceName: rel.replace(/\\/g, "/"), optimize: args.O, smallIntBits: args["small-int-bits"] });
    if (tty) process.stderr.write(`\r[${i + 1}/${files.length}] ${rel}`.padEnd(70).slice(0, 80));
    if (!r.ok) {
      failed++;
      if (tty) process.stderr.write("\n");
      process.stderr.write(formatError(r.error, rel, new TextDecoder().decode(data)));
      return;
    }
    const out = path.join(outDir, rel.slice(0, -2) + "mpy");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    writeAtomic(out, r.mpy);
  });
  if (tty) process.stderr.write("\n");
  const ms = performance.now() - t0;
  process.stderr.write(`compiled ${files.length - failed} of ${files.length} files in ${ms.toFixed(0)} ms${failed ? `, ${failed} failed` : ""}\n`);
  return failed ? 1 : 0;
}

function dis(argv: string[]): number {
  if (argv.length !== 1) {
    process.stderr.write("usage: mpyc dis FILE.mpy\n");
    return 1;
  }
  const data = readInput(argv[0]!);
  if (typeof data === "string") {
    process.stderr.write(data + "\n");
    return 1;
  }
  try {
    process.stdout.write(disassemble(readMpy(data, { targetSmallIntBits: null }), { mpySourceFile: argv[0]!, header: data.subarray(0, 4) }));
    return 0;
  } catch (e) {
    if (e instanceof MpyFormatError) {
      process.stderr.write(`ValueError: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "build") return build(argv.slice(1));
  if (argv[0] === "dis") return dis(argv.slice(1));
  return mpyCross(argv);
}
