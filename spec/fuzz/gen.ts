// The fuzzers' input generators: well-formed programs (a scoped tree of statements printed to
// source, so shrinking works on structure), near-miss programs one edit away from valid, and hostile
// inputs a compiler must survive (deep nesting, huge constants, long lines, odd bytes).

import fc from "fast-check";
import { type Construct, type Frag, frag, lines, maybe, tpl } from "./gen-core.js";
import { exprs } from "./gen-expr.js";
import type { Ctx } from "./gen-scope.js";
import { poolInit, readable } from "./gen-scope.js";
import { block, raising } from "./gen-stmt.js";

export type { Construct } from "./gen-core.js";

export interface Program {
  readonly source: string;
  readonly constructs: ReadonlySet<Construct>;
}

/** Names every program can use: pool level 0, an attribute holder, a context manager, a decorator, a coroutine driver. */
export const PRELUDE = [
  ...poolInit(0),
  "class NS:\n    pass\nns = NS()\nns.v = 5",
  "class CM:\n    def __init__(self, tag):\n        self.tag = tag % 1000\n    def __enter__(self):\n        print('enter', self.tag)\n        return self.tag\n    def __exit__(self, t, v, tb):\n        print('exit', self.tag, t is None)\n        return self.tag % 2 == 1",
  "def deco(fn):\n    def w(*a, **k):\n        return ('deco', fn(*a, **k))\n    return w",
  "async def aid(v):\n    return v",
  "def run(co):\n    try:\n        co.send(None)\n    except StopIteration as st:\n        return st.value",
].join("\n") + "\n";

export const MODULE: Ctx = { kind: "module", level: 0, fnLevels: [], depth: 3, loop: false, fn: false, gen: false, declared: [] };

/** A last statement that fails, so tracebacks (through several frames) are compared too. */
const crash: fc.Arbitrary<Frag> = fc.oneof(
  raising(MODULE),
  exprs(readable(MODULE)).int.map((i) =>
    tpl([i], (x) => `def boom(n):\n    if n > 0:\n        return boom(n - 1) + 1\n    return [1][n + 5]\nprint(boom(${x} % 4))`, "def")),
  fc.constant(frag("print([1 // (x - 1) for x in range(3)])", "listcomp")),
  fc.constant(frag("f = lambda v: v.missing\nprint(f(ns))", "lambda")),
).map((f) => ({ ...f, uses: [...f.uses, "uncaught" as const] }));

/** Well-formed programs with deterministic output. */
export const program: fc.Arbitrary<Program> = fc
  .tuple(block(MODULE, 6), maybe(crash, 0.2))
  .map(([body, end]) => {
    const all = end ? lines([body, end]) : body;
    return { source: PRELUDE + all.text + "\n", constructs: new Set(all.uses) };
  });
/** Near-miss programs: a valid program with one local edit that often breaks it. */
export const nearMiss: fc.Arbitrary<string> = fc
  .tuple(program, fc.nat(), fc.constantFrom("delete", "duplicate", "swap", "indent", "dedent", "quote", "tab"))
  .map(([p, at, how]) => {
    const s = p.source;
    const i = PRELUDE.length + (at % Math.max(1, s.length - PRELUDE.length));
    switch (how) {
      case "delete": return s.slice(0, i) + s.slice(i + 1);
      case "duplicate": return s.slice(0, i) + s[i] + s.slice(i);
      case "swap": return s.slice(0, i) + (s[i + 1] ?? "") + (s[i] ?? "") + s.slice(i + 2);
      case "indent": return s.slice(0, i) + "\n  " + s.slice(i);
      case "dedent": return s.replace(/\n    /, "\n  ");
      case "quote": return s.slice(0, i) + "'" + s.slice(i);
      default: return s.slice(0, i) + "\t" + s.slice(i);
    }
  });

/** Inputs a compiler must survive: deep nesting, long lines, huge constants, odd bytes. */
export const hostile: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.integer({ min: 1, max: 5000 }).map((n) => "x = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n"),
  fc.integer({ min: 1, max: 5000 }).map((n) => "x = " + "[".repeat(n) + "]".repeat(n) + "\n"),
  fc.integer({ min: 1, max: 3000 }).map((n) => "f" + "(f".repeat(n) + ")".repeat(n) + "\n"),
  fc.integer({ min: 1, max: 300 }).map((n) => Array.from({ length: n }, (_, k) => " ".repeat(k) + "if x:\n").join("") + " ".repeat(n) + "pass\n"),
  fc.integer({ min: 1, max: 200000 }).map((n) => "x = " + "1".repeat(n) + "\n"),
  fc.constantFrom("x = 2**2**2**2**2**2\n", "x = 10**1000000\n", "x = 1 << 100000000\n", "x = -2**-2**-2\n", "x = 1e999 * 0\n"),
  fc.uint8Array({ minLength: 0, maxLength: 64 }),
  fc.string({ maxLength: 64 }).map((s) => s + "\n"),
);
