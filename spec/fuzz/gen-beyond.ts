// Programs beyond MicroPython's grammar and at scale, for the syntax-agreement property: a valid
// program with one statement of CPython 3.12's grammar put in (dict and set unpacking, match, type
// parameters, except*, parenthesised context managers, starred targets and expressions anywhere,
// positional-only parameters, walrus positions, string prefixes, nested f-strings, decorators of any
// expression, odd whitespace), or a program scaled up (thousands of branches, long chains, deep
// nesting, many constants and statements). Both compilers must accept or refuse each alike.

import fc from "fast-check";
import { PRELUDE, program } from "./gen.js";

/** One statement (or compound statement, its body indented by four spaces) from CPython's grammar. */
const CPYTHON = [
  // Unpacking in displays and calls.
  "x = {'a': 1, **d}", "x = {**d}", "x = {**d, **e}", "x = {*a, 1}", "x = {*a}", "x = {*a for a in b}", "x = {**a for a in b}",
  "x = [*a, *b]", "x = (*a, *b)", "print(*a, *b, **c, **d)", "f(**a, *b)", "f(*a, b, **c, d=1)", "x = [*a for a in b]",
  // match, type parameters, except*, parenthesised context managers.
  "match x:\n    case 1:\n        pass\n    case _:\n        pass", "match = 1", "case = 2", "match(x)", "type X = int", "type = 1",
  "def f[T](x: T) -> T:\n    return x", "class C[T]:\n    pass", "def f[*Ts, **P]():\n    pass",
  "try:\n    pass\nexcept* ValueError:\n    pass", "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass",
  "with (open(a) as b, open(c) as d):\n    pass", "with (a, b):\n    pass", "with (a as b):\n    pass", "with (yield):\n    pass",
  // Starred targets and expressions wherever they can stand (and where they cannot).
  "*a, b = c", "a, *b = c", "[*a] = b", "(*a,) = b", "*a, = b", "*a = b", "a, *b, *c = d", "for *a, b in c:\n    pass", "for x in *a, b:\n    pass",
  "return *a, b", "def f():\n    return *a, b", "def f():\n    return *a", "def f():\n    yield *a, b", "def f():\n    yield *a", "def f():\n    x = yield *a, b",
  "x = *a,", "x = *a", "del *a", "del *a, b", "x = a[*b]", "x = a[*b, c]", "x = a if *b else c", "print(*a for a in b)", "x += *a, b", "x: int = *a, b",
  "del [a, b]", "del [a]", "del (a, [b])", "del ()", "del (a), b", "() = a", "[] = a", "a, = b", "x = [a for *b in c]",
  // Parameters.
  "def f(a, /, b, *, c):\n    pass", "def f(a, /):\n    pass", "def f(/, a):\n    pass", "def f(*, a):\n    pass", "def f(*):\n    pass",
  "def f(**a, b):\n    pass", "def f(a=1, b):\n    pass", "def f(a, a):\n    pass", "x = lambda a, /: a", "x = lambda *, a: a", "x = lambda *a, **b: 0",
  "def f(a: int = 1, *b: int, c: int, **d: int) -> int:\n    pass", "def f(a, *, b=1, **c):\n    pass",
  // Assignment expressions.
  "if (n := 10) > 5:\n    pass", "x = [y := 1, y]", "f(a := 1)", "x = a[b := 1]", "while (c := f()):\n    break", "x = (y := 1)", "x = y := 1",
  "def f(a=(b := 1)):\n    pass", "x = {(k := 1): 2}", "x = {k := 1}", "x = [z for y in b if (z := y)]", "(a.b := 1)", "(a[0] := 1)", "x = (y := z := 1)",
  "assert (x := 1)", "print(x := 1)", "x = lambda: (y := 1)", "with (a := b):\n    pass", "a[x := 1] = 2",
  // String prefixes and f-strings.
  "x = R'a'", "x = BR'a'", "x = Rb'a'", "x = U'a'", "x = F'{a}'", "x = rB'a'", "x = ub'a'", "x = fR'{a}'", "x = ur'a'", "x = bu'a'",
  "x = rb'a' br'b' rf'{c}' fr'{d}'", "x = b'a' 'b'", "x = f'a' b'b'", "x = u'a' f'{b}'",
  "x = f'{f\"{a}\"}'", "x = f'{f\"{f'{a}'}\"}'", "x = f'{f\"{a}\"}{f\"{b}\"}'", "x = f'{a!r:>{w}}'", "x = f'{a=}'", "x = f'{a = }'", "x = f'{a!r=}'",
  "x = f'{\"a\" if b else \"c\"}'", "x = f'{{}}{a}'", "x = f'{a:{b}{c}}'", "x = f'{a}' f'{b}' 'c'", "x = f'{}'", "x = f'{ }'", "x = f'{a!x}'",
  "x = f'{a:}'", "x = f'{lambda x: 1}'", "x = f'{(lambda x: 1)}'", "x = f'{a[\"b\"]}'", "x = f'''{\na\n}'''", "x = f'{a:{b:{c}}}'", "x = f'{#}'",
  // Decorators of any expression.
  "@a.b[1](c)\ndef f():\n    pass", "@(lambda f: f)\ndef f():\n    pass", "@a or b\ndef f():\n    pass", "@x := y\ndef f():\n    pass",
  "@a[0]\nclass C:\n    pass", "@a()()\ndef f():\n    pass", "@f(x for x in y)\ndef g():\n    pass", "@-a\ndef f():\n    pass",
  // Other corners of either grammar.
  "x = 1_000", "x = 0_1", "x = 1__0", "x = 0b1_0", "x = 1if 1else 2", "x = [1for a in b]", "x = 0x1for", "x = 1.e5", "x = .5j", "x = 1e", "x = 0o8",
  "global x; x = 1", "x: int", "(x): int = 1", "x.y: int", "x[0]: int = 1", "async def f():\n    async with a as b:\n        pass", "await x",
  "async def f():\n    return [x async for x in y]", "async def f():\n    await (yield)", "def f():\n    return [(yield) for x in y]",
  "from . import (a, b,)", "from .a import b, c,", "from a import b,", "from a import (b)", "from a import ()", "import a.b as c", "import a,",
  "class C(a, *b, **c):\n    pass", "class C(x=1):\n    pass", "class C():\n    pass", "x = a < b < c", "x = a not in b is not c", "a @= b", "x = ~-+a",
  "lambda: (yield)", "x = yield", "x = (yield)", "print(1 if 2 else 3 if 4 else 5)", "x = not", "x = a if b", "x = [a, b for c in d]",
  "with a as (b, c):\n    pass", "with a as b[0], c as d.e:\n    pass", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
  "nonlocal x", "def f():\n    global x\n    x: int = 1", "def f():\n    x = 1\n    global x", "raise a from b", "assert (a, b)",
  "x = __debug__", "if __debug__:\n    pass", "x = ...", "print(...)", "x = 'a' 'b' \\\n 'c'", "x = [\n]", "x = {\n1:\n2\n}",
];

