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

/**
 * Copies of the corpus programs that compile (those with a reference .mpy) into `dir`/c0, c1, ...,
 * as many as it takes to pass `bytes` of source (a tree big enough for a build's worker threads);
 * gives the programs' file names and the number of copies.
 */
export function corpusCopies(dir: string, bytes: number): { programs: string[]; copies: number } {
  const programs = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".py") && fs.existsSync(path.join(CORPUS_DIR, f.slice(0, -2) + "mpy")));
  const size = programs.reduce((n, p) => n + fs.statSync(path.join(CORPUS_DIR, p)).size, 0);
  const copies = Math.ceil(bytes / size);
  for (let copy = 0; copy < copies; copy++) {
    fs.mkdirSync(path.join(dir, `c${copy}`), { recursive: true });
    for (const p of programs) fs.copyFileSync(path.join(CORPUS_DIR, p), path.join(dir, `c${copy}`, p));
  }
  return { programs, copies };
}

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
