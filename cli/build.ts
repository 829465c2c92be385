// `mpyc build SRC_DIR -o OUT_DIR`: compiles every .py under SRC_DIR in one process, mirroring the
// tree into OUT_DIR (.py -> .mpy). Each file is compiled as `mpy-cross -s REL SRC_DIR/REL` would
// compile it; a failing file is reported and the others are still written.

import * as fs from "node:fs";
import * as path from "node:path";
import { compile, formatError, InternalError } from "../compiler/index.js";
import { CliFileError, type CliIo, makeDirs, readInputFile, resolvePath, writeAtomic } from "./io.js";
import { optimizeFlag, parseWithYargs } from "./yargs.js";

/** mpy-cross style flags, spelled the way yargs reads them. */
function normalize(argv: readonly string[]): string[] {
  return argv.map((a) => (a.startsWith("-msmall-int-bits=") ? `--small-int-bits=${a.slice("-msmall-int-bits=".length)}` : optimizeFlag(a)));
}

/**
 * The .py files under `dir`, relative to it with '/' separators, sorted, and the entries that could
 * not be read (a looping symlink, an unreadable directory), each as a message: those are reported
 * and the rest is still compiled. Symlinked directories are not followed.
 */
/** "ELOOP: too many symbolic links encountered", without Node's repetition of the path. */
function errorText(e: unknown): string {
  return (e as Error).message.split(",")[0]!;
}

function listSources(root: string, skip: string, shownRoot: string): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${path.join(shownRoot, rel)}: ${errorText(e)}\n`);
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (abs !== skip) walk(abs, r);
      } else if (e.name.endsWith(".py") && e.isFile()) {
        files.push(r);
      } else if (e.name.endsWith(".py") && e.isSymbolicLink()) {
        try {
          if (fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) files.push(r);
        } catch (err) {
          problems.push(`${path.join(shownRoot, r)}: ${errorText(err)}\n`);
        }
      }
    }
  };
  walk(root, "");
  return { files: files.sort(), problems };
}

export async function build(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseWithYargs(io, normalize(argv), (y) =>
    y
      .scriptName("mpyc build")
      .usage("$0 SRC_DIR -o OUT_DIR [-O<n>] [-msmall-int-bits=N]\n\nCompile every .py under SRC_DIR to a .mpy at the same place under OUT_DIR.")
      .option("o", { alias: "output", type: "string", demandOption: true, describe: "output directory" })
      .option("optimize", { type: "number", default: 0, describe: "optimisation level, as -O<n>" })
      .option("small-int-bits", { type: "number", default: 31, describe: "small-int bits, as -msmall-int-bits=N" })
      .demandCommand(1, 1, "give one SRC_DIR", "give one SRC_DIR"),
  );
  if ("exit" in parsed) return parsed.exit;
  const args = parsed.args;
  const srcArg = String(args._[0]);
  const outArg = String(args.o);
  const optimize = Number(args.optimize);
  const smallIntBits = Number(args["small-int-bits"]);
  if (!Number.isInteger(smallIntBits) || smallIntBits < 1 || smallIntBits > 63) {
    io.stderr.write(`mpyc build: small-int bits must be 1 to 63, not ${args["small-int-bits"]}\n`);
    return 1;
  }
  const src = resolvePath(io, srcArg);
  if (!fs.statSync(src, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr.write(`mpyc build: ${srcArg}: not a directory\n`);
    return 1;
  }
  const { files, problems } = listSources(src, resolvePath(io, outArg), srcArg);
  const tty = io.stderr.isTTY === true;
  const t0 = performance.now();
  for (const p of problems) io.stderr.write(p);
  let failed = problems.length;
  let internal = 0;
  const report = (text: string) => io.stderr.write((tty ? "\r\x1b[K" : "") + text);
  for (let i = 0; i < files.length; i++) {
    const rel = files[i]!;
    const shown = path.join(srcArg, rel);
    if (tty) io.stderr.write(`\r\x1b[K[${i + 1}/${files.length}] ${shown}`);
    try {
      const source = readInputFile(io, shown);
      const r = compile(source, { sourceName: rel, optimize, smallIntBits });
      if (!r.ok) {
        failed++;
        report(formatError(r.error, rel, new TextDecoder().decode(source), shown));
      } else {
        const out = path.join(outArg, rel.slice(0, -2) + "mpy");
        makeDirs(io, path.dirname(out));
        writeAtomic(io, out, r.mpy);
      }
    } catch (e) {
      if (!(e instanceof CliFileError || e instanceof InternalError)) throw e;
      failed++;
      if (e instanceof InternalError) internal++;
      report(e instanceof InternalError ? `mpyc: ${e.message} (compiling ${shown})\n` : `${shown}: ${e.message}\n`);
    }
    // Let a pending Ctrl-C end the run between files, never in the middle of one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const ms = (performance.now() - t0).toFixed(0);
  report(`mpyc build: ${files.length + problems.length - failed} of ${files.length + problems.length} files compiled to ${outArg} in ${ms} ms${failed ? `, ${failed} failed` : ""}\n`);
  return internal ? 2 : failed ? 1 : 0;
}
