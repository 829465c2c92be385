// Chains in code generation (py/compile.c compile_atom_*, compile_trailer_*, compile_comparison):
// a node whose code nests in one part (an operand, an object before a trailer, a last argument or item)
// compiled by a loop from the outermost node in and back out, so nesting takes no JavaScript stack.

import type * as A from "../front/ast.js";
import type { BinaryOpName } from "../../bytecode/opcodes.js";
import { StarFlag } from "../emit/emitter.js";
import type { ScopeKind } from "../emit/scope.js";
import { InternalError } from "../front/diagnostics.js";
import { callArgs, expr, ifCond, isBareSuper, trailerLine } from "./expressions.js";
import type { Gen } from "./gen.js";
import { comprehensionClose, comprehensionOpen, defaultsClose, defaultsOpen, lastKwDefault, newScope } from "./scopes.js";
import { declare, yieldFrom } from "./statements.js";

const BIN_TO_OP: Record<A.Operator, BinaryOpName> = {
  "|": "OR", "^": "XOR", "&": "AND", "<<": "LSHIFT", ">>": "RSHIFT", "+": "ADD", "-": "SUBTRACT",
  "*": "MULTIPLY", "@": "MAT_MULTIPLY", "//": "FLOOR_DIVIDE", "/": "TRUE_DIVIDE", "%": "MODULO", "**": "POWER",
};
const CMP_TO_OP = {
  "<": "LESS", ">": "MORE", "==": "EQUAL", "<=": "LESS_EQUAL", ">=": "MORE_EQUAL", "!=": "NOT_EQUAL", in: "IN", is: "IS",
  "not in": "NOT_IN", "is not": "IS_NOT",
} as const;

/**
 * The operand a chain link builds on, or null for a node that is no link: the left operand of a
 * binary operator (`a+b+c` nests on the left), the operand of a unary one, the object before a
 * trailer (`a.b`, `a[i]`, `f()`, `a.m()`), the `else` of a conditional expression. Such chains are
 * compiled by a loop, not by recursion: 100,000 links are valid and too deep for the JavaScript stack.
 */
function chainBase(g: Gen, e: A.Expr): A.Expr | null {
  switch (e.kind) {
    case "BinOp":
      // `a**b**c` nests on the right: its left operand is compiled first, then the chain goes on.
      return rightNested(g, e) ? e.right : e.left;
    case "UnaryOp":
      return e.operand;
    case "IfExp":
      return e.orelse;
    case "Attribute":
      return e.value;
    case "Subscript":
      // `a[a[...]]` nests in the index: the object is compiled first, then the chain goes on.
      return subscriptNested(g, e) ? e.slice : e.value;
    case "Tuple":
    case "List":
    case "Set":
      return nestsInLast(e) ? e.elts[itemNested(g, e.elts)]! : null;
    case "Dict": {
      if (!nestsInLast(e)) return null;
      const at = dictItemNested(g, e);
      return at & 1 ? e.keys[at >> 1]! : e.values[at >> 1]!;
    }
    case "BoolOp":
      return e.values[e.values.length - 1]!;
    case "Compare":
      return e.comparators[e.comparators.length - 1]!;
    case "Slice":
      return e.step ?? e.upper ?? e.lower ?? null;
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return nestsInLast(e) ? e.generators[0]!.iter : null;
    case "Yield":
      return e.value ?? null;
    case "YieldFrom":
    case "Await":
      return e.value;
    case "NamedExpr":
      return nestsInLast(e) ? e.value : null;
    case "Lambda": {
      if (!nestsInLast(e)) return null;
      const kw = lastKwDefault(e.args);
      return kw >= 0 ? e.args.kwDefaults[kw]! : e.args.defaults[e.args.defaults.length - 1]!;
    }
    case "Call": {
      // super() and super().m() load their arguments themselves.
      if (!isLink(g, e)) return null;
      const at = argNested(g, e);
      if (at < 0) return callHead(e);
      return at < e.args.length ? unstarred(e.args[at]!) : e.keywords[at - e.args.length]!.value;
    }
    default:
      return null;
  }
}

/**
 * A node that chain() compiles, its chain going on in one part: a display's last item that nests,
 * else its last (`[[[...]]]`, `[[...], 1]`, `{1: {1: ...}}`), the last operand of `and`/`or` and of
 * a comparison, a slice's last bound, a comprehension's first iterable, a lambda's last default.
 */
