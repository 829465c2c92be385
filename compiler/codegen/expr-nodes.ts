// What each kind of expression node compiles, step by step (py/compile.c compile_atom_*, compile_*_expr,
// compile_trailer_*, compile_comparison, compile_lambdef): a step emits code, then pushes its next
// step and the parts to compile before it (expressions.ts runs them), so no node recurses into its parts.

import type * as A from "../front/ast.js";
import type { BinaryOpName } from "../../bytecode/opcodes.js";
import type { ScopeKind } from "../emit/scope.js";
import type { Gen } from "./gen.js";
import { exprNext, exprsNext, isBareSuper, isLeaf, leafNow, loadSuperArgs, pushCallArgs, pushDefaults, trailerLine } from "./expressions.js";
import { comprehensionClose, comprehensionOpen, newScope } from "./scopes.js";
import { declare, yieldFrom } from "./statements.js";

const BIN_TO_OP: Record<A.Operator, BinaryOpName> = {
  "|": "OR", "^": "XOR", "&": "AND", "<<": "LSHIFT", ">>": "RSHIFT", "+": "ADD", "-": "SUBTRACT",
  "*": "MULTIPLY", "@": "MAT_MULTIPLY", "//": "FLOOR_DIVIDE", "/": "TRUE_DIVIDE", "%": "MODULO", "**": "POWER",
};
const CMP_TO_OP = {
  "<": "LESS", ">": "MORE", "==": "EQUAL", "<=": "LESS_EQUAL", ">=": "MORE_EQUAL", "!=": "NOT_EQUAL", in: "IN", is: "IS",
  "not in": "NOT_IN", "is not": "IS_NOT",
} as const;
const COMP_KIND = { ListComp: "listcomp", SetComp: "setcomp", DictComp: "dictcomp", GeneratorExp: "genexpr" } as const satisfies Record<string, ScopeKind>;

/**
 * Part `part` of node `e`, compiled at once if it is a leaf (true: go on with the next step now),
 * else from a frame, with the node's step `next` after it.
 */
function partNow(g: Gen, e: A.Expr, part: A.Expr, next: number): boolean {
  if (leafNow(g, part)) return true;
  g.frames.then(e, next);
  g.frames.expr(part);
  return false;
}

