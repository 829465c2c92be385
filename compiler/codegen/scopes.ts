// Scopes in code generation (py/compile.c compile_scope and its helpers): the two passes over every
// scope, parameters, comprehension bodies, making functions and closures, decorators, def and class.

import type * as A from "../front/ast.js";
import { ScopeFlag } from "../../bytecode/rawcode.js";
import { displayText } from "../front/bytestr.js";
import { CompileError } from "../front/diagnostics.js";
import { BytecodeEmitter } from "../emit/bytecode.js";
import type { Emitter, Pass } from "../emit/emitter.js";
import { AssemblyRoom } from "../emit/assemble.js";
import { useBytecodePasses, useScopePass } from "../emit/generate.js";
import {
  ID_DBL_STAR_PARAM, ID_FLAG_VIPER_TYPE_POS, ID_PARAM, ID_STAR_PARAM, type EmitOptions, NATIVE_TYPES, NativeScopeFlag, Scope, type ScopeKind,
} from "../emit/scope.js";
import { flattenDotted } from "./constants.js";
import { callArgs, expr, functionOrLambda, ifCond } from "./expressions.js";
import { Gen } from "./gen.js";
import { inlineAsmPasses, inlineAsmScope } from "./inline-asm.js";
import type { InlineAsm } from "../native/inline/common.js";
import { statements } from "./statements.js";
import { assignTarget } from "./targets.js";

/**
 * Working buffers kept from one module to the next: making them anew for each module was a
 * measurable part of compiling small ones. A compile takes them and gives them back when it
 * succeeds, so two compiles never share them; one much grown is not kept.
 */
let spare: { code: Int32Array<ArrayBuffer>; assembly: AssemblyRoom } | null = null;
const SPARE_LIMIT = 1 << 16;

/** Runs both passes over the module and returns the scopes in MicroPython's order. */
export function runPasses(g: Gen, module: A.Module): Scope[] {
  const rooms = spare ?? { code: undefined, assembly: new AssemblyRoom() };
  spare = null;
  const bytecode = new BytecodeEmitter(rooms.code);
  g.e = bytecode;
  const top = new Scope("module", module, null, undefined, g.options.defaultEmit ?? "bytecode");
  g.scopes.push(top);
  // The scope pass always runs through the bytecode emitter (py/compile.c).
  for (let i = 0; i < g.scopes.length; i++) {
    const s = g.scopes[i]!;
    if (s.emitOptions === "asm") inlineAsmScope(g, s, "scope", null);
    else compileScope(g, s, "scope");
    for (const id of s.ids) if (id.kind === "implicit") s.checkToCloseOver(id);
  }
  for (const s of g.scopes) s.computeThings();
  const t = g.options.tables;
  useScopePass(t, g.scopes);
  let native: Emitter | null = null;
  let inline: InlineAsm | null = null;
  const room = rooms.assembly;
  for (const s of g.scopes) {
    if (s.emitOptions === "asm") {
      // One inline assembler for the module; Xtensa sizes its literal table in an extra pass.
      inline ??= g.options.inlineAsm!();
      inlineAsmPasses(g, s, inline);
    } else if (s.emitOptions === "native" || s.emitOptions === "viper") {
      // One native emitter for the module, made when first needed; a stack-size pass, a code-size
      // pass, then emit passes until the emitter is content.
      native ??= g.options.nativeEmitter!({
        useQstr: (q) => t.useQstr(q),
        useConst: (o) => t.useConst(o),
        labelSlot: () => g.nextLabel,
        error: (code, message) => {
          throw new CompileError(code, g.lastLineAt, displayText(g.scope.simpleName), message);
        },
        typeError: (message) => {
          const at = g.pendingError?.offset ?? g.lastLineAt;
          g.pendingError = new CompileError("viperTypeError", at, displayText(g.scope.simpleName), message);
        },
      });
      g.e = native;
      for (const pass of ["stackSize", "codeSize", "emit"] as const) {
        try {
          while (!compileScope(g, s, pass) && pass === "emit");
        } catch (e) {
          // After a type error the emitter may be left inconsistent: the type error is what counts.
          if (g.pendingError) g.raisePending();
          throw e;
        }
        g.raisePending();
      }
      g.e = bytecode;
    } else {
      compileScope(g, s, "emit");
      useBytecodePasses(t, s, g.options.optimize < 3, room);
    }
  }
  const code = bytecode.releaseRoom();
  if (code.length <= SPARE_LIMIT && room.size() <= SPARE_LIMIT) spare = { code, assembly: room };
  return g.scopes;
}