export function nestsInLast(e: A.Expr): boolean {
  switch (e.kind) {
    case "Tuple":
    case "List":
      return e.elts.length > 0;
    case "Set":
      return e.elts.length > 0 && !e.badValue;
    case "Dict":
      return e.keys.length > 0 && !e.badItem;
    case "BoolOp":
      return true;
    case "Compare":
      return true;
    case "Slice":
      return !!(e.step ?? e.upper ?? e.lower);
    case "ListComp":
    case "SetComp":
    case "DictComp":
      return true;
    case "GeneratorExp":
      // A bare generator argument records no line of its own.
      return !e.bare;
    case "Yield":
      return !!e.value;
    case "YieldFrom":
    case "Await":
      return true;
    case "NamedExpr":
      return e.target.kind === "Name";
    case "Lambda":
      return !e.args.defaultGap && (e.args.defaults.length > 0 || lastKwDefault(e.args) >= 0);
    default:
      return false;
  }
}

const COMP_KIND = { ListComp: "listcomp", SetComp: "setcomp", DictComp: "dictcomp", GeneratorExp: "genexpr" } as const satisfies Record<string, ScopeKind>;

/** Whether chain() compiles `e`: a link, or a node nesting in a part. */
function nests(g: Gen, e: A.Expr): boolean {
  return isLink(g, e) || nestsInLast(e);
}

/** The display item a chain goes on in: the last that nests, else the last. */
function itemNested(g: Gen, elts: readonly A.Expr[]): number {
  for (let i = elts.length - 1; i > 0; i--) if (nests(g, elts[i]!)) return i;
  return nests(g, elts[0]!) ? 0 : elts.length - 1;
}

/**
 * The dict item a chain goes on in (the last whose key or value nests, else the last), times two,
 * plus one when it goes on in the key (`{{...: 1}: 1}`): the key nests, its value does not.
 */
function dictItemNested(g: Gen, e: A.DictExpr): number {
  let i = e.keys.length - 1;
  while (i > 0 && !nests(g, e.keys[i]!) && !nests(g, e.values[i]!)) i--;
  if (!nests(g, e.keys[i]!) && !nests(g, e.values[i]!)) i = e.keys.length - 1;
  return 2 * i + (nests(g, e.keys[i]!) && !nests(g, e.values[i]!) ? 1 : 0);
}

/** A subscript whose chain goes on in its index: the object is no link, the index is one or a display. */
function subscriptNested(g: Gen, e: A.Subscript): boolean {
  return !isLink(g, e.value) && (isLink(g, e.slice) || nestsInLast(e.slice));
}

/** Whether chain() compiles `e`, seen from its own node only. */
export function isLink(g: Gen, e: A.Expr): boolean {
  switch (e.kind) {
    case "BinOp":
    case "UnaryOp":
    case "IfExp":
    case "Attribute":
    case "Subscript":
      return true;
    case "Call":
      return !isBareSuper(g, e) && !(e.func.kind === "Attribute" && isBareSuper(g, e.func.value));
    default:
      return false;
  }
}

/** What a call is made on: the function, or for `o.m(...)` the object whose method it calls. */
function callHead(e: A.Call): A.Expr {
  return e.func.kind === "Attribute" ? e.func.value : e.func;
}

/**
 * The argument a call's chain goes on in (`f(g(h(x)))`, `f(*g(x), 1)`, `f(a=g(a=x))`, `f(**g(**x))`):
 * the last that nests, as an index into its positional arguments and then its keyword ones; -1 for
 * none (nor when the head is a link, the chain goes on in it). Keywords mixed with star arguments keep
 * their order only in callArgs(); so do star arguments whose bit does not fit a small int.
 */
function argNested(g: Gen, e: A.Call): number {
  const n = e.args.length;
  const head = callHead(e);
  if (isLink(g, head)) return -1;
  const starred = e.args.some((a) => a.kind === "Starred");
  if (starred && (e.keywords.length > 0 || n >= g.options.smallIntBits - 1)) return -1;
  for (let k = e.keywords.length - 1; k >= 0; k--) if (nests(g, e.keywords[k]!.value)) return n + k;
  for (let k = n - 1; k >= 0; k--) if (nests(g, unstarred(e.args[k]!))) return k;
  return -1;
}

/** An argument's value: `x` of `*x`. */
function unstarred(a: A.Expr): A.Expr {
  return a.kind === "Starred" ? a.value : a;
}

/** A keyword argument: its name (or NULL for `**`), then its value. */
function keywordArg(g: Gen, kw: A.Keyword, value: boolean): void {
  if (kw.arg === null) g.e.loadNull();
  else g.e.loadConstStr(kw.arg);
  if (value) expr(g, kw.value);
}

/** A binary operation whose chain goes on in its right operand: the left one is no link, the right one is. */
function rightNested(g: Gen, e: A.BinOp): boolean {
  return e.right.kind === "BinOp" && !isLink(g, e.left);
}

/**
 * A chain: what each link does before its base is compiled, from the outermost link in, then the
 * innermost base, then what each link does after it, from the innermost link out; the same
 * instructions, lines and labels as compiling each link with its base recursively.
 */
