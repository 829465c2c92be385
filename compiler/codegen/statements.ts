// Statements in code generation (py/compile.c compile_*_stmt): control flow, loops with their
// range() form, try/except/finally, with and async with, imports, global/nonlocal, return, raise.

import type * as A from "../front/ast.js";
import { ScopeFlag } from "../../bytecode/rawcode.js";
import { BREAK_FROM_FOR } from "../emit/emitter.js";
import { constTruth } from "../front/fold.js";
import type { IdInfo } from "../emit/scope.js";
import { constValueOf } from "./constants.js";
import { expr, ifCond } from "./expressions.js";
import { Gen, INVALID_LABEL } from "./gen.js";
import { classDef, funcDef } from "./scopes.js";
import { assignStmt, assignTarget, deleteTarget } from "./targets.js";

const AUG_TO_BINARY = {
  "|=": "INPLACE_OR", "^=": "INPLACE_XOR", "&=": "INPLACE_AND", "<<=": "INPLACE_LSHIFT", ">>=": "INPLACE_RSHIFT",
  "+=": "INPLACE_ADD", "-=": "INPLACE_SUBTRACT", "*=": "INPLACE_MULTIPLY", "@=": "INPLACE_MAT_MULTIPLY",
  "//=": "INPLACE_FLOOR_DIVIDE", "/=": "INPLACE_TRUE_DIVIDE", "%=": "INPLACE_MODULO", "**=": "INPLACE_POWER",
} as const satisfies Record<A.AugOperator, string>;

/**
 * A block's statements. A compound statement is a generator that yields the blocks (statement
 * lists) and parts it contains, each compiled whole before it goes on. While blocks nest a little,
 * they are compiled by plain recursion; deeper, from a stack of generators of our own, so nesting
 * of any depth uses a bounded JavaScript stack. py/compile.c records the line of a block of two or
 * more statements (its suite_block_stmts node) before the first statement; that shows only when the
 * first one is a `_NAME = const(...)` line, which records none of its own. The module's body records
 * nothing.
 */
export function statements(g: Gen, body: readonly A.Stmt[], block = true): void {
  if (g.blockDepth < RECURSION_DEPTH) {
    suiteNow(g, body, block);
    return;
  }
  onStack(g, suite(g, body, block));
}

/** Blocks nested deeper than this are compiled from the stack of generators. */
const RECURSION_DEPTH = 48;

/** Code generation that yields each block or part it contains, to be compiled whole before it goes on. */
type Work = Generator<Work | readonly A.Stmt[], void, undefined>;

/** Runs `w` and the work it yields from a stack of our own. */
function onStack(g: Gen, w: Work): void {
  const stack: Work[] = [w];
  while (stack.length > 0) {
    const r = stack[stack.length - 1]!.next();
    if (r.done) stack.pop();
    else stack.push(Array.isArray(r.value) ? suite(g, r.value as readonly A.Stmt[]) : (r.value as Work));
  }
}

/** Runs `w` and the work it yields by recursion, or on the stack once blocks nest deep. */
function runNow(g: Gen, w: Work): void {
  if (g.blockDepth >= RECURSION_DEPTH) return onStack(g, w);
  g.blockDepth++;
  for (let r = w.next(); !r.done; r = w.next()) {
    const v = r.value;
    if (Array.isArray(v)) suiteNow(g, v as readonly A.Stmt[], true);
    else runNow(g, v as Work);
  }
  g.blockDepth--;
}

/** suite(), compiled at once. */
function suiteNow(g: Gen, body: readonly A.Stmt[], block: boolean): void {
  const first = body[0];
  if (block && body.length > 1 && isConstPass(first!)) g.line(first!);
  const listed = body.length > 1;
  const outer = g.statementAt;
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    if (listed) g.statementAt = s.start;
    const inner = statement(g, s);
    if (inner) runNow(g, inner);
    g.raisePending();
  }
  g.statementAt = outer;
}

function* suite(g: Gen, body: readonly A.Stmt[], block = true): Work {
  const first = body[0];
  if (block && body.length > 1 && isConstPass(first!)) g.line(first!);
  const listed = body.length > 1;
  const outer = g.statementAt;
  for (const s of body) {
    if (listed) g.statementAt = s.start;
    const inner = statement(g, s);
    if (inner) yield inner;
    g.raisePending();
  }
  g.statementAt = outer;
}

function isConstPass(s: A.Stmt): boolean {
  return s.kind === "Pass" && s.fromConst === true;
}

