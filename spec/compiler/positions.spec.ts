// The positions the compiler keeps for every instruction agree with the line table it writes, and
// the source map built from them reads back with the source-map package.

import { SourceMapConsumer } from "source-map";
import { describe, expect, it } from "vitest";
import { decodePrelude, lineOfOffset } from "../../bytecode/prelude.js";
import { compile } from "../../compiler/index.js";
import { rawCodesInOrder, sourceMap } from "../../compiler/sourcemap.js";
import { corpusPrograms } from "../corpus/programs.js";

describe("instruction positions", () => {
  for (const p of corpusPrograms().filter((x) => x.options.optimize! < 3)) {
    // The line table only moves forward, so at any instruction it shows at least that
    // instruction's own line (a default argument or decorator may come from an earlier line).
    it(`${p.name}: the line table never shows an earlier line than an instruction's own`, () => {
      const r = compile(p.source, p.options);
      if (!r.ok) throw new Error(r.error.message);
      let checked = 0;
      for (const rc of rawCodesInOrder(r.module.root)) {
        const pre = decodePrelude(rc.data)!;
        for (const pos of rc.positions ?? []) {
          expect(lineOfOffset(rc.data, pre, pos.offset - pre.codeStart)).toBeGreaterThanOrEqual(pos.line);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it("the source map maps a bytecode offset back to its line and column", async () => {
    const src = "x = 1\n\ndef f(a):\n    return a +  2\n";
    const r = compile(src, { sourceName: "m.py" });
    if (!r.ok) throw new Error(r.error.message);
    const map = JSON.parse(sourceMap(r.module, "m.py", "m.mpy", src));
    await SourceMapConsumer.with(map, null, (c) => {
      const f = rawCodesInOrder(r.module.root)[1]!;
      const last = f.positions![f.positions!.length - 1]!;
      const o = c.originalPositionFor({ line: 2, column: last.offset });
      expect(o.source).toBe("m.py");
      expect(o.line).toBe(4);
    });
  });
});
