// A scope's symbolic instructions (what the bytecode emitter writes and the assembler reads), held
// flat: six 32-bit words an instruction, with names, constants and big ints in side lists. A scope
// of a million instructions takes 24 MB here, not the hundreds an object per instruction took.
// Instr is the same instruction as an object, for tests and debugging.

import { OP, type OpName } from "../../bytecode/opcodes.js";
import type { ConstObject } from "../../bytecode/rawcode.js";

/** An "op" instruction's operands, as the emitter gives them. */
export interface OpFields {
  /** Literal opcode byte for the MULTI families (defaults to OP[op].code). */
  readonly byte?: number;
  readonly uint?: number;
  readonly sint?: bigint;
  readonly qstr?: string;
  /** True when the qstr comes through a name lookup (used only from the second pass on). */
  readonly viaId?: boolean;
  readonly obj?: ConstObject;
  readonly child?: number;
  readonly extra?: number;
  /** Unconditional control flow: following code up to the next label is not emitted. */
  readonly ends?: boolean;
}

/** One symbolic instruction, as an object. */
export type Instr =
  | (OpFields & {
      readonly t: "op";
      readonly op: OpName;
      /** Stack adjustment as py/emitbc.c counts it. */
      readonly stack: number;
    })
  | { readonly t: "jump"; readonly op: OpName; readonly label: number; readonly stack: number; readonly extra?: number; readonly ends?: boolean }
  | { readonly t: "raw"; readonly byte: number }
  | { readonly t: "label"; readonly label: number }
  | { readonly t: "stack"; readonly delta: number }
  | { readonly t: "line"; readonly line: number; readonly column: number };

/** Word 0: the kind in the low 3 bits, then flags. */
export const K_OP = 0;
export const K_JUMP = 1;
export const K_RAW = 2;
export const K_LABEL = 3;
export const K_STACK = 4;
export const K_LINE = 5;
export const KIND_MASK = 7;
export const F_UINT = 1 << 3;
export const F_SINT = 1 << 4;
export const F_QSTR = 1 << 5;
export const F_OBJ = 1 << 6;
export const F_CHILD = 1 << 7;
export const F_EXTRA = 1 << 8;
export const F_VIA_ID = 1 << 9;
export const F_ENDS = 1 << 10;

/** Words of an instruction: flags and kind, opcode (OP[op].code), byte written, stack, argument, extra. */
export const W = 6;
export const W_FLAGS = 0;
export const W_OPCODE = 1;
export const W_BYTE = 2;
/** The stack effect; a "stack" instruction's delta. */
export const W_STACK = 3;
/** uint, child, or an index into strs/objs/bigs; a label; a line. */
export const W_ARG = 4;
/** The extra byte; a line's column. */
export const W_EXTRA = 5;

let opNames: OpName[] | null = null;
function opNameOf(code: number): OpName {
  if (!opNames) {
    opNames = [];
    for (const name of Object.keys(OP) as OpName[]) opNames[OP[name].code] = name;
  }
  return opNames[code]!;
}

const NO_WORDS = new Int32Array(0);
const NONE: unknown[] = [];

export class Code {
  /** Grows as instructions come: most scopes are small, and a module may have thousands. */
  words = NO_WORDS;
  length = 0;
  // Side lists are made when first needed (a shared empty list until then).
  strs: string[] = NONE as string[];
  objs: ConstObject[] = NONE as ConstObject[];
  bigs: bigint[] = NONE as bigint[];

  /** A scope's code before any pass and after assembly: never written to. */
  static readonly EMPTY = new Code();

  /** `room`: a buffer to write into, lent by its owner; its old contents are overwritten. */
  constructor(room: Int32Array<ArrayBuffer> = NO_WORDS) {
    this.words = room;
  }

  private next(flags: number): number {
    if ((this.length + 1) * W > this.words.length) {
      const bigger = new Int32Array(Math.max(W * 4, this.words.length * 2));
      bigger.set(this.words);
      this.words = bigger;
    }
    const at = this.length++ * W;
    this.words[at + W_FLAGS] = flags;
    return at;
  }

  /** One "op" instruction from its words; `flags` holds K_OP and the operand's kind. */
  put(code: number, byte: number, stack: number, flags: number, arg: number, extra: number): void {
    const at = this.next(flags);
    const w = this.words;
    w[at + W_OPCODE] = code;
    w[at + W_BYTE] = byte;
    w[at + W_STACK] = stack;
    w[at + W_ARG] = arg;
    w[at + W_EXTRA] = extra;
  }

  /** A qstr operand's index in the side list. */
  strIndex(s: string): number {
    if ((this.strs as unknown[]) === NONE) this.strs = [];
    return this.strs.push(s) - 1;
  }
  objIndex(o: ConstObject): number {
    if ((this.objs as unknown[]) === NONE) this.objs = [];
    return this.objs.push(o) - 1;
  }
  bigIndex(v: bigint): number {
    if ((this.bigs as unknown[]) === NONE) this.bigs = [];
    return this.bigs.push(v) - 1;
  }

