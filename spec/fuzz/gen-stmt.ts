// Statement generators for a scope: assignments of every form, prints, control flow with bounded
// loops, try/except/finally with raises, with, and definitions (gen-def.ts). Each statement prints
// what it computes; stored values are reduced and stored lists cut short, so loops cannot grow
// them without bound (a list that doubles each time round nested loops is a runaway, not a bug).

import fc from "fast-check";
import { type Frag, frag, indent, lines, maybe, memoArb, pick, tpl } from "./gen-core.js";
import { exprs } from "./gen-expr.js";
import { classDef, funcDef } from "./gen-def.js";
import { type Ctx, ctxKey, readable, writable } from "./gen-scope.js";

const MODS = ["1000003", "97", "(1 << 70)", "65536"];

const one = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Statements that raise: the bodies of try and with, and a program's last statement. */
export function raising(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`raise:${ctxKey(c)}`, () => {
    const e = exprs(readable(c));
    return pick(
      e.int.map((i) => tpl([i], (x) => `raise ValueError(${x})`, "raise")),
      e.str.map((s) => tpl([s], (x) => `raise KeyError(${x})`, "raise")),
      e.int.map((i) => tpl([i], (x) => `print(${x} // 0)`, "raise")),
      e.int.map((i) => tpl([i], (x) => `print([0][${x} % 3 + 1])`, "raise", "subscript")),
      e.dict.map((d) => tpl([d], (x) => `print(${x}['missing'])`, "raise", "subscript")),
      e.str.map((s) => tpl([s], (x) => `print(int(${x} + 'q'))`, "raise")),
      fc.constant(frag("raise RuntimeError('stop') from None", "raise")),
      e.str.map((s) => tpl([s], (x) => `assert False, ${x}`, "assert", "raise")),
      fc.constant(frag("print(undefined_name)", "raise")),
      fc.constant(frag("print(ns.missing)", "raise")),
      e.int.map((i) => tpl([i], (x) => `print('a' + ${x})`, "raise")),
      e.int.map((i) => tpl([i], (x) => `raise StopIteration(${x})`, "raise")),
    );
  });
}

