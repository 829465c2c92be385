// Expressions in code generation (py/compile.c compile_atom_*, c_if_cond, compile_trailer_*):
// constants and names, conditions folded into jumps, call arguments, super(), and the nodes that
// nest in none of their parts; nodes that do are compiled as chains (chains.ts).

import type * as A from "../front/ast.js";
import { StarFlag } from "../emit/emitter.js";
import { InternalError } from "../front/diagnostics.js";
import { constTruth } from "../front/fold.js";
import { ID_PARAM } from "../emit/scope.js";
import { constValueOf } from "./constants.js";
import type { Gen } from "./gen.js";
import { chain, dictItem, isLink, nestsInLast } from "./chains.js";
import { comprehension, functionOrLambda, newScope } from "./scopes.js";

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
  // Names come first: a third of all expressions.
  if (e.kind === "Name") return g.loadId(e.id);
  if (isLink(g, e) || nestsInLast(e)) return chain(g, e);
  if (!isLeaf(g, e)) g.line(e);
  switch (e.kind) {
    case "Constant":
      // A const() name's value comes back from the parser as an object, so only a small int
      // stays a small int (py/parse.c make_node_const_object_optimised).
      if (e.viaConst && g.smallIntOf(e) === null) return em.loadConstObj(g.objectOf(e));
      return constant(g, e);
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

export function isBareSuper(g: Gen, e: A.Expr): boolean {
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
export function trailerLine(g: Gen, e: A.Call | A.Attribute | A.Subscript): void {
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
