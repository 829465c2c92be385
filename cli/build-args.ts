// The options of `mpyc build`, defined once: a quick reader takes the common spellings without
// loading yargs (which costs more than an up-to-date incremental build does), and anything else
// (--help, mistakes, unusual spellings) goes to yargs, built from the same table, to be reported.

import type { Argv } from "yargs";
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
  jobs: { type: "number", alias: "j", describe: "compile with this many threads (default: one per idle core but one, for trees big enough to gain)" },
  manifest: { type: "string", describe: "build what a manifest.py lists, as tools/makemanifest.py does" },
  lib: { type: "string", describe: "micropython-lib checkout for require() (default: env MPY_LIB_DIR)" },
  var: { type: "array", describe: "a manifest path variable, NAME=VALUE ($(NAME) in paths), as makemanifest.py -v" },
  "qstr-header": { type: "string", alias: "q", describe: "the firmware's qstrdefs.preprocessed.h (default: BUILD_DIR/genhdr/qstrdefs.preprocessed.h if present)" },
  "frozen-c": { type: "string", describe: "where to write the frozen C (default: BUILD_DIR/frozen_content.c)" },
  romfs: { type: "string", describe: "where to write the ROMFS image (default: BUILD_DIR/frozen.romfs)" },
  "mlongint-impl": { type: "string", choices: ["none", "longlong", "mpz"], default: "mpz", describe: "long-int implementation of the target, as mpy-tool.py" },
  "mmpz-dig-size": { type: "number", default: 16, describe: "mpz digit size of the target, as mpy-tool.py" },
};

const USAGE =
  "$0 SRC_DIR -o OUT_DIR [-O<n>] [-msmall-int-bits=N] [--force] [--no-prune] [-j N]\n" +
  "$0 --manifest manifest.py -o BUILD_DIR [--lib MPY_LIB_DIR] [--var NAME=VALUE]... [-q QSTRS_H]\n\n" +
  "Compile every .py under SRC_DIR to a .mpy at the same place under OUT_DIR, skipping files whose output is\n" +
  "up to date; or build the .mpy tree, frozen C and ROMFS image of a manifest.";

/** mpy-cross and mpy-tool style flags, spelled the way both readers take them. */
function normalize(argv: readonly string[]): string[] {
  return argv.map((a) => {
    if (a.startsWith("-msmall-int-bits=")) return `--small-int-bits=${a.slice("-msmall-int-bits=".length)}`;
    if (/^-m(longint-impl|mpz-dig-size)(=|$)/.test(a)) return "-" + a;
    return optimizeFlag(a);
  });
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
