// The corpus: each corpus/NAME.py with its options line, reference .mpy and expected output.

import * as fs from "node:fs";
import * as path from "node:path";
import type { CompileOptions } from "../../compiler/index.js";

/** The project root, found from this file whether it runs as TypeScript or from dist/. */
function projectRoot(): string {
  let dir = import.meta.dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) || !fs.existsSync(path.join(dir, "corpus"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("project root not found");
    dir = up;
  }
  return dir;
}

export const CORPUS_DIR = path.join(projectRoot(), "corpus");

export interface CorpusProgram {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** mpy-cross style flags from a `# mpyc-options:` line. */
  readonly flags: readonly string[];
  readonly options: CompileOptions & { readonly arch?: undefined };
}

export function parseFlags(flags: readonly string[], sourceName: string): CompileOptions & { readonly arch?: undefined } {
  let optimize = 0;
  let smallIntBits = 31;
  for (const f of flags) {
    if (/^-O\d+$/.test(f)) optimize = Number(f.slice(2));
    else if (f.startsWith("-msmall-int-bits=")) smallIntBits = Number(f.split("=")[1]);
    else throw new Error(`unknown corpus flag ${f}`);
  }
  return { sourceName, optimize, smallIntBits };
}

export function corpusPrograms(): CorpusProgram[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => {
      const file = path.join(CORPUS_DIR, f);
      const source = fs.readFileSync(file, "utf8");
      const m = /^# mpyc-options:(.*)$/m.exec(source);
      const flags = m ? m[1]!.trim().split(/\s+/) : [];
      return { name: f.slice(0, -3), file, source, flags, options: parseFlags(flags, f) };
    });
}
