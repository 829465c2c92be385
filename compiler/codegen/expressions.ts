// Expressions in code generation (py/compile.c compile_atom_*, c_if_cond, compile_trailer_*):
// constants, operators and comparisons, conditions folded into jumps, calls with their argument
// forms, super(), collections, comprehensions, lambdas, yield and await.

import type * as A from "../front/ast.js";
import type { BinaryOpName } from "../../bytecode/opcodes.js";
import { StarFlag } from "../emit/emitter.js";
import { InternalError } from "../front/diagnostics.js";
import { constTruth } from "../front/fold.js";
import { ID_PARAM } from "../emit/scope.js";
import { constValueOf } from "./constants.js";
import type { Gen } from "./gen.js";
import type { Scope, ScopeKind } from "../emit/scope.js";
import { comprehension, comprehensionClose, comprehensionOpen, functionOrLambda, newScope, positionalDefaultsClose } from "./scopes.js";
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
 * c_if_cond: jump to `label` if the truth of `e` equals `jumpIf`, folding constants and and/or/not.
 * Nested conditions go on a stack of their own, in the order the recursion takes them; a number on
 * it is a label to place once the conditions above it are compiled.
 */
export function ifCond(g: Gen, e0: A.Expr, jumpIf0: boolean, label0: number): void {
  const todo: ({ e: A.Expr; jumpIf: boolean; label: number } | number)[] = [{ e: e0, jumpIf: jumpIf0, label: label0 }];
  while (todo.length > 0) {
    const t = todo.pop()!;
    if (typeof t === "number") {
      g.e.labelAssign(t);
      continue;
    }
    const { e, jumpIf, label } = t;
    const cv = constValueOf(e);
    if (cv) {
      if (constTruth(cv) === jumpIf) g.e.jump(label);
    } else if (e.kind === "BoolOp") {
      const n = e.values.length;
      if ((e.op === "or") !== jumpIf) {
        // and_or_logic1: the operands but the last jump past the whole to a label of its own.
        const l2 = g.label();
        todo.push(l2, { e: e.values[n - 1]!, jumpIf, label });
        for (let i = n - 2; i >= 0; i--) todo.push({ e: e.values[i]!, jumpIf: !jumpIf, label: l2 });
      } else {
        for (let i = n - 1; i >= 0; i--) todo.push({ e: e.values[i]!, jumpIf, label });
      }
    } else if (e.kind === "UnaryOp" && e.op === "not") {
      todo.push({ e: e.operand, jumpIf: !jumpIf, label });
    } else {
      expr(g, e);
      g.e.popJumpIf(jumpIf, label);
    }
  }
}

