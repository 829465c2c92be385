// Expressions in code generation (py/compile.c compile_node on expressions, c_if_cond, compile_trailer_*,
// compile_call_args): the entry points the rest of code generation calls, and the loop that compiles
// an expression tree from a stack of frames of our own, so nesting of any shape takes no JavaScript stack.
// What each kind of node does between its parts is in expr-nodes.ts.

import type * as A from "../front/ast.js";
import { StarFlag } from "../emit/emitter.js";
import type { Scope } from "../emit/scope.js";
import { constTruth } from "../front/fold.js";
import { ID_PARAM } from "../emit/scope.js";
import { constValueOf } from "./constants.js";
import type { Gen } from "./gen.js";
import { constantLeafNow, nodeStep } from "./expr-nodes.js";
import { closeOver } from "./scopes.js";
import { T_ARGS, T_COND, T_DEFAULTS, T_EXPR, T_JUMP, T_LABEL } from "./frames.js";

/** Compiles the frames pushed above `from`, down to it. */
function run(g: Gen, from: number): void {
  const f = g.frames;
  while (f.length > from) {
    const k = --f.length;
    const node = f.node[k];
    const st = f.st[k]!;
    const a = f.a[k]!;
    const o = f.o[k];
    const step = st >> 3;
    switch (st & 7) {
      case T_EXPR:
        nodeStep(g, node as A.Expr, step, a);
        break;
      case T_COND:
        condStep(g, node as A.Expr, step === 1, a);
        break;
      case T_LABEL:
        g.e.labelAssign(a);
        break;
      case T_JUMP:
        g.e.popJumpIf(step === 1, a);
        break;
      case T_ARGS:
        argsStep(g, o as CallState, step);
        break;
      default:
        defaultsStep(g, node as A.Arguments, step, a, o as Scope);
    }
  }
}

export function expr(g: Gen, e: A.Expr): void {
  if (leafNow(g, e)) return;
  const from = g.frames.length;
  g.frames.expr(e);
  run(g, from);
}

/**
 * Names and the constants that are parse-tree leaves need no frame: compiles `e` at once if it is
 * one (what its frame would do), else returns false.
 */
export function leafNow(g: Gen, e: A.Expr): boolean {
  if (e.kind === "Name") {
    g.loadId(e.id);
    return true;
  }
  return e.kind === "Constant" && !e.viaConst && constantLeafNow(g, e);
}

/** Compiles `e` next, before the frames pushed so far: a leaf at once, else as a frame. */
export function exprNext(g: Gen, e: A.Expr): void {
  if (!leafNow(g, e)) g.frames.expr(e);
}

/** Compiles `x` then `y` next, before the frames pushed so far. */
export function exprsNext(g: Gen, x: A.Expr, y: A.Expr): void {
  if (leafNow(g, x)) exprNext(g, y);
  else {
    g.frames.expr(y);
    g.frames.expr(x);
  }
}

/**
 * c_if_cond: jump to `label` if the truth of `e` equals `jumpIf`, folding constants and and/or/not,
 * with the nested conditions on the frame stack in the order the recursion takes them.
 */
export function ifCond(g: Gen, e: A.Expr, jumpIf: boolean, label: number): void {
  const from = g.frames.length;
  g.frames.cond(e, jumpIf, label);
  run(g, from);
}

