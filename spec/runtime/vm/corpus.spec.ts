// Every corpus program's reference .mpy (written by mpy-cross) run on our VM prints exactly the
// expected output, which is what the MicroPython WebAssembly VM prints for the same file
// (spec/corpus/differential.spec.ts checks that side). Our own compile of each program runs the same.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";
import { CORPUS_DIR, corpusPrograms } from "../../corpus/programs.js";

function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  const a = expected.split("\n");
  const b = actual.split("\n");
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `line ${i + 1}: expected ${JSON.stringify(a[i])}, got ${JSON.stringify(b[i])}`;
}

describe("corpus on our VM", () => {
  for (const p of corpusPrograms()) {
    it(p.name, () => {
      const expected = fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.out`), "utf8");
      const reference = fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.mpy`));
      expect(firstDifference(expected, runMpy(reference, { compile }).output)).toBeNull();
      const ours = compile(p.source, p.options);
      if (!ours.ok) throw ours.error;
      expect(firstDifference(expected, runMpy(ours.mpy, { compile }).output)).toBeNull();
    });
  }
});

describe("VM error paths", () => {
  it("an uncaught exception prints MicroPython's traceback and reports its type", () => {
    const r = compile("def f(x):\n    return 1 // x\n\nprint('before')\nf(0)\n", { sourceName: "t.py" });
    if (!r.ok) throw r.error;
    const result = runMpy(r.mpy, { compile });
    expect(result.error).toBe("ZeroDivisionError");
    expect(result.output).toBe(
      'before\nTraceback (most recent call last):\n  File "t.py", line 5, in <module>\n  File "t.py", line 2, in f\nZeroDivisionError: divide by zero\n',
    );
  });

  it("a malformed .mpy is a ValueError, not a JavaScript exception", () => {
    const result = runMpy(Uint8Array.of(0x4d, 0x05, 0, 31));
    expect(result.error).toBe("ValueError");
    expect(result.output).toBe("ValueError: incompatible .mpy file\n");
  });

  it("runaway recursion is MicroPython's RuntimeError", () => {
    const r = compile("def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)\n", { sourceName: "t.py" });
    if (!r.ok) throw r.error;
    expect(runMpy(r.mpy, { compile }).output).toBe("caught maximum recursion depth exceeded\n");
  });

  it("dict and set iteration follow MicroPython's table order", () => {
    const r = compile("print({'b':1,'a':2,'zz':3,'c':4, 5:6, 1:2})\nprint({3,1,2,100,33})\nprint({(1,2):1, (3,4):2, (0,):3, 1.5:4})\n", { sourceName: "t.py" });
    if (!r.ok) throw r.error;
    expect(runMpy(r.mpy, { compile }).output).toBe("{5: 6, 'zz': 3, 'a': 2, 1: 2, 'c': 4, 'b': 1}\n{100, 1, 2, 3, 33}\n{(3, 4): 2, (0,): 3, 1.5: 4, (1, 2): 1}\n");
  });
});
