// mpy-cross's command line as mpy-cross/main.c reads it: the options, their quirks, and the checks made
// before compiling. Apart from compiling (compiler/mpy-cross.ts), so that reading a command line loads
// no compiler.

/** The -march names mpy-cross v1.27.0 takes ("host" is x64 here). */
export const ARCHES = new Set(["x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv64imc", "host", "debug"]);

/** The options of mpy-cross's command line, as mpy-cross/main.c reads them. */
export interface MpyCrossArgs {
  input: string | null;
  output: string | null;
  sourceName: string | null;
  optimize: number;
  smallIntBits: number;
  arch: string | null;
  archFlags: string | null;
  emit: "bytecode" | "native" | "viper";
  /** --source-map (the mpyc command's own option). */
  sourceMap: boolean;
}

/** What reading the arguments ends in: options to compile with, --version, a usage error (and why), or a second input file. */
export type ReadArgs = { readonly args: MpyCrossArgs } | { readonly version: true } | { readonly usage: string } | { readonly multipleInputs: true };

/** C strtol(s, &end, 0) requiring the whole string to be read: decimal, 0x hex, 0 octal. */
export function strtol0(s: string): number | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)?$/.exec(s);
  if (!m) return null;
  const t = m[2] ?? "0";
  const v = /^0[xX]/.test(t) ? parseInt(t.slice(2), 16) : t.length > 1 && t.startsWith("0") ? parseInt(t, 8) : Number(t);
  return m[1] === "-" ? -v : v;
}

/** -march-flags for rv32imc (mpy-cross/main.c parse_integer, then the "zba" name). Null if unrecognised. */
export function rv32ArchFlags(value: string): number | null {
  let n: number | null = null;
  const bin = /^0[bB]([01_]+)$/.exec(value);
  const hex = /^0[xX]([0-9a-fA-F_]+)$/.exec(value);
  if (bin) n = parseInt(bin[1]!.replace(/_/g, ""), 2);
  else if (hex) n = parseInt(hex[1]!.replace(/_/g, ""), 16);
  else if (!(value.length > 2 && value[0] === "0") && /^\s*\+?[0-9_]*[0-9][0-9_]*\s*$/.test(value)) n = Number(value.trim().replace(/[_+]/g, ""));
  if (n !== null && (n & ~1) === 0) return n; // RV32_EXT_ALL is Zba (bit 0)
  if (value.startsWith("zba")) return 1;
  return null;
}

/**
 * Reads the arguments as main.c does, quirks included (-O3x, -msmall-int-bits=0x1f): -X options
 * in a first pass over all of them (pre_process_options), then the rest in order, so that
 * --version or an error stops where main.c stops. `sourceMap`: take the mpyc command's --source-map.
 */
export function readMpyCrossArgs(argv: readonly string[], { sourceMap = false } = {}): ReadArgs {
  const o: MpyCrossArgs = { input: null, output: null, sourceName: null, optimize: 0, smallIntBits: 31, arch: null, archFlags: null, emit: "bytecode", sourceMap: false };
  for (let a = 0; a < argv.length; a++) {
    if (argv[a] !== "-X") continue;
    const opt = argv[++a];
    if (opt === undefined) return { usage: "-X needs an option" };
    if (opt === "emit=bytecode" || opt === "emit=native" || opt === "emit=viper") o.emit = opt.slice(5) as MpyCrossArgs["emit"];
    else if (!opt.startsWith("heapsize=")) return { usage: `unknown -X option ${opt}` };
  }
  let options = true;
  for (let a = 0; a < argv.length; a++) {
    const arg = argv[a]!;
    if (!(options && arg.startsWith("-") && arg.length > 1)) {
      if (o.input !== null) return { multipleInputs: true };
      o.input = arg.replace(/\\/g, "/");
    } else if (arg === "-X") a++;
    else if (arg === "--version") return { version: true };
    else if (arg === "--") options = false;
    else if (arg === "-v") continue; // verbosity prints nothing in mpy-cross v1.27.0 (its memory report is compiled out)
    else if (arg.startsWith("-O")) {
      // "-O<digit>" takes that digit; otherwise each O counts one level ("-OO" is 2).
      o.optimize = /^[0-9]$/.test(arg[2] ?? "") ? Number(arg[2]) : /^O*/.exec(arg.slice(1))![0].length;
    } else if (arg === "-o" || arg === "-s") {
      const v = argv[++a];
      if (v === undefined) return { usage: `${arg} needs a file name` };
      if (arg === "-o") o.output = v;
      else o.sourceName = v.replace(/\\/g, "/");
    } else if (arg === "--source-map" && sourceMap) o.sourceMap = true;
    else if (arg.startsWith("-msmall-int-bits=")) {
      const n = strtol0(arg.slice("-msmall-int-bits=".length));
      if (n === null) return { usage: `bad ${arg}` };
      o.smallIntBits = n;
    } else if (arg.startsWith("-march=")) {
      const arch = arg.slice("-march=".length);
      if (!ARCHES.has(arch)) return { usage: `unknown architecture ${arch}` };
      o.arch = arch === "host" ? "x64" : arch;
    } else if (arg.startsWith("-march-flags=")) o.archFlags = arg.slice("-march-flags=".length);
    else return { usage: `unknown option ${arg}` };
  }
  return { args: o };
}

/** The checks main.c makes once the arguments are read: the rv32 flags' value, or the message it stops with. */
export function checkMpyCrossArgs(o: MpyCrossArgs): { readonly archFlags: number } | { readonly error: string } {
  let archFlags = 0;
  if (o.archFlags !== null && o.arch !== null) {
    const flags = o.arch === "rv32imc" ? rv32ArchFlags(o.archFlags) : null;
    if (flags === null) return { error: "unrecognised arch flags" };
    archFlags = flags;
  }
  if (o.emit !== "bytecode" && o.arch === null) return { error: "arch not specified" };
  if (o.smallIntBits < 1 || o.smallIntBits > 63) return { error: `mpyc: -msmall-int-bits=${o.smallIntBits} is not supported (1 to 63)` };
  if (o.input === null) return { error: "no input file" };
  return { archFlags };
}