export function chain(g: Gen, top: A.Expr): void {
  const em = g.e;
  // The stacks are shared by every chain of the module: a chain inside a link's part pushes above
  // this one's entries and takes them all off before this one goes on.
  const { links, ends, parts, lambdas: scopes } = g.chainStacks;
  const from = links.length;
  let e = top;
  for (let base = chainBase(g, e); base !== null; base = chainBase(g, e)) {
    g.line(e);
    if (e.kind === "BinOp" && base === e.right) expr(g, e.left);
    if (e.kind === "Call" && e.misplaced) g.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
    // Which part the chain goes on in, for the parts after it: an item or argument (-1: a call's head).
    let part = e.kind === "Call" && base === callHead(e) ? -1 : 0;
    if (e.kind === "Call" && part === 0) {
      // The head and the arguments before the one the chain goes on in (a keyword's name first).
      callHeadCode(g, e);
      const n = e.args.length;
      part = argNested(g, e);
      for (let k = 0; k < Math.min(part, n); k++) expr(g, unstarred(e.args[k]!));
      for (let k = 0; k < part - n; k++) keywordArg(g, e.keywords[k]!, true);
      if (part >= n) keywordArg(g, e.keywords[part - n]!, false);
    }
    if (e.kind === "IfExp") {
      const fail = g.label();
      const end = g.label();
      ifCond(g, e.test, false, fail);
      expr(g, e.body);
      em.jump(end);
      em.labelAssign(fail);
      em.adjustStackSize(-1);
      ends.push(end);
    }
    if (e.kind === "Subscript" && base === e.slice) {
      expr(g, e.value);
      trailerLine(g, e);
    }
    if (e.kind === "Tuple" || e.kind === "List" || e.kind === "Set") {
      part = e.elts.lastIndexOf(base);
      for (let k = 0; k < part; k++) expr(g, e.elts[k]!);
    }
    if (e.kind === "BoolOp") {
      const end = g.label();
      for (let k = 0; k < e.values.length - 1; k++) {
        expr(g, e.values[k]!);
        em.jumpIfOrPop(e.op === "or", end);
      }
      ends.push(end);
    }
    if (e.kind === "Compare") {
      expr(g, e.left);
      ends.push(compareOpen(g, e));
    }
    if ((e.kind === "Yield" || e.kind === "YieldFrom") && g.scope.kind !== "function" && g.scope.kind !== "lambda") g.error("yieldOutsideFunction", e);
    if (e.kind === "Await" && g.scope.kind !== "function" && g.scope.kind !== "lambda") g.error("awaitOutsideFunction", e);
    if (e.kind === "Slice") {
      for (const part of [e.lower, e.upper]) {
        if (part === base) break;
        if (part) expr(g, part);
        else em.loadConstTok("none");
      }
    }
    if (e.kind === "ListComp" || e.kind === "SetComp" || e.kind === "DictComp" || e.kind === "GeneratorExp") comprehensionOpen(g, e, COMP_KIND[e.kind]);
    if (e.kind === "Lambda") {
      scopes.push(newScope(g, "lambda", e));
      defaultsOpen(g, e.args);
    }
    if (e.kind === "Dict") {
      em.build(e.keys.length, "map");
      part = dictItemNested(g, e);
      const at = part >> 1;
      for (let k = 0; k < at; k++) dictItem(g, e.keys[k]!, e.values[k]!);
      g.line(e.keys[at]!);
      if (part & 1) expr(g, e.values[at]!);
    }
    links.push(e);
    parts.push(part);
    e = base;
  }
  expr(g, e);
  for (let i = links.length - 1; i >= from; i--) {
    const link = links[i]!;
    const part = parts.pop()!;
    switch (link.kind) {
      case "BinOp":
        if (!rightNested(g, link)) expr(g, link.right);
        em.binaryOp(BIN_TO_OP[link.op]);
        break;
      case "UnaryOp":
        em.unaryOp(link.op === "not" ? "NOT" : link.op === "-" ? "NEGATIVE" : link.op === "+" ? "POSITIVE" : "INVERT");
        break;
      case "IfExp":
        em.labelAssign(ends.pop()!);
        break;
      case "Attribute":
        trailerLine(g, link);
        em.attr(link.attr, "load");
        break;
      case "Subscript":
        if (!subscriptNested(g, link)) {
          trailerLine(g, link);
          expr(g, link.slice);
        }
        em.subscr("load");
        break;
      case "Tuple":
      case "List":
      case "Set":
        for (let k = part + 1; k < link.elts.length; k++) expr(g, link.elts[k]!);
        em.build(link.elts.length, link.kind === "Tuple" ? "tuple" : link.kind === "List" ? "list" : "set");
        break;
      case "Dict": {
        const at = part >> 1;
        if (!(part & 1)) expr(g, link.keys[at]!);
        em.storeMap();
        for (let k = at + 1; k < link.keys.length; k++) dictItem(g, link.keys[k]!, link.values[k]!);
        break;
      }
      case "BoolOp":
        em.labelAssign(ends.pop()!);
        break;
      case "Yield":
        g.yieldOp(false);
        break;
      case "YieldFrom":
      case "Await":
        yieldFrom(g);
        break;
      case "NamedExpr":
        namedExprStore(g, link as A.NamedExpr & { target: A.Name });
        break;
      case "Compare":
        compareClose(g, link, ends.pop()!);
        break;
      case "Slice":
        // The bounds after the last one given are None; a step is the third.
        if (link.step) em.build(3, "slice");
        else {
          if (!link.upper) em.loadConstTok("none");
          em.build(2, "slice");
        }
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        comprehensionClose(g, COMP_KIND[link.kind]);
        break;
      case "Lambda":
        defaultsClose(g, scopes.pop()!, link.args);
        break;
      case "Call": {
        const method = link.func.kind === "Attribute";
        if (part >= 0) {
          // The arguments after the one the chain went on in; a starred argument sets the bit of
          // its position, as callArgs() does.
          const n = link.args.length;
          for (let k = part + 1; k < n; k++) expr(g, unstarred(link.args[k]!));
          for (let k = Math.max(part + 1 - n, 0); k < link.keywords.length; k++) keywordArg(g, link.keywords[k]!, true);
          let starArgs = 0;
          link.args.forEach((a, k) => {
            if (a.kind === "Starred") starArgs += 2 ** k;
          });
          const flags = (starArgs ? StarFlag.SINGLE : 0) | (link.keywords.some((k) => k.arg === null) ? StarFlag.DOUBLE : 0);
          if (flags) g.loadSmallInt(starArgs);
          if (method) em.callMethod(link.args.length, link.keywords.length, flags);
          else em.callFunction(link.args.length, link.keywords.length, flags);
        } else if (link.func.kind === "Attribute") {
          em.loadMethod(link.func.attr, false);
          callArgs(g, link.args, link.keywords, true, 0, link.order);
        } else {
          trailerLine(g, link);
          callArgs(g, link.args, link.keywords, false, 0, link.order);
        }
        break;
      }
      default:
        throw new InternalError(`${link.kind} is no chain link`);
    }
  }
  links.length = from;
}

