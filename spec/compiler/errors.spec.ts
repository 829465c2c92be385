// Rejected programs: the error kind, message, line and scope match what mpy-cross v1.27.0 prints
// (table captured from mpy-cross: spec/compiler/errors.json).

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../compiler/index.js";

interface Row {
  readonly source: string;
  /** The `File "prog.py", line N[, in SCOPE]` line. */
  readonly location: string;
  /** The last line: `Kind: message`. */
  readonly error: string;
}

const rows: Row[] = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "errors.json"), "utf8"));

describe("compile errors as mpy-cross reports them", () => {
  rows.forEach((row, i) => {
    it(`${i + 1}: ${row.error} (${JSON.stringify(row.source.slice(0, 30))})`, () => {
      const r = compile(row.source, { sourceName: "prog.py" });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const lines = formatError(r.error, "prog.py", row.source).trim().split("\n");
      expect(lines[0]).toBe("Traceback (most recent call last):");
      expect(lines[1]!.trim()).toBe(row.location);
      expect(lines[2]).toBe(row.error);
    });
  });
});
