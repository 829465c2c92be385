// Huge functions and modules: jump sizing converges wherever mpy-cross's does (it repeats its emit
// pass until sizes stop shrinking) and the bytes are mpy-cross's (sha-256 of its v1.27.0 output);
// a stack deeper than py/scope.h's 16 bits, which mpy-cross wraps, is refused.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../compiler/index.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("huge code", () => {
  it("sizes the jumps of 3,800 `if x == k: return k` branches as mpy-cross does", () => {
    const src = "def f(x):\n" + Array.from({ length: 3800 }, (_, k) => `    if x == ${k}: return ${k}\n`).join("");
    const r = compile(src, { sourceName: "br.py" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(sha(r.mpy)).toBe("2daea27085667a466e91a6397d02981625837bcba236d85ee075ad89aa7ecf10");
  });

  it("sizes jumps forwards, backwards and through handlers as mpy-cross does in a function that takes it many passes", () => {
    // Loops with `continue` out of a handler (UNWIND_JUMP back), breaks, elif chains, short branches.
    const parts = ["def f(x, ys):"];
    for (let k = 0; k < 1400; k++) {
      if (k % 7 === 3) parts.push(`    for y in ys:\n        try:\n            g(${k})\n        except E:\n            continue\n        if y: break`);
      else if (k % 7 === 5) parts.push(`    while x > ${k}:\n        x -= 1\n        if x == ${k}: continue\n        x = x and ${k} or -x`);
      else if (k % 7 === 6 && k > 1000) parts.push(`    if x < ${k}: x = 1\n    elif x > ${k}: x = 2\n    else: x = 3`);
      else parts.push(`    if x == ${k}: return ${k}`);
    }
    const r = compile(parts.join("\n") + "\n", { sourceName: "mixed.py" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(sha(r.mpy)).toBe("db665044aff7c5e3d89afeb0de6e9a7d689573eb8eea2e420e27e74892ea1f7a");
  });

  it("writes a subscript of 60,000 slices (a stack of 60,001) as mpy-cross does", () => {
    const src = `x = a[${Array(60000).fill("1:2:3").join(", ")}]\n`;
    const r = compile(src, { sourceName: "sl6.py" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(sha(r.mpy)).toBe("5d2ad7fa3b3f9778fdcf7983c4e5c64eb09cca075fc3540f7d49d0a4f6ce47f1");
  });

  it("writes calls of more than 255 positional or keyword arguments as mpy-cross does (the count fields overlap)", () => {
    const pos = "f(" + Array(300).fill("a").join(",") + ")\n";
    const kw = "f(" + Array.from({ length: 300 }, (_, i) => `k${i}=1`).join(",") + ")\n";
    const a = compile(pos, { sourceName: "args300.py" });
    const b = compile(kw, { sourceName: "kw300.py" });
    expect(a.ok && sha(a.mpy)).toBe("cdd087d4c7d6e56909daaf2147522b19295778388ba4bbb3d00a9db2781e0b31");
    expect(b.ok && sha(b.mpy)).toBe("990c15cb7858c42b5912a8307dc58766522b44f6e09635d6c2c646aff6efbdf9");
  });

  it("refuses a cell whose local number passes 255, where mpy-cross aborts on an assertion", () => {
    const closure = (n: number) => {
      const names = Array.from({ length: n }, (_, k) => `v${k}`);
      return `def f():\n${names.map((v, k) => `    ${v} = ${k}\n`).join("")}    def g():\n        return ${names.join("+")}\n    return g\n`;
    };
    const src = closure(300);
    const r = compile(src, { sourceName: "cells.py" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatError(r.error, "cells.py", src)).toBe("RuntimeError: a closed-over variable's local number passes 255\n");
    // g is f's local 0, so its 255 cells are 1 to 255; one more is too many (as in mpy-cross).
    expect(compile(closure(255), { sourceName: "cells.py" }).ok).toBe(true);
    expect(compile(closure(256), { sourceName: "cells.py" }).ok).toBe(false);
  });

  it("refuses a stack of 65,536 or more, which mpy-cross wraps to 16 bits", () => {
    const src = `x = a[${Array(100000).fill("1:2:3").join(", ")}]\n`;
    const r = compile(src, { sourceName: "sl.py" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatError(r.error, "sl.py", src)).toBe("RuntimeError: code needs a stack of more than 65535 entries\n");
  });
});