/** A key:value item is a parse node of its own, with its own line (py/compile.c); its value is compiled first. */
export function dictItem(g: Gen, k: A.Expr, v: A.Expr): void {
  g.line(k);
  expr(g, v);
  expr(g, k);
  g.e.storeMap();
}

/** What a call does before its arguments, once its head is compiled: load the method, or the call's line. */
function callHeadCode(g: Gen, e: A.Call): void {
  expr(g, callHead(e));
  if (e.func.kind === "Attribute") g.e.loadMethod(e.func.attr, false);
  else trailerLine(g, e);
}

/** A comparison once its left operand is compiled, but for its last comparison; the label its failures jump to (0 for one comparison). */
function compareOpen(g: Gen, e: A.Compare): number {
  const em = g.e;
  const fail = e.ops.length > 1 ? g.label() : 0;
  for (let i = 0; i < e.ops.length - 1; i++) {
    expr(g, e.comparators[i]!);
    em.dupTop();
    em.rotThree();
    em.binaryOp(CMP_TO_OP[e.ops[i] as keyof typeof CMP_TO_OP]);
    em.jumpIfOrPop(false, fail);
  }
  return fail;
}

/** A comparison once its last comparand is compiled: `a < b < c` leaves the failed one's false. */
function compareClose(g: Gen, e: A.Compare, fail: number): void {
  const em = g.e;
  em.binaryOp(CMP_TO_OP[e.ops[e.ops.length - 1] as keyof typeof CMP_TO_OP]);
  if (e.ops.length > 1) {
    const end = g.label();
    em.jump(end);
    em.labelAssign(fail);
    em.adjustStackSize(1);
    em.rotTwo();
    em.popTop();
    em.labelAssign(end);
  }
}

/** `name := value` once its value is compiled: the value kept and stored to the name. */
function namedExprStore(g: Gen, e: A.NamedExpr & { target: A.Name }): void {
  const t = e.target;
  g.e.dupTop();
  const target = t.id;
  if (g.pass === "scope" && g.scope.isCompLike) {
    const parent = g.scope.parent!;
    const pid = parent.idForModification(target);
    if (pid.kind === "explicit") {
      g.scope.findOrAdd(target, "explicit");
    } else {
      const id = g.scope.findOrAdd(target, "undecided");
      const isGlobal = parent.parent === null;
      if (!isGlobal && id.kind === "implicit") id.kind = "undecided";
      declare(g, id, isGlobal, e);
    }
  }
  g.storeId(target);
}
