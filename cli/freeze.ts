// `mpyc freeze [-o OUT.c] [-q QSTRS_H] [-mlongint-impl=I] [-mmpz-dig-size=N] FILE.mpy|FILE.py...`:
// the C source of a frozen-module collection, as MicroPython's `tools/mpy-tool.py --freeze` prints
// it for the same .mpy files. A .py file is compiled first (mpy-cross's defaults, under the name
// given) and named in comments as the .mpy mpy-cross would write for it.

import { compileBytecode as compile, formatError, InternalError } from "../compiler/compile.js";
import { MpyFormatError, readMpyFile } from "../bytecode/mpy-read.js";
import {
  FreezeError,
  type FirmwareQstrs,
  type FreezeInput,
  freezeModules,
  LONGINT_IMPLS,
  type LongIntImpl,
  MPZ_DIGIT_SIZES,
  parseQstrHeader,
} from "../freezer/freeze.js";
import { CliFileError, type CliIo, readInputFile } from "./io.js";
import { writeAtomic } from "./write-output.js";
import { parseWithYargs } from "./yargs.js";

/** mpy-tool's single-dash long options (argparse), as yargs takes them. */
const SINGLE_DASH = ["-mlongint-impl", "-mmpz-dig-size"];

function longOptions(argv: readonly string[]): string[] {
  return argv.map((a) => (SINGLE_DASH.some((o) => a === o || a.startsWith(o + "=")) ? "-" + a : a));
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export async function freeze(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseWithYargs(io, longOptions(argv), (y) =>
    y
      // File names stay text: "1e3.mpy" is a name, and so would be "0x10".
      .parserConfiguration({ "parse-positional-numbers": false })
      .scriptName("mpyc freeze")
      .usage("$0 [-o OUT.c] [-q QSTRS_H] [-mlongint-impl=I] [-mmpz-dig-size=N] FILE.mpy|FILE.py...\n\nFreeze modules into C, as tools/mpy-tool.py --freeze does.")
      .option("o", { alias: "output", type: "string", describe: "write the C here (default: standard output)" })
      .option("q", { alias: "qstr-header", type: "string", describe: "the firmware's qstr header to freeze against (qstrdefs.preprocessed.h)" })
      .option("mlongint-impl", { type: "string", choices: LONGINT_IMPLS, default: "mpz", describe: "long-int implementation of the target" })
      .option("mmpz-dig-size", { type: "number", default: 16, describe: `mpz digit size of the target (${MPZ_DIGIT_SIZES.join(", ")})` })
      .option("f", { alias: "freeze", type: "boolean", describe: "accepted for mpy-tool.py compatibility (freezing is what this command does)" })
      .demandCommand(1, "give at least one .mpy or .py file"),
  );
  if ("exit" in parsed) return parsed.exit;
  const fail = (msg: string) => {
    io.stderr.write(`mpyc freeze: ${msg}\n`);
    return 1;
  };
  const header = parsed.args.q as string | undefined;
  const out = parsed.args.o as string | undefined;
  const longInt = parsed.args["mlongint-impl"] as LongIntImpl;
  const mpzDigitBits = parsed.args["mmpz-dig-size"] as number;
  if (!MPZ_DIGIT_SIZES.includes(mpzDigitBits)) return fail(`-mmpz-dig-size=${mpzDigitBits} is not supported (${MPZ_DIGIT_SIZES.join(", ")})`);

  let firmware: FirmwareQstrs | undefined;
  if (header !== undefined) {
    try {
      firmware = parseQstrHeader(utf8.decode(readInputFile(io, header)));
    } catch (e) {
      if (e instanceof CliFileError) return fail(e.message);
      if (e instanceof FreezeError) return fail(`${header}: ${e.message}`);
      if (e instanceof TypeError) return fail(`${header}: not UTF-8 text`);
      throw e;
    }
  }
  const inputs: FreezeInput[] = [];
  for (const file of parsed.args._.map(String)) {
    try {
      const bytes = readInputFile(io, file);
      if (file.endsWith(".py")) {
        const r = compile(bytes, { sourceName: file });
        if (!r.ok) {
          io.stderr.write(formatError(r.error, file, new TextDecoder().decode(bytes), file));
          return 1;
        }
        inputs.push({ module: r.module, mpyFile: file.slice(0, -2) + "mpy" });
      } else {
        // Any small-int width: the C does not depend on it (mpy-tool only quotes the header).
        inputs.push({ module: readMpyFile(bytes, { targetSmallIntBits: null }), mpyFile: file });
      }
    } catch (e) {
      if (e instanceof InternalError) return fail(`internal error compiling ${file}: ${e.message}`);
      if (e instanceof CliFileError) return fail(e.message);
      if (e instanceof MpyFormatError) return fail(`${file}: ${e.message}`);
      throw e;
    }
  }
  try {
    const text = freezeModules(inputs, { ...(firmware ? { firmware } : {}), longInt, mpzDigitBits });
    if (out === undefined) io.stdout.write(text);
    else writeAtomic(io, out, new TextEncoder().encode(text));
    return 0;
  } catch (e) {
    if (e instanceof CliFileError || e instanceof FreezeError) return fail(e.message);
    throw e;
  }
}