/** Step `step` of node `e`; `a` is what its earlier step kept. Step 0 records the node's line. */
export function nodeStep(g: Gen, e: A.Expr, step: number, a: number): void {
  const em = g.e;
  const f = g.frames;
  if (step === 0 && !isLeaf(g, e)) g.line(e);
  switch (e.kind) {
    case "Name":
      return g.loadId(e.id);
    case "Constant":
      // A const() name's value comes back from the parser as an object, so only a small int
      // stays a small int (py/parse.c make_node_const_object_optimised).
      if (e.viaConst && g.smallIntOf(e) === null) return em.loadConstObj(g.objectOf(e));
      return constant(g, e);
    case "BinOp":
      if (step < 1 && !partNow(g, e, e.left, 1)) return;
      if (step < 2 && !partNow(g, e, e.right, 2)) return;
      return em.binaryOp(BIN_TO_OP[e.op]);
    case "UnaryOp":
      if (step < 1 && !partNow(g, e, e.operand, 1)) return;
      return em.unaryOp(e.op === "not" ? "NOT" : e.op === "-" ? "NEGATIVE" : e.op === "+" ? "POSITIVE" : "INVERT");
    case "Attribute":
      if (step < 1 && !partNow(g, e, e.value, 1)) return;
      trailerLine(g, e);
      return em.attr(e.attr, "load");
    case "Subscript":
      if (step < 1 && !partNow(g, e, e.value, 1)) return;
      if (step < 2) {
        trailerLine(g, e);
        if (!partNow(g, e, e.slice, 2)) return;
      }
      return em.subscr("load");
    case "IfExp":
      // `a` is the label of the else part; the end's is the next one.
      if (step === 0) {
        const fail = g.label();
        g.label();
        f.then(e, 1, fail);
        f.expr(e.body);
        f.cond(e.test, false, fail);
      } else if (step === 1) {
        em.jump(a + 1);
        em.labelAssign(a);
        em.adjustStackSize(-1);
        f.then(e, 2, a);
        f.expr(e.orelse);
      } else em.labelAssign(a + 1);
      return;
    case "BoolOp":
      // Step k > 0: operand k - 1 is compiled; `a` is the label past the whole.
      if (step === 0) {
        a = g.label();
      } else if (step === e.values.length) {
        return em.labelAssign(a);
      } else em.jumpIfOrPop(e.op === "or", a);
      f.then(e, step + 1, a);
      exprNext(g, e.values[step]!);
      return;
    case "Compare":
      return compareStep(g, e, step, a);
    case "Slice":
      return sliceStep(g, e, step);
    case "Tuple":
    case "List":
    case "Set":
      return displayStep(g, e, step);
    case "Dict":
      // Step k > 0: item k - 1 is compiled but for its STORE_MAP.
      if (step === 0) {
        if (e.badItem) g.error("expectingKeyValue", e.keys[0] ?? e);
        em.build(e.keys.length, "map");
      } else em.storeMap();
      if (step < e.keys.length) {
        // A key: value item is a parse node of its own, with its own line; its value is compiled first.
        const k = e.keys[step]!;
        g.line(k);
        f.then(e, step + 1);
        exprsNext(g, e.values[step]!, k);
      }
      return;
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      if (step === 0) {
        comprehensionOpen(g, e, COMP_KIND[e.kind]);
        f.then(e, 1);
        f.expr(e.generators[0]!.iter);
      } else comprehensionClose(g, COMP_KIND[e.kind]);
      return;
    case "Lambda":
      return pushDefaults(g, newScope(g, "lambda", e), e.args);
    case "Call":
      return callStep(g, e, step);
    case "Yield":
      if (step === 0) {
        if (g.scope.kind !== "function" && g.scope.kind !== "lambda") g.error("yieldOutsideFunction", e);
        if (e.value) {
          f.then(e, 1);
          f.expr(e.value);
          return;
        }
        em.loadConstTok("none");
      }
      return g.yieldOp(false);
    case "YieldFrom":
    case "Await":
      if (step === 0) {
        if (g.scope.kind !== "function" && g.scope.kind !== "lambda") g.error(e.kind === "Await" ? "awaitOutsideFunction" : "yieldOutsideFunction", e);
        f.then(e, 1);
        f.expr(e.value);
      } else yieldFrom(g);
      return;
    case "NamedExpr":
      // Only a name is assigned to.
      if (e.target.kind !== "Name") return isLeaf(g, e.target) ? g.errorWithoutLine("cantAssignExpression") : g.error("cantAssignExpression", e.target);
      if (step === 0) {
        f.then(e, 1);
        f.expr(e.value);
      } else namedExprStore(g, e as A.NamedExpr & { target: A.Name });
      return;
    case "Starred":
      return g.error("starMustBeTarget", e);
  }
}

/** A constant's load: at once if it is a leaf (constantLeafNow), else from the module's constant table. */
function constant(g: Gen, e: A.Constant): void {
  if (!constantLeafNow(g, e)) g.e.loadConstObj(g.objectOf(e));
}

/**
 * A constant (not from const()) compiled at once if it is a parse-tree leaf (isLeaf); false, with
 * nothing emitted, if it is not one. Tells and compiles in one look at the value.
 */
export function constantLeafNow(g: Gen, e: A.Constant): boolean {
  const v = e.value;
  switch (v.type) {
    case "none":
    case "bool":
      g.e.loadConstTok(v.type === "none" ? "none" : v.value ? "true" : "false");
      return true;
    case "int": {
      const small = g.smallIntOf(e);
      if (small !== null) g.loadSmallInt(small);
      else if (e.folded) g.e.loadConstObj(g.objectOf(e));
      else return false;
      return true;
    }
    case "str":
      if (g.options.isQstr(v.value, e.start)) g.e.loadConstStr(v.value);
      else if (e.folded) g.e.loadConstObj(g.objectOf(e));
      else return false;
      return true;
    default:
      if (v.type !== "ellipsis" && !e.folded) return false;
      g.e.loadConstObj(g.objectOf(e));
      return true;
  }
}

