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
    io.stderr.write(`${await parser.getHelp()}\n\n${failure}\n`);
    return { exit: 1 };
  }
  if (output) {
    io.stdout.write(output + "\n");
    return { exit: 0 };
  }
  return { args };
}
