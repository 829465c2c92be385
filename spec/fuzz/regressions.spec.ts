// Every failing fuzz case saved under corpus/fuzz/ (regress.ts) stays fixed:
// NAME.py + NAME.err: the VM's verdict on the source ("ok", or error kind and line) is ours too,
//   and the compiler's own properties hold (no internal error, output reads back);
// NAME.py + NAME.out: our .mpy prints on the MicroPython VM what the VM printed for the source;
// NAME.mpy: the reader and the runtime loader read it or refuse it cleanly;
// resource-*.mpy and resource-*.py: the case ends within its budget and the host's memory, with no
//   JavaScript error reaching Python (properties.ts resourceTotal).

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile, errorLine } from "../../compiler/index.js";
import { runMpy } from "../oracle/micropython.js";
import { compilerTotal, loaderTotal, resourceTotal, VM_LIMITS } from "./properties.js";
import { fuzzCorpusDir } from "./regress.js";

const dir = fuzzCorpusDir();
const files = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
const bases = [...new Set(files.map((f) => f.replace(/\.[^.]*$/, "")))];
const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(dir, f)));
const decoder = new TextDecoder();

describe("fuzz regressions (corpus/fuzz/)", () => {
  it("has its cases", () => {
    expect(bases.length).toBeGreaterThan(0);
  });

  for (const base of bases) {
    const has = (ext: string) => files.includes(base + ext);
    it(base, async () => {
      if (base.startsWith("resource-")) {
        await resourceTotal.check(has(".mpy") ? { mpy: read(`${base}.mpy`) } : { source: decoder.decode(read(`${base}.py`)) }, 10_000);
        return;
      }
      if (has(".mpy")) {
        await loaderTotal.check(read(`${base}.mpy`), 10_000);
        return;
      }
      const src = read(`${base}.py`);
      if (has(".out")) {
        const r = compile(src, { sourceName: "prog.py" });
        if (!r.ok) throw new Error(`rejected: ${r.error.kind}: ${r.error.message}`);
        expect((await runMpy(r.mpy)).output).toBe(decoder.decode(read(`${base}.out`)));
        return;
      }
      await compilerTotal.check(src, 10_000);
      const verdict = decoder.decode(read(`${base}.err`)).trim();
      const [kind, line] = verdict.split(" ");
      if (VM_LIMITS.test(kind!)) return;
      const r = compile(src, { sourceName: "prog.py" });
      const ours = r.ok ? "ok" : `${r.error.kind} ${errorLine(r.error, decoder.decode(src))}`;
      expect(ours).toBe(kind === "ok" ? "ok" : `${kind} ${line}`);
    });
  }
});
