// asyncio programs whose expected output is what MicroPython v1.27.0's unix port prints with its
// frozen extmod/asyncio (the package a board freezes): task order, cancel, gather, wait_for, Event,
// Lock, ThreadSafeFlag, the loop's API and exception handler, streams, and tracebacks through the
// package's frames. Object addresses are masked. How the .exp files were made: programs/README.md.

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "programs");
const PROGRAMS = fs.readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();
const mask = (s: string) => s.replace(/ at [0-9a-f]+>/g, " at ADDR>");

describe("asyncio as a board's frozen package runs it", () => {
  it("has its programs", () => {
    expect(PROGRAMS.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of PROGRAMS) {
    it(name, () => {
      const r = compile(fs.readFileSync(path.join(DIR, name)), { sourceName: name });
      if (!r.ok) throw r.error;
      const run = runMpy(r.mpy, { compile });
      expect(run.internalError).toBeUndefined();
      expect(mask(run.output)).toBe(fs.readFileSync(path.join(DIR, name.replace(/\.py$/, ".exp")), "utf8"));
    });
  }
});
