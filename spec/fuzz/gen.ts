// Well-formed MicroPython programs with deterministic output: a scoped tree of statements
// (gen-stmt.ts, gen-def.ts) printed to source, so shrinking works on structure, after a prelude
// binding the names every program may use.

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
