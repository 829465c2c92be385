// `mpyc freeze [-o OUT.c] [-q QSTRS_H] FILE.mpy|FILE.py...`: the C source of a frozen-module
// collection, as MicroPython's `tools/mpy-tool.py --freeze [-q QSTRS_H]` prints it for the same
// .mpy files. A .py file is compiled first, under the name it was given.

import { compile, formatError, InternalError } from "../compiler/index.js";
import { MpyFormatError, readMpy } from "../bytecode/mpy-read.js";
import { FreezeError, type FirmwareQstrs, freezeModules, parseQstrHeader } from "../freezer/freeze.js";
import { CliFileError, type CliIo, readInputFile, writeAtomic } from "./io.js";
import { parseWithYargs } from "./yargs.js";

export async function freeze(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseWithYargs(io, argv, (y) =>
    y
      .scriptName("mpyc freeze")
      .usage("$0 [-o OUT.c] [-q QSTRS_H] FILE.mpy|FILE.py...\n\nFreeze modules into C, as tools/mpy-tool.py --freeze does.")
      .option("o", { alias: "output", type: "string", describe: "write the C here (default: standard output)" })
      .option("q", { alias: "qstr-header", type: "string", describe: "the firmware's qstr header to freeze against" })
      .demandCommand(1, "give at least one .mpy or .py file"),
  );
  if ("exit" in parsed) return parsed.exit;
  const fail = (msg: string) => {
    io.stderr.write(`mpyc freeze: ${msg}\n`);
    return 1;
  };
  let firmware: FirmwareQstrs | undefined;
  const header = parsed.args.q as string | undefined;
  const out = parsed.args.o as string | undefined;
  const inputs = [];
  try {
    if (header !== undefined) firmware = parseQstrHeader(new TextDecoder().decode(readInputFile(io, header)));
    for (const file of parsed.args._.map(String)) {
      const bytes = readInputFile(io, file);
      if (file.endsWith(".py")) {
        const r = compile(bytes, { sourceName: file });
        if (!r.ok) {
          io.stderr.write(formatError(r.error, file, new TextDecoder().decode(bytes), file));
          return 1;
        }
        inputs.push({ module: r.module, mpyFile: file });
      } else {
        inputs.push({ module: readMpy(bytes), mpyFile: file });
      }
    }
    const text = freezeModules(inputs, firmware ? { firmware } : {});
    if (out === undefined) io.stdout.write(text);
    else writeAtomic(io, out, new TextEncoder().encode(text));
    return 0;
  } catch (e) {
    if (e instanceof InternalError) return fail(`internal error: ${e.message}`);
    if (e instanceof CliFileError || e instanceof MpyFormatError || e instanceof FreezeError) return fail(e.message);
    throw e;
  }
}
