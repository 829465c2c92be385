// yargs for mpyc's subcommands, loaded only when one runs (plain compiles start faster without it)
// and kept from touching the process: help and errors go to the given streams, never exit().

import type { Argv } from "yargs";
import type { CliIo } from "./io.js";

/** mpy-cross's -O<n> and -OO... spelled as yargs reads them (--optimize=N); other arguments as they are. */
export function optimizeFlag(a: string): string {
  if (/^-O[0-9]/.test(a)) return `--optimize=${a[2]}`;
  if (/^-O+$/.test(a)) return `--optimize=${a.length - 1}`;
  return a;
}

export type ParsedArgs = { readonly _: readonly (string | number)[]; readonly [key: string]: unknown };

/** Parses `argv` with the parser `define` builds; returns the arguments, or an exit status once help or an error was printed. */
export async function parseWithYargs(io: CliIo, argv: readonly string[], define: (y: Argv) => Argv): Promise<{ args: ParsedArgs } | { exit: number }> {
  const { default: yargs } = await import("yargs");
  let failure: string | null = null;
  let output = "";
  const parser = define(yargs())
    .help("help")
    .alias("h", "help")
    .version(false)
    .strict()
    .wrap(null)
    .exitProcess(false)
    .fail((msg, err) => {
      failure = msg || (err ? err.message : "invalid arguments");
    });
  const args = (await parser.parseAsync([...argv], {}, (_err, _argv, out) => {
    output = out;
  })) as ParsedArgs;
  if (failure !== null) {
    const help = await parser.getHelp();
    const unknown = unknownOptions(failure, argv);
    // The option named first, as typed, then the usage to correct it by.
    const first = unknown ? `${/^usage: (\S+(?: [a-z]+)?)/.exec(help)?.[1] ?? "mpyc"}: unknown ${unknown}\n` : "";
    io.stderr.write(`${first}${help}\n\n${failure}\n`);
    return { exit: 1 };
  }
  if (output) {
    io.stdout.write(output + "\n");
    return { exit: 0 };
  }
  return { args };
}

/** What yargs' "Unknown argument(s): a, b" names, options spelled as typed (`--bogus`, `-x`); null for other failures. */
function unknownOptions(failure: string, argv: readonly string[]): string | null {
  const m = /^Unknown arguments?: (.*)$/.exec(failure);
  if (!m) return null;
  const end = argv.indexOf("--");
  const options = (end < 0 ? argv : argv.slice(0, end)).filter((a) => a.startsWith("-"));
  const named = m[1]!.split(", ").map((name) => options.find((a) => a.replace(/^-+/, "").split("=")[0] === name)?.split("=")[0] ?? null);
  if (named.some((n) => n === null)) return null;
  return `${named.length > 1 ? "options" : "option"} ${named.join(", ")}`;
}
