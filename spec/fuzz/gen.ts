// fast-check generators of MicroPython programs, produced as a small tree of statements and
// expressions and printed to source, so shrinking works on structure. Variables come from fixed
// pools that the prelude of every program initialises, so programs never depend on scoping luck;
// loops are bounded and every program prints what it computes.

import fc from "fast-check";

/** What a generated program used, for the coverage table. */
export type Construct =
  | "int" | "bigint" | "float" | "str" | "bytes" | "tuple" | "list" | "dict" | "set"
  | "binop" | "unary" | "compare" | "boolop" | "ifexp" | "call" | "method" | "fstring" | "slice" | "subscript"
  | "listcomp" | "dictcomp" | "genexp" | "lambda" | "walrus"
  | "assign" | "augassign" | "tupleassign" | "starassign" | "subscriptassign" | "attrassign"
  | "if" | "while" | "for" | "break" | "continue" | "loopelse"
  | "def" | "defaults" | "varargs" | "kwonly" | "kwargs" | "closure" | "nonlocal" | "global"
  | "class" | "inherit" | "dunder" | "generator" | "try" | "finally" | "raise" | "with" | "del" | "assert"
  | "async" | "starcall" | "decorator";

export interface Program {
  readonly source: string;
  readonly constructs: ReadonlySet<Construct>;
}

interface Node {
  readonly text: string;
  readonly uses: readonly Construct[];
}

const node = (text: string, ...uses: Construct[]): Node => ({ text, uses });
const join = (parts: readonly Node[], sep: string, wrap = (s: string) => s, ...uses: Construct[]): Node =>
  node(wrap(parts.map((p) => p.text).join(sep)), ...uses, ...parts.flatMap((p) => p.uses));

const INTS = ["i0", "i1", "i2"];
const STRS = ["s0", "s1"];

const smallInt = fc.integer({ min: -20, max: 100 }).map((v) => node(v < 0 ? `(${v})` : String(v), "int"));
const bigInt = fc.bigInt({ min: -(1n << 80n), max: 1n << 80n }).map((v) => node(v < 0n ? `(${v})` : String(v), "bigint"));
const strLit = fc.constantFrom("''", "'a'", "'xyz'", '"hello world"', "'tab\\there'", "'\\u00e9t\\u00e9'", "'long string over ten'").map((s) => node(s, "str"));

export const PRELUDE = "i0 = 3\ni1 = -7\ni2 = 12\ns0 = 'ab'\ns1 = 'xyz'\nl0 = [1, 2, 3]\nd0 = {'k': 1}\n";

