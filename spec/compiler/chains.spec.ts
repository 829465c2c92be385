// Long chains compiled on the caller's own thread: operator chains, trailers (`.b`, `[i]`, `(...)`,
// methods), calls nested in their last argument, unary operators and conditional expressions as deep
// as mpy-cross compiles them, to its bytes (sha-256 of its v1.27.0 output for `deep.py`). The code
// generator compiles them from its stack of frames (compiler/codegen/expressions.ts).

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const CASES: [string, string, string][] = [
  ["60,000 terms of a+a+...", "x = " + Array(60000).fill("a").join("+") + "\n", "6704516822bace241f27cdb63b6f1e382b6b307b139fba87a3e94dc35311cd62"],
  ["an attribute chain of 50,000", "x = a" + ".b".repeat(50000) + "\n", "02a64133a94cb44b2c504e08871b312e67d3ecf9d0d107cf6f2b62a48e6ba67c"],
  ["20,000 method calls and subscripts", "x = a" + ".b(1)[2]".repeat(20000) + "\n", "f8e3a0abacd8cca266a40ebe56ce05d4f002e1fac62f9a1c054e9e48af4a6078"],
  ["8,000 mixed terms with powers", "x = " + Array(8000).fill("-a.b(c)[d]**e**f").join("+") + "\n", "80a73328e9ddf29992d57db936b513c2e4d0ba980675ed5af6e879e2c34c0510"],
  ["1,500 conditional expressions", "x = " + "a if b else ".repeat(1500) + "c\n", "f4f3003828c204a879c89016c08c57302fd21e54faf2b7cefb06ab5eed46a3dd"],
  ["800 calls nested in their last arguments", "y = " + "o.m(1, f(a, ".repeat(400) + "x" + "))".repeat(400) + "\n", "40f92dff7b5ce149cc5ea2534a9d93f2f88f833f9d2622080f6241fc53e483a4"],
  ["5,000 unary operators", "x = " + "-~".repeat(2500) + "a\n", "902c2f70858bb1d2519088c027d21a98003cbc0ae22487cd56e855cc548912b9"],
];

describe("long chains in code generation", () => {
  for (const [name, src, digest] of CASES) {
    it(name, () => {
      const r = compile(src, { sourceName: "deep.py" });
      expect(r.ok ? sha(r.mpy) : `${r.error.kind}: ${r.error.message}`).toBe(digest);
    });
  }
});