function assignments(c: Ctx): fc.Arbitrary<Frag>[] {
  const e = exprs(readable(c));
  const w = writable(c);
  const out: fc.Arbitrary<Frag>[] = [];
  const [X, S, L, D, F] = [one(w.ints), one(w.strs), one(w.lists), one(w.dicts), one(w.floats)];
  out.push(
    fc.tuple(X, e.int, one(MODS)).map(([v, i, m]) => tpl([i], (x) => `${v} = (${x}) % ${m}\nprint('${v}', ${v})`, "assign")),
    fc.tuple(S, e.str).map(([v, s]) => tpl([s], (x) => `${v} = (${x})[:20]\nprint('${v}', repr(${v}))`, "assign")),
    fc.tuple(L, e.list).map(([v, l]) => tpl([l], (x) => `${v} = (${x})[:6]\nprint('${v}', ${v})`, "assign")),
    fc.tuple(D, e.dict).map(([v, d]) => tpl([d], (x) => `${v} = ${x}\nprint('${v}', sorted(${v}.items()))`, "assign")),
    fc.tuple(F, e.float).map(([v, f]) => tpl([f], (x) => `${v} = ${x}\nprint('${v}', ${v})`, "assign", "float")),
    fc.tuple(fc.shuffledSubarray([...w.ints], { minLength: 2, maxLength: 2 }), e.int).map(([[a, b], i]) => tpl([i], (x) => `${a} = ${b} = (${x}) % 1009\nprint(${a}, ${b})`, "chainassign")),
    fc.tuple(X, fc.constantFrom("+=", "-=", "*=", "&=", "|=", "^="), e.int, one(MODS)).map(([v, op, i, m]) => tpl([i], (x) => `${v} ${op} ${x}\n${v} %= ${m}\nprint('${v}', ${v})`, "augassign")),
    fc.tuple(X, fc.constantFrom("//= 3", "%= 7", "<<= 3", ">>= 1", "**= 2", "//= -2")).map(([v, op]) => frag(`${v} ${op}\n${v} %= 1000003\nprint(${v})`, "augassign")),
    fc.tuple(S, e.str).map(([v, s]) => tpl([s], (x) => `${v} += ${x}\n${v} = ${v}[-20:]\nprint(${v})`, "augassign")),
    fc.tuple(L, e.list).map(([v, l]) => tpl([l], (x) => `${v} += ${x}\n${v} *= 2\n${v} = ${v}[-6:]\nprint(${v})`, "augassign")),
    fc.tuple(F, e.float).map(([v, f]) => tpl([f], (x) => `${v} += ${x}\n${v} *= 0.5\nprint(${v})`, "augassign", "float")),
    fc.shuffledSubarray([...w.ints], { minLength: 2, maxLength: 2 }).map(([a, b]) => frag(`${a}, ${b} = ${b}, ${a}\nprint(${a}, ${b})`, "tupleassign")),
    fc.tuple(fc.shuffledSubarray([...w.ints], { minLength: 3, maxLength: 3 }), e.int, e.int, e.int).map(([[a, b, d], i, j, k]) =>
      tpl([i, j, k], (p, q, r) => `(${a}, ${b}), ${d} = (${p}, ${q}), ${r} % 1009\n${a} %= 1009\n${b} %= 1009\nprint(${a}, ${b}, ${d})`, "tupleassign")),
    fc.tuple(X, L, e.list, e.int).map(([v, l, le, i]) => tpl([le, i], (p, q) => `${v}, *${l} = (${p})[:6] + [${q} % 1009]\n${v} %= 1009\nprint(${v}, ${l})`, "starassign")),
    fc.tuple(X, L, e.list).map(([v, l, le]) => tpl([le], (p) => `*${l}, ${v} = [7] + (${p})[:6]\n${v} %= 1009\nprint(${l}, ${v})`, "starassign")),
    fc.tuple(X, S, e.int, e.str).map(([v, s, i, st]) => tpl([i, st], (p, q) => `[${v}, ${s}] = [${p} % 1009, (${q})[:9]]\nprint(${v}, ${s})`, "tupleassign")),
    fc.tuple(L, e.int, e.int).map(([l, i, j]) => tpl([i, j], (p, q) => `if ${l}:\n    ${l}[${p} % len(${l})] = ${q} % 1009\nprint(${l})`, "subscriptassign", "if")),
    fc.tuple(D, e.str, e.int).map(([d, s, i]) => tpl([s, i], (p, q) => `${d}[${p}] = ${q} % 1009\nprint(sorted(${d}.items()))`, "subscriptassign")),
    fc.tuple(L, e.int, fc.constantFrom("+=", "-=", "*=", "^=", "//=", "<<="), e.int).map(([l, i, op, j]) =>
      tpl([i, j], (p, q) => `if ${l}:\n    k_ = ${p} % len(${l})\n    ${l}[k_] ${op} ${op === "//=" ? `(${q} % 7 + 1)` : op === "<<=" ? `(${q} % 5)` : q}\n    ${l}[k_] %= 1009\nprint(${l})`, "subscriptassign", "augassign", "if")),
    fc.tuple(D, e.str, e.int).map(([d, s, i]) => tpl([s, i], (p, q) => `${d}[${p}] = ${d}.get(${p}, 0)\n${d}[${p}] += ${q}\n${d}[${p}] %= 1009\nprint(sorted(${d}.items()))`, "subscriptassign", "augassign")),
    fc.tuple(L, fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 4 }), e.list).map(([l, a, b, le]) => tpl([le], (p) => `${l}[${a}:${b}] = ${p}\n${l} = ${l}[:6]\nprint(${l})`, "sliceassign")),
    fc.tuple(L, fc.integer({ min: -3, max: 3 })).map(([l, a]) => frag(`del ${l}[${a}:]\n${l}.append(${a})\nprint(${l})`, "del")),
    fc.tuple(D, e.str).map(([d, s]) => tpl([s], (p) => `if ${p} in ${d}:\n    del ${d}[${p}]\n${d}.pop('k', None)\nprint(len(${d}))`, "del", "if")),
    e.int.map((i) => tpl([i], (x) => `ns.v = ${x} % 1009\nns.v += 1\nprint(ns.v)`, "attrassign", "augassign")),
    fc.tuple(X, e.int).map(([v, i]) => tpl([i], (x) => `if (${v} := ${x} % 1009) > 5:\n    print('walrus', ${v})`, "walrus", "if")),
    fc.tuple(X, e.int).map(([v, i]) => tpl([i], (x) => `print((${v} := ${x} % 1009) + 1, ${v})`, "walrus")),
    e.int.map((i) => tpl([i], (x) => `tmp = ${x}\ndel tmp`, "del", "assign")),
  );
  if (c.kind !== "class") {
    // A walrus in a comprehension binds in the enclosing scope, which a class body cannot be.
    out.push(fc.tuple(X, e.list).map(([v, l]) => tpl([l], (p) => `${v} = 0\nprint([y for y in ${p} if (${v} := y) > 0], ${v})`, "walrus", "listcomp")));
  }
  if (c.kind === "method") {
    out.push(e.int.map((i) => tpl([i], (x) => `self.v = ${x} % 1009\nself.items.append(self.v)\nself.items = self.items[-5:]`, "attrassign")));
  }
  return out;
}

