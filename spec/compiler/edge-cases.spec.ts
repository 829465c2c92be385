// Syntax edge cases where mpyc once disagreed with mpy-cross: CPython-only displays (`{**d}`,
// `{*a}`), trailing commas in imports, `*x` where MicroPython's grammar takes no star, string
// prefixes (lower case only), nested f-strings (py/lexer.c appends the inner arguments after the
// outer call), vertical tabs and form feeds (whitespace worth one column), the line of a
// non-default parameter after a default one (the statement's), walrus targets that are not names and
// errors at nodes with no line (a name, a small int: the line of the enclosing listed statement or
// scope, py/compile.c compile_error_set_line), the line table of blocks that open with a private
// const() (esp32's machine.py). Expected results were
// captured from mpy-cross v1.27.0 (`-s prog.py c.py`): the sha-256 of its .mpy, or its error.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../compiler/index.js";

interface Row {
  readonly source: string;
  readonly sha256?: string;
  readonly location?: string;
  readonly error?: string;
}

const rows: Row[] = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "edge-cases.json"), "utf8"));

describe("syntax edge cases as mpy-cross compiles them", () => {
  rows.forEach((row, i) => {
    it(`${i + 1}: ${JSON.stringify(row.source)}`, () => {
      const r = compile(row.source, { sourceName: "prog.py", inputPath: "c.py" });
      if (row.sha256 !== undefined) {
        expect(r.ok ? createHash("sha256").update(r.mpy).digest("hex") : formatError(r.error, "prog.py", row.source)).toBe(row.sha256);
        return;
      }
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const lines = formatError(r.error, "prog.py", row.source).trim().split("\n");
      expect(lines[lines.length - 1]).toBe(row.error);
      if (row.location) expect(lines[1]!.trim()).toBe(row.location);
    });
  });
});