/** A display's items, then the build; a set's `key: value` item compiles value, then key, and then is refused (py/compile.c). */
function displayStep(g: Gen, e: A.TupleExpr | A.ListExpr | A.SetExpr, step: number): void {
  const f = g.frames;
  const n = e.elts.length;
  if (step === 0) {
    // Leading leaves at once, the rest from frames.
    let first = 0;
    if (!(e.kind === "Set" && e.badValue)) while (first < n && leafNow(g, e.elts[first]!)) first++;
    if (first < n) {
      f.then(e, 1);
      for (let i = n - 1; i >= first; i--) {
        f.expr(e.elts[i]!);
        if (i === n - 1 && e.kind === "Set" && e.badValue) f.expr(e.badValue);
      }
      return;
    }
  }
  // The error is at the items' node, which begins with the first item.
  if (e.kind === "Set" && e.badValue) g.error("expectingValueForSet", e.elts[0]!);
  g.e.build(n, e.kind === "Tuple" ? "tuple" : e.kind === "List" ? "list" : "set");
}

/** Each bound given, or None, then the step if given and BUILD_SLICE of two or three. Step k: part k is next. */
function sliceStep(g: Gen, e: A.Slice, step: number): void {
  const f = g.frames;
  for (let k = step; k < 3; k++) {
    const p = k === 0 ? e.lower : k === 1 ? e.upper : e.step;
    if (p) {
      f.then(e, k + 1);
      f.expr(p);
      return;
    }
    if (k < 2) g.e.loadConstTok("none");
  }
  g.e.build(e.step ? 3 : 2, "slice");
}

/**
 * A comparison: its left operand, then each comparison but the last duplicating its comparand and
 * jumping out on false; `a < b < c` leaves the failed one's false. `a` is the failure label (0 for one comparison).
 */
function compareStep(g: Gen, e: A.Compare, step: number, a: number): void {
  const em = g.e;
  const f = g.frames;
  const n = e.ops.length;
  if (step === 0) {
    f.then(e, 1);
    exprNext(g, e.left);
    return;
  }
  if (step === 1) a = n > 1 ? g.label() : 0;
  else {
    // Step k + 2: comparand k is compiled.
    const k = step - 2;
    if (k === n - 1) {
      em.binaryOp(CMP_TO_OP[e.ops[k] as keyof typeof CMP_TO_OP]);
      if (n > 1) {
        const end = g.label();
        em.jump(end);
        em.labelAssign(a);
        em.adjustStackSize(1);
        em.rotTwo();
        em.popTop();
        em.labelAssign(end);
      }
      return;
    }
    em.dupTop();
    em.rotThree();
    em.binaryOp(CMP_TO_OP[e.ops[k] as keyof typeof CMP_TO_OP]);
    em.jumpIfOrPop(false, a);
  }
  f.then(e, step + 1, a);
  exprNext(g, e.comparators[step - 1]!);
}

/** A call: super() and super().m() load their arguments themselves; `o.m(...)` loads a method. */
function callStep(g: Gen, e: A.Call, step: number): void {
  const em = g.e;
  const fn = e.func;
  if (step === 0) {
    if (e.misplaced) g.error(e.misplaced.code, { start: e.misplaced.start, end: e.misplaced.start });
    if (isBareSuper(g, e)) {
      loadSuperArgs(g, e);
      em.callFunction(2, 0, 0);
      return;
    }
    if (fn.kind === "Attribute" && isBareSuper(g, fn.value)) {
      g.line(fn.value);
      loadSuperArgs(g, fn.value);
      em.loadMethod(fn.attr, true);
      pushCallArgs(g, e.args, e.keywords, true, 0, e.order);
      return;
    }
    if (!partNow(g, e, fn.kind === "Attribute" ? fn.value : fn, 1)) return;
  }
  if (fn.kind === "Attribute") em.loadMethod(fn.attr, false);
  else trailerLine(g, e);
  pushCallArgs(g, e.args, e.keywords, fn.kind === "Attribute", 0, e.order);
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
