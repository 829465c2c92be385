// eval, exec, compile, globals and locals: source compiled at run time by mpyc's own compiler
// into a module body that runs against the given namespaces.

import { namespaceDict, namespaceOfDict } from "../objects/namespace.js";
import type { CompiledModule } from "../../bytecode/rawcode.js";
import { fn } from "../objects/args.js";
import { EXCEPTION_TYPES, pyErr, typeError } from "../objects/exceptions.js";
import { PyDict } from "../objects/hashtable.js";
import { Code, constValue, setupFrame } from "./code.js";
import { compileFailure, interp, sourceCompiler } from "./state.js";

import { runFrame } from "./interp.js";
import { bytesOf } from "../objects/ops.js";
import { nativeType, PyObject, type Namespace, type Value } from "../objects/value.js";
import { BytecodeFunction } from "./code.js";

const CODE = nativeType("code");

/** Where an expression's value is left by the module body eval() compiles. */
const RESULT = "__eval_result__";

class PyCode extends PyObject {
  constructor(
    readonly module: CompiledModule,
    readonly isEval: boolean,
  ) {
    super();
  }
  get type() {
    return CODE;
  }
}

function sourceText(v: Value): string {
  if (typeof v === "string") return v;
  const b = bytesOf(v);
  if (b) return new TextDecoder().decode(b);
  throw typeError("expected str, bytes or code object");
}

function compileText(text: string, fileName: string, isEval: boolean, repl = false): PyCode {
  // An eval input must be a non-empty expression that also stands alone as a statement (a bare
  // `x := 1` does not).
  if (isEval) {
    if (isBlank(text)) throw pyErr(EXCEPTION_TYPES.get("SyntaxError")!, "invalid syntax");
    compileText(text, fileName, false);
  }
  const src = isEval ? `${RESULT} = (\n${text}\n)\n` : text;
  const r = sourceCompiler()(src, { sourceName: fileName, optimize: interp.optLevel, repl });
  if (!r.ok) throw compileFailure(r.error, src, fileName);
  return new PyCode(r.module, isEval);
}

/** Nothing but spaces and line continuations: not an expression, nor a single statement. */
function isBlank(text: string): boolean {
  return text.replace(/\\\r?\n/g, "").trim() === "";
}

function namespaceOf(v: Value, what: string): Namespace | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyDict) {
    const live = namespaceOfDict(v);
    if (live) return live;
    const ns: Namespace = new Map();
    for (const [k, x] of v.table.entries()) if (typeof k === "string") ns.set(k, x);
    return ns;
  }
  throw typeError(`${what} must be a dict`);
}

function writeBack(ns: Namespace, d: Value): void {
  if (d instanceof PyDict && namespaceOfDict(d) === null) {
    for (const k of d.table.keyList()) if (typeof k === "string" && !ns.has(k)) d.table.delete(k);
    for (const [k, v] of ns) d.table.set(k, v);
  }
}

function run(code: PyCode, args: Value[]): Value {
  const caller = interp.top;
  const callerGlobals = caller ? caller.code.ctx.globals : new Map<string, Value>();
  const callerLocals = interp.locals ?? callerGlobals;
  const g = namespaceOf(args[1], "globals") ?? (args[1] === undefined || args[1] === null ? callerGlobals : null)!;
  let l = namespaceOf(args[2], "locals");
  if (!l) l = args[1] !== undefined && args[1] !== null && (args[2] === undefined || args[2] === null) ? g : args[2] === undefined || args[2] === null ? callerLocals : g;
  const m = code.module;
  const ctx = { name: "<string>", fileName: m.qstrs[0] ?? "<string>", qstrs: m.qstrs, consts: m.consts.map(constValue), globals: g };
  const frame = setupFrame(new BytecodeFunction(new Code(m.root, ctx), [], null, null), [], null);
  frame.locals = l;
  const oldLocals = interp.locals;
  interp.locals = l;
  try {
    runFrame(frame);
  } finally {
    interp.locals = oldLocals;
  }
  if (args[1] instanceof PyDict) writeBack(g, args[1]);
  if (args[2] instanceof PyDict && l !== g) writeBack(l, args[2]);
  if (!code.isEval) return null;
  const v = l.get(RESULT);
  l.delete(RESULT);
  return v ?? null;
}

export function installEvalExec(b: Namespace): void {
  b.set("compile", fn("compile", (a) => {
    const mode = a[2];
    if (mode !== "exec" && mode !== "eval" && mode !== "single") throw pyErr(EXCEPTION_TYPES.get("ValueError")!, "bad compile mode");
    const text = sourceText(a[0]);
    if (mode === "single" && isBlank(text)) throw pyErr(EXCEPTION_TYPES.get("SyntaxError")!, "invalid syntax");
    return compileText(text, typeof a[1] === "string" ? a[1] : "<string>", mode === "eval", mode === "single");
  }));
  b.set("exec", fn("exec", (a) => run(a[0] instanceof PyCode ? a[0] : compileText(sourceText(a[0]), "<string>", false), a)));
  b.set("eval", fn("eval", (a) => run(a[0] instanceof PyCode ? a[0] : compileText(sourceText(a[0]), "<string>", true), a)));
  b.set("globals", fn("globals", () => namespaceDict(interp.top ? interp.top.code.ctx.globals : new Map())));
  b.set("locals", fn("locals", () => namespaceDict(interp.locals ?? (interp.top ? interp.top.code.ctx.globals : new Map()))));
}