const { intExpr, strExpr } = fc.letrec<{ intExpr: Node; strExpr: Node; boolExpr: Node }>((tie) => ({
  intExpr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    smallInt,
    fc.constantFrom(...INTS).map((v) => node(v)),
    bigInt,
    fc.tuple(tie("intExpr"), fc.constantFrom("+", "-", "*", "&", "|", "^"), tie("intExpr")).map(([a, op, b]) => join([a, b], ` ${op} `, (s) => `(${s})`, "binop")),
    fc.tuple(tie("intExpr"), fc.constantFrom("//", "%"), fc.integer({ min: 1, max: 9 })).map(([a, op, c]) => node(`(${a.text} ${op} ${c})`, "binop", ...a.uses)),
    fc.tuple(tie("intExpr"), fc.constantFrom("<<", ">>"), fc.integer({ min: 0, max: 5 })).map(([a, op, c]) => node(`(${a.text} ${op} ${c})`, "binop", ...a.uses)),
    fc.tuple(fc.constantFrom("-", "~", "+"), tie("intExpr")).map(([op, a]) => node(`(${op}${a.text})`, "unary", ...a.uses)),
    tie("strExpr").map((s) => node(`len(${s.text})`, "call", ...s.uses)),
    fc.tuple(tie("boolExpr"), tie("intExpr"), tie("intExpr")).map(([c, a, b]) => node(`(${a.text} if ${c.text} else ${b.text})`, "ifexp", ...a.uses, ...b.uses, ...c.uses)),
    fc.tuple(tie("intExpr"), tie("intExpr")).map(([a, b]) => node(`max(${a.text}, ${b.text}, key=abs)`, "call", ...a.uses, ...b.uses)),
    fc.tuple(tie("intExpr")).map(([a]) => node(`sum([x * 2 for x in range(4) if x != ${a.text}])`, "listcomp", ...a.uses)),
    fc.tuple(tie("intExpr")).map(([a]) => node(`(lambda v, w=2: v * w)(${a.text})`, "lambda", "defaults", ...a.uses)),
    tie("intExpr").map((a) => node(`l0[${a.text} % 3]`, "subscript", ...a.uses)),
  ),
  strExpr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    strLit,
    fc.constantFrom(...STRS).map((v) => node(v)),
    fc.tuple(tie("strExpr"), tie("strExpr")).map(([a, b]) => join([a, b], " + ", (s) => `(${s})`, "binop")),
    tie("intExpr").map((a) => node(`str(${a.text})`, "call", ...a.uses)),
    // f-string arguments are plain names: a quote inside an f-string is not valid MicroPython.
    fc.tuple(fc.constantFrom(...INTS), fc.constantFrom(...STRS)).map(([a, s]) => node(`f"<{${a}}|{${s}!r:>6}|{${a}:>4}>"`, "fstring")),
    fc.tuple(tie("strExpr"), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 5 })).map(([s, a, b]) => node(`${s.text}[${a}:${b}]`, "slice", ...s.uses)),
    fc.tuple(tie("strExpr"), fc.constantFrom("upper", "lower", "strip")).map(([s, m]) => node(`${s.text}.${m}()`, "method", ...s.uses)),
    fc.tuple(tie("strExpr"), fc.integer({ min: 0, max: 3 })).map(([s, n]) => node(`(${s.text} * ${n})`, "binop", ...s.uses)),
    fc.tuple(tie("strExpr")).map(([s]) => node(`'-'.join([c for c in ${s.text}])`, "listcomp", "method", ...s.uses)),
  ),
  boolExpr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(tie("intExpr"), fc.constantFrom("<", "<=", "==", "!=", ">", ">="), tie("intExpr")).map(([a, op, b]) => join([a, b], ` ${op} `, (s) => `(${s})`, "compare")),
    fc.tuple(tie("intExpr"), tie("intExpr"), tie("intExpr")).map(([a, b, c]) => node(`(${a.text} < ${b.text} <= ${c.text})`, "compare", ...a.uses, ...b.uses, ...c.uses)),
    fc.tuple(tie("boolExpr"), fc.constantFrom("and", "or"), tie("boolExpr")).map(([a, op, b]) => join([a, b], ` ${op} `, (s) => `(${s})`, "boolop")),
    tie("boolExpr").map((a) => node(`(not ${a.text})`, "unary", ...a.uses)),
    fc.tuple(tie("strExpr"), tie("strExpr")).map(([a, b]) => node(`(${a.text} in ${b.text})`, "compare", ...a.uses, ...b.uses)),
  ),
}));

const boolExpr = fc.tuple(intExpr, fc.constantFrom("<", "==", "!=", ">="), intExpr).map(([a, op, b]) => join([a, b], ` ${op} `, (s) => `(${s})`, "compare"));

const indent = (n: Node): Node => node(n.text.split("\n").map((l) => (l ? "    " + l : l)).join("\n"), ...n.uses);

