// corpus/golden-only/: programs checked for byte identity with mpy-cross only, because the
// MicroPython VM cannot judge them: sources with bytes that are not UTF-8 (read as bytes, not
// text), and small ints wider than the 32-bit VM takes. Options come from a `# mpyc-options:` line.

import * as fs from "node:fs";
import * as path from "node:path";
import type { CompileOptions } from "../../compiler/index.js";
import { CORPUS_DIR, parseFlags } from "../corpus/programs.js";

export const GOLDEN_ONLY_DIR = path.join(CORPUS_DIR, "golden-only");

export interface GoldenOnlyProgram {
  readonly name: string;
  readonly file: string;
  readonly source: Uint8Array;
  readonly flags: readonly string[];
  readonly options: CompileOptions;
}

export function goldenOnlyPrograms(): GoldenOnlyProgram[] {
  return fs
    .readdirSync(GOLDEN_ONLY_DIR)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => {
      const file = path.join(GOLDEN_ONLY_DIR, f);
      const source = new Uint8Array(fs.readFileSync(file));
      const m = /^# mpyc-options:(.*)$/m.exec(Buffer.from(source).toString("latin1"));
      const flags = m ? m[1]!.trim().split(/\s+/) : [];
      return { name: f.slice(0, -3), file, source, flags, options: parseFlags(flags, f) };
    });
}
