// Definitions in generated programs: functions with every parameter form, generators, closures,
// decorated and async functions, global/nonlocal declarations; classes with inheritance, super(),
// special methods, properties, static and class methods. Each definition is exercised right after it.

import fc from "fast-check";
import { type Construct, type Frag, frag, indent, memoArb, tpl, uid } from "./gen-core.js";
import { exprs } from "./gen-expr.js";
import { block } from "./gen-stmt.js";
import { type Ctx, ctxKey, declChoices, declLines, functionCtx, poolInit, readable } from "./gen-scope.js";

/** Separates the argument lists of a signature's calls (never in generated source). */
const SEP = "\u0001";

interface Sig {
  /** Parameter list, with default values embedded. */
  readonly params: Frag;
  /** Parameters bound by the signature. */
  readonly bound: readonly string[];
  /** Lines binding pool names from the parameters. */
  readonly pre: readonly string[];
  /** Call argument lists, each without parentheses. */
  readonly calls: Frag;
}

function signatures(c: Ctx, l: number): fc.Arbitrary<Sig> {
  const I = exprs(readable(c)).int;
  const [x, y, z] = [`x${l}`, `y${l}`, `z${l}`];
  const sig = (params: Frag, bound: string[], pre: string[], calls: Frag): Sig => ({ params, bound, pre, calls });
  return fc.oneof(
    fc.tuple(I, I, I).map((as) => sig(frag(`${x}, ${y}, ${z}`, "def"), [x, y, z], [], tpl(as, (a, b, d) => `${a}, ${b}, ${d}`))),
    fc.tuple(I, I, I, I, I).map(([dflt, a, b, d, e]) =>
      sig(tpl([dflt], (v) => `${x}, ${y}=${v}, *rest, ${z}=7, **kw`, "defaults", "varargs", "kwonly", "kwargs"), [x, y, z], [`${x} = ${x} + len(rest) + len(kw)`],
        tpl([a, b, d, e], (p, q, r, s) => `${p}${SEP}${p}, ${q}, ${r}, 4, ${z}=${s}, extra=1${SEP}*[${q}, ${r}], **{'${z}': ${s}}`, "kwcall", "starcall"))),
    fc.tuple(I, I, I).map(([a, b, d]) => sig(frag(`${x}, *, ${y}, ${z}=2`, "kwonly", "defaults"), [x, y, z], [], tpl([a, b, d], (p, q, r) => `${p}, ${y}=${q}${SEP}${z}=${r}, ${y}=${q}, ${x}=${p}`, "kwcall"))),
    fc.tuple(I, I, I).map(([a, b, d]) => sig(frag("*args, **kw", "varargs", "kwargs"), [], [`${x} = len(args)`, `${y} = sum(args) % 1009`, `${z} = len(kw)`], tpl([a, b, d], (p, q, r) => `${SEP}${p}, ${q}, k=1${SEP}*[${r}, 1]`, "starcall"))),
    fc.tuple(I, I, I, I).map(([d1, d2, a, b]) => sig(tpl([d1, d2], (p, q) => `${x}=${p}, ${y}=${q}, ${z}=0`, "defaults"), [x, y, z], [], tpl([a, b], (p, q) => `${SEP}${z}=${p}${SEP}${q}, ${z}=${p}`, "kwcall"))),
  );
}

type FnKind = "plain" | "generator" | "closure" | "decorated" | "async";