/** Creates the scope of a nested function, lambda, class or comprehension in the scope pass. */
export function newScope(g: Gen, kind: ScopeKind, node: A.Node, name?: string, emit?: EmitOptions): Scope {
  if (g.pass === "scope") {
    const s = new Scope(kind, node, g.scope, name, emit ?? g.scope.emitOptions);
    g.scopes.push(s);
    g.scopeOf.set(node, s);
    return s;
  }
  return g.scopeOf.get(node)!;
}

/** One pass over one scope; returns what the emitter's endPass says (false: run the pass again). */
function compileScope(g: Gen, s: Scope, pass: Pass): boolean {
  g.pass = pass;
  g.scope = s;
  g.nextLabel = 0;
  g.statementAt = null;
  g.blockDepth = 0;
  g.frames.clear();
  g.e.startPass(pass, s);
  g.reserveLabelsForNative(6);
  if (pass === "scope") s.excStackSize = 0;
  const node = s.node;
  const e = g.e;
  switch (s.kind) {
    case "module": {
      statements(g, (node as A.Module).body, false);
      e.loadConstTok("none");
      e.returnValue();
      break;
    }
    case "function": {
      const f = node as A.FunctionDef;
      if (pass === "scope") {
        params(g, f.args);
        // The return annotation of a viper function is its return type.
        if (s.emitOptions === "viper") s.scopeFlags |= viperType(g, f.returns) << NativeScopeFlag.VIPERRET_POS;
      }
      statements(g, f.body);
      e.loadConstTok("none");
      e.returnValue();
      break;
    }
    case "lambda": {
      const l = node as A.Lambda;
      g.line(l);
      if (pass === "scope") params(g, l.args);
      expr(g, l.body);
      if (s.scopeFlags & ScopeFlag.GENERATOR) {
        e.popTop();
        e.loadConstTok("none");
      }
      e.returnValue();
      break;
    }
    case "class": {
      const c = node as A.ClassDef;
      if (pass === "scope") s.findOrAdd("__class__", "local");
      g.loadId("__name__");
      g.storeId("__module__");
      e.loadConstStr(c.name);
      g.storeId("__qualname__");
      statements(g, c.body);
      const id = s.find("__class__")!;
      if (id.kind === "local") e.loadConstTok("none");
      else e.loadLocal("__class__", id.localNum, "fast");
      e.returnValue();
      break;
    }
    default:
      comprehensionScope(g, s);
  }
  return e.endPass();
}

function params(g: Gen, args: A.Arguments): void {
  const s = g.scope;
  if (args.secondStar) g.error("invalidSyntax", args.secondStar);
  // A bare name (no annotation, no default, no star) is a parse-tree leaf without a line of its own.
  const add = (p: A.Arg, flags: number, typed = false, bare = false) => {
    const id = s.findOrAdd(p.arg, "undecided");
    if (id.kind !== "undecided") return bare && !p.annotation ? g.errorWithoutLine("argumentNameReused") : g.error("argumentNameReused", p);
    id.kind = "local";
    id.flags = flags;
    // Plain and keyword-only parameters of viper code take their annotation as type.
    if (typed && s.emitOptions === "viper") id.flags |= viperType(g, p.annotation) << ID_FLAG_VIPER_TYPE_POS;
  };
  const firstDefault = args.args.length - args.defaults.length;
  args.args.forEach((p, i) => {
    s.numPosArgs++;
    add(p, ID_PARAM, true, i < firstDefault);
  });
  if (args.vararg) {
    s.scopeFlags |= ScopeFlag.VARARGS;
    add(args.vararg, ID_PARAM | ID_STAR_PARAM);
  }
  args.kwonlyargs.forEach((p, i) => {
    s.numKwonlyArgs++;
    add(p, ID_PARAM, true, !args.kwDefaults[i]);
  });
  if (args.kwarg) {
    s.scopeFlags |= ScopeFlag.VARKEYWORDS;
    add(args.kwarg, ID_PARAM | ID_DBL_STAR_PARAM);
  }
}

