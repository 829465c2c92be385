// Errors of native and viper code as mpy-cross v1.27.0 prints them (native-errors.json: the cases of
// MicroPython's tests/micropython/viper_error.py, and an arch without a native emitter).

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../compiler/index.js";

interface Case {
  readonly source: string;
  readonly march: string;
  readonly expected: string;
}

const cases = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "native-errors.json"), "utf8")) as Case[];

describe("native code errors", () => {
  for (const c of cases) {
    it(`${c.march}: ${JSON.stringify(c.source.split("\n").slice(1, 3).join(" | "))}`, () => {
      const r = compile(c.source, { sourceName: "x.py", arch: c.march });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(formatError(r.error, "x.py", c.source)).toBe(c.expected);
    });
  }
});
