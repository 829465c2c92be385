// Dispatch of the mpyc command line: `build`, `dis`, `freeze`, `makemanifest`, `romfs` and `run` are subcommands,
// anything else is the mpy-cross compatible compile. Every command is loaded on demand, so that a
// plain compile (which MicroPython's test runner spawns once per file) loads only the compiler and an
// up-to-date `mpyc build` loads no compiler at all.

import * as fs from "node:fs";
import { type CliIo, resolvePath } from "./io.js";

/** What cli/run.ts provides for `mpyc run`. */
interface RuntimeCli {
  runMain(argv: string[], io: CliIo, stoppable: boolean): Promise<number>;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // A computed specifier: the compile path must never load the runtime, and a build without it still works.
  const specifier = "./run.js";
  let mod: Partial<RuntimeCli>;
  try {
    mod = (await import(specifier)) as Partial<RuntimeCli>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND" || !String((e as Error).message).includes("cli/run")) throw e;
    mod = {};
  }
  if (typeof mod.runMain !== "function") {
    io.stderr.write("mpyc run: the runtime is not available in this build\n");
    return 1;
  }
  return mod.runMain([...argv], io, true);
}

/** Runs one mpyc command line; returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  switch (argv[0]) {
    case "build":
      return (await import("./build.js")).build(argv.slice(1), io);
    case "dis":
      return (await import("./dis.js")).dis(argv.slice(1), io);
    case "freeze":
      return (await import("./freeze.js")).freeze(argv.slice(1), io);
    case "makemanifest":
      return (await import("./makemanifest.js")).makemanifest(argv.slice(1), io);
    case "romfs":
      return (await import("./romfs.js")).romfs(argv.slice(1), io);
    case "run":
      return run(argv.slice(1), io);
    default: {
      // A first word that is no file but looks like a subcommand is a typo, not a file mpy-cross can't open.
      const near = argv[0] !== undefined && !fs.existsSync(resolvePath(io, argv[0])) ? mistypedCommand(argv) : null;
      if (near) {
        io.stderr.write(`mpyc: unknown command '${argv[0]}' (and no such file); did you mean \`mpyc ${near}\`?\n`);
        return 1;
      }
      const { mpyCross, prepare } = await import("./mpy-cross.js");
      await prepare(argv);
      return mpyCross(argv, io);
    }
  }
}

const COMMANDS = ["build", "dis", "freeze", "makemanifest", "romfs", "run"];

/** The subcommand a first argument that is not a file name looks like a typo of (at most two edits), if any. */
function mistypedCommand(argv: readonly string[]): string | null {
  const word = argv[0];
  if (word === undefined || !/^[a-z]+$/.test(word)) return null;
  return COMMANDS.find((c) => editDistance(word, c) <= Math.min(2, c.length - 1)) ?? null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
