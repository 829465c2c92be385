// Typed expression generators over the names a scope can read (ints, strs, lists, dicts, a float),
// so every generated expression is well-typed and needs no guessing at run time. Values stay
// bounded (slices never raise, stored values are reduced) and printing never shows an address.

import fc from "fast-check";
import { type Frag, frag, memoArb, tpl } from "./gen-core.js";

/** Names an expression may read, by type; `key` identifies the set for memoisation. */
export interface Names {
  readonly key: string;
  readonly ints: readonly string[];
  readonly strs: readonly string[];
  readonly lists: readonly string[];
  readonly dicts: readonly string[];
  readonly floats: readonly string[];
  /** Inside a method: `self.v` (an int) and `self.items` (a list) are readable. */
  readonly self: boolean;
  /** Names visible to code nested in this scope (a class body's own names are not). */
  readonly inner: Names;
}

export interface Exprs {
  readonly int: fc.Arbitrary<Frag>;
  readonly str: fc.Arbitrary<Frag>;
  readonly bool: fc.Arbitrary<Frag>;
  readonly list: fc.Arbitrary<Frag>;
  readonly dict: fc.Arbitrary<Frag>;
  readonly float: fc.Arbitrary<Frag>;
  readonly bytes: fc.Arbitrary<Frag>;
  readonly set: fc.Arbitrary<Frag>;
  readonly tuple: fc.Arbitrary<Frag>;
  /** Any printable value. */
  readonly any: fc.Arbitrary<Frag>;
}

const neg = (v: bigint | number) => (v < 0 ? `(${v})` : String(v));

export const smallInt = fc.integer({ min: -20, max: 300 }).map((v) => frag(neg(v), "int"));
const bigLit = fc
  .oneof(fc.bigInt({ min: -(1n << 100n), max: 1n << 100n }), fc.constantFrom(1n << 30n, (1n << 30n) - 1n, -(1n << 30n), 1n << 31n, 1n << 63n, -(1n << 64n)))
  .map((v) => frag(neg(v), "bigint"));
const intLit = fc.oneof({ weight: 4, arbitrary: smallInt }, { weight: 1, arbitrary: bigLit }, fc.constantFrom("0x7f", "0o17", "0b1011", "1_000").map((t) => frag(t, "int")));
// Literals that read back exactly on every build, so parsing by mpy-cross and by the VM agree.
const floatLit = fc.constantFrom("0.5", "1.5", "2.25", "-3.75", "1e10", "1.25e-3", "0.1", "3.0", "1e100", "2.5e-7", ".5").map((t) => frag(t.startsWith("-") ? `(${t})` : t, "float"));
const strLit = fc
  .constantFrom("''", "'a'", "'xyz'", '"hello world"', "'tab\\there'", "'\\u00e9t\\u00e9'", "'long string over ten'", "'q\"uote'", "'\\x41\\n'", "'snow\\u2603'", "'''tri'''", "r'raw\\d'", "'a' 'b'")
  .map((s) => frag(s, "str"));
const bytesLit = fc.constantFrom("b''", "b'ab'", "b'\\x00\\xff'", "b'hello'", "bytes(3)", "bytearray(b'xy')").map((s) => frag(s, "bytes"));

const names = (pool: readonly string[]) => fc.constantFrom(...pool).map((n) => frag(n));

/** Small int-valued expressions over `inner` plus comprehension or lambda variables: no nesting of scopes. */
function simpleInt(n: Names, extra: readonly string[]): fc.Arbitrary<Frag> {
  const leaves = [...n.ints, ...extra];
  return memoArb(`simple:${n.key}:${extra.join(",")}`, () =>
    fc.letrec<{ e: Frag }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", maxDepth: 2 },
        smallInt,
        names(leaves),
        fc.tuple(tie("e"), fc.constantFrom("+", "-", "*", "&", "|", "^"), tie("e")).map(([a, op, b]) => tpl([a, b], (x, y) => `(${x} ${op} ${y})`, "binop")),
        fc.tuple(tie("e"), fc.constantFrom("//", "%"), fc.integer({ min: 1, max: 9 })).map(([a, op, c]) => tpl([a], (x) => `(${x} ${op} ${c})`, "binop")),
      ),
    })).e,
  );
}