/** Whether the next token after `at` in `text` is `;` (spaces and line continuations skipped). */
function semicolonAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === ";") return true;
    if (c === " " || c === "\t" || c === "\f" || c === "\v") continue;
    if (c === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r")) {
      i += text[i + 1] === "\r" && text[i + 2] === "\n" ? 2 : 1;
      continue;
    }
    return false;
  }
  return false;
}

/** A simple statement is compiled at once; a compound one is returned as the work that compiles it. */
function statement(g: Gen, s: A.Stmt): Work | void {
  const e = g.e;
  // A `_NAME = const(...)` line was replaced by a pass with no line (py/parse.c); a `;` after it
  // makes a simple_stmt_2 node, which has the line.
  if (!isConstPass(s) || semicolonAfter(g.options.lineMap.text, s.end)) g.line(s);
  switch (s.kind) {
    case "Expr":
      if (g.options.repl && g.scope.kind === "module") {
        g.loadId("__repl_print__");
        expr(g, s.value);
        e.callFunction(1, 0, 0);
        e.popTop();
        return;
      }
      if (s.value.kind === "Constant") return; // a lonely constant (docstrings too) compiles to nothing
      expr(g, s.value);
      e.popTop();
      return;
    case "Assign":
      return assignStmt(g, s);
    case "AugAssign":
      assignTarget(g, s.target, "augLoad");
      expr(g, s.value);
      e.binaryOp(AUG_TO_BINARY[s.op]);
      assignTarget(g, s.target, "augStore");
      return;
    case "AnnAssign":
      if (s.value) return assignStmt(g, { kind: "Assign", targets: [s.target], value: s.value, start: s.start, end: s.end });
      if (g.pass === "scope" && g.scope.kind === "function" && s.target.kind === "Name") {
        g.scope.findOrAdd(s.target.id, "local");
      }
      return;
    case "Pass":
      return;
    case "Break":
    case "Continue": {
      const l = s.kind === "Break" ? g.breakLabel : g.continueLabel;
      if (l === INVALID_LABEL) g.error("breakContinueOutsideLoop", s);
      e.unwindJump(l, g.exceptLevel - g.breakContinueExceptLevel);
      return;
    }
    case "Return":
      return returnStmt(g, s);
    case "Raise":
      if (!s.exc) return e.raiseVarargs(0);
      expr(g, s.exc);
      if (s.cause) expr(g, s.cause);
      e.raiseVarargs(s.cause ? 2 : 1);
      return;
    case "Global":
    case "Nonlocal":
      return globalNonlocal(g, s);
    case "Delete":
      for (const t of s.targets) deleteTarget(g, t);
      return;
    case "Assert":
      if (g.options.optimize !== 0) return;
      {
        const end = g.label();
        ifCond(g, s.test, true, end);
        e.loadGlobal("AssertionError", "global");
        if (s.msg) {
          expr(g, s.msg);
          e.callFunction(1, 0, 0);
        }
        e.raiseVarargs(1);
        e.labelAssign(end);
      }
      return;
    case "Import":
      for (const a of s.names) importName(g, a);
      return;
    case "ImportFrom":
      return importFrom(g, s);
    case "If":
      return ifStmt(g, s);
    case "While":
      return whileStmt(g, s);
    case "For":
      return s.isAsync ? asyncFor(g, s) : forStmt(g, s);
    case "Try":
      return tryStmt(g, s);
    case "With":
      return s.isAsync ? asyncWith(g, s, 0) : withStmt(g, s, 0);
    case "FunctionDef":
      return funcDef(g, s);
    case "ClassDef":
      return classDef(g, s);
  }
}

function returnStmt(g: Gen, s: A.Return): void {
  const e = g.e;
  if (g.scope.kind !== "function") g.error("returnOutsideFunction", s);
  if (!s.value) e.loadConstTok("none");
  else if (s.value.kind === "IfExp") {
    const fail = g.label();
    ifCond(g, s.value.test, false, fail);
    expr(g, s.value.body);
    e.returnValue();
    e.labelAssign(fail);
    expr(g, s.value.orelse);
  } else expr(g, s.value);
  e.returnValue();
}

function globalNonlocal(g: Gen, s: A.Global | A.Nonlocal): void {
  if (g.pass !== "scope") return;
  const isGlobal = s.kind === "Global";
  if (!isGlobal && g.scope.kind === "module") g.error("nonlocalAtModule", s);
  for (const name of s.names) declare(g, g.scope.findOrAdd(name, "undecided"), isGlobal, s);
}

