// Deep nesting compiled through the API on the caller's own stack (a forked test process has Node's
// default stack): each shape at the deepest mpy-cross v1.27.0 compiles with
// its default heap, to its bytes (sha-256 of its output for `deep.py`). The parser holds a bounded
// JavaScript stack at any depth (compiler/front/parse-base.ts segmented), and so does code generation
// (expressions from a stack of frames, targets and blocks from stacks too); the parser alone is checked
// further.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type * as A from "../../compiler/front/ast.js";
import { parse } from "../../compiler/front/parser.js";
import { compile, errorLine } from "../../compiler/index.js";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const HEADER = "x = 1\nx = 2\nx = 3\n";
/** `n` nested block headers, one a line, each indented one more, around `inner`. */
const blocks = (n: number, head: string, inner = "pass") =>
  Array.from({ length: n }, (_, i) => `${" ".repeat(i)}${head}`).join("\n") + `\n${" ".repeat(n)}${inner}`;

/** `n` nested `try:` blocks around `pass`, each with a `finally: pass`. */
const tryFinally = (n: number) =>
  blocks(n, "try:") + "\n" + Array.from({ length: n }, (_, i) => `${" ".repeat(n - 1 - i)}finally:\n${" ".repeat(n - i)}pass`).join("\n");

const COMPILED: [string, number, (n: number) => string, string][] = [
  ["nested brackets", 8096, (n) => `y = ${"(".repeat(n)}1${")".repeat(n)}`, "5d3c5c1a95539f11bf04de6ffc6c8902b5663c5f415c4342608887038d029439"],
  ["nested calls", 5536, (n) => `y = ${"f(".repeat(n)}${")".repeat(n)}`, "4c5e8f91bafdab7403baa2e45d2f41444e08afd9fb9ec32533dec2c32ecb2519"],
  ["nested lambdas", 6496, (n) => `y = ${"lambda: ".repeat(n)}1`, "ac4d9e8388c97142bf357d173d9ad83494a5d71d28408847d6335595369c67e0"],
  ["a unary chain", 30720, (n) => `y = ${"-".repeat(n)}x`, "f7814c1ae39210674962ef96b2703cc900114ce01fb4bc5522ec2f1fc264d66f"],
  ["a not chain", 43264, (n) => `y = ${"not ".repeat(n)}x`, "503ef67cd5684444600b58ba9f1e8deb2247cf4add075866f10975de7a38750f"],
  ["a power chain", 30720, (n) => `y = ${"a**".repeat(n)}a`, "f905deb8a41cb136f874949ff64629f5290f36cae2459643eaa5d3432ca4d070"],
  ["nested lists", 7616, (n) => `y = ${"[".repeat(n)}${"]".repeat(n)}`, "e943739c6b1c803ed01115a2599d4bc0b4ceb5a6a305bd242491a226391c165e"],
  ["nested list targets", 7643, (n) => `${"[".repeat(n)}a${"]".repeat(n)} = x`, "f0e105323dc32fb31c6329fc59230d31c527765d4e32802b4b01b91f85e830b3"],
  ["nested subscripts", 5536, (n) => `y = ${"a[".repeat(n)}1${"]".repeat(n)}`, "5f6a94b787af00390ef1e30cf77377b53956ec1661663f173f89e689dbebb7f4"],
  ["nested dicts", 5216, (n) => `y = ${"{1:".repeat(n)}1${"}".repeat(n)}`, "11bc18282a3eb8e2dd50f410f66d34690f2ec0024a843c1448301bfaffff3f73"],
  // Items before the nested last one, in each kind of display and in a tuple index: 5,000 levels.
  ["mixed displays", 1000, (n) => `y = ${"[a, (b, {c, {1: 2, 3: a[b, ".repeat(n)}1${"]}})]".repeat(n)}`, "c9f1ba7b63cad9b5e5128346d45c4d117d34d952a54f0e00367f27fa0bdedc4b"],
  ["nested keyword arguments", 5056, (n) => `y = ${"f(a=".repeat(n)}1${")".repeat(n)}`, "f4df97061e0ac06f6ce58d51e5b7fcfcddca98e6f04bad002b88efa00b9812d6"],
  ["nested method calls with keywords", 1000, (n) => `y = ${"o.m(1, b=2, c=f(d, e=[1, ".repeat(n)}1${"]))".repeat(n)}`, "e17dd5437a64ed4111994ecf0f193f654cd7acec5f21b0a5ed68b1eff669a961"],
  ["nested conditions", 3264, (n) => `if ${"not (a and ".repeat(n)}b${")".repeat(n)}: pass`, "8b9692d7b32a4fbec680461e944c319bcf5c25f84970e80a7311165864e8c446"],
  ["nested mixed conditions", 1000, (n) => `while ${"(a or b and not (c or 0 or ".repeat(n)}d${"))".repeat(n)}: pass`, "e0e8ce7a092417a2f6aca0521a1064fde897f1261e6a993cd761e8301d744afe"],
  ["nested star arguments", 5824, (n) => `y = ${"f(*".repeat(n)}a${")".repeat(n)}`, "f4a101226505cec2348ee911a1f0e02ce02cf30208e4884219355ce82a13102c"],
  ["nested method calls with star arguments", 1000, (n) => `y = ${"o.m(a, *b, *f(c, [".repeat(n)}1${"]))".repeat(n)}`, "a0433948c19350771c7844951cdc856ce8d74d12d7dd7713d37eaff1ea540bfc"],
  ["nested yields", 5000, (n) => `def g():\n y = ${"(yield ".repeat(n)}a${")".repeat(n)}`, "625b96c73a14684c24476bc08d62ee743118b10f233b52d73f1f11bf80dc5771"],
  ["nested assignment expressions", 5000, (n) => `y = ${"(a := ".repeat(n)}1${")".repeat(n)}`, "827cd2ae9e8ffb8d557933d99fb09731034edea76a7ad58e86fa7adc9467a527"],
  ["nested await and yield from", 2000, (n) => `async def g():\n y = ${"(await (yield from ".repeat(n)}a${"))".repeat(n)}`, "cf8cd2668e0cd7ab816e9ff2e7b86e18eff590b8e5e32b3c400d13ac21ad3926"],
  ["nested double-star arguments", 5000, (n) => `y = ${"f(**".repeat(n)}a${")".repeat(n)}`, "2198e4ca4983f2d880fb4f322e875c69b0c5ac47e1fecc62ba2ccdfe206d7edb"],
  ["nested calls with keywords and double-star arguments", 2500, (n) => `y = ${"f(a, b=1, **".repeat(n)}a${")".repeat(n)}`, "b2ac4fb9a6aed13b25bc2085916172118eae24b9061282e92dd7836efbc90df2"],
  ["nested dict keys", 5000, (n) => `y = ${"{".repeat(n)}1${": 1}".repeat(n)}`, "47b720c7aa2e530f2e38ed0aac914ad108d51dd3be45ee637907a5ab355125b3"],
  ["nested dict keys after items", 2500, (n) => `y = ${"{1: 2, ".repeat(n)}5${": 6}".repeat(n)}`, "2cdde9d53c75ce83dc9abb5e479839203a14b6f258909d8a3b408e90be3139b9"],
  ["nested chained comparisons", 2000, (n) => `y = ${"(a < b < ".repeat(n)}1${")".repeat(n)}`, "61c58889f39e220922e353e9cbcdd4fea965ccfdb938ef16d7199d433be21808"],
  ["nested chained comparisons with displays", 1000, (n) => `y = ${"(a < [b] != c in (d > ".repeat(n)}1${"))".repeat(n)}`, "d66d8ca387eac30e4387c2adf8c4af2f42e28056f790ef08be5e59f3744ae03d"],
  ["nested comprehensions", 5888, (n) => `y = ${"[x for x in ".repeat(n)}1${"]".repeat(n)}`, "37a8f065b4f3e58ca09166ad314f6df65cae0e07e8dcf99e35fdcc5465bbb2ce"],
  ["nested generator expressions", 5888, (n) => `y = ${"(x for x in ".repeat(n)}1${")".repeat(n)}`, "d05aa54b621a04219ab21aab9a3a421f50d8cc02e456845f1ee9ed5c88295c4f"],
  ["nested dict comprehensions", 4000, (n) => `y = ${"{x: 1 for x in ".repeat(n)}1${"}".repeat(n)}`, "2d65a8904b8abcb2393deaafe40caacd39dcc2f5e4162a214e750b90bb3b79c8"],
  ["nested lambda defaults", 6368, (n) => `y = ${"lambda x=".repeat(n)}1${": 1".repeat(n)}`, "e0af27b123674d9ad6c61a5a55b4a237c6df57f9c18124be4e103fc367db670f"],
  ["nested comparisons", 6528, (n) => `y = ${"(a < ".repeat(n)}1${")".repeat(n)}`, "222f6954de085f734154587a218a18a1687b6f140460a7f35cf1eea2f033276f"],
  ["nested or", 5216, (n) => `y = ${"(a or ".repeat(n)}1${")".repeat(n)}`, "ba2e77d7d8325eeec2c48f2cd12bf11f35a45c2ad01dd67d3b092766c16b5737"],
  ["nested slices", 5056, (n) => `y = ${"a[1:".repeat(n)}1${"]".repeat(n)}`, "5091acf4ede152f1e989be4469b43f12a40ff3b6e0335429e713ea8a8a3650d5"],
  // Each of those links in turn, with parts before the nested one: 4,900 levels.
  ["mixed links", 700, (n) => `y = ${"a[b:c:(d and e or [f for f in g[:(lambda p, q=1, r=(h < (".repeat(n)}1${")): 1)]])]".repeat(n)}`, "fb58b0c2c4ea600b9b15b8220386f0ce2118c4475dd6b36eb690c9e2560f6cfa"],
  // Nesting in an item, argument or default before the last, and trailers of an assignment target.
  ["nested first items", 7023, (n) => `y = ${"[".repeat(n)}1${", 2]".repeat(n)}`, "9497872fd9522b2ccd150b63cf7629914bfd3833e3f28f96512b7b2b94983f51"],
  ["nested first arguments", 5548, (n) => `y = ${"f(".repeat(n)}1${", 2)".repeat(n)}`, "7355f4e19c7ae0fc6ae0f5964bed140e5fd8a3ea19406fad751ab4913b44921b"],
  ["nested first keyword arguments", 4812, (n) => `y = ${"f(a=".repeat(n)}1${", b=2)".repeat(n)}`, "9917d9b82e89c6107dffa2fe7a96eaf8a8c582840e8012579078a42a6c652582"],
  ["nested first dict values", 5228, (n) => `y = ${"{1: ".repeat(n)}1${", 2: 3}".repeat(n)}`, "c3fbd1a293058a2a0143c3876f51a017907d8d45f074bedaaf605bb0503c3c0f"],
  ["nested keyword-only lambda defaults", 5634, (n) => `y = ${"lambda *, a=".repeat(n)}1${": 0".repeat(n)}`, "89baf35681f42bba1cf89225a71ec32ac48f37313ce5043e3f4ef3452e785ac1"],
  ["an attribute chain as a target", 64716, (n) => `a${".b".repeat(n)} = 1`, "5c84aebc900225586befab649da63cc4471621f8c2dfbe19989ad86137281e0a"],
  ["a subscript chain as a target", 57516, (n) => `a${"[1]".repeat(n)} = 1`, "0ee06677ed2e109a1743252d3591d1cfc79f5cc6d98eb6b77c54cf67146b277f"],
  ["nested tuples deleted", 5869, (n) => `del ${"(a, ".repeat(n)}b${")".repeat(n)}`, "80b388af798bc3f15efdf4c84d77ca2de4b9a984c117f7706f63bd35f611a5fa"],
  // A node nesting in two parts: the deep one is not the part compiled last.
  ["a binary operation nesting on both sides", 6336, (n) => `y = ${"-x*(".repeat(n)}1${")".repeat(n)}`, "97a69cffed33537ee5fc9d1b5a15eae9e465a54da9969248ccc26994867999a9"],
  ["nested subscripts of subscripts", 4351, (n) => `y = ${"a[1][".repeat(n)}1${"]".repeat(n)}`, "3ec14767f8332649eb71b5a008555a3867d60765ba4e06897e3512f88e0287e2"],
  ["or nesting in its first operand", 7424, (n) => `y = ${"(".repeat(n)}a${" or b)".repeat(n)}`, "60785f26f8a131a631b8aa6f3e315a76667a80ca21fdb94db5d589d16edad476"],
  ["comparisons nesting in their left operand", 7218, (n) => `y = ${"(".repeat(n)}a${" < b)".repeat(n)}`, "75b641add453e384595fba350ccf6c3850692be0f9a71f96fd15949f181313c5"],
  ["conditional expressions nesting in their body", 5548, (n) => `y = ${"(a if ".repeat(n)}b${" else c)".repeat(n)}`, "9d8dc2f0d13805064cadee13f7781aedb89807df30ad31f317367d6841bf8f58"],
  ["calls of calls nesting in an argument", 4351, (n) => `y = ${"f()(".repeat(n)}1${")".repeat(n)}`, "c1b7b2490ef32524e168c3774743bf6e5ee14a33b804ecd3a25b241dca5aa33d"],
  ["comprehensions nesting in their element", 3511, (n) => `y = ${"[(".repeat(n)}x${") for x in a]".repeat(n)}`, "9b5c98434103f4140b74cdee78e7c36c4ddd7540845703269d1da3b1c6216889"],
  ["conditional expressions", 1808, (n) => `y = ${"a if b else ".repeat(n)}c`, "a8b5ff35f62140669a7d2281b66fd6e41faeb60922d30b60d22bd5576f2135b9"],
  ["nested functions", 6176, (n) => blocks(n, "def f():"), "544bda44aa3aa1baad613e220fb36ee467368a1d922dcfeefcc516ca668882ed"],
  ["nested classes", 4896, (n) => blocks(n, "class C:"), "bdf007943fb132eaa5c74260ae5bbd4583e5289708c85d672df34f6a414962b5"],
  // Blocks: mpy-cross's limit is its bytecode's (a jump over the rest reaches past its 15-bit offset).
  ["nested if blocks", 3280, (n) => blocks(n, "if x:"), "83a33eaa319b0e9e1eb6f5c72b0c6288eeafd9f25b09f6c744523acd5c31a3c5"],
  ["nested if blocks", 3281, (n) => blocks(n, "if x:"), "RuntimeError: bytecode overflow (line 1)"],
  ["nested while blocks", 2051, (n) => blocks(n, "while x:"), "2833d11ff9c9d5a457dc1b5e381d867ae7a7f54b3efba1b8d33dbf0cce4ea7e5"],
  ["nested for blocks", 1491, (n) => blocks(n, "for x in y:"), "09b973c41b6dc3f05a9d03bd4560f221bc20395fab63920dca2054ec7f149c6a"],
  ["nested range loops", 1024, (n) => blocks(n, "for i in range(3):"), "df8b7b5569d8ec6592bf71222b17bcc1db91bf7aa663bc315afe903346419cc9"],
  ["nested with blocks", 3643, (n) => blocks(n, "with a:"), "d71b29e87c8fa933d791e2195624a9da062adce4abfcb9e2d7d9cdb71f91e375"],
  ["nested try/finally", 6560, tryFinally, "5dfc8304c0571507f1307e3248f98f59d6a817ee8dc4f9adaafd02285e49ada6"],
];