/** compile_viper_type_annotation: a viper type name, object when absent. */
function viperType(g: Gen, ann: A.Expr | null): number {
  if (!ann) return 0;
  if (ann.kind !== "Name") g.error("annotationNotIdentifier", ann);
  const t = NATIVE_TYPES[ann.id];
  if (t === undefined) throw new CompileError("viperTypeError", ann.start, displayText(g.scope.simpleName), `unknown type '${ann.id}'`);
  return t;
}

type Comprehension = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

function comprehensionScope(g: Gen, s: Scope): void {
  const node = s.node as Comprehension;
  const e = g.e;
  if (g.pass === "scope") {
    s.findOrAdd("", "local");
    s.numPosArgs = 1;
  }
  // The comprehension's parse node starts at its element, inside the brackets.
  g.line(node.kind === "DictComp" ? node.key : node.elt);
  if (s.kind === "listcomp") e.build(0, "list");
  else if (s.kind === "dictcomp") e.build(0, "map");
  else if (s.kind === "setcomp") e.build(0, "set");
  if (s.kind === "genexpr") {
    e.loadNull();
    g.loadId("");
    e.loadNull();
    e.loadNull();
  } else {
    g.loadId("");
    e.getIter(true);
  }
  compIter(g, node, 0, 0);
  if (s.kind === "genexpr") e.loadConstTok("none");
  e.returnValue();
}

function compIter(g: Gen, node: Comprehension, genIndex: number, depth: number): void {
  const e = g.e;
  const gen = node.generators[genIndex]!;
  const top = g.label();
  const end = g.label();
  e.labelAssign(top);
  e.forIter(end);
  assignTarget(g, gen.target);
  for (const cond of gen.ifs) ifCond(g, cond, false, top);
  if (genIndex + 1 < node.generators.length) {
    const next = node.generators[genIndex + 1]!;
    expr(g, next.iter);
    e.getIter(true);
    compIter(g, node, genIndex + 1, depth + 1);
  } else if (node.kind === "GeneratorExp") {
    expr(g, node.elt);
    g.yieldOp(false);
    e.popTop();
  } else {
    if (node.kind === "DictComp") {
      expr(g, node.value);
      expr(g, node.key);
    } else {
      expr(g, node.elt);
    }
    e.storeComp(g.scope.kind, 4 * depth + 5);
  }
  e.jump(top);
  e.labelAssign(end);
  e.forIterEnd();
}

/** MAKE_FUNCTION or MAKE_CLOSURE for `child`, loading the cells it closes over. */
export function closeOver(g: Gen, child: Scope, nPosDefaults: number, nKwDefaults: number): void {
  if (nKwDefaults > 0) child.scopeFlags |= ScopeFlag.DEFKWARGS;
  // Making a function takes the current globals and constants (py/compile.c, native builds).
  g.scope.scopeFlags |= NativeScopeFlag.REFGLOBALS | NativeScopeFlag.HASCONSTS;
  child.numDefPosArgs = nPosDefaults;
  let nfree = 0;
  if (g.scope.kind !== "module") {
    // In the order of this scope's ids, as py/compile.c pairs them (names are unique in a scope).
    for (const id of g.scope.ids) {
      if (id.kind !== "cell" && id.kind !== "free") continue;
      if (child.find(id.name)?.kind === "free") {
        g.e.loadLocal(id.name, id.localNum, "fast");
        nfree++;
      }
    }
  }
  if (nfree === 0) g.e.makeFunction(child, nPosDefaults, nKwDefaults);
  else g.e.makeClosure(child, nfree, nPosDefaults, nKwDefaults);
}

