// `mpyc dis [-x] FILE.mpy...`: prints what MicroPython's `tools/mpy-tool.py -d` (with -x: `-xd`)
// prints for the same files, so the two can be diffed. Files are read as the format allows, not as
// a 32-bit port would load them; a file that would not pass validation is still shown, then reported.

import { disassemble, hexdump } from "../bytecode/disasm.js";
import { MpyFormatError, type MpySegment, readMpyFile, validateModule } from "../bytecode/mpy-read.js";
import type { MpyModule } from "../bytecode/rawcode.js";
import { CliFileError, type CliIo, readInputFile } from "./io.js";
import { parseWithYargs } from "./yargs.js";

export async function dis(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseWithYargs(io, argv, (y) =>
    y
      .scriptName("mpyc dis")
      .usage("$0 [-x] FILE.mpy...\n\nDisassemble .mpy files as tools/mpy-tool.py -d prints them.")
      .option("x", { alias: "hexdump", type: "boolean", default: false, describe: "first a hex dump of each file, as mpy-tool.py -x" })
      .option("d", { alias: "disassemble", type: "boolean", default: true, describe: "the disassembly (on unless --no-d)" })
      .demandCommand(1, "give at least one .mpy file"),
  );
  if ("exit" in parsed) return parsed.exit;
  const files = parsed.args._.map(String);
  const loaded: { file: string; bytes: Uint8Array; m: MpyModule; segments: MpySegment[] }[] = [];
  let status = 0;
  for (const file of files) {
    try {
      const bytes = readInputFile(io, file);
      const segments: MpySegment[] = [];
      const m = readMpyFile(bytes, { targetSmallIntBits: null, validate: false, strict: false, onSegment: (s) => segments.push(s) });
      loaded.push({ file, bytes, m, segments });
    } catch (e) {
      if (!(e instanceof MpyFormatError || e instanceof CliFileError)) throw e;
      io.stderr.write(`mpyc dis: ${file}: ${e.message}\n`);
      status = 1;
    }
  }
  let text = "";
  if (parsed.args.x) for (const l of loaded) text += hexdump(l.m, l.bytes, l.segments);
  if (parsed.args.d) {
    if (parsed.args.x) text += "\n";
    for (const l of loaded) text += disassemble(l.m, { mpySourceFile: l.file, header: l.bytes.subarray(0, 4) });
  }
  io.stdout.write(text);
  for (const l of loaded) {
    try {
      validateModule(l.m);
    } catch (e) {
      if (!(e instanceof MpyFormatError)) throw e;
      io.stderr.write(`mpyc dis: ${l.file}: ${e.message}\n`);
      status = 1;
    }
  }
  return status;
}
