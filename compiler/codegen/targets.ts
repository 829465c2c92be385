// Assignment and deletion targets (py/compile.c c_assign, compile_del_stmt): names, attributes,
// subscripts, tuple and list unpacking with a star, and augmented assignment's load and store.

import type * as A from "../front/ast.js";
import { callArgs, expr, isLeaf } from "./expressions.js";
import type { Gen } from "./gen.js";

export function assignStmt(g: Gen, s: A.Assign): void {
  const e = g.e;
  const value = s.value;
  const target = s.targets[0]!;
  if (s.targets.length === 1 && target.kind === "Tuple" && !target.parenthesized && value.kind === "Tuple" && !value.parenthesized) {
    // a, b = b, a (and three of each): rotate instead of building a tuple (py/compile.c).
    const n = target.elts.length;
    if (n === value.elts.length && (n === 2 || n === 3) && !target.elts.some((t) => t.kind === "Starred")) {
      expr(g, value.elts[0]!);
      expr(g, value.elts[1]!);
      if (n === 3) {
        expr(g, value.elts[2]!);
        e.rotThree();
      }
      e.rotTwo();
      for (const t of target.elts) assignTarget(g, t);
      return;
    }
  }
  expr(g, value);
  const n = s.targets.length;
  if (n > 1) e.dupTop();
  assignTarget(g, s.targets[0]!);
  for (let i = 1; i < n; i++) {
    if (i + 1 < n) e.dupTop();
    assignTarget(g, s.targets[i]!);
  }
}

/**
 * Stores into a target; nested tuple and list targets (`[[a, b], c] = x`) are walked from a stack of
 * our own, in the order recursion would take, so their depth uses no JavaScript stack.
 */
export function assignTarget(g: Gen, target: A.Expr, kind: "store" | "augLoad" | "augStore" = "store"): void {
  if (target.kind !== "Tuple" && target.kind !== "List") return assignOne(g, target, kind);
  const todo: A.Expr[] = [target];
  while (todo.length > 0) {
    const t = todo.pop()!;
    if (t.kind === "Tuple" || t.kind === "List") {
      if (kind !== "store") g.error("cantAssignExpression", t);
      if (t.kind === "Tuple" && t.parenthesized && t.elts.length === 0) g.error("cantAssignExpression", t);
      const items = unpackTargets(g, t.elts);
      for (let i = items.length - 1; i >= 0; i--) todo.push(items[i]!);
    } else assignOne(g, t, kind);
  }
}

/** Stores into one target that is not a tuple or list. */
function assignOne(g: Gen, t: A.Expr, kind: "store" | "augLoad" | "augStore"): void {
  const e = g.e;
  switch (t.kind) {
    case "Name":
      if (kind === "augLoad") g.loadId(t.id);
      else g.storeId(t.id);
      return;
    case "Attribute":
      if (kind !== "augStore") targetBase(g, t.value);
      if (kind === "augLoad") {
        e.dupTop();
        e.attr(t.attr, "load");
      } else {
        if (kind === "augStore") e.rotTwo();
        e.attr(t.attr, "store");
      }
      return;
    case "Subscript":
      if (kind === "augStore") {
        e.rotThree();
        e.subscr("store");
        return;
      }
      targetBase(g, t.value);
      expr(g, t.slice);
      if (kind === "augLoad") {
        e.dupTopTwo();
        e.subscr("load");
      } else {
        e.subscr("store");
      }
      return;
    default:
      return isLeaf(g, t) ? g.errorWithoutLine("cantAssignExpression") : g.error("cantAssignExpression", t);
  }
}

/**
 * The part of an assignment or del target before its last trailer: MicroPython compiles those
 * trailers one by one, so `a.f().x = v` calls with LOAD_ATTR + CALL_FUNCTION, not LOAD_METHOD.
 * The trailers are taken from the outermost in, then compiled from the innermost out, as recursion
 * would: a chain of any length takes no JavaScript stack.
 */
function targetBase(g: Gen, t: A.Expr): void {
  if (t.kind !== "Attribute" && t.kind !== "Subscript" && t.kind !== "Call") return expr(g, t);
  const trailers: (A.Attribute | A.Call | A.Subscript)[] = [];
  let base: A.Expr = t;
  for (;;) {
    if (base.kind === "Attribute" || base.kind === "Subscript") {
      trailers.push(base);
      base = base.value;
    } else if (base.kind === "Call") {
      if (base.misplaced) g.error(base.misplaced.code, { start: base.misplaced.start, end: base.misplaced.start });
      trailers.push(base);
      base = base.func;
    } else break;
  }
  expr(g, base);
  for (let i = trailers.length - 1; i >= 0; i--) {
    const tr = trailers[i]!;
    if (tr.kind === "Attribute") g.e.attr(tr.attr, "load");
    else if (tr.kind === "Call") callArgs(g, tr.args, tr.keywords, false, 0);
    else {
      expr(g, tr.slice);
      g.e.subscr("load");
    }
  }
}

/** Unpacks the value into `elts`' places (UNPACK_SEQUENCE, or UNPACK_EX around a starred one); gives the targets in order. */
function unpackTargets(g: Gen, elts: readonly A.Expr[]): A.Expr[] {
  let star = -1;
  elts.forEach((t, i) => {
    if (t.kind !== "Starred") return;
    if (star >= 0) g.error("multipleStarredAssign", t);
    star = i;
    g.e.unpackEx(i, elts.length - i - 1);
  });
  if (star < 0) g.e.unpackSequence(elts.length);
  return elts.map((t, i) => (i === star ? (t as A.Starred).value : t));
}

/** Deletes a target; nested tuples (`del ((a, b), c)`) are walked from a stack of our own, in recursion's order. */
export function deleteTarget(g: Gen, target: A.Expr): void {
  const todo: A.Expr[] = [target];
  while (todo.length > 0) {
    const t = todo.pop()!;
    switch (t.kind) {
      case "Name":
        g.deleteId(t.id);
        break;
      case "Attribute":
        targetBase(g, t.value);
        g.e.attr(t.attr, "delete");
        break;
      case "Subscript":
        targetBase(g, t.value);
        expr(g, t.slice);
        g.e.subscr("delete");
        break;
      case "Tuple":
        if (t.elts.length === 0) g.error("cantDeleteExpression", t);
        for (let i = t.elts.length - 1; i >= 0; i--) todo.push(t.elts[i]!);
        break;
      default:
        // A list too (`del [a, b]`): py/compile.c c_del_stmt only deletes the items of a tuple.
        return isLeaf(g, t) ? g.errorWithoutLine("cantDeleteExpression") : g.error("cantDeleteExpression", t);
    }
  }
}