function simpleStmt(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`simple:${ctxKey(c)}`, () => {
    const e = exprs(readable(c));
    const alts: Array<fc.Arbitrary<Frag> | readonly [number, fc.Arbitrary<Frag>]> = [
      [12, fc.oneof(...assignments(c))],
      [4, e.any.map((a) => tpl([a], (x) => `print(${x})`, "call"))],
      fc.tuple(e.any, e.any).map(([a, b]) => tpl([a, b], (x, y) => `print(${x}, ${y}, sep='|', end='!\\n')`, "call", "kwcall")),
      e.int.map((i) => tpl([i], (x) => `assert isinstance(${x}, int), 'int'`, "assert")),
      fc.constant(frag("pass", "pass")),
    ];
    if (c.loop) alts.push(e.bool.map((b) => tpl([b], (x) => `if ${x}:\n    break`, "break", "if")), e.bool.map((b) => tpl([b], (x) => `if ${x}:\n    continue`, "continue", "if")));
    if (c.fn) alts.push(fc.tuple(e.bool, e.int).map(([b, i]) => tpl([b, i], (x, y) => `if ${x}:\n    return ${y}`, "return", "if")));
    if (c.gen) alts.push([3, e.int.map((i) => tpl([i], (x) => `yield ${x}`, "generator"))], e.list.map((l) => tpl([l], (x) => `yield from ${x}`, "yieldfrom", "generator")));
    return pick(...alts);
  });
}

const child = (c: Ctx, extra: Partial<Ctx> = {}): Ctx => ({ ...c, depth: c.depth - 1, ...extra });

function compoundStmt(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`compound:${ctxKey(c)}`, () => {
    const e = exprs(readable(c));
    const w = writable(c);
    const inner = block(child(c));
    const loopBody = block(child(c, { loop: true }));
    const optElse = maybe(inner, 0.4);
    const elseText = (b: Frag | null, kw = "else") => (b ? `\n${kw}:\n${indent(b).text}` : "");
    const counter = `w${c.depth}`;
    const iterables = fc.oneof(
      fc.tuple(one(w.ints), fc.integer({ min: 0, max: 4 })).map(([v, n]) => frag(`${v} in range(${n})`)),
      fc.tuple(one(w.ints), e.list).map(([v, l]) => tpl([l], (x) => `${v} in (${x})[:4]`)),
      fc.tuple(one(w.strs), e.str).map(([v, s]) => tpl([s], (x) => `${v} in (${x})[:4]`)),
      fc.tuple(one(w.ints), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 2 })).map(([v, a, st]) => frag(`${v} in range(${a}, ${a + 4 * st}, ${st})`)),
      fc.tuple(fc.shuffledSubarray([...w.ints], { minLength: 2, maxLength: 2 }), e.list).map(([[a, b], l]) => tpl([l], (x) => `${a}, ${b} in enumerate((${x})[:3])`, "tupleassign")),
      fc.tuple(one(w.ints), one(w.strs), e.list, e.str).map(([v, s, l, st]) => tpl([l, st], (x, y) => `${v}, ${s} in zip(${x}, (${y})[:4])`, "tupleassign")),
      fc.tuple(one(w.strs), one(w.ints), e.dict).map(([s, v, d]) => tpl([d], (x) => `${s}, ${v} in sorted(${x}.items())[:3]`, "tupleassign")),
    );
    const alts: fc.Arbitrary<Frag>[] = [
      fc.tuple(e.bool, inner, fc.option(fc.tuple(e.bool, inner), { nil: null }), optElse).map(([b, t, elif, f]) => {
        const parts = [b, t, ...(elif ? elif : []), ...(f ? [f] : [])];
        return tpl(parts, () => `if ${b.text}:\n${indent(t).text}${elif ? `\nelif ${elif[0].text}:\n${indent(elif[1]).text}` : ""}${elseText(f)}`, "if", ...(elif ? ["elif" as const] : []));
      }),
      fc.tuple(iterables, loopBody, optElse).map(([it, b, f]) => tpl([it, b, ...(f ? [f] : [])], () => `for ${it.text}:\n${indent(b).text}${elseText(f)}`, "for", ...(f ? ["loopelse" as const] : []))),
      // Each while loop counts with a name of its own depth, so a nested loop cannot reset it.
      fc.tuple(fc.integer({ min: 0, max: 4 }), loopBody, optElse).map(([n, b, f]) =>
        tpl([b, ...(f ? [f] : [])], () => `${counter} = 0\nwhile ${counter} < ${n}:\n    ${counter} += 1\n${indent(b).text}${elseText(f)}`, "while", ...(f ? ["loopelse" as const] : []))),
      tryStmt(c),
      fc.tuple(one(w.ints), e.int, inner, maybe(raising(child(c)), 0.25)).map(([v, i, b, r]) =>
        tpl([i, b, ...(r ? [r] : [])], (x, y, z) => `with CM(${x}) as ${v}, CM(2):\n${indent(frag(y)).text}${z ? "\n" + indent(frag(z)).text : ""}`, "with")),
      funcDef(c),
      classDef(c),
    ];
    return fc.oneof(...alts);
  });
}