const built = new Map<string, Exprs>();

/** The expression generators for one set of readable names (memoised). */
export function exprs(n: Names): Exprs {
  let e = built.get(n.key);
  if (!e) {
    e = build(n);
    built.set(n.key, e);
  }
  return e;
}

type K = "int" | "str" | "bool" | "list" | "dict" | "float" | "bytes" | "set" | "tuple";

function build(n: Names): Exprs {
  const inner = n.inner;
  const simple = (...vars: string[]) => simpleInt(inner, vars);
  const intLeaves: fc.Arbitrary<Frag>[] = [intLit];
  if (n.ints.length) intLeaves.push(names(n.ints), names(n.ints));
  if (n.self) intLeaves.push(fc.constant(frag("self.v", "attrassign")));
  const strLeaves: fc.Arbitrary<Frag>[] = [strLit];
  if (n.strs.length) strLeaves.push(names(n.strs));
  const fstrName = fc.constantFrom(...(n.ints.length ? n.ints : ["0"]));
  const sName = fc.constantFrom(...(n.strs.length ? n.strs : n.ints.length ? n.ints : ["0"]));
  const listLeaves: fc.Arbitrary<Frag>[] = [fc.constantFrom("[1, 2, 3]", "[0]", "[-5, 7]", "[]").map((t) => frag(t, "list"))];
  if (n.lists.length) listLeaves.push(names(n.lists));
  if (n.self) listLeaves.push(fc.constant(frag("self.items")));
  const dictLeaves: fc.Arbitrary<Frag>[] = [fc.constantFrom("{'a': 1}", "{}", "{'k': 2, 'j': -3}").map((t) => frag(t, "dict"))];
  if (n.dicts.length) dictLeaves.push(names(n.dicts));
  const floatLeaves: fc.Arbitrary<Frag>[] = [floatLit];
  if (n.floats.length) floatLeaves.push(names(n.floats));
  const o = { depthSize: "small", maxDepth: 3, withCrossShrink: true } as const;
  // This VM build slices only lists with a step.
  const slicer = (steps: readonly string[]) =>
    fc.tuple(fc.option(fc.integer({ min: -4, max: 5 }), { nil: null }), fc.option(fc.integer({ min: -4, max: 6 }), { nil: null }), fc.constantFrom(...steps))
      .map(([a, b, st]) => `[${a ?? ""}:${b ?? ""}${st}]`);
  const slice = slicer([""]);
  const listSlice = slicer(["", "", ":2", ":-1"]);

  const t = fc.letrec<Record<K, Frag>>((tie) => {
    const [I, S, B, L, D, F, Y, T] = ["int", "str", "bool", "list", "dict", "float", "bytes", "tuple"].map((k) => tie(k as K) as fc.Arbitrary<Frag>) as fc.Arbitrary<Frag>[] as [
      fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>, fc.Arbitrary<Frag>,
    ];
    const bin = (a: fc.Arbitrary<Frag>, ops: readonly string[], b: fc.Arbitrary<Frag>, ...uses: Parameters<typeof tpl>[2][]) =>
      fc.tuple(a, fc.constantFrom(...ops), b).map(([x, op, y]) => tpl([x, y], (p, q) => `(${p} ${op} ${q})`, ...uses));
    const call = (fn: string, ...args: fc.Arbitrary<Frag>[]) => fc.tuple(...args).map((fs) => tpl(fs, (...ts) => `${fn}(${ts.join(", ")})`, "call"));
    return {
      int: fc.oneof(
        o,
        { weight: 6, arbitrary: fc.oneof(...intLeaves) },
        { weight: 3, arbitrary: bin(I, ["+", "-", "*", "&", "|", "^"], I, "binop") },
        fc.tuple(I, fc.constantFrom("//", "%"), fc.integer({ min: 1, max: 13 }).map((v) => (v > 10 ? `(-${v - 10})` : String(v)))).map(([a, op, c]) => tpl([a], (x) => `(${x} ${op} ${c})`, "binop")),
        fc.tuple(I, fc.constantFrom("<<", ">>", "**"), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })).map(([a, op, e, s]) => tpl([a], (x) => `(${x} ${op} ${op === "**" ? e : s})`, "binop")),
        fc.tuple(fc.constantFrom("-", "~", "+", "not "), I).map(([op, a]) => tpl([a], (x) => `(${op}${x})`, "unary")),
        fc.tuple(B, I, I).map(([c, a, b]) => tpl([a, c, b], (x, y, z) => `(${x} if ${y} else ${z})`, "ifexp")),
        call("len", S), call("len", L), call("len", D), call("len", Y),
        fc.tuple(L, listSlice).map(([l, sl]) => tpl([l], (x) => `sum(${x}${sl})`, "slice", "call")),
        fc.tuple(I, L).map(([a, l]) => tpl([a, l], (x, y) => `max([${x}] + ${y})`, "call")),
        fc.tuple(L, I).map(([l, a]) => tpl([l, a], (x, y) => `${x}.count(${y})`, "method")),
        fc.tuple(S, S).map(([a, b]) => tpl([a, b], (x, y) => `${x}.find(${y})`, "method")),
        S.map((s) => tpl([s], (x) => `ord((${x} + 'z')[0])`, "subscript", "call")),
        Y.map((s) => tpl([s], (x) => `(${x} + b'z')[-1]`, "subscript", "bytes")),
        fc.tuple(I, fc.integer({ min: 2, max: 9 })).map(([a, m]) => tpl([a], (x) => `divmod(${x}, ${m})[1]`, "call", "subscript")),
        // MicroPython keeps a 3-argument pow()'s result as a long-int object, whose 0 ** 0 is 0 (see
        // runtime/DIFFERENCES.md); `+ 0` makes it a small int, as any arithmetic on the device does.
        fc.tuple(I, fc.integer({ min: 0, max: 5 })).map(([a, e]) => tpl([a], (x) => `(pow(${x}, ${e}, 1009) + 0)`, "call")),
        fc.tuple(I, I).map(([a, b]) => tpl([a, b], (x, y) => `max(${x}, ${y}, key=abs)`, "call", "kwcall")),
        call("abs", I), call("min", I, I),
        fc.tuple(D, S, I).map(([d, s, a]) => tpl([d, s, a], (x, y, z) => `${x}.get(${y}, ${z})`, "method")),
        I.map((a) => tpl([a], (x) => `int(str(${x}))`, "call")),
        fc.tuple(simple("p", "q"), I).map(([body, a]) => tpl([body, a], (bd, x) => `(lambda p, q=3: ${bd})(${x})`, "lambda", "defaults")),
        fc.tuple(simple("x"), L, simple("x")).map(([e, l, c]) => tpl([e, l, c], (x, y, z) => `sum([${x} for x in ${y} if ${z} % 3])`, "listcomp")),
        fc.tuple(simple("x", "y"), L).map(([e, l]) => tpl([e, l], (x, y) => `sum([${x} for x in ${y} for y in range(2)])`, "listcomp")),
        fc.tuple(simple("x"), I).map(([e, a]) => tpl([e, a], (x, y) => `sum(${x} for x in range(${y} % 6))`, "genexp")),
        fc.tuple(simple("x"), L).map(([e, l]) => tpl([e, l], (x, y) => `len({${x} % 5 for x in ${y}})`, "setcomp")),
        fc.tuple(simple("x"), L).map(([e, l]) => tpl([e, l], (x, y) => `len({x: ${x} for x in ${y}})`, "dictcomp")),
      ),
      str: fc.oneof(
        o,
        { weight: 5, arbitrary: fc.oneof(...strLeaves) },
        { weight: 2, arbitrary: bin(S, ["+"], S, "binop") },
        fc.tuple(S, fc.integer({ min: 0, max: 3 })).map(([s, k]) => tpl([s], (x) => `(${x} * ${k})`, "binop")),
        fc.tuple(S, slice).map(([s, sl]) => tpl([s], (x) => `${x}${sl}`, "slice")),
        fc.tuple(S, fc.constantFrom("upper()", "lower()", "strip()", "replace('a', 'BB')", "lstrip('x')")).map(([s, m]) => tpl([s], (x) => `${x}.${m}`, "method")),
        call("str", I), call("repr", S), call("repr", L), call("repr", T), call("str", F), call("hex", I),
        fc.tuple(I, S).map(([a, s]) => tpl([a, s], (x, y) => `('%d-%s' % (${x}, ${y}))`, "format")),
        fc.tuple(I, S).map(([a, s]) => tpl([a, s], (x, y) => `'{}|{!r:>7}'.format(${x}, ${y})`, "format", "method")),
        F.map((f) => tpl([f], (x) => `('%.3f|%g' % (${x}, ${x}))`, "format")),
        S.map((s) => tpl([s], (x) => `'-'.join(${x})`, "method")),
        S.map((s) => tpl([s], (x) => `' '.join(${x}.split('a'))`, "method")),
        I.map((a) => tpl([a], (x) => `chr(65 + ${x} % 26)`, "call")),
        fc.tuple(B, S, S).map(([c, a, b]) => tpl([a, c, b], (x, y, z) => `(${x} if ${y} else ${z})`, "ifexp")),
        // f-string arguments are names or simple sums: MicroPython forbids quotes inside them.
        fc.tuple(fstrName, sName, fc.constantFrom(":>5", ":x", ":<4", "", "!r")).map(([a, s, spec]) => frag(`f"<{${a}}|{${s}!r}|{${a} + 1${spec}}>"`, "fstring")),
      ),
      bool: fc.oneof(
        o,
        { weight: 4, arbitrary: bin(I, ["<", "<=", "==", "!=", ">", ">="], I, "compare") },
        fc.tuple(I, I, I).map(([a, b, c]) => tpl([a, b, c], (x, y, z) => `(${x} < ${y} <= ${z})`, "compare")),
        bin(B, ["and", "or"], B, "boolop"),
        B.map((b) => tpl([b], (x) => `(not ${x})`, "unary")),
        bin(S, ["in", "not in", "<", "=="], S, "compare"),
        bin(I, ["in", "not in"], L, "compare"),
        bin(L, ["==", "<", "!="], L, "compare"),
        bin(F, ["<", ">="], F, "compare"),
        fc.tuple(S, S).map(([a, b]) => tpl([a, b], (x, y) => `${x}.startswith(${y})`, "method")),
        fc.tuple(simple("x"), L).map(([e, l]) => tpl([e, l], (x, y) => `any(${x} > 2 for x in ${y})`, "genexp")),
        call("bool", L),
        fc.tuple(fc.constantFrom("int", "str", "list", "tuple"), I).map(([ty, a]) => tpl([a], (x) => `isinstance(${x}, ${ty})`, "call")),
      ),
      list: fc.oneof(
        o,
        { weight: 4, arbitrary: fc.oneof(...listLeaves) },
        fc.array(I, { minLength: 1, maxLength: 3 }).map((xs) => tpl(xs, (...ts) => `[${ts.join(", ")}]`, "list")),
        bin(L, ["+"], L, "binop"),
        fc.tuple(L, listSlice).map(([l, sl]) => tpl([l], (x) => `${x}${sl}`, "slice")),
        call("sorted", L),
        L.map((l) => tpl([l], (x) => `sorted(${x}, key=lambda v: -v, reverse=True)`, "lambda", "kwcall", "call")),
        I.map((a) => tpl([a], (x) => `list(range(${x} % 6))`, "call")),
        fc.tuple(simple("x"), L, simple("x")).map(([e, l, c]) => tpl([e, l, c], (x, y, z) => `[${x} for x in ${y} if ${z} % 2]`, "listcomp")),
        fc.tuple(simple("x", "y"), L).map(([e, l]) => tpl([e, l], (x, y) => `[${x} for x in ${y} for y in range(2) if x != y]`, "listcomp")),
        fc.tuple(L, I).map(([l, a]) => tpl([l, a], (x, y) => `${x} + [${y}]`, "binop")),
        fc.tuple(simple("v"), L).map(([e, l]) => tpl([e, l], (x, y) => `list(map(lambda v: ${x}, ${y}))`, "lambda", "call")),
        D.map((d) => tpl([d], (x) => `list(${x}.values())`, "method")),
        Y.map((b) => tpl([b], (x) => `list(${x})`, "call")),
        L.map((l) => tpl([l], (x) => `list(reversed(${x}))`, "call")),
      ),
      dict: fc.oneof(
        o,
        { weight: 3, arbitrary: fc.oneof(...dictLeaves) },
        fc.tuple(S, I, I).map(([s, a, b]) => tpl([s, a, b], (x, y, z) => `{${x}: ${y}, 'k': ${z}}`, "dict")),
        fc.tuple(S).map(([s]) => tpl([s], (x) => `{c: i for i, c in enumerate(${x})}`, "dictcomp")),
        fc.tuple(S, L).map(([s, l]) => tpl([s, l], (x, y) => `dict(zip(${x}, ${y}))`, "call")),
        fc.tuple(D, S, I).map(([d, s, a]) => tpl([d, s, a], (x, y, z) => `dict(${x}, **{${y}: ${z}})`, "kwcall", "dict")),
      ),
      float: fc.oneof(
        o,
        { weight: 3, arbitrary: fc.oneof(...floatLeaves) },
        bin(F, ["+", "-", "*"], F, "binop"),
        I.map((a) => tpl([a], (x) => `(${x} % 1000 / 4)`, "binop", "float")),
        I.map((a) => tpl([a], (x) => `float(${x} % 10000)`, "call", "float")),
        fc.tuple(F, fc.constantFrom("3", "0.5", "7")).map(([f, d]) => tpl([f], (x) => `(${x} / ${d})`, "binop")),
        fc.tuple(F, I).map(([f, a]) => tpl([f, a], (x, y) => `(${x} * (${y} % 100))`, "binop")),
        F.map((f) => tpl([f], (x) => `(-${x})`, "unary")),
        call("abs", F),
      ),
      bytes: fc.oneof(
        o,
        { weight: 3, arbitrary: bytesLit },
        bin(Y, ["+"], Y, "binop"),
        fc.tuple(Y, slice).map(([b, sl]) => tpl([b], (x) => `${x}${sl}`, "slice")),
        I.map((a) => tpl([a], (x) => `bytes([${x} % 256, 65])`, "call")),
        S.map((s) => tpl([s], (x) => `${x}.encode()`, "method")),
      ),
      set: fc.oneof(
        o,
        fc.array(I, { minLength: 1, maxLength: 3 }).map((xs) => tpl(xs, (...ts) => `{${ts.join(", ")}}`, "set")),
        call("set", L),
        fc.tuple(simple("x"), L).map(([e, l]) => tpl([e, l], (x, y) => `{${x} % 7 for x in ${y}}`, "setcomp")),
        bin(tie("set") as fc.Arbitrary<Frag>, ["|", "&", "-", "^"], tie("set") as fc.Arbitrary<Frag>, "binop", "set"),
      ),
      tuple: fc.oneof(
        o,
        fc.tuple(I, S).map(([a, s]) => tpl([a, s], (x, y) => `(${x}, ${y})`, "tuple")),
        I.map((a) => tpl([a], (x) => `(${x},)`, "tuple")),
        call("tuple", L),
        fc.tuple(I, fc.integer({ min: 1, max: 9 })).map(([a, m]) => tpl([a], (x) => `divmod(${x}, ${m})`, "call")),
        fc.tuple(T, T).map(([a, b]) => tpl([a, b], (x, y) => `(${x} + ${y})`, "binop")),
        fc.tuple(T, slice).map(([a, sl]) => tpl([a], (x) => `${x}${sl}`, "slice")),
      ),
    };
  });
  const any = fc.oneof(
    { weight: 4, arbitrary: t.int }, { weight: 3, arbitrary: t.str }, { weight: 2, arbitrary: t.bool }, { weight: 2, arbitrary: t.list },
    t.dict, t.float, t.bytes, t.set, t.tuple,
  );
  return { ...t, any };
}