const simpleStmt: fc.Arbitrary<Node> = fc.oneof(
  // Values stored in the pool are kept small, so loops cannot grow them without bound.
  fc.tuple(fc.constantFrom(...INTS), intExpr).map(([v, e]) => node(`${v} = (${e.text}) % 1000003\nprint('${v}', ${v})`, "assign", ...e.uses)),
  fc.tuple(fc.constantFrom(...STRS), strExpr).map(([v, e]) => node(`${v} = (${e.text})[:24]\nprint('${v}', ${v})`, "assign", ...e.uses)),
  fc.tuple(fc.constantFrom(...INTS), fc.constantFrom("+=", "-=", "*=", "|=", "^="), intExpr).map(([v, op, e]) => node(`${v} ${op} ${e.text}\n${v} %= 1000003\nprint(${v})`, "augassign", ...e.uses)),
  intExpr.map((e) => node(`print(${e.text})`, "call", ...e.uses)),
  strExpr.map((e) => node(`print(repr(${e.text}))`, "call", ...e.uses)),
  boolExpr.map((e) => node(`print(${e.text})`, "call", ...e.uses)),
  fc.constant(node("i0, i1 = i1, i0\nprint(i0, i1)", "tupleassign")),
  fc.constant(node("i0, i1, i2 = i2, i0, i1\nprint(i0, i1, i2)", "tupleassign")),
  fc.constant(node("a, *rest = l0 + [i0]\nprint(a, rest)", "starassign")),
  intExpr.map((e) => node(`l0[1] = ${e.text}\nl0.append(l0[1])\nl0 = l0[-6:]\nprint(l0[-3:])`, "subscriptassign", "method", ...e.uses)),
  intExpr.map((e) => node(`d0['k'] = ${e.text}\nprint(sorted(d0.items()), {v: v * 2 for v in range(3)})`, "dict", "dictcomp", ...e.uses)),
  intExpr.map((e) => node(`if (n := ${e.text}) > 5:\n    print('big', n)`, "walrus", "if", ...e.uses)),
  intExpr.map((e) => node(`print(tuple(x + 1 for x in (1, 2, ${e.text})), {1, 2} | {3})`, "genexp", "tuple", "set", ...e.uses)),
  // Kept to small ints: a big int's conversion to float differs by design between mpy-cross on a
  // 64-bit host (32-bit mpz digits) and a 32-bit VM's own compiler (16-bit digits).
  intExpr.map((e) => node(`print((${e.text}) % 1000 / 4, 1.5 * 2)`, "float", ...e.uses)),
  fc.constant(node("print(b'ab' + bytes([65]), b'xy'[1])", "bytes")),
  intExpr.map((e) => node(`try:\n    print(100 // (${e.text} - ${e.text}))\nexcept ZeroDivisionError as ex:\n    print('zde', ex)\nfinally:\n    print('fin')`, "try", "finally", ...e.uses)),
  intExpr.map((e) => node(`assert ${e.text} == ${e.text}, 'assert'`, "assert", ...e.uses)),
  fc.constant(node("tmp = 5\ndel tmp\nprint('tmp' in globals())", "del")),
);