function tryStmt(c: Ctx): fc.Arbitrary<Frag> {
  const body = block(child(c));
  const handlerBody = fc.option(block(child(c)), { nil: null });
  const raise = maybe(raising(child(c)), 0.6);
  const handler = fc.tuple(fc.constantFrom("(ValueError, KeyError)", "ZeroDivisionError", "Exception", "Exception", "LookupError", "(TypeError, NameError, AttributeError)", ""), handlerBody);
  return fc
    .tuple(body, raise, fc.array(handler, { minLength: 0, maxLength: 2 }), fc.option(body, { nil: null }), fc.option(body, { nil: null }), fc.boolean())
    .map(([b, r, hs, els, fin, nested]) => {
      if (hs.length === 0 && !fin) hs = [["Exception", null]];
      // A bare except must come last.
      hs = [...hs.filter(([k]) => k), ...hs.filter(([k]) => !k).slice(0, 1)];
      const parts: Frag[] = [b, ...(r ? [r] : []), ...hs.flatMap(([, h]) => (h ? [h] : [])), ...(els ? [els] : []), ...(fin ? [fin] : [])];
      let text = `try:\n${indent(b).text}${r ? "\n" + indent(r).text : ""}`;
      for (const [kind, h] of hs) {
        const as = kind ? ` ${kind} as ex` : "";
        const report = kind ? "print('caught', type(ex).__name__, ex.args)" : "print('caught')";
        const reraise = nested && kind === "Exception" ? "\n    raise" : "";
        text += `\nexcept${as}:\n    ${report}${h ? "\n" + indent(h).text : ""}${reraise}`;
      }
      if (els && hs.length) text += `\nelse:\n${indent(els).text}`;
      if (fin) text += `\nfinally:\n${indent(fin).text}`;
      const uses: Frag["uses"][number][] = ["try"];
      if (hs.length) uses.push("except");
      if (els && hs.length) uses.push("tryelse");
      if (fin) uses.push("finally");
      if (nested && hs.some(([k]) => k === "Exception")) {
        text = `try:\n${indent(frag(text)).text}\nexcept Exception as ex2:\n    print('outer', type(ex2).__name__)`;
        uses.push("reraise");
      }
      return tpl(parts, () => text, ...uses);
    });
}

export function stmt(c: Ctx): fc.Arbitrary<Frag> {
  return memoArb(`stmt:${ctxKey(c)}`, () => (c.depth > 0 ? fc.oneof({ weight: 3, arbitrary: simpleStmt(c) }, { weight: 2, arbitrary: compoundStmt(c) }) : simpleStmt(c)));
}

export function block(c: Ctx, max = 3): fc.Arbitrary<Frag> {
  return memoArb(`block${max}:${ctxKey(c)}`, () => fc.array(stmt(c), { minLength: 1, maxLength: max }).map(lines));
}
