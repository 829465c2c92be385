// Symbolic code units -> raw code bytes. The one place where jump sizes and label offsets are
// decided: it replays MicroPython's emitter passes (py/emitbc.c) over a scope's instruction list,
// a code-size pass then emit passes until the size stops shrinking, so jumps come out 2 or 3 bytes
// exactly as mpy-cross sizes them, together with the prelude, line-number table and cells.

import { OP, type OpName } from "../../bytecode/opcodes.js";
import type { ConstObject, SourcePosition } from "../../bytecode/rawcode.js";
import { encodeSint, encodeUint } from "../../bytecode/varint.js";
import { CompileError, InternalError } from "../front/diagnostics.js";

/** One symbolic instruction of a scope, as the code generator emits it. */
export type Instr =
  | {
      readonly t: "op";
      readonly op: OpName;
      /** Stack adjustment as py/emitbc.c counts it. */
      readonly stack: number;
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
  | { readonly t: "jump"; readonly op: OpName; readonly label: number; readonly stack: number; readonly extra?: number; readonly ends?: boolean }
  | { readonly t: "raw"; readonly byte: number }
  | { readonly t: "label"; readonly label: number }
  | { readonly t: "stack"; readonly delta: number }
  | { readonly t: "line"; readonly line: number; readonly column: number };

/** What the prelude needs to know about the scope. */
export interface ScopeSignature {
  readonly scopeFlags: number;
  readonly nPosArgs: number;
  readonly nKwonlyArgs: number;
  readonly nDefPosArgs: number;
  readonly numLocals: number;
  readonly excStackSize: number;
  readonly nameQstr: number;
  readonly argNameQstrs: readonly number[];
  readonly cells: readonly number[];
  readonly emitLines: boolean;
}

export interface Assembled {
  readonly data: Uint8Array;
  readonly stackSize: number;
  readonly positions: SourcePosition[];
}

/** Resolves qstr and constant operands to table indices (decided before assembly). */
export interface OperandTables {
  qstr(s: string): number;
  obj(o: ConstObject): number;
}

export function stackSizeOf(code: readonly Instr[]): number {
  let depth = 0;
  let max = 0;
  for (const ins of code) {
    const d = ins.t === "op" || ins.t === "jump" ? ins.stack : ins.t === "stack" ? ins.delta : 0;
    depth += d;
    if (depth < 0) throw new InternalError(`stack underflow`);
    if (depth > max) max = depth;
  }
  if (depth !== 0) throw new InternalError(`stack not balanced at end of scope (${depth})`);
  return max;
}

function encodeSig(nState: number, sig: ScopeSignature, out: number[]): void {
  let S = nState - 1;
  let E = sig.excStackSize;
  let F = sig.scopeFlags & 0x0f;
  let A = sig.nPosArgs;
  let K = sig.nKwonlyArgs;
  let D = sig.nDefPosArgs;
  let z = ((S & 0xf) << 3) | ((E & 1) << 2) | (A & 3);
  S >>= 4;
  E >>= 1;
  A >>= 2;
  while (S | E | F | A | K | D) {
    out.push(0x80 | z);
    z = ((F & 1) << 6) | ((S & 3) << 4) | ((K & 1) << 3) | ((A & 1) << 2) | ((E & 1) << 1) | (D & 1);
    S >>= 2;
    E >>= 1;
    F >>= 1;
    A >>= 1;
    K >>= 1;
    D >>= 1;
  }
  out.push(z);
}

function encodeSize(nInfo: number, nCell: number, out: number[]): void {
  let I = nInfo;
  let C = nCell;
  do {
    let z = ((I & 0x3f) << 1) | (C & 1);
    C >>= 1;
    I >>= 6;
    if (C | I) z |= 0x80;
    out.push(z);
  } while (C | I);
}

function encodeLines(bytesToSkip: number, linesToSkip: number, out: number[]): void {
  while (bytesToSkip > 0 || linesToSkip > 0) {
    let b: number;
    let l: number;
    if (linesToSkip <= 6 || bytesToSkip > 0xf) {
      b = Math.min(bytesToSkip, 0x1f);
      l = b < bytesToSkip ? 0 : Math.min(linesToSkip, 3);
      out.push(b | (l << 5));
    } else {
      b = Math.min(bytesToSkip, 0xf);
      l = Math.min(linesToSkip, 0x7ff);
      out.push(0x80 | b | ((l >> 4) & 0x70), l & 0xff);
    }
    bytesToSkip -= b;
    linesToSkip -= l;
  }
}

/** Assembles one scope. Label ids must be dense, starting at 0. */
export function assemble(code: readonly Instr[], sig: ScopeSignature, tables: OperandTables): Assembled {
  const stackSize = stackSizeOf(code);
  if (stackSize > 0xffff) throw new CompileError("stackTooLarge", 0);
  let nState = sig.numLocals + stackSize;
  if (nState === 0) nState = 1;
  let nLabels = 0;
  for (const ins of code) if (ins.t === "label" && ins.label >= nLabels) nLabels = ins.label + 1;
  // As in py/emitbc.c: the stack-size pass lays code out with every jump at its largest, then
  // the code-size pass and each emit pass size jumps from the offsets known at that moment.
  const labels = new Array<number>(nLabels).fill(0);
  // Table indices are taken in the first pass (which fixes the order of first use) and reused after.
  const operands = new Array<number>(code.length);
  runPass(code, labels, tables, true, operands);
  // py/compile.c repeats the emit pass until neither the bytecode nor the code info changes size,
  // with no limit: sizes only shrink (each jump's offset can only get smaller), so it ends. A
  // function of thousands of branches can take thousands of passes, as in mpy-cross.
  let prevSize = -1;
  let prevInfo = -1;
  for (;;) {
    const r = runPass(code, labels, tables, false, operands);
    if (r.bytecode.length === prevSize && r.lineInfo.length === prevInfo) {
      // A 2-byte jump offset holds 15 bits; mpy-cross refuses code whose jumps need more.
      if (r.overflow) throw new CompileError("bytecodeOverflow", 0);
      return { data: finish(r, sig, nState), stackSize, positions: r.positions };
    }
    if (prevSize >= 0 && (r.bytecode.length > prevSize || r.lineInfo.length > prevInfo)) throw new InternalError("jump sizes grew between passes");
    prevSize = r.bytecode.length;
    prevInfo = r.lineInfo.length;
  }
}

interface PassResult {
  /** Some jump's offset did not fit its 2-byte encoding. */
  readonly overflow: boolean;
  readonly bytecode: number[];
  readonly lineInfo: number[];
  readonly positions: SourcePosition[];
}

function runPass(code: readonly Instr[], labels: number[], tables: OperandTables, allLarge: boolean, operands: number[]): PassResult {
  const out: number[] = [];
  const lineInfo: number[] = [];
  const positions: SourcePosition[] = [];
  let suppress = false;
  let overflow = false;
  let lastLine = 1;
  let lastLineOffset = 0;
  for (let k = 0; k < code.length; k++) {
    const ins = code[k]!;
    switch (ins.t) {
      case "label":
        suppress = false;
        labels[ins.label] = out.length;
        break;
      case "stack":
        break;
      case "line":
        if (ins.line > lastLine) {
          encodeLines(out.length - lastLineOffset, ins.line - lastLine, lineInfo);
          lastLineOffset = out.length;
          lastLine = ins.line;
        }
        if (!suppress && !allLarge) positions.push({ offset: out.length, line: ins.line, column: ins.column });
        break;
      case "raw":
        if (!suppress) out.push(ins.byte);
        break;
      case "jump": {
        if (suppress) break;
        const code0 = OP[ins.op].code;
        const signed = code0 <= OP.POP_JUMP_IF_FALSE.code;
        let size = 1;
        let off = 0;
        if (!allLarge) {
          off = labels[ins.label]! - out.length - 2;
          if ((signed && off >= -64 && off <= 63) || (!signed && off >= 0 && off <= 127)) size = 0;
          off -= size;
        }
        out.push(code0);
        if (size === 0) {
          out.push(signed ? off + 0x40 : off);
        } else {
          const v = signed ? off + 0x4000 : off;
          if (!allLarge && (v < 0 || v > 0x7fff)) overflow = true;
          out.push(0x80 | (v & 0x7f), (v >> 7) & 0xff);
        }
        if (ins.extra !== undefined) out.push(ins.extra);
        if (ins.ends) suppress = true;
        break;
      }
      case "op": {
        if (ins.qstr !== undefined) {
          const q = allLarge ? (operands[k] = tables.qstr(ins.qstr)) : operands[k]!;
          if (!suppress) {
            out.push(ins.byte ?? OP[ins.op].code);
            encodeUint(q, out);
          }
        } else if (!suppress) {
          out.push(ins.byte ?? OP[ins.op].code);
          if (ins.uint !== undefined) encodeUint(ins.uint, out);
          else if (ins.sint !== undefined) encodeSint(ins.sint, out);
          else if (ins.obj !== undefined) encodeUint(allLarge ? (operands[k] = tables.obj(ins.obj)) : operands[k]!, out);
          else if (ins.child !== undefined) encodeUint(ins.child, out);
          if (ins.extra !== undefined) out.push(ins.extra);
        }
        if (ins.ends) suppress = true;
        break;
      }
    }
  }
  return { overflow, bytecode: out, lineInfo, positions };
}

function finish(r: PassResult, sig: ScopeSignature, nState: number): Uint8Array {
  const pre: number[] = [];
  encodeSig(nState, sig, pre);
  const info: number[] = [];
  encodeUint(sig.nameQstr, info);
  for (const q of sig.argNameQstrs) encodeUint(q, info);
  if (sig.emitLines) for (const b of r.lineInfo) info.push(b);
  encodeSize(info.length, sig.cells.length, pre);
  const all = [...pre, ...info, ...sig.cells];
  const codeStart = all.length;
  for (const p of r.positions) (p as { offset: number }).offset += codeStart;
  return Uint8Array.from([...all, ...r.bytecode]);
}
