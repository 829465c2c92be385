// The largest program of each costly shape that mpy-cross v1.27.0 compiles with its default heap
// (found by bisection) compiles here to its bytes (sha-256 of mpy-cross's output, `-s big.py`), and
// a statement nesting deeper than a parser segment after thousands of tokens, which makes the parser
// read the source again holding its tokens (compiler/front/parser.ts), compiles to the same bytes.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");

/** Shape, its size, the source, and mpy-cross's output: length and sha-256. */
const LARGEST: [string, number, (n: number) => string, number, string][] = [
  ["functions `def fN(): return lambda: N`", 2864, (n) => lines(n, (i) => `def f${i}(): return lambda: ${i}\n`), 104786, "2794684ca507847013813c4c83f7509657104f1a5d625bc86f5b2db3288a9a06"],
  ["branches `if x == k: return k`", 14976, (n) => "def f(x):\n" + lines(n, (k) => ` if x == ${k}: return ${k}\n`), 193099, "fc8627386c3bba3b0f1b777b716a5101bab9ae8e07d27859af0c533a621658d1"],
  ["a dict of ints", 39424, (n) => `x = {${lines(n, (i) => `${i}: ${i}, `)}}\n`, 338241, "b8520536032ce8158b6621cdc9d9923b949ba54286e1b71c2d5547cf9f607056"],
  ["statements `x = N`", 43264, (n) => lines(n, (i) => `x = ${i}\n`), 294572, "279952b2716ff350b7f255bbbdd33d5d764ed39d79d5b3b060111b0f396497e2"],
  ["a chain `a+a+...`", 64512, (n) => `x = ${"a+".repeat(n)}a\n`, 193569, "3a59790a66798b2932210689ce3eb80803d6327eeb674d15548ddc4810bb632b"],
  ["one function of `x = N`", 45824, (n) => "def f():\n" + lines(n, (i) => ` x = ${i}\n`), 266680, "e46a861c5309141abca0f9dc5eba6432d45b028863c62bf9171993c58435a08e"],
];

describe("programs as large as mpy-cross compiles", () => {
  it.each(LARGEST)("compiles %s at the largest size mpy-cross does (%i), to its bytes", (_, n, make, length, hash) => {
    const r = compile(make(n), { sourceName: "big.py" });
    expect(r.ok ? { length: r.mpy.length, hash: sha(r.mpy) } : r.error.message).toEqual({ length, hash });
  });

  it("compiles a statement nesting deep after thousands of tokens, which is parsed again, to mpy-cross's bytes", () => {
    const src = "def f():\n" + lines(3000, (i) => ` x = ${i}\n`) + ` y = ${"(".repeat(200)}a${")".repeat(200)}\n` + lines(3000, (i) => ` z = [${i}]\n`) + "x = 1\n";
    const r = compile(src, { sourceName: "big.py" });
    expect(r.ok ? sha(r.mpy) : r.error.message).toBe("4acece067f6edbf194ca1a479db3697fb80f6c0c39505fbad3c6f33796f4d8dd");
  });
});