const { stmt } = fc.letrec<{ stmt: Node; block: Node }>((tie) => ({
  stmt: fc.oneof(
    { depthSize: "small", withCrossShrink: true, maxDepth: 3 },
    simpleStmt,
    fc.tuple(boolExpr, tie("block"), fc.option(tie("block"), { nil: null })).map(([c, a, b]) =>
      node(`if ${c.text}:\n${indent(a).text}${b ? `\nelse:\n${indent(b).text}` : ""}`, "if", ...c.uses, ...a.uses, ...(b?.uses ?? []))),
    fc.tuple(fc.integer({ min: 0, max: 4 }), tie("block"), fc.boolean()).map(([n, b, brk]) =>
      node(`for k in range(${n}):\n${indent(b).text}\n    if k == 2:\n        ${brk ? "break" : "continue"}\nelse:\n    print('for-else')`, "for", brk ? "break" : "continue", "loopelse", ...b.uses)),
    // Each while loop counts with a name of its own, so a nested loop cannot reset it.
    fc.tuple(fc.integer({ min: 0, max: 4 }), tie("block"), fc.integer({ min: 0, max: 1e9 })).map(([n, b, id]) =>
      node(`w${id} = 0\nwhile w${id} < ${n}:\n    w${id} += 1\n${indent(b).text}`, "while", ...b.uses)),
    fc.tuple(tie("block"), intExpr).map(([b, e]) =>
      node(`def fn(x, y=${e.text}, *args, z=1, **kw):\n    global i2\n    i2 += 1\n${indent(b).text}\n    return x + y + z + len(args) + len(kw)\nprint(fn(1), fn(1, 2, 3, z=4, q=5))`,
        "def", "defaults", "varargs", "kwonly", "kwargs", "global", ...b.uses, ...e.uses)),
    intExpr.map((e) => node(`def outer():\n    c = ${e.text}\n    def inner():\n        nonlocal c\n        c += 1\n        return c\n    return inner\ng = outer()\nprint(g(), g())`, "def", "closure", "nonlocal", ...e.uses)),
    intExpr.map((e) => node(`def gen(n):\n    for j in range(n):\n        yield j * ${e.text}\nprint(list(gen(3)), list(x for x in gen(2)))`, "generator", "def", ...e.uses)),
    intExpr.map((e) =>
      node(`class Base:\n    def __init__(self, v):\n        self.v = v\n    def __repr__(self):\n        return 'Obj(%r)' % self.v\nclass Sub(Base):\n    def __init__(self, v):\n        super().__init__(v * 2)\n    def __add__(self, o):\n        return Sub(self.v + o.v)\nob = Sub(${e.text})\nob.w = 1\nprint(ob, ob + Sub(1), ob.w)`,
        "class", "inherit", "dunder", "attrassign", ...e.uses)),
    tie("block").map((b) => node(`class CM:\n    def __enter__(self):\n        print('enter')\n        return 7\n    def __exit__(self, *a):\n        print('exit', a[0] is None)\nwith CM() as cmv:\n${indent(b).text}`, "with", "class", ...b.uses)),
    intExpr.map((e) => node(`try:\n    raise ValueError(${e.text})\nexcept ValueError as ex:\n    print('caught', ex.args)`, "raise", "try", ...e.uses)),
    intExpr.map((e) =>
      node(`async def co(v):\n    return v + 1\nasync def main():\n    t = 0\n    for q in range(3):\n        t += await co(q * ${e.text})\n    return t\ntry:\n    main().send(None)\nexcept StopIteration as st:\n    print('async', st.value)`, "async", "def", ...e.uses)),
    fc.tuple(intExpr, intExpr).map(([a, b]) =>
      node(`def star(*a, **k):\n    return len(a), sorted(k)\nprint(star(*[${a.text}, 2], *(3,), x=${b.text}, **{'y': 1}))`, "starcall", "varargs", "kwargs", ...a.uses, ...b.uses)),
    tie("block").map((b) =>
      node(`def fin():\n    try:\n${indent(indent(b)).text}\n        return 'body'\n    finally:\n        print('finally runs')\nprint(fin())`, "finally", "def", ...b.uses)),
    intExpr.map((e) => node(`class Outer:\n    class Inner:\n        val = ${e.text}\n    def get(self):\n        return self.Inner.val\no = Outer()\no.extra = 1\ndel o.extra\nprint(o.get(), hasattr(o, 'extra'))`, "class", "del", "attrassign", ...e.uses)),
    intExpr.map((e) => node(`def deco(fn):\n    def wrap(*a):\n        return ('wrapped', fn(*a))\n    return wrap\n@deco\ndef plain(v):\n    return v * 2\nprint(plain(${e.text}))`, "decorator", "closure", ...e.uses)),
  ),
  block: fc.array(tie("stmt"), { minLength: 1, maxLength: 3 }).map((ss) => join(ss, "\n")),
}));

/** Well-formed programs with deterministic output. */
export const program: fc.Arbitrary<Program> = fc.array(stmt, { minLength: 1, maxLength: 6 }).map((ss) => {
  const body = join(ss, "\n");
  return { source: PRELUDE + body.text + "\n", constructs: new Set(body.uses) };
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