/** `global`/`nonlocal` for one identifier (py/compile.c compile_declare_global/nonlocal). */
export function declare(g: Gen, id: IdInfo, isGlobal: boolean, node: A.Node): void {
  if (isGlobal) {
    if (id.kind !== "undecided" && id.kind !== "explicit") g.error("redefinedAsGlobal", node);
    id.kind = "explicit";
    const gl = g.scope.findGlobal(id.name);
    if (gl) gl.kind = "explicit";
  } else if (id.kind === "undecided") {
    id.kind = "implicit";
    g.scope.checkToCloseOver(id);
    if (id.kind === "implicit") g.error("noBindingForNonlocal", node);
  } else if (id.kind !== "free") {
    g.error("redefinedAsNonlocal", node);
  }
}

function importName(g: Gen, a: A.Alias): void {
  const e = g.e;
  g.loadSmallInt(0);
  e.loadConstTok("none");
  const parts = a.name.split(".");
  // The dotted name is interned whole, so it too must fit a qstr.
  if (a.name.length > 255) g.error("nameTooLong", a);
  e.importOp(a.name, "name");
  if (a.asname) {
    for (let i = 1; i < parts.length; i++) e.attr(parts[i]!, "load");
    g.storeId(a.asname);
  } else {
    g.storeId(parts[0]!);
  }
}

function importFrom(g: Gen, s: A.ImportFrom): void {
  const e = g.e;
  const source = s.module ?? "";
  if (source.length > 255) g.error("nameTooLong", s);
  if (s.names.length === 1 && s.names[0]!.name === "*") {
    if (g.scope.kind !== "module") g.error("importStarNotModule", s);
    g.loadSmallInt(s.level);
    e.loadConstStr("*");
    e.build(1, "tuple");
    e.importOp(source, "name");
    e.importOp("*", "star");
    return;
  }
  g.loadSmallInt(s.level);
  for (const a of s.names) e.loadConstStr(a.name);
  e.build(s.names.length, "tuple");
  e.importOp(source, "name");
  for (const a of s.names) {
    e.importOp(a.name, "from");
    g.storeId(a.asname ?? a.name);
  }
  e.popTop();
}

function* ifStmt(g: Gen, s: A.If): Work {
  const e = g.e;
  const end = g.label();
  // Flatten the elif chain as MicroPython's if_stmt holds it.
  const clauses: { test: A.Expr; body: readonly A.Stmt[] }[] = [{ test: s.test, body: s.body }];
  let orelse = s.orelse;
  while (orelse.length === 1 && orelse[0]!.kind === "If" && (orelse[0] as A.If).isElif) {
    const el = orelse[0] as A.If;
    clauses.push({ test: el.test, body: el.body });
    orelse = el.orelse;
  }
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const cv = constValueOf(c.test);
    if (cv && !constTruth(cv)) continue;
    const fail = g.label();
    ifCond(g, c.test, false, fail);
    yield c.body;
    if (cv && constTruth(cv)) {
      e.labelAssign(end);
      return;
    }
    if (i > 0 || clauses.length > 1 || orelse.length > 0) e.jump(end);
    e.labelAssign(fail);
  }
  yield orelse;
  e.labelAssign(end);
}

/** START_BREAK_CONTINUE_BLOCK: new break/continue labels; `restore` is END_BREAK_CONTINUE_BLOCK. */
function startLoop(g: Gen, breakFromFor: boolean): { brk: number; cont: number; restore: () => void } {
  const old = [g.breakLabel, g.continueLabel, g.breakContinueExceptLevel] as const;
  const brk = g.label();
  const cont = g.label();
  g.breakLabel = breakFromFor ? brk | BREAK_FROM_FOR : brk;
  g.continueLabel = cont;
  g.breakContinueExceptLevel = g.exceptLevel;
  return {
    brk,
    cont,
    restore: () => {
      [g.breakLabel, g.continueLabel, g.breakContinueExceptLevel] = old;
    },
  };
}

function* whileStmt(g: Gen, s: A.While): Work {
  const e = g.e;
  const loop = startLoop(g, false);
  const cv = constValueOf(s.test);
  if (!(cv && !constTruth(cv))) {
    const top = g.label();
    if (!(cv && constTruth(cv))) e.jump(loop.cont);
    e.labelAssign(top);
    yield s.body;
    e.labelAssign(loop.cont);
    ifCond(g, s.test, true, top);
  }
  loop.restore();
  yield s.orelse;
  e.labelAssign(loop.brk);
}

