// `mpyc makemanifest`: MicroPython v1.27.0's tools/makemanifest.py as a command, its arguments as it
// takes them (`-o OUT.c -b BUILD_DIR [-f MPY_CROSS_FLAGS] [-v NAME=VALUE]... [--mpy-tool-flags FLAGS]
// MANIFEST...`), so that a port's build can run it where it runs makemanifest.py
// (`make MAKE_MANIFEST="mpyc makemanifest"`): the same frozen C and BUILD_DIR/frozen_mpy/ tree, made
// in one process by `mpyc build --manifest` (cli/build-manifest.ts), with no ROMFS image, and the
// lines makemanifest.py prints on stdout ("MPY" for each module compiled; "STR" and "GEN" when the C
// is written). The C is written only when its bytes change, so make rebuilds nothing after an
// unchanged run.

import { buildOptions, parseBuildArgs } from "./build-args.js";
import type { CliIo } from "./io.js";

const USAGE = "usage: mpyc makemanifest [-h] [-o OUTPUT] [-b BUILD_DIR] [-f MPY_CROSS_FLAGS] [-v VAR] [--mpy-tool-flags MPY_TOOL_FLAGS] files [files ...]\n";

/** makemanifest.py's options: short and long names, and whether they repeat. */
const OPTIONS: readonly { short?: string; long: string; many?: boolean }[] = [
  { short: "-o", long: "--output" },
  { short: "-b", long: "--build-dir" },
  { short: "-f", long: "--mpy-cross-flags" },
  { short: "-v", long: "--var", many: true },
  { long: "--mpy-tool-flags" },
];

/** The mpy-cross flags a build takes (what ports put in MPY_CROSS_FLAGS), and the mpy-tool ones. */
const CROSS_FLAGS = [/^-march=/, /^-march-flags=/, /^-O\d?$/, /^-msmall-int-bits=/, /^-X$/, /^(emit|heapsize)=/];
const TOOL_FLAGS = [/^-mlongint-impl=/, /^-mmpz-dig-size=/];

/** The first flag no pattern takes, or null. */
function unknownFlag(flags: readonly string[], known: readonly RegExp[]): string | null {
  return flags.find((f) => !known.some((k) => k.test(f))) ?? null;
}

type Read = { values: Map<string, string[]>; files: string[] } | { error: string } | { help: true };

/**
 * The long option `given` (before any "=") names: itself, or the one option it is the start of, as
 * argparse takes abbreviations (`--out` for `--output`); an error when it starts none or several.
 */
function longOption(given: string): { long: string } | { error: string } {
  const names = ["--help", ...OPTIONS.map((o) => o.long)];
  if (names.includes(given)) return { long: given };
  const matches = names.filter((n) => n.startsWith(given));
  if (matches.length === 1) return { long: matches[0]! };
  if (matches.length > 1) return { error: `ambiguous option: ${given} could match ${matches.join(", ")}` };
  return { error: "" };
}

/** Reads the arguments as argparse reads them: `-oX`, `-o X`, `--output X`, `--output=X` and `--out X` alike. */
function read(argv: readonly string[]): Read {
  const values = new Map<string, string[]>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h") return { help: true };
    if (!a.startsWith("-") || a === "-") {
      files.push(a);
      continue;
    }
    let spec: (typeof OPTIONS)[number] | undefined;
    let value: string | undefined;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const named = longOption(eq < 0 ? a : a.slice(0, eq));
      if ("error" in named) return { error: named.error || `unrecognized arguments: ${a}` };
      if (named.long === "--help") return { help: true };
      spec = OPTIONS.find((o) => o.long === named.long)!;
      value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    } else {
      spec = OPTIONS.find((o) => o.short !== undefined && a.startsWith(o.short));
      if (!spec) return { error: `unrecognized arguments: ${a}` };
      value = a.length > 2 ? a.slice(2) : argv[++i];
    }
    if (value === undefined) return { error: `argument ${spec.short ? `${spec.short}/` : ""}${spec.long}: expected one argument` };
    values.set(spec.long, spec.many ? [...(values.get(spec.long) ?? []), value] : [value]);
  }
  if (files.length === 0) return { error: "the following arguments are required: files" };
  return { values, files };
}

export async function makemanifest(argv: readonly string[], io: CliIo): Promise<number> {
  const r = read(argv);
  if ("help" in r) {
    io.stdout.write(USAGE);
    return 0;
  }
  if ("error" in r) {
    io.stderr.write(`${USAGE}mpyc makemanifest: error: ${r.error}\n`);
    return 2;
  }
  const one = (name: string) => r.values.get(name)?.[0];
  const vars = r.values.get("--var") ?? [];
  const names = new Set(vars.map((v) => v.split("=", 1)[0]));
  if (!names.has("MPY_DIR") || !names.has("PORT_DIR")) {
    io.stdout.write("MPY_DIR and PORT_DIR variables must be specified\n");
    return 1;
  }
  const output = one("--output");
  const buildDir = one("--build-dir");
  if (output === undefined || buildDir === undefined) {
    io.stderr.write(`mpyc makemanifest: give -o OUTPUT and -b BUILD_DIR\n`);
    return 1;
  }
  const flags = (name: string) => (one(name) ?? "").split(/\s+/).filter((f) => f !== "");
  // -X heapsize=N: mpy-cross's heap, which mpyc does not need (taken and ignored, as the mpyc command does).
  const cross = flags("--mpy-cross-flags").filter((f, i, all) => !(f === "-X" && all[i + 1]?.startsWith("heapsize=")) && !(f.startsWith("heapsize=") && all[i - 1] === "-X"));
  const tool = flags("--mpy-tool-flags");
  for (const [whose, given, known] of [["mpy-cross", cross, CROSS_FLAGS], ["mpy-tool", tool, TOOL_FLAGS]] as const) {
    const unknown = unknownFlag(given, known);
    if (unknown === null) continue;
    io.stderr.write(`mpyc makemanifest: ${whose} flag ${unknown} is not supported\n`);
    return 1;
  }
  // The mpy-cross and mpy-tool flags are `mpyc build`'s own (-march, -O, -mlongint-impl ...); the
  // micropython-lib checkout is the MPY_LIB_DIR variable alone, as for makemanifest.py.
  const buildArgv = [
    "--manifest", r.files[0]!, "-o", buildDir, "--frozen-c", output, "--lib", "",
    ...vars.flatMap((v) => ["--var", v]), ...cross, ...tool,
  ];
  const parsed = await parseBuildArgs(io, buildArgv);
  if ("exit" in parsed) return parsed.exit;
  const options = buildOptions(parsed.args);
  if (typeof options === "string") {
    io.stderr.write(`mpyc makemanifest: ${options}\n`);
    return 1;
  }
  const { buildManifest } = await import("./build-manifest.js");
  return buildManifest(parsed.args, options, io, { manifests: r.files, romfs: false, command: "mpyc makemanifest", progressLines: true });
}
