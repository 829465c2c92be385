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
import { comprehensionClose, comprehensionOpen, newScope, positionalDefaultsClose } from "./scopes.js";
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
      return nestsInLast(e) ? e.elts[e.elts.length - 1]! : null;
    case "Dict":
      if (!nestsInLast(e)) return null;
      return dictKeyNested(g, e) ? e.keys[e.keys.length - 1]! : e.values[e.values.length - 1]!;
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
    case "Lambda":
      return nestsInLast(e) ? e.args.defaults[e.args.defaults.length - 1]! : null;
    case "Call": {
      // super() and super().m() load their arguments themselves.
      if (!isLink(g, e)) return null;
      const head = callHead(e);
      if (lastArgNested(g, e, head)) return unstarred(e.args[e.args.length - 1]!);
      return lastKeywordNested(g, e, head) ? e.keywords[e.keywords.length - 1]!.value : head;
    }
    default:
      return null;
  }
}

/**
 * A node that chain() compiles, its chain going on in its last part: a display's last item
 * (`[[[...]]]`, `{1: {1: ...}}`), the last operand of `and`/`or` and of a comparison, a slice's last
 * bound, a comprehension's first iterable, a lambda's last default when all its defaults are positional.
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
      return e.args.defaults.length > 0 && !e.args.defaultGap && e.args.kwDefaults.every((d) => !d);
    default:
      return false;
  }
}

const COMP_KIND = { ListComp: "listcomp", SetComp: "setcomp", DictComp: "dictcomp", GeneratorExp: "genexpr" } as const satisfies Record<string, ScopeKind>;

/** A dict whose chain goes on in its last key (`{{...: 1}: 1}`): that key nests, its value does not. */
function dictKeyNested(g: Gen, e: A.DictExpr): boolean {
  const k = e.keys[e.keys.length - 1];
  const v = e.values[e.values.length - 1]!;
  return !!k && (isLink(g, k) || nestsInLast(k)) && !(isLink(g, v) || nestsInLast(v));
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
 * A call whose chain goes on in its last argument (`f(g(h(x)))`, `f(*g(*h(x)))`): positional
 * arguments only (starred ones as long as each one's bit fits a small int), the last one a link or
 * nesting in its last part, the head no link.
 */
function lastArgNested(g: Gen, e: A.Call, head: A.Expr): boolean {
  const n = e.args.length;
  if (n === 0 || e.keywords.length > 0 || isLink(g, head)) return false;
  if (n >= g.options.smallIntBits - 1 && e.args.some((a) => a.kind === "Starred")) return false;
  const last = unstarred(e.args[n - 1]!);
  return isLink(g, last) || nestsInLast(last);
}

/** An argument's value: `x` of `*x`. */
function unstarred(a: A.Expr): A.Expr {
  return a.kind === "Starred" ? a.value : a;
}

/**
 * A call whose chain goes on in its last keyword argument (`f(a=g(a=h(x)))`, `f(**g(**x))`): no
 * star arguments, the last keyword a link or nesting in its last part, the head no link.
 */
function lastKeywordNested(g: Gen, e: A.Call, head: A.Expr): boolean {
  const n = e.keywords.length;
  if (n === 0 || isLink(g, head) || e.args.some((a) => a.kind === "Starred")) return false;
  const v = e.keywords[n - 1]!.value;
  return isLink(g, v) || nestsInLast(v);
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
  const { links, ends, lambdas: scopes } = g.chainStacks;
  const from = links.length;
  let e = top;
  for (let base = chainBase(g, e); base !== null; base = chainBase(g, e)) {
    g.line(e);
    if (e.kind === "BinOp" && base === e.right) expr(g, e.left);
    if (e.kind === "Call" && e.misplaced) g.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
    if (e.kind === "Call" && base !== callHead(e)) {
      // The head and every argument but the last, then the chain goes on in the last (its
      // keyword's name first).
      callHeadCode(g, e);
      const nArgs = e.keywords.length > 0 ? e.args.length : e.args.length - 1;
      for (let k = 0; k < nArgs; k++) expr(g, unstarred(e.args[k]!));
      for (const [k, kw] of e.keywords.entries()) {
        if (kw.arg === null) em.loadNull();
        else em.loadConstStr(kw.arg);
        if (k < e.keywords.length - 1) expr(g, kw.value);
      }
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
      for (let k = 0; k < e.elts.length - 1; k++) expr(g, e.elts[k]!);
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
      for (let k = 0; k < e.args.defaults.length - 1; k++) expr(g, e.args.defaults[k]!);
    }
    if (e.kind === "Dict") {
      em.build(e.keys.length, "map");
      const last = e.keys.length - 1;
      for (let k = 0; k < last; k++) dictItem(g, e.keys[k]!, e.values[k]!);
      g.line(e.keys[last]!);
      if (base === e.keys[last]) expr(g, e.values[last]!);
    }
    links.push(e);
    e = base;
  }
  expr(g, e);
  for (let i = links.length - 1; i >= from; i--) {
    const link = links[i]!;
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
        em.build(link.elts.length, "tuple");
        break;
      case "List":
        em.build(link.elts.length, "list");
        break;
      case "Set":
        em.build(link.elts.length, "set");
        break;
      case "Dict":
        if (!dictKeyNested(g, link)) expr(g, link.keys[link.keys.length - 1]!);
        em.storeMap();
        break;
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
        positionalDefaultsClose(g, scopes.pop()!, link.args.defaults.length);
        break;
      case "Call": {
        const method = link.func.kind === "Attribute";
        if (lastArgNested(g, link, callHead(link)) || lastKeywordNested(g, link, callHead(link))) {
          // A starred argument sets the bit of its position, as callArgs() does.
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
