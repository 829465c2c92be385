// The options of `mpyc build`, defined once: a quick reader takes the common spellings without
// loading yargs (which costs more than an up-to-date incremental build does), and anything else
// (--help, mistakes, unusual spellings) goes to yargs, built from the same table, to be reported.
// Then their checks, and the options tree and manifest builds share (buildOptions), mpy-cross's
// -march, -march-flags and -X emit among them.

import type { Argv } from "yargs";
import { ARCHES, rv32ArchFlags } from "../compiler/mpy-cross-args.js";
import type { CliIo } from "./io.js";
import { optimizeFlag, type ParsedArgs, parseWithYargs } from "./yargs.js";

interface OptionSpec {
  readonly type: "string" | "number" | "boolean" | "array";
  readonly alias?: string;
  readonly default?: string | number | boolean;
  readonly choices?: readonly string[];
  readonly describe: string;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: "string", alias: "o", describe: "output directory (with --manifest: the build directory, as makemanifest.py -b)" },
  optimize: { type: "number", default: 0, describe: "optimisation level, as -O<n>" },
  "small-int-bits": { type: "number", default: 31, describe: "small-int bits, as -msmall-int-bits=N" },
  force: { type: "boolean", default: false, describe: "compile every file, even those whose output is up to date" },
  prune: { type: "boolean", default: true, describe: "remove outputs this command wrote earlier whose source is gone (--no-prune keeps them)" },
  watch: { type: "boolean", default: false, describe: "after building, build again whenever something under SRC_DIR changes, until Ctrl-C" },
  jobs: { type: "number", alias: "j", describe: "compile with this many threads (default: one per idle core but one, for trees big enough to gain)" },
  manifest: { type: "string", describe: "build what a manifest.py lists, as tools/makemanifest.py does" },
  lib: { type: "string", describe: "micropython-lib checkout for require() (default: env MPY_LIB_DIR)" },
  var: { type: "array", describe: "a manifest path variable, NAME=VALUE ($(NAME) in paths), as makemanifest.py -v" },
  "qstr-header": { type: "string", alias: "q", describe: "the firmware's qstrdefs.preprocessed.h (default: BUILD_DIR/genhdr/qstrdefs.preprocessed.h if present)" },
  "frozen-c": { type: "string", describe: "where to write the frozen C (default: BUILD_DIR/frozen_content.c)" },
  romfs: { type: "string", describe: "where to write the ROMFS image (default: BUILD_DIR/frozen.romfs)" },
  "mlongint-impl": { type: "string", choices: ["none", "longlong", "mpz"], default: "mpz", describe: "long-int implementation of the target, as mpy-tool.py" },
  "mmpz-dig-size": { type: "number", default: 16, describe: "mpz digit size of the target, as mpy-tool.py" },
  march: { type: "string", describe: "emit native code (@micropython.native, viper, inline assembler) for this architecture, as mpy-cross -march=ARCH" },
  "march-flags": { type: "string", describe: "architecture flags, as mpy-cross -march-flags=FLAGS (rv32imc: zba)" },
  emit: { type: "string", choices: ["bytecode", "native", "viper"], describe: "the default code emitter, as mpy-cross -X emit=E (native and viper need -march)" },
};

const USAGE =
  "$0 SRC_DIR -o OUT_DIR [-O<n>] [-msmall-int-bits=N] [-march=ARCH [-march-flags=F] [-X emit=E]] [--force] [--no-prune] [-j N] [--watch]\n" +
  "$0 --manifest manifest.py -o BUILD_DIR [--lib MPY_LIB_DIR] [--var NAME=VALUE]... [-q QSTRS_H]\n\n" +
  "Compile every .py under SRC_DIR to a .mpy at the same place under OUT_DIR, skipping files whose output is\n" +
  "up to date; or build the .mpy tree, frozen C and ROMFS image of a manifest.";

/** mpy-cross and mpy-tool style flags, spelled the way both readers take them. */
function normalize(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("-msmall-int-bits=")) out.push(`--small-int-bits=${a.slice("-msmall-int-bits=".length)}`);
    else if (/^-m(longint-impl|mpz-dig-size|arch|arch-flags)(=|$)/.test(a)) out.push("-" + a);
    else if (a === "-X" && argv[i + 1]?.startsWith("emit=")) out.push(`--emit=${argv[++i]!.slice("emit=".length)}`);
    else out.push(optimizeFlag(a));
  }
  return out;
}

function specOf(flag: string): [string, OptionSpec] | null {
  if (flag.startsWith("--")) {
    const name = flag.slice(2);
    return OPTIONS[name] ? [name, OPTIONS[name]] : null;
  }
  const hit = Object.entries(OPTIONS).find(([, s]) => s.alias === flag.slice(1));
  return flag.length === 2 && hit ? hit : null;
}

