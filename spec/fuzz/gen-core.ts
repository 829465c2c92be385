// Building blocks of the program generators: a generated fragment (source text plus the constructs
// it uses, for the coverage table), lazily built and memoised arbitraries so that generators can be
// parameterised by their scope without fast-check's chain (which shrinks poorly).

import fc from "fast-check";

/** What a generated program used, for the coverage table. */
export type Construct =
  | "int" | "bigint" | "float" | "str" | "bytes" | "tuple" | "list" | "dict" | "set"
  | "binop" | "unary" | "compare" | "boolop" | "ifexp" | "call" | "method" | "fstring" | "format" | "slice" | "subscript"
  | "listcomp" | "setcomp" | "dictcomp" | "genexp" | "lambda" | "walrus"
  | "assign" | "chainassign" | "augassign" | "tupleassign" | "starassign" | "subscriptassign" | "sliceassign" | "attrassign"
  | "if" | "elif" | "while" | "for" | "break" | "continue" | "loopelse" | "return" | "pass"
  | "def" | "defaults" | "varargs" | "kwonly" | "kwargs" | "kwcall" | "starcall" | "closure" | "nonlocal" | "global"
  | "class" | "inherit" | "super" | "dunder" | "property" | "staticmethod" | "classmethod" | "decorator"
  | "generator" | "yieldfrom" | "try" | "except" | "tryelse" | "finally" | "raise" | "reraise" | "with"
  | "del" | "assert" | "async" | "uncaught";

/** A generated piece of source and the constructs it uses. */
export interface Frag {
  readonly text: string;
  readonly uses: readonly Construct[];
}

export const frag = (text: string, ...uses: Construct[]): Frag => ({ text, uses });

/** Builds a fragment from a template, collecting the constructs of the parts it embeds (each once, so lists stay short). */
export function tpl(parts: readonly Frag[], make: (...texts: string[]) => string, ...uses: Construct[]): Frag {
  const all = new Set(uses);
  for (const p of parts) for (const u of p.uses) all.add(u);
  return { text: make(...parts.map((p) => p.text)), uses: [...all] };
}

export const lines = (parts: readonly Frag[]): Frag => tpl(parts, (...t) => t.join("\n"));

export const indent = (f: Frag, by = "    "): Frag => ({
  text: f.text.split("\n").map((l) => (l ? by + l : l)).join("\n"),
  uses: f.uses,
});

/** An arbitrary whose definition is built on first use, so mutually recursive generators can refer to each other. */
class Lazy<T> extends fc.Arbitrary<T> {
  private built: fc.Arbitrary<T> | undefined;
  constructor(private readonly make: () => fc.Arbitrary<T>) {
    super();
  }
  private get arb(): fc.Arbitrary<T> {
    return (this.built ??= this.make());
  }
  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    return this.arb.generate(mrng, biasFactor);
  }
  canShrinkWithoutContext(value: unknown): value is T {
    return this.arb.canShrinkWithoutContext(value);
  }
  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.arb.shrink(value, context);
  }
}

const memo = new Map<string, fc.Arbitrary<unknown>>();

/** One arbitrary per key, built lazily: generators for the same scope shape are shared. */
export function memoArb<T>(key: string, make: () => fc.Arbitrary<T>): fc.Arbitrary<T> {
  let a = memo.get(key) as fc.Arbitrary<T> | undefined;
  if (!a) {
    a = new Lazy(make);
    memo.set(key, a);
  }
  return a;
}

/** Uniform choice among alternatives, each given as a weight and an arbitrary. */
export function pick(...alts: ReadonlyArray<fc.Arbitrary<Frag> | readonly [number, fc.Arbitrary<Frag>]>): fc.Arbitrary<Frag> {
  return fc.oneof(...alts.map((a) => (Array.isArray(a) ? { weight: a[0] as number, arbitrary: a[1] as fc.Arbitrary<Frag> } : { weight: 1, arbitrary: a as fc.Arbitrary<Frag> })));
}

/** A unique suffix for names that must not clash (while-loop counters, classes, functions). */
export const uid = fc.integer({ min: 0, max: 9999 });

/** `arb` with probability p, else null. */
export const maybe = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: Math.round((1 - p) * 100), arbitrary: fc.constant(null) }, { weight: Math.round(p * 100), arbitrary: arb });