function functionWith(c: Ctx, kind: FnKind, declared: readonly string[]): fc.Arbitrary<Frag> {
  const l = c.level + 1;
  const f = functionCtx(c, "function", l, kind === "generator", declared);
  const fe = exprs(readable(f));
  return fc.tuple(uid, signatures(c, l), block(f), fe.int).map(([id, sig, body, ret]) => {
    const name = `fn${l}_${id}`;
    const head = [...declLines(declared), ...sig.pre, ...poolInit(l, sig.bound), ...(kind === "async" ? [`x${l} = await aid(x${l})`] : [])].join("\n");
    const tail = kind === "generator" ? `yield ${ret.text}` : kind === "closure" ? `return lambda a: a + y${l} + ${ret.text}` : `return ${ret.text}`;
    const calls = sig.calls.text.split(SEP).map((args) => {
      const call = `${name}(${args})`;
      return kind === "generator" ? `list(${call})` : kind === "closure" ? `(lambda r: r(5) if callable(r) else r)(${call})` : kind === "async" ? `run(${call})` : call;
    });
    const uses: Construct[] = ["def"];
    if (declared.some((d) => /^[a-z]0$/.test(d))) uses.push("global");
    if (declared.some((d) => !/^[a-z]0$/.test(d))) uses.push("nonlocal", "closure");
    if (c.kind === "function" || c.kind === "method") uses.push("closure");
    if (kind === "generator") uses.push("generator");
    if (kind === "closure") uses.push("closure", "lambda");
    if (kind === "decorated") uses.push("decorator");
    if (kind === "async") uses.push("async");
    const text = `${kind === "decorated" ? "@deco\n" : ""}${kind === "async" ? "async " : ""}def ${name}(${sig.params.text}):\n${indent(frag(head)).text}\n${indent(body).text}\n    ${tail}\nprint(${calls.join(", ")})`;
    return tpl([sig.params, sig.calls, body, ret], () => text, ...uses);
  });
}

export function funcDef(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`def:${ctxKey(c)}`, () => {
    const kinds: FnKind[] = ["plain", "plain", "generator", "closure", "decorated", "async"];
    return fc.oneof(...kinds.flatMap((k) => declChoices(c).map((d) => functionWith(c, k, d))));
  });
}

interface Dunder {
  readonly def: string;
  readonly use: string;
  readonly uses: readonly Construct[];
}

const dunders = (k: string): Dunder[] => [
  { def: "def __repr__(self):\n    return 'K(%d)' % self.v", use: "print(repr(obj), [obj])", uses: ["dunder"] },
  { def: "def __str__(self):\n    return 'k' + str(self.v)", use: "print(obj, str(obj2))", uses: ["dunder"] },
  { def: "def __eq__(self, o):\n    return self.v == o.v", use: "print(obj == obj2, obj != obj2)", uses: ["dunder"] },
  { def: "def __lt__(self, o):\n    return self.v < o.v", use: "print(obj < obj2, [o.v for o in sorted([obj2, obj])])", uses: ["dunder"] },
  { def: `def __add__(self, o):\n    return ${k}(self.v + o.v)`, use: "print((obj + obj2).v)", uses: ["dunder"] },
  { def: "def __len__(self):\n    return len(self.items)", use: "print(len(obj), bool(obj))", uses: ["dunder"] },
  { def: "def __getitem__(self, i):\n    return self.items[i % len(self.items)]", use: "print(obj[3], obj[-1])", uses: ["dunder", "subscript"] },
  { def: "def __iter__(self):\n    yield self.v\n    yield from self.items", use: "print(list(obj), sum(obj))", uses: ["dunder", "generator", "yieldfrom"] },
  { def: "def __contains__(self, x):\n    return x == self.v", use: "print(obj.v in obj, 12345 in obj)", uses: ["dunder"] },
  { def: "def __call__(self, a, b=2):\n    return a * b + self.v", use: "print(obj(3), obj(1, b=4))", uses: ["dunder", "defaults"] },
  { def: "def __bool__(self):\n    return self.v > 10", use: "print(bool(obj), 'yes' if obj2 else 'no')", uses: ["dunder"] },
  { def: `def __neg__(self):\n    return ${k}(-self.v)`, use: "print((-obj).v)", uses: ["dunder"] },
  { def: "@property\ndef double(self):\n    return self.v * 2", use: "print(obj.double)", uses: ["property", "decorator"] },
  { def: "@staticmethod\ndef smeth(a):\n    return a + 1", use: `print(${k}.smeth(4), obj.smeth(2))`, uses: ["staticmethod", "decorator"] },
  { def: "@classmethod\ndef make(cls, a):\n    return cls(a)", use: `print(${k}.make(9).v)`, uses: ["classmethod", "decorator"] },
];