export function expr(g: Gen, e: A.Expr): void {
  const em = g.e;
  if (isLink(g, e) || nestsInLast(e)) return chain(g, e);
  if (!isLeaf(g, e)) g.line(e);
  switch (e.kind) {
    case "Constant":
      // A const() name's value comes back from the parser as an object, so only a small int
      // stays a small int (py/parse.c make_node_const_object_optimised).
      if (e.viaConst && g.smallIntOf(e) === null) return em.loadConstObj(g.objectOf(e));
      return constant(g, e);
    case "Name":
      return g.loadId(e.id);
    case "NamedExpr":
      // Only a name is assigned to; with one, this is a chain link.
      return isLeaf(g, e.target) ? g.errorWithoutLine("cantAssignExpression") : g.error("cantAssignExpression", e.target);
    case "Call":
      return call(g, e);
    case "BoolOp":
    case "Compare":
    case "YieldFrom":
    case "Await":
    case "BinOp":
    case "UnaryOp":
    case "IfExp":
    case "Attribute":
    case "Subscript":
      throw new InternalError(`${e.kind} is compiled as a chain`);
    case "Slice":
      return slice(g, e);
    case "Tuple":
      for (const x of e.elts) expr(g, x);
      return em.build(e.elts.length, "tuple");
    case "List":
      for (const x of e.elts) expr(g, x);
      return em.build(e.elts.length, "list");
    case "Set":
      for (let i = 0; i < e.elts.length; i++) {
        // A key: value item compiles value, then key (py/compile.c), and then is refused.
        if (e.badValue && i === e.elts.length - 1) expr(g, e.badValue);
        expr(g, e.elts[i]!);
      }
      // The error is at the items' node, which begins with the first item.
      if (e.badValue) g.error("expectingValueForSet", e.elts[0]!);
      return em.build(e.elts.length, "set");
    case "Dict":
      if (e.badItem) g.error("expectingKeyValue", e.keys[0] ?? e);
      em.build(e.keys.length, "map");
      e.keys.forEach((k, i) => dictItem(g, k!, e.values[i]!));
      return;
    case "ListComp":
      return comprehension(g, e, "listcomp");
    case "SetComp":
      return comprehension(g, e, "setcomp");
    case "DictComp":
      return comprehension(g, e, "dictcomp");
    case "GeneratorExp":
      return comprehension(g, e, "genexpr");
    case "Lambda":
      return functionOrLambda(g, newScope(g, "lambda", e), e.args);
    case "Yield":
      // A yield with a value is a chain link.
      if (g.scope.kind !== "function" && g.scope.kind !== "lambda") g.error("yieldOutsideFunction", e);
      em.loadConstTok("none");
      return g.yieldOp(false);
    case "Starred":
      return g.error("starMustBeTarget", e);
  }
}

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
function nestsInLast(e: A.Expr): boolean {
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
function isLink(g: Gen, e: A.Expr): boolean {
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
function chain(g: Gen, top: A.Expr): void {
  const em = g.e;
  const links: A.Expr[] = [];
  const ends: number[] = [];
  const scopes: Scope[] = [];
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
  for (let i = links.length - 1; i >= 0; i--) {
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
}

/** A key:value item is a parse node of its own, with its own line (py/compile.c); its value is compiled first. */
function dictItem(g: Gen, k: A.Expr, v: A.Expr): void {
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

function constant(g: Gen, e: A.Constant): void {
  const v = e.value;
  switch (v.type) {
    case "none":
      return g.e.loadConstTok("none");
    case "bool":
      return g.e.loadConstTok(v.value ? "true" : "false");
    case "int": {
      const small = g.smallIntOf(e);
      if (small !== null) return g.loadSmallInt(small);
      return g.e.loadConstObj(g.objectOf(e));
    }
    case "str":
      if (g.options.isQstr(v.value, e.start)) return g.e.loadConstStr(v.value);
      return g.e.loadConstObj(g.objectOf(e));
    default:
      return g.e.loadConstObj(g.objectOf(e));
  }
}

/** Nodes MicroPython keeps as parse-tree leaves, which record no line: names, small ints, qstrs, keywords. */
export function isLeaf(g: Gen, e: A.Expr): boolean {
  if (e.kind === "Name") return true;
  // A bare generator argument is compiled straight from the argument list, with no node line.
  if (e.kind === "GeneratorExp" && e.bare) return true;
  if (e.kind !== "Constant") return false;
  if (e.folded) return true;
  const v = e.value;
  if (v.type === "int") return g.smallIntOf(e) !== null;
  if (e.viaConst) return false;
  if (v.type === "str") return g.options.isQstr(v.value, e.start);
  return v.type === "none" || v.type === "bool" || v.type === "ellipsis";
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

function slice(g: Gen, e: A.Slice): void {
  if (e.lower) expr(g, e.lower);
  else g.e.loadConstTok("none");
  if (e.upper) expr(g, e.upper);
  else g.e.loadConstTok("none");
  if (e.step) {
    expr(g, e.step);
    g.e.build(3, "slice");
  } else {
    g.e.build(2, "slice");
  }
}

/** super() inside a method: pass __class__ and the first argument explicitly. */
function loadSuperArgs(g: Gen, at: A.Node): void {
  g.loadId("super");
  g.loadId("__class__");
  const self = g.scope.ids.find((i) => i.flags & ID_PARAM);
  if (!self) g.error("superCantFindSelf", at);
  g.loadId(self.name);
}

function isBareSuper(g: Gen, e: A.Expr): boolean {
  return g.scope.kind === "function" && e.kind === "Call" && e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0;
}

/** A call chain() does not take: super() and super().m(), which load super's arguments themselves. */
function call(g: Gen, e: A.Call): void {
  const f = e.func;
  if (e.misplaced) g.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
  if (isBareSuper(g, e)) {
    loadSuperArgs(g, e);
    g.e.callFunction(2, 0, 0);
    return;
  }
  if (f.kind !== "Attribute") throw new InternalError("a call that is a chain link");
  g.line(f.value);
  loadSuperArgs(g, f.value);
  g.e.loadMethod(f.attr, true);
  callArgs(g, e.args, e.keywords, true, 0, e.order);
}

/** A trailer (`(...)`, `[...]`, `.name`) records its own line, as a parse node of its own. */
function trailerLine(g: Gen, e: A.Call | A.Attribute | A.Subscript): void {
  if (e.trailerStart !== undefined) g.line({ start: e.trailerStart, end: e.trailerStart });
}

/** Arguments in source order; a `*x` sets the bit of its position in the whole argument list. */
export function callArgs(g: Gen, args: readonly A.Expr[], keywords: readonly A.Keyword[], method: boolean, nExtra: number, order?: readonly ("a" | "k")[]): void {
  const em = g.e;
  let nPos = nExtra;
  let nKw = 0;
  let starArgs = 0;
  let starFlags = 0;
  const seq = order ?? [...args.map(() => "a" as const), ...keywords.map(() => "k" as const)];
  let ai = 0;
  let ki = 0;
  seq.forEach((which, i) => {
    if (which === "a") {
      const a = args[ai++]!;
      if (a.kind === "Starred") {
        if (i >= g.options.smallIntBits - 1) g.error("tooManyArgs", a);
        starFlags |= StarFlag.SINGLE;
        starArgs += 2 ** i;
        expr(g, a.value);
      } else {
        expr(g, a);
      }
      nPos++;
      return;
    }
    const k = keywords[ki++]!;
    if (k.arg === null) {
      starFlags |= StarFlag.DOUBLE;
      em.loadNull();
      expr(g, k.value);
    } else {
      em.loadConstStr(k.arg);
      expr(g, k.value);
    }
    nKw++;
  });
  if (starFlags) g.loadSmallInt(starArgs);
  if (method) em.callMethod(nPos, nKw, starFlags);
  else em.callFunction(nPos, nKw, starFlags);
}