/** Odd whitespace, put at the start or end of a line. */
const WHITESPACE = ["\v", "\f", "\t", " \t", "\t ", "\u00a0", "\u200b", "\r", "\f    ", "    \f", "\\\n", "\\ \n"];

const at = fc.double({ min: 0, max: 1, noNaN: true });

/** Puts `stmt` before the line at relative position `where` of the program's body, at that line's indent. */
function insertStatement(src: string, where: number, stmt: string): string {
  const body = src.slice(PRELUDE.length);
  const lines = body.split("\n");
  const k = Math.min(lines.length - 1, Math.floor(where * lines.length));
  const indent = /^[ \t]*/.exec(lines[k]!)![0];
  lines.splice(k, 0, ...stmt.split("\n").map((l) => indent + l));
  return PRELUDE + lines.join("\n");
}

function insertWhitespace(src: string, where: number, ws: string, atEnd: boolean): string {
  const body = src.slice(PRELUDE.length);
  const lines = body.split("\n");
  const k = Math.min(lines.length - 1, Math.floor(where * lines.length));
  lines[k] = atEnd ? lines[k] + ws : ws + lines[k];
  return PRELUDE + lines.join("\n");
}

const rep = (s: string, n: number) => s.repeat(n);
const size = (max: number) => fc.integer({ min: 1, max });

/** Programs scaled up: the shapes that once broke jump sizing, stacks and memory. */
const scaled: fc.Arbitrary<string> = fc.oneof(
  size(4000).map((n) => "def f(x):\n" + Array.from({ length: n }, (_, k) => `    if x == ${k}: return ${k}\n`).join("") + "print(f(3))\n"),
  size(3000).map((n) => "def f(x):\n    while x:\n" + Array.from({ length: n }, (_, k) => `        if x == ${k}:\n            break\n`).join("") + "        x -= 1\n    return x\n"),
  size(20000).map((n) => `x = ${rep("a+", n)}a\n`),
  size(20000).map((n) => `x = a${rep(".b", n)}\n`),
  size(5000).map((n) => `x = ${rep("(", n)}1${rep(")", n)}\n`),
  size(3000).map((n) => `x = ${rep("f(", n)}${rep(")", n)}\n`),
  size(3000).map((n) => `x = ${rep("lambda: ", n)}1\n`),
  size(3000).map((n) => `x = ${rep("[", n)}${rep("]", n)}\n`),
  size(20000).map((n) => `x = (${Array.from({ length: n }, (_, k) => String(k)).join(", ")})\n`),
  // Floats are objects in the constant table, which both compilers search linearly: the VM takes a minute for 20,000.
  size(2000).map((n) => `x = [${Array.from({ length: n }, (_, k) => `${k}.5`).join(", ")}]\n`),
  size(5000).map((n) => `x = {${Array.from({ length: n }, (_, k) => `'k${k}': ${k}`).join(", ")}}\n`),
  size(20000).map((n) => Array.from({ length: n }, (_, k) => `v${k % 500} = ${k}`).join("\n") + "\n"),
  size(2000).map((n) => Array.from({ length: n }, (_, k) => `def f${k}(a, b=${k}):\n    return a + b`).join("\n") + "\n"),
  size(20000).map((n) => `x = a[${Array(Math.max(1, n)).fill("1:2:3").join(", ")}]\n`),
  size(100000).map((n) => `x = b'${rep("a", n)}'\n`),
  size(60000).map((n) => `x = ${rep("'a' ", n)}\n`),
  size(1000).map((n) => `x = f'${rep("{a}", n)}'\n`),
);

/** A valid program with a statement from CPython's grammar, odd whitespace, or both; or a scaled-up program. */
export const beyondGrammar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(program, at, fc.constantFrom(...CPYTHON)).map(([p, w, s]) => insertStatement(p.source, w, s)) },
  { weight: 2, arbitrary: fc.tuple(program, at, fc.constantFrom(...WHITESPACE), fc.boolean()).map(([p, w, ws, end]) => insertWhitespace(p.source, w, ws, end)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...CPYTHON), fc.constantFrom(...WHITESPACE)).map(([s, ws]) => s.replace(/ /, ws) + "\n") },
  { weight: 1, arbitrary: scaled },
);
