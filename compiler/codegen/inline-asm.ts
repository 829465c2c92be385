// Code generation of an `@micropython.asm_*` function (py/compile.c compile_scope_inline_asm): the
// body's instruction calls go to the target's inline assembler, and the machine code it makes
// becomes the scope's raw code. Checks of labels, align and data are made here for every arch.

import type * as A from "../front/ast.js";
import { displayText } from "../front/bytestr.js";
import { CompileError, type DiagnosticCode } from "../front/diagnostics.js";
import { intOf, type InlineAsm } from "../native/inline/common.js";
import { NATIVE_TYPES, type Scope } from "../emit/scope.js";
import type { Gen } from "./gen.js";

export type InlinePass = "scope" | "codeSize" | "emit";

const RETURN_TYPES = ["object", "bool", "int", "uint"];
/** More machine code than mpy-cross's 2 MiB heap holds: it fails to allocate it. */
const MAX_CODE = 2 * 1024 * 1024;

/** A plain name, parameter by parameter: null where MicroPython's parse node is not an identifier. */
function params(args: A.Arguments): (A.Arg | null)[] {
  const firstDefault = args.args.length - args.defaults.length;
  const out: (A.Arg | null)[] = args.args.map((a, i) => (a.annotation || i >= firstDefault ? null : a));
  if (args.vararg || args.bareStar) out.push(null);
  for (const _ of args.kwonlyargs) out.push(null);
  if (args.kwarg) out.push(null);
  return out;
}

/** One pass over an asm scope; `asm` is null in the scope pass. */
export function inlineAsmScope(g: Gen, s: Scope, pass: InlinePass, asm: InlineAsm | null): void {
  g.pass = pass;
  g.scope = s;
  g.nextLabel = 0;
  const name = displayText(s.simpleName);
  const fail = (code: DiagnosticCode, at: number, message?: string): never => {
    throw new CompileError(code, at, name, message);
  };
  if (s.kind !== "function") {
    const node = s.node as A.ClassDef;
    fail("inlineAsmNotFunction", node.classStart ?? node.start);
  }
  const f = s.node as A.FunctionDef;
  if (asm) asm.startPass(pass === "emit");
  if (asm && pass === "codeSize") {
    s.numPosArgs = asm.countParams(params(f.args));
    if (asm.error) fail("inlineAsm", f.defStart, asm.error);
  }
  let typeSig = NATIVE_TYPES.int!;
  // An error that does not stop the body: reported at the next instruction (compile_syntax_error keeps the first).
  let pending: DiagnosticCode | null = null;
  if (f.returns) {
    if (f.returns.kind === "Name") {
      if (!RETURN_TYPES.includes(f.returns.id)) fail("inlineAsmUnknownType", f.returns.start);
      typeSig = NATIVE_TYPES[f.returns.id]!;
    } else {
      pending = "inlineAsmAnnotation";
    }
  }
  for (const st of f.body) {
    if (st.kind === "Pass" || (st.kind === "Expr" && st.value.kind === "Constant")) continue;
    const call = st.kind === "Expr" && st.value.kind === "Call" && st.value.func.kind === "Name" ? st.value : null;
    // A statement's own error gives way to the pending one, which keeps its place (the annotation).
    const err = (code: DiagnosticCode): never => (pending ? fail(pending, f.returns!.start) : fail(code, st.start));
    if (!call) err("inlineAsmNotInstruction");
    const op = (call!.func as A.Name).id;
    // A keyword argument is neither a name nor an int to the assemblers.
    const args = [...call!.args, ...call!.keywords.map((k) => k as unknown as A.Expr)];
    if (op === "label") {
      if (args.length !== 1 || args[0]!.kind !== "Name") err("inlineAsmLabelArgs");
      const num = g.nextLabel++;
      if (asm && !asm.label(num, (args[0] as A.Name).id)) err("inlineAsmLabelRedefined");
    } else if (op === "align") {
      const n = args.length === 1 ? g.smallIntOf(args[0]!) : null;
      if (n === null) err("inlineAsmAlignArgs");
      if (asm) {
        // mp_asm_base_align's rounding, exact for powers of two only, in C's unsigned arithmetic.
        const a = BigInt.asUintN(32, n!);
        const pos = BigInt(asm.as.codePos);
        const to = BigInt.asUintN(64, pos + a - 1n) & ~BigInt.asUintN(32, a - 1n);
        if (to < pos) err("inlineAsmAlignZero");
        asm.as.zeros(Number(to - pos));
      }
    } else if (op === "data") {
      const size = args.length >= 2 ? g.smallIntOf(args[0]!) : null;
      if (size === null) err("inlineAsmDataArgs");
      if (asm) {
        for (const a of args.slice(1)) {
          const v = intOf(a);
          if (v === null) err("inlineAsmDataInts");
          // mp_asm_base_data: eight bytes of the value at most, then zeros.
          const bytes = Number(BigInt.asUintN(32, size!));
          asm.as.data(Math.min(bytes, 8), v!);
          asm.as.zeros(Math.max(bytes - 8, 0));
        }
      }
    } else if (asm) {
      asm.op(op, args);
    }
    const at = call!.trailerStart ?? call!.start;
    if (pending) fail(pending, at);
    if (asm?.error) fail("inlineAsm", at, asm.error);
  }
  if (pending) fail(pending, f.defStart);
  if (asm) {
    asm.endPass();
    if (asm.as.codePos > MAX_CODE) fail("inlineAsmMemory", 0, `memory allocation failed, allocating ${asm.as.codePos} bytes`);
    if (pass === "emit") s.native = { kind: "asm", data: asm.as.bytes, scopeFlags: 0, nPosArgs: s.numPosArgs, typeSig };
  }
}

/**
 * The later passes over an asm scope. With two sizing passes (Xtensa) the second one meets the
 * first one's error at the parameters and reports it at the `def` line, as mpy-cross does.
 */
export function inlineAsmPasses(g: Gen, s: Scope, asm: InlineAsm): void {
  for (let i = 0; i < asm.sizingPasses; i++) {
    try {
      inlineAsmScope(g, s, "codeSize", asm);
    } catch (e) {
      if (!(e instanceof CompileError) || asm.sizingPasses === 1) throw e;
      throw new CompileError(e.code as DiagnosticCode, (s.node as A.FunctionDef).defStart, e.scopeName, e.message);
    }
  }
  inlineAsmScope(g, s, "emit", asm);
}