/**
 * Compiles decorators; returns how many leave a callable on the stack, and the emitter the
 * built-in ones choose (py/compile.c compile_built_in_decorator).
 */
function decorators(g: Gen, decs: readonly A.Expr[], decorated: A.Node): { n: number; emit: EmitOptions } {
  // A decorator's name is a leaf without a line: mpy-cross reports its errors at the decorated
  // statement, which starts at the first decorator (py/compile.c compile_generic_all_nodes).
  let n = 0;
  let emit = g.scope.emitOptions;
  for (const d of decs) {
    const call = d.kind === "Call" ? d : null;
    const dotted = flattenDotted(call ? call.func : d);
    if (dotted && dotted[0]!.id === "micropython") {
      if (dotted.length !== 2) g.error("invalidMicropythonDecorator", decorated);
      const attr = dotted[1]!.id;
      if (attr === "bytecode" || (attr === "native" && g.options.nativeAsBytecode)) {
        emit = "bytecode";
        continue;
      }
      if (attr === "native" || attr === "viper") {
        if (!g.options.nativeEmitter) g.error("invalidArch", decorated);
        emit = attr;
        continue;
      }
      // mpy-cross uses the inline assembler of the target whichever asm decorator it is.
      if (["asm_thumb", "asm_xtensa", "asm_rv32"].includes(attr)) {
        if (!g.options.inlineAsm) g.error("invalidArch", decorated);
        emit = "asm";
        continue;
      }
      g.error("invalidMicropythonDecorator", decorated);
    }
    if (dotted) {
      g.loadId(dotted[0]!.id);
      for (let j = 1; j < dotted.length; j++) g.e.attr(dotted[j]!.id, "load");
      if (call) {
        g.line(call);
        callArgs(g, call.args, call.keywords, false, 0);
      }
    } else {
      expr(g, d);
    }
    n++;
  }
  return { n, emit };
}

export function funcDef(g: Gen, f: A.FunctionDef): void {
  const { n, emit } = decorators(g, f.decorators, f);
  const child = newScope(g, "function", f, f.name, emit);
  if (f.isAsync) child.scopeFlags |= ScopeFlag.GENERATOR;
  functionOrLambda(g, child, f.args);
  for (let i = 0; i < n; i++) g.e.callFunction(1, 0, 0);
  g.storeId(f.name);
}

export function classDef(g: Gen, c: A.ClassDef): void {
  const { n, emit } = decorators(g, c.decorators, c);
  const child = newScope(g, "class", c, c.name, emit);
  g.e.loadBuildClass();
  closeOver(g, child, 0, 0);
  g.e.loadConstStr(c.name);
  if (c.misplaced) g.error(c.misplaced.code, { start: c.misplaced.start, end: c.misplaced.start });
  callArgs(g, c.bases, c.keywords, false, 2, c.order);
  for (let i = 0; i < n; i++) g.e.callFunction(1, 0, 0);
  g.storeId(c.name);
}

/** A comprehension before its first iterable is compiled: its function. */
export function comprehensionOpen(g: Gen, c: Comprehension, kind: ScopeKind): void {
  closeOver(g, newScope(g, kind, c), 0, 0);
}

/** A comprehension after its first iterable is compiled: the call of its function on it. */
export function comprehensionClose(g: Gen, kind: ScopeKind): void {
  if (kind === "genexpr") g.e.getIter(false);
  g.e.callFunction(1, 0, 0);
}
