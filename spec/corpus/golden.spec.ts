// Byte identity: every corpus program compiled by mpyc equals the .mpy mpy-cross v1.27.0 wrote.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { KNOWN_BYTE_DIFFERENCES } from "./known-differences.js";
import { CORPUS_DIR, corpusPrograms } from "./programs.js";

function firstDifference(a: Uint8Array, b: Uint8Array): string {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      const hex = (x: Uint8Array) => Array.from(x.subarray(Math.max(0, i - 4), i + 8), (v) => v.toString(16).padStart(2, "0")).join(" ");
      return `first difference at byte ${i}: ours ${hex(a)} / reference ${hex(b)}`;
    }
  }
  return `lengths differ: ours ${a.length}, reference ${b.length}`;
}

describe("corpus byte identity with mpy-cross v1.27.0", () => {
  for (const p of corpusPrograms()) {
    it(p.name, () => {
      const golden = new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.mpy`)));
      const r = compile(p.source, p.options);
      if (!r.ok) throw new Error(`${p.name}: ${r.error.kind}: ${r.error.message}`);
      const same = r.mpy.length === golden.length && r.mpy.every((v, i) => v === golden[i]);
      if (p.name in KNOWN_BYTE_DIFFERENCES) {
        expect(same, `${p.name} now matches: remove it from the known differences`).toBe(false);
      } else {
        expect(same, same ? "" : firstDifference(r.mpy, golden)).toBe(true);
      }
    });
  }
});