function condStep(g: Gen, e: A.Expr, jumpIf: boolean, label: number): void {
  const f = g.frames;
  const cv = constValueOf(e);
  if (cv) {
    if (constTruth(cv) === jumpIf) g.e.jump(label);
  } else if (e.kind === "BoolOp") {
    const n = e.values.length;
    if ((e.op === "or") !== jumpIf) {
      // and_or_logic1: the operands but the last jump past the whole to a label of its own.
      const l2 = g.label();
      f.push(null, T_LABEL, 0, l2, null);
      f.cond(e.values[n - 1]!, jumpIf, label);
      for (let i = n - 2; i >= 0; i--) f.cond(e.values[i]!, !jumpIf, l2);
    } else {
      for (let i = n - 1; i >= 0; i--) f.cond(e.values[i]!, jumpIf, label);
    }
  } else if (e.kind === "UnaryOp" && e.op === "not") {
    f.cond(e.operand, !jumpIf, label);
  } else {
    f.push(null, T_JUMP, jumpIf ? 1 : 0, label, null);
    f.expr(e);
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

/** super() inside a method: pass __class__ and the first argument explicitly. */
export function loadSuperArgs(g: Gen, at: A.Node): void {
  g.loadId("super");
  g.loadId("__class__");
  const self = g.scope.ids.find((i) => i.flags & ID_PARAM);
  if (!self) g.error("superCantFindSelf", at);
  g.loadId(self.name);
}

export function isBareSuper(g: Gen, e: A.Expr): boolean {
  return g.scope.kind === "function" && e.kind === "Call" && e.func.kind === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0;
}

/** A trailer (`(...)`, `[...]`, `.name`) records its own line, as a parse node of its own. */
export function trailerLine(g: Gen, e: A.Call | A.Attribute | A.Subscript): void {
  if (e.trailerStart !== undefined) g.lineAt(e.trailerStart);
}

/** A call's arguments as they are compiled, one position at a time. */
export interface CallState {
  readonly args: readonly A.Expr[];
  readonly keywords: readonly A.Keyword[];
  readonly order: readonly ("a" | "k")[] | undefined;
  readonly method: boolean;
  nPos: number;
  nKw: number;
  ai: number;
  ki: number;
  starArgs: number;
  starFlags: number;
}

/** Arguments in source order; a `*x` sets the bit of its position in the whole argument list. */
export function callArgs(g: Gen, args: readonly A.Expr[], keywords: readonly A.Keyword[], method: boolean, nExtra: number, order?: readonly ("a" | "k")[]): void {
  const from = g.frames.length;
  pushCallArgs(g, args, keywords, method, nExtra, order);
  run(g, from);
}

/** callArgs() next, before the frames pushed so far: at once up to the first argument that needs frames. */
export function pushCallArgs(g: Gen, args: readonly A.Expr[], keywords: readonly A.Keyword[], method: boolean, nExtra: number, order?: readonly ("a" | "k")[]): void {
  // The leading plain positional arguments that are leaves, at once: a call of only those (most
  // calls) makes no state for its arguments.
  let i = 0;
  if (order === undefined) {
    while (i < args.length && args[i]!.kind !== "Starred" && leafNow(g, args[i]!)) i++;
    if (i === args.length && keywords.length === 0) {
      if (method) g.e.callMethod(nExtra + i, 0, 0);
      else g.e.callFunction(nExtra + i, 0, 0);
      return;
    }
  }
  argsStep(g, { args, keywords, order, method, nPos: nExtra + i, nKw: 0, ai: i, ki: 0, starArgs: 0, starFlags: 0 }, i);
}

/** Argument `i` and those after it; an argument that needs frames continues the call from a frame. */
function argsStep(g: Gen, s: CallState, i: number): void {
  const em = g.e;
  for (; i < s.args.length + s.keywords.length; i++) {
    let value: A.Expr;
    const which = s.order ? s.order[i] : i < s.args.length ? "a" : "k";
    if (which === "a") {
      const a = s.args[s.ai++]!;
      s.nPos++;
      value = a;
      if (a.kind === "Starred") {
        if (i >= g.options.smallIntBits - 1) g.error("tooManyArgs", a);
        s.starFlags |= StarFlag.SINGLE;
        s.starArgs += 2 ** i;
        value = a.value;
      }
    } else {
      const k = s.keywords[s.ki++]!;
      s.nKw++;
      if (k.arg === null) {
        s.starFlags |= StarFlag.DOUBLE;
        em.loadNull();
      } else {
        em.loadConstStr(k.arg);
      }
      value = k.value;
    }
    if (!leafNow(g, value)) {
      g.frames.push(null, T_ARGS, i + 1, 0, s);
      g.frames.expr(value);
      return;
    }
  }
  if (s.starFlags) g.loadSmallInt(s.starArgs);
  if (s.method) em.callMethod(s.nPos, s.nKw, s.starFlags);
  else em.callFunction(s.nPos, s.nKw, s.starFlags);
}

/**
 * A function's or lambda's defaults, then the function made (py/compile.c compile_funcdef_lambdef_param
 * and close_over_variables_etc): positional ones in a tuple, keyword-only ones in a dict.
 */
export function functionOrLambda(g: Gen, child: Scope, args: A.Arguments): void {
  const from = g.frames.length;
  pushDefaults(g, child, args);
  run(g, from);
}

/** functionOrLambda() as frames, to run after the frames pushed so far. */
export function pushDefaults(g: Gen, child: Scope, args: A.Arguments): void {
  if (args.defaultGap) g.error("nonDefaultAfterDefault", args.defaultGap);
  const f = g.frames;
  // Step k + 1: keyword-only parameter k; `a` counts the keyword defaults met.
  f.push(args, T_DEFAULTS, 1, 0, child);
  for (let i = args.defaults.length - 1; i >= 0; i--) f.expr(args.defaults[i]!);
}

function defaultsStep(g: Gen, args: A.Arguments, step: number, nDict: number, child: Scope): void {
  const e = g.e;
  const nDefaults = args.defaults.length;
  const k = step - 1;
  // The keyword default compiled last is stored under its name.
  if (k > 0 && args.kwDefaults[k - 1]) {
    e.loadConstStr(args.kwonlyargs[k - 1]!.arg);
    e.storeMap();
  }
  if (k < args.kwonlyargs.length) {
    const d = args.kwDefaults[k];
    if (d) {
      nDict++;
      if (nDict === 1) {
        if (nDefaults > 0) e.build(nDefaults, "tuple");
        else e.loadNull();
        e.build(0, "map");
      }
    }
    g.frames.push(args, T_DEFAULTS, step + 1, nDict, child);
    if (d) g.frames.expr(d);
    return;
  }
  if (nDefaults > 0 && nDict === 0) {
    e.build(nDefaults, "tuple");
    e.loadNull();
  }
  closeOver(g, child, nDefaults, nDict);
}