function* forStmt(g: Gen, s: A.For): Work {
  const e = g.e;
  if (s.target.kind === "Name" && s.iter.kind === "Call" && s.iter.func.kind === "Name" && s.iter.func.id === "range" && s.iter.keywords.length === 0) {
    const args = s.iter.args;
    // Star arguments and bare generator arguments keep the general form (py/compile.c).
    if (args.length >= 1 && args.length <= 3 && !args.some((a) => a.kind === "Starred" || (a.kind === "GeneratorExp" && a.bare))) {
      let start: A.Expr | number = 0;
      let end: A.Expr = args[0]!;
      let step = 1n;
      let ok = true;
      if (args.length >= 2) {
        start = args[0]!;
        end = args[1]!;
      }
      if (args.length === 3) {
        const st = g.smallIntOf(args[2]!);
        if (st === null || st === 0n) ok = false;
        else step = st;
      }
      if (ok) {
        yield forRange(g, s, start, end, step, args.length === 3 ? args[2]! : null);
        return;
      }
    }
  }
  const loop = startLoop(g, true);
  const pop = g.label();
  expr(g, s.iter);
  e.getIter(true);
  e.labelAssign(loop.cont);
  e.forIter(pop);
  assignTarget(g, s.target);
  yield s.body;
  e.jump(loop.cont);
  e.labelAssign(pop);
  e.forIterEnd();
  loop.restore();
  yield s.orelse;
  e.labelAssign(loop.brk);
}

function* forRange(g: Gen, s: A.For, start: A.Expr | number, end: A.Expr, step: bigint, stepNode: A.Expr | null): Work {
  const e = g.e;
  const loop = startLoop(g, false);
  const top = g.label();
  const entry = g.label();
  const endOnStack = g.smallIntOf(end) === null;
  if (endOnStack) expr(g, end);
  if (typeof start === "number") g.loadSmallInt(start);
  else expr(g, start);
  e.jump(entry);
  e.labelAssign(top);
  e.dupTop();
  assignTarget(g, s.target);
  yield s.body;
  e.labelAssign(loop.cont);
  if (stepNode) expr(g, stepNode);
  else g.loadSmallInt(step);
  e.binaryOp("INPLACE_ADD");
  e.labelAssign(entry);
  if (endOnStack) {
    e.dupTopTwo();
    e.rotTwo();
  } else {
    e.dupTop();
    expr(g, end);
  }
  e.binaryOp(step >= 0 ? "LESS" : "MORE");
  e.popJumpIf(true, top);
  loop.restore();
  let endLabel = 0;
  if (s.orelse.length > 0) {
    e.popTop();
    if (endOnStack) e.popTop();
    yield s.orelse;
    endLabel = g.label();
    e.jump(endLabel);
    e.adjustStackSize(1 + (endOnStack ? 1 : 0));
  }
  e.labelAssign(loop.brk);
  e.popTop();
  if (endOnStack) e.popTop();
  if (s.orelse.length > 0) e.labelAssign(endLabel);
}

function* tryStmt(g: Gen, s: A.Try): Work {
  const e = g.e;
  if (s.finalbody.length === 0) {
    yield tryExcept(g, s);
    return;
  }
  const fin = g.label();
  g.increaseExcept(fin, "finally");
  if (s.handlers.length === 0) {
    // Room for the state of an unwind jump through the finally.
    e.adjustStackSize(3);
    yield s.body;
    e.adjustStackSize(-3);
  } else {
    yield tryExcept(g, s);
  }
  e.loadConstTok("none");
  e.labelAssign(fin);
  e.adjustStackSize(1);
  yield s.finalbody;
  e.adjustStackSize(-1);
  g.decreaseExcept();
}

function* tryExcept(g: Gen, s: A.Try): Work {
  const e = g.e;
  const l1 = g.label();
  const success = g.label();
  g.increaseExcept(l1, "except");
  yield s.body;
  e.popExceptJump(success, false);
  e.labelAssign(l1);
  e.startExceptHandler();
  const l2 = g.label();
  for (let i = 0; i < s.handlers.length; i++) {
    const h = s.handlers[i]!;
    const endFinally = g.label();
    // MicroPython records the except clause at a line no later than the try body's, so the
    // clause itself never adds a line-table entry.
    if (!h.type) {
      if (i + 1 !== s.handlers.length) g.error("defaultExceptNotLast", h);
    } else {
      e.dupTop();
      expr(g, h.type);
      e.binaryOp("EXCEPTION_MATCH");
      e.popJumpIf(false, endFinally);
    }
    if (!h.name) e.popTop();
    else g.storeId(h.name);
    let l3 = 0;
    if (h.name) {
      l3 = g.label();
      g.increaseExcept(l3, "finally");
    }
    yield h.body;
    if (h.name) {
      e.loadConstTok("none");
      e.labelAssign(l3);
      e.adjustStackSize(1);
      e.loadConstTok("none");
      g.storeId(h.name);
      g.deleteId(h.name);
      e.adjustStackSize(-1);
      g.decreaseExcept();
    }
    e.popExceptJump(l2, true);
    e.labelAssign(endFinally);
    e.adjustStackSize(1);
  }
  g.decreaseExcept();
  e.endExceptHandler();
  e.labelAssign(success);
  yield s.orelse;
  e.labelAssign(l2);
}