function plainClass(c: Ctx): fc.Arbitrary<Frag> {
  const l = c.level + 1;
  const cc: Ctx = { kind: "class", level: l, fnLevels: c.fnLevels.concat(c.kind === "function" || c.kind === "method" ? [c.level] : []), depth: c.depth - 1, loop: false, fn: false, gen: false, declared: [] };
  const m = functionCtx(cc, "method", l + 1, false, []);
  const me = exprs(readable(m));
  const e = exprs(readable(c));
  const [x, y, z] = [`x${l + 1}`, `y${l + 1}`, `z${l + 1}`];
  return fc
    .tuple(uid, fc.option(block(cc, 2), { nil: null }), block(m), me.int, fc.subarray(dunders("K").map((_, i) => i), { maxLength: 6 }), e.int, e.int, e.int, fc.boolean())
    .map(([id, classBody, methBody, ret, picked, a, b, arg, sub]) => {
      const k = `K${l}_${id}`;
      const ds = dunders(k).filter((_, i) => picked.includes(i));
      const body = [
        ...poolInit(l),
        // MicroPython leaves the class namespace in force for the code after a class body that
        // raised (mp_builtin___build_class__ restores it only on success), so module-level loop
        // counters are then read and written in different dicts and a while loop never ends. A
        // class body's statements therefore never let an exception out.
        ...(classBody ? [`try:\n${indent(classBody).text}\nexcept Exception as ex:\n    print('class body', type(ex).__name__)`] : []),
        "def __init__(self, v):\n    self.v = v % 1000\n    self.items = [v % 7, 1]",
        ...ds.map((d) => d.def),
        `def meth(self, ${x}, ${y}=2, ${z}=3):\n${indent(frag([...poolInit(l + 1, [x, y, z])].join("\n"))).text}\n${indent(methBody).text}\n    return ${ret.text}`,
      ].join("\n");
      let text = `class ${k}:\n${indent(frag(body)).text}\nobj = ${k}(${a.text})\nobj2 = ${k}(${b.text})\nprint(obj.meth(${arg.text}), obj.v, ${k}.x${l})\n${ds.map((d) => d.use).join("\n")}`;
      const uses: Construct[] = ["class", "dunder", "attrassign", "def", "defaults", ...ds.flatMap((d) => d.uses), ...(classBody ? (["try", "except"] as const) : [])];
      if (sub) {
        text += `\nclass ${k}b(${k}):\n    def __init__(self, v):\n        super().__init__(v + 1)\n        self.extra = v % 5\n    def meth(self, *a):\n        return super().meth(*a) + self.extra\nobj3 = ${k}b(${a.text})\nprint(obj3.meth(${b.text}), obj3.v, isinstance(obj3, ${k}), type(obj3).__name__)`;
        uses.push("inherit", "super", "varargs", "starcall");
      }
      return tpl([a, b, arg, ret, methBody, ...(classBody ? [classBody] : [])], () => text, ...uses);
    });
}

function exceptionClass(c: Ctx): fc.Arbitrary<Frag> {
  const e = exprs(readable(c));
  return fc.tuple(uid, e.int, fc.constantFrom("ValueError", "Exception", "KeyError")).map(([id, i, base]) =>
    tpl([i], (v) => `class E${id}(${base}):\n    def __init__(self, v):\n        super().__init__('bad', v)\n        self.v = v\ntry:\n    raise E${id}(${v})\nexcept ${base} as ex:\n    print('custom', ex.args, ex.v, type(ex).__name__, isinstance(ex, Exception))`,
      "class", "inherit", "super", "raise", "try", "except"));
}

export function classDef(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`class:${ctxKey(c)}`, () => fc.oneof({ weight: 3, arbitrary: plainClass(c) }, exceptionClass(c)));
}