/**
 * The parser alone, at mpy-cross's depth and a few times it (blocks: twice, their indentation grows
 * as the square).
 */
const PARSED: [string, number, number, (n: number) => string][] = [
  ["nested if blocks", 3264, 2, (n) => blocks(n, "if x:")],
  ["nested while blocks", 2048, 2, (n) => blocks(n, "while x:")],
  ["nested comprehensions", 5888, 4, (n) => `y = ${"[x for x in ".repeat(n)}1${"]".repeat(n)}`],
  ["nested lambda defaults", 6368, 4, (n) => `y = ${"lambda x=".repeat(n)}1${": 1".repeat(n)}`],
];

const options = { optimize: 0, smallIntBits: 31 };

describe("deep nesting through the API", () => {
  for (const [name, n, shape, digest] of COMPILED) {
    it(`compiles ${name} ${n} deep as mpy-cross does`, () => {
      const r = compile(HEADER + shape(n) + "\n", { sourceName: "deep.py" });
      expect(r.ok ? sha(r.mpy) : `${r.error.kind}: ${r.error.message} (line ${r.error.line})`).toBe(digest);
    });
  }

  for (const [name, n, times, shape] of PARSED) {
    it(`parses ${name} ${n} and ${times * n} deep`, () => {
      for (const depth of [n, times * n]) {
        const m = parse(HEADER + shape(depth) + "\n", options);
        expect(m.body.length).toBe(4);
      }
    });
  }

  it("reads a chain of 20,000 elif clauses", () => {
    const m = parse("if a: pass\n" + "elif b: pass\n".repeat(20000) + "else: y = 1\n", options);
    let s = m.body[0] as A.If;
    let clauses = 1;
    while (s.orelse.length === 1 && s.orelse[0]!.kind === "If") {
      s = s.orelse[0] as A.If;
      expect(s.isElif).toBe(true);
      clauses++;
    }
    expect(clauses).toBe(20001);
    expect(s.orelse[0]!.kind).toBe("Assign");
  });

  it("parses many deep items in one statement in time linear in its size", () => {
    // Each item is deeper than a segment: without a bound on restarts, each would parse every item before it again.
    for (const [n, depth] of [[1500, 70], [100, 1000], [10, 20000]]) {
      const item = "(".repeat(depth) + "a" + ")".repeat(depth);
      const m = parse(`y = [${Array(n).fill(item).join(", ")}]\n`, options);
      expect(((m.body[0] as A.Assign).value as A.ListExpr).elts.length).toBe(n);
    }
  });

  it("refuses nesting past 200,000 levels with a MemoryError at its line", () => {
    const src = HEADER + `y = ${"(".repeat(250000)}1${")".repeat(250000)}\n`;
    const r = compile(src);
    expect(r.ok ? "ok" : `${r.error.kind}: ${r.error.message}`).toBe("MemoryError: maximum recursion depth exceeded");
    if (!r.ok) expect(errorLine(r.error, src)).toBe(4);
  });

  it("reports the first syntax error, before or deep inside the nesting, at its line", () => {
    const deep = (inner: string) => `y = ${"[".repeat(5000)}${inner}${"]".repeat(5000)}\n`;
    const inside = HEADER + deep("1 +\n)");
    const before = HEADER + "z = )\n" + deep("1 +\n)");
    const after = HEADER + deep("1") + "z = )\n";
    for (const [src, line] of [[inside, 5], [before, 4], [after, 5]] as const) {
      const r = compile(src);
      expect(r.ok ? "ok" : `${r.error.message} line ${errorLine(r.error, src)}`).toBe(`invalid syntax line ${line}`);
    }
  });

  it("substitutes const names bound before, inside and after deep nesting as a flat parse does", () => {
    const src = "X = const(5)\n" + blocks(300, "if a:", `Y = const(7)\n${" ".repeat(300)}y = ${"[".repeat(300)}X + Y${"]".repeat(300)}`) + "\nz = Y\n";
    const m = parse(src, options);
    let s: A.Stmt = m.body[1]!;
    while (s.kind === "If") s = s.body[s.body.length - 1]!;
    let e = (s as A.Assign).value;
    let depth = 0;
    while (e.kind === "List") {
      e = e.elts[0]!;
      depth++;
    }
    expect(depth).toBe(300);
    expect(e).toMatchObject({ kind: "Constant", value: { type: "int", value: 12n } });
    expect((m.body[2] as A.Assign).value).toMatchObject({ kind: "Constant", value: { type: "int", value: 7n } });
  });
});
