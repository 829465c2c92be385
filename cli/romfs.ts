// `mpyc romfs SRC_DIR [-o IMAGE] [-O<n>] [--no-mpy]`: a ROMFS image of SRC_DIR, as `mpremote romfs
// build SRC_DIR` makes it with mpy-cross installed. Every entry of the tree is packed in sorted
// order; a .py file is compiled to a .mpy of the same stem (named in its code as SRC_DIR/REL, the
// path mpremote hands mpy-cross) unless a .mpy of that stem sits beside it, in which case both are
// packed as they are. Other files are packed as they are. The image is written whole or not at all.

import * as fs from "node:fs";
import * as path from "node:path";
import { compileBytecode as compile, formatError, InternalError } from "../compiler/compile.js";
import { buildRomfs, RomfsError, type RomfsTree } from "../freezer/romfs.js";
import { CliFileError, type CliIo, readInputFile, resolvePath } from "./io.js";
import { writeAtomic } from "./write-output.js";
import { optimizeFlag, parseWithYargs } from "./yargs.js";

class RomfsBuildError extends Error {}

interface Options {
  readonly io: CliIo;
  readonly optimize: number;
  readonly mpy: boolean;
}

interface Counts {
  files: number;
  compiled: number;
  failed: number;
}

/** The tree under `dir` (a command-line path ending in '/'), compiling .py files on the way. */
function packDir(dir: string, o: Options, counts: Counts): Map<string, Uint8Array | RomfsTree> {
  const abs = resolvePath(o.io, dir);
  let names: string[];
  try {
    names = fs.readdirSync(abs).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (e) {
    throw new RomfsBuildError(`${dir}: can't list directory (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const tree = new Map<string, Uint8Array | RomfsTree>();
  for (const name of names) {
    const shown = dir + name;
    // As os.stat: a symbolic link is followed, and a dangling one is an error.
    let st: fs.Stats;
    try {
      st = fs.statSync(path.join(abs, name));
    } catch (e) {
      throw new RomfsBuildError(`${shown}: can't stat (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
    if (st.isDirectory()) {
      tree.set(name, packDir(shown + "/", o, counts));
      continue;
    }
    counts.files++;
    const source = readInputFile(o.io, shown);
    const stem = name.slice(0, -3);
    if (o.mpy && name.endsWith(".py") && !fs.statSync(path.join(abs, stem + ".mpy"), { throwIfNoEntry: false })?.isFile()) {
      const r = compile(source, { sourceName: shown, optimize: o.optimize });
      if (!r.ok) {
        counts.failed++;
        o.io.stderr.write(formatError(r.error, shown, new TextDecoder().decode(source), shown));
        continue;
      }
      counts.compiled++;
      tree.set(stem + ".mpy", r.mpy);
    } else {
      tree.set(name, source);
    }
  }
  return tree;
}

export async function romfs(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseWithYargs(io, argv.map(optimizeFlag), (y) =>
    y
      .scriptName("mpyc romfs")
      .usage("$0 SRC_DIR [-o IMAGE] [-O<n>] [--no-mpy]\n\nPack SRC_DIR into a ROMFS image, as `mpremote romfs build` does, compiling .py files to .mpy.")
      .option("o", { alias: "output", type: "string", describe: "the image file (default: SRC_DIR.romfs)" })
      .option("optimize", { type: "number", default: 0, describe: "optimisation level, as -O<n>" })
      .option("mpy", { type: "boolean", default: true, describe: "compile .py files to .mpy (--no-mpy packs them as they are)" })
      .demandCommand(1, 1, "give one SRC_DIR", "give one SRC_DIR"),
  );
  if ("exit" in parsed) return parsed.exit;
  const fail = (msg: string) => {
    io.stderr.write(`mpyc romfs: ${msg}\n`);
    return 1;
  };
  const srcArg = String(parsed.args._[0]);
  const out = (parsed.args.o as string | undefined) ?? srcArg + ".romfs";
  const optimize = Number(parsed.args.optimize);
  if (!Number.isInteger(optimize) || optimize < 0 || optimize > 3) return fail(`optimisation level must be 0 to 3, not ${parsed.args.optimize}`);
  if (!fs.statSync(resolvePath(io, srcArg), { throwIfNoEntry: false })?.isDirectory()) return fail(`${srcArg}: not a directory`);
  const counts: Counts = { files: 0, compiled: 0, failed: 0 };
  try {
    const tree = packDir(srcArg.endsWith("/") ? srcArg : srcArg + "/", { io, optimize, mpy: parsed.args.mpy !== false }, counts);
    if (counts.failed) return fail(`${counts.failed} file${counts.failed === 1 ? "" : "s"} failed to compile; no image written`);
    const image = buildRomfs(tree);
    writeAtomic(io, out, image);
    io.stderr.write(`mpyc romfs: ${counts.files} files (${counts.compiled} compiled) packed into ${out}, ${image.length} bytes\n`);
    return 0;
  } catch (e) {
    if (e instanceof InternalError) return fail(`internal error: ${e.message}`);
    if (e instanceof CliFileError || e instanceof RomfsBuildError || e instanceof RomfsError) return fail(e.message);
    throw e;
  }
}