  op(op: OpName, stack: number, f: OpFields): void {
    const code = OP[op].code;
    let flags = K_OP;
    let arg = 0;
    if (f.qstr !== undefined) {
      flags |= F_QSTR;
      arg = this.strIndex(f.qstr);
    } else if (f.uint !== undefined) {
      flags |= F_UINT;
      arg = f.uint;
    } else if (f.sint !== undefined) {
      flags |= F_SINT;
      arg = this.bigIndex(f.sint);
    } else if (f.obj !== undefined) {
      flags |= F_OBJ;
      arg = this.objIndex(f.obj);
    } else if (f.child !== undefined) {
      flags |= F_CHILD;
      arg = f.child;
    }
    if (f.extra !== undefined) flags |= F_EXTRA;
    if (f.viaId) flags |= F_VIA_ID;
    if (f.ends) flags |= F_ENDS;
    this.put(code, f.byte ?? code, stack, flags, arg, f.extra ?? 0);
  }

  jump(op: OpName, label: number, stack: number, ends: boolean, extra?: number): void {
    const at = this.next(K_JUMP | (ends ? F_ENDS : 0) | (extra !== undefined ? F_EXTRA : 0));
    const w = this.words;
    w[at + W_OPCODE] = OP[op].code;
    w[at + W_BYTE] = OP[op].code;
    w[at + W_STACK] = stack;
    w[at + W_ARG] = label;
    w[at + W_EXTRA] = extra ?? 0;
  }

  // Every word of an instruction is written: a lent buffer holds an earlier scope's words.
  private fill(kind: number, byte: number, stack: number, arg: number, extra: number): void {
    const at = this.next(kind);
    const w = this.words;
    w[at + W_OPCODE] = 0;
    w[at + W_BYTE] = byte;
    w[at + W_STACK] = stack;
    w[at + W_ARG] = arg;
    w[at + W_EXTRA] = extra;
  }

  raw(byte: number): void {
    this.fill(K_RAW, byte, 0, 0, 0);
  }

  label(label: number): void {
    this.fill(K_LABEL, 0, 0, label, 0);
  }

  stack(delta: number): void {
    this.fill(K_STACK, 0, delta, 0, 0);
  }

  line(line: number, column: number): void {
    this.fill(K_LINE, 0, 0, line, column);
  }


  /** Appends an instruction given as an object. */
  push(ins: Instr): void {
    switch (ins.t) {
      case "op": return this.op(ins.op, ins.stack, ins);
      case "jump": return this.jump(ins.op, ins.label, ins.stack, ins.ends ?? false, ins.extra);
      case "raw": return this.raw(ins.byte);
      case "label": return this.label(ins.label);
      case "stack": return this.stack(ins.delta);
      case "line": return this.line(ins.line, ins.column);
    }
  }

  /** Instruction `i` as an object. */
  at(i: number): Instr {
    const w = this.words;
    const at = i * W;
    const flags = w[at + W_FLAGS]!;
    const extra = flags & F_EXTRA ? { extra: w[at + W_EXTRA]! } : {};
    const ends = flags & F_ENDS ? { ends: true } : {};
    switch (flags & KIND_MASK) {
      case K_OP: {
        const op = opNameOf(w[at + W_OPCODE]!);
        const arg = w[at + W_ARG]!;
        const operand =
          flags & F_UINT ? { uint: arg } : flags & F_SINT ? { sint: this.bigs[arg]! } : flags & F_QSTR ? { qstr: this.strs[arg]! } : flags & F_OBJ ? { obj: this.objs[arg]! } : flags & F_CHILD ? { child: arg } : {};
        return { t: "op", op, stack: w[at + W_STACK]!, byte: w[at + W_BYTE]!, ...operand, ...(flags & F_VIA_ID ? { viaId: true } : {}), ...extra, ...ends };
      }
      case K_JUMP:
        return { t: "jump", op: opNameOf(w[at + W_OPCODE]!), label: w[at + W_ARG]!, stack: w[at + W_STACK]!, ...extra, ...ends };
      case K_RAW:
        return { t: "raw", byte: w[at + W_BYTE]! };
      case K_LABEL:
        return { t: "label", label: w[at + W_ARG]! };
      case K_STACK:
        return { t: "stack", delta: w[at + W_STACK]! };
      default:
        return { t: "line", line: w[at + W_ARG]!, column: w[at + W_EXTRA]! };
    }
  }

  /** Every instruction as an object. */
  toInstrs(): Instr[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  static from(instrs: readonly Instr[]): Code {
    const c = new Code();
    for (const ins of instrs) c.push(ins);
    return c;
  }
}