function* withStmt(g: Gen, s: A.With, i: number): Work {
  const e = g.e;
  if (i === s.items.length) {
    yield s.body;
    return;
  }
  const item = s.items[i]!;
  const end = g.label();
  expr(g, item.contextExpr);
  g.increaseExcept(end, "with");
  if (item.optionalVars) assignTarget(g, item.optionalVars);
  else e.popTop();
  yield withStmt(g, s, i + 1);
  e.withCleanup(end);
  g.reserveLabelsForNative(3);
  g.decreaseExcept();
}

function awaitMethod(g: Gen, name: string): void {
  g.e.loadMethod(name, false);
  g.e.callMethod(0, 0, 0);
  yieldFrom(g);
}

/** compile_yield_from: the iterator on the stack is run to exhaustion. */
export function yieldFrom(g: Gen): void {
  g.e.getIter(false);
  g.e.loadConstTok("none");
  g.yieldOp(true);
}

function* asyncFor(g: Gen, s: A.For): Work {
  const e = g.e;
  if (!(g.scope.scopeFlags & ScopeFlag.GENERATOR)) g.error("asyncOutsideAsync", s);
  const whileElse = g.label();
  const tryException = g.label();
  const tryElse = g.label();
  const tryFinally = g.label();
  expr(g, s.iter);
  e.loadMethod("__aiter__", false);
  e.callMethod(0, 0, 0);
  const loop = startLoop(g, false);
  e.labelAssign(loop.cont);
  g.increaseExcept(tryException, "except");
  e.dupTop();
  awaitMethod(g, "__anext__");
  assignTarget(g, s.target);
  e.popExceptJump(tryElse, false);
  e.labelAssign(tryException);
  e.startExceptHandler();
  e.dupTop();
  e.loadGlobal("StopAsyncIteration", "global");
  e.binaryOp("EXCEPTION_MATCH");
  e.popJumpIf(false, tryFinally);
  e.popTop();
  e.popExceptJump(whileElse, true);
  e.labelAssign(tryFinally);
  e.adjustStackSize(1);
  g.decreaseExcept();
  e.endExceptHandler();
  e.labelAssign(tryElse);
  yield s.body;
  e.jump(loop.cont);
  loop.restore();
  e.labelAssign(whileElse);
  yield s.orelse;
  e.labelAssign(loop.brk);
  e.popTop();
}

function* asyncWith(g: Gen, s: A.With, i: number): Work {
  const e = g.e;
  if (i === 0 && !(g.scope.scopeFlags & ScopeFlag.GENERATOR)) g.error("asyncOutsideAsync", s);
  if (i === s.items.length) {
    yield s.body;
    return;
  }
  const item = s.items[i]!;
  const finallyBlock = g.label();
  const aexitNoExc = g.label();
  const retUnwind = g.label();
  const end = g.label();
  expr(g, item.contextExpr);
  e.dupTop();
  awaitMethod(g, "__aenter__");
  if (item.optionalVars) assignTarget(g, item.optionalVars);
  else e.popTop();
  g.increaseExcept(finallyBlock, "finally");
  e.adjustStackSize(3);
  yield asyncWith(g, s, i + 1);
  e.adjustStackSize(-3);
  // Three ways out of the body: falling through, an exception, a return or unwind jump.
  e.asyncWithSetupFinally(aexitNoExc, finallyBlock, retUnwind);
  e.dupTop();
  e.rotThree();
  e.rotTwo();
  e.loadMethod("__aexit__", false);
  e.rotThree();
  e.rotThree();
  e.dupTop();
  e.attr("__class__", "load");
  e.rotTwo();
  e.loadConstTok("none");
  e.callMethod(3, 0, 0);
  yieldFrom(g);
  e.popJumpIf(false, end);
  e.popTop();
  e.loadConstTok("none");
  e.jump(end);
  e.adjustStackSize(2);
  e.labelAssign(retUnwind);
  e.rotThree();
  e.rotThree();
  e.labelAssign(aexitNoExc);
  e.loadMethod("__aexit__", false);
  e.loadConstTok("none");
  e.dupTop();
  e.dupTop();
  e.callMethod(3, 0, 0);
  yieldFrom(g);
  e.popTop();
  e.adjustStackSize(-1);
  e.labelAssign(end);
  g.decreaseExcept();
}