/** The arguments read without yargs, or null when yargs should read (and perhaps report) them. */
function quickRead(argv: readonly string[]): ParsedArgs | null {
  const args: Record<string, unknown> = { _: [] as string[] };
  for (const [name, s] of Object.entries(OPTIONS)) if (s.default !== undefined) args[name] = s.default;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("-")) {
      (args._ as string[]).push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag.startsWith("--no-") && eq < 0 && OPTIONS[flag.slice(5)]?.type === "boolean") {
      args[flag.slice(5)] = false;
      continue;
    }
    const found = specOf(flag);
    if (!found) return null;
    const [name, s] = found;
    if (s.type === "boolean") {
      if (eq > 0) return null;
      args[name] = true;
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("-"))) return null;
    if (s.type === "number") {
      if (!/^[0-9]+$/.test(value)) return null;
      args[name] = Number(value);
    } else if (s.type === "array") {
      args[name] = [...((args[name] as string[] | undefined) ?? []), value];
    } else {
      if (s.choices && !s.choices.includes(value)) return null;
      args[name] = value;
    }
  }
  return args as ParsedArgs;
}

function define(y: Argv): Argv {
  let out = y.scriptName("mpyc build").usage(USAGE).parserConfiguration({ "parse-positional-numbers": false });
  for (const [name, s] of Object.entries(OPTIONS)) {
    out = out.option(name, {
      type: s.type,
      describe: s.describe,
      ...(s.alias ? { alias: s.alias } : {}),
      ...(s.default !== undefined ? { default: s.default } : {}),
      ...(s.choices ? { choices: [...s.choices] } : {}),
    });
  }
  return out.demandOption("output", "give -o OUT_DIR").demandCommand(0, 1, "", "give one SRC_DIR");
}

/** The parsed arguments of `mpyc build`, or the exit status once help or an error was printed. */
export async function parseBuildArgs(io: CliIo, argv: readonly string[]): Promise<{ args: ParsedArgs } | { exit: number }> {
  const normal = normalize(argv);
  const quick = quickRead(normal);
  if (quick && typeof quick.output === "string" && quick._.length <= 1) return { args: quick };
  return parseWithYargs(io, normal, define);
}

/** What a build compiles native code for (-march, -march-flags, -X emit). */
export interface NativeOptions {
  readonly arch: string;
  readonly archFlags: number;
  readonly emit: "bytecode" | "native" | "viper";
}

export interface BuildOptions {
  readonly optimize: number;
  readonly smallIntBits: number;
  /** Null: bytecode only, as mpy-cross without -march. */
  readonly native: NativeOptions | null;
  readonly force: boolean;
  readonly prune: boolean;
  /** Thread limit (-j); null: one per idle core but one. */
  readonly threads: number | null;
}

/** Reads and checks the options shared by tree and manifest builds; a string is the error to print. */
export function buildOptions(args: ParsedArgs): BuildOptions | string {
  const optimize = Number(args.optimize);
  const smallIntBits = Number(args["small-int-bits"]);
  const jobs = args.jobs === undefined ? null : Number(args.jobs);
  if (!Number.isInteger(optimize) || optimize < 0 || optimize > 3) return `optimisation level must be 0 to 3, not ${args.optimize}`;
  if (!Number.isInteger(smallIntBits) || smallIntBits < 1 || smallIntBits > 63) return `small-int bits must be 1 to 63, not ${args["small-int-bits"]}`;
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) return `jobs must be a positive whole number, not ${args.jobs}`;
  const native = nativeOptions(args);
  if (typeof native === "string") return native;
  return { optimize, smallIntBits, native, force: args.force === true, prune: args.prune !== false, threads: jobs };
}

/** -march, -march-flags and -X emit, checked as mpy-cross checks them (its messages where it has one). */
function nativeOptions(args: ParsedArgs): NativeOptions | null | string {
  const emit = (args.emit ?? "bytecode") as NativeOptions["emit"];
  if (args.march === undefined) return emit === "bytecode" ? null : "arch not specified";
  const named = String(args.march);
  if (!ARCHES.has(named)) return `unknown architecture ${named} (one of ${[...ARCHES].join(", ")})`;
  const arch = named === "host" ? "x64" : named;
  let archFlags = 0;
  if (args["march-flags"] !== undefined) {
    const flags = arch === "rv32imc" ? rv32ArchFlags(String(args["march-flags"])) : null;
    if (flags === null) return "unrecognised arch flags";
    archFlags = flags;
  }
  return { arch, archFlags, emit };
}

/** The options that change a build's bytes, as its record's key holds them (native ones only when given). */
export function bytesOptions(o: BuildOptions, optimize?: number): Record<string, string | number> {
  const key: Record<string, string | number> = { smallIntBits: o.smallIntBits };
  if (optimize !== undefined) key["optimize"] = optimize;
  if (o.native) Object.assign(key, { arch: o.native.arch, archFlags: o.native.archFlags, emit: o.native.emit });
  return key;
}
