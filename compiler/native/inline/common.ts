// What every inline assembler shares (py/emitinline*.c around py/compile.c compile_scope_inline_asm):
// reading instruction operands from the syntax tree, the label table, and the error slot that the
// last failing operand check of an instruction writes.

import type * as A from "../../front/ast.js";
import type { AsmBase } from "../asm.js";

/** The truncation of an int to a C uint32_t, as mp_obj_get_int_truncated and a cast give it. */
export function u32(v: bigint): number {
  return Number(BigInt.asUintN(32, v));
}

/** An operand's identifier, or "" (get_arg_str). */
export function argStr(e: A.Expr | undefined): string {
  return e?.kind === "Name" ? e.id : "";
}

/** An int operand, as mp_parse_node_get_int_maybe finds one (small ints and int objects). */
export function intOf(e: A.Expr | undefined): bigint | null {
  return e?.kind === "Constant" && e.value.type === "int" ? e.value.value : null;
}

/** `[base, offset]`: the two parts of an address operand, or null. */
export function addrOf(e: A.Expr | undefined): [A.Expr, A.Expr] | null {
  return e?.kind === "List" && e.elts.length === 2 ? [e.elts[0]!, e.elts[1]!] : null;
}

/** Hex of a C unsigned int in printf's %x. */
export const hex = (v: number) => (v >>> 0).toString(16);

/** One instruction set's inline assembler (emit_inline_asm_method_table_t). */
export abstract class InlineAsm {
  /** The message of the instruction's error, the last one written (the error slot). */
  error: string | null = null;
  protected emitPass = false;
  private labelNames: (string | undefined)[] = [];

  abstract readonly as: AsmBase;
  /** Sizing passes before the emit pass. */
  readonly sizingPasses: number = 1;
  abstract countParams(params: readonly (A.Arg | null)[]): number;
  abstract op(name: string, args: readonly A.Expr[]): void;
  protected abstract entry(): void;
  protected abstract exit(): void;

  startPass(emit: boolean): void {
    this.emitPass = emit;
    this.error = null;
    if (!emit) this.labelNames = [];
    this.as.startPass(emit);
    this.entry();
  }

  endPass(): void {
    this.exit();
  }

  /** Binds a label; false when the name is taken (checked in the sizing pass only). */
  label(num: number, name: string): boolean {
    if (!this.emitPass && this.labelNames.includes(name)) return false;
    this.labelNames[num] = name;
    // A forward branch placed after another label can change size between passes (an unknown label
    // reads as label 0): mpy-cross then fails an assertion; mpyc says so.
    if (this.emitPass && this.as.labelOffset(num) !== this.as.codePos) {
      this.fail(`label '${name}' moved between passes: a forward branch after another label changed size (mpy-cross v1.27.0 aborts here)`);
      return true;
    }
    this.as.labelAssign(num);
    return true;
  }

  /** The number of a label met in this pass, or -1. */
  protected labelIndex(name: string): number {
    return this.labelNames.indexOf(name);
  }

  protected fail(message: string): void {
    this.error = message;
  }

  /** A label operand's number; an unknown label is 0, and an error in the emit pass. */
  protected labelArg(op: string, e: A.Expr | undefined): number {
    if (e?.kind !== "Name") {
      this.fail(`'${op}' expects a label`);
      return 0;
    }
    const i = this.labelNames.indexOf(e.id);
    if (i >= 0) return i;
    if (this.emitPass) this.fail(`label '${e.id}' not defined`);
    return 0;
  }
}
