// Symbolic code units -> raw code bytes. The one place where jump sizes and label offsets are
// decided: it replays MicroPython's emitter passes (py/emitbc.c) over a scope's instruction list,
// a code-size pass then emit passes until the size stops shrinking, so jumps come out 2 or 3 bytes
// exactly as mpy-cross sizes them, together with the prelude, line-number table and cells.

import { OP } from "../../bytecode/opcodes.js";
import type { ConstObject, SourcePosition } from "../../bytecode/rawcode.js";
import { encodeSint, putUint, uintSize } from "../../bytecode/varint.js";
import { CompileError, InternalError } from "../front/diagnostics.js";
import { settleJumps, type JumpSpec } from "./jump-sizing.js";
import {
  Code, F_CHILD, F_ENDS, F_EXTRA, F_OBJ, F_QSTR, F_SINT, F_UINT, K_JUMP, K_LABEL, K_LINE, K_OP, K_RAW, K_STACK, KIND_MASK, W, W_ARG,
  W_BYTE, W_EXTRA, W_FLAGS, W_OPCODE, W_STACK,
} from "./code.js";

export { Code, type Instr, type OpFields } from "./code.js";

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
export function assemble(code: Code, sig: ScopeSignature, tables: OperandTables): Assembled {
  return finishScope(assembleCode(code, tables), sig);
}

/**
 * A scope's bytecode before its prelude: what assembly needs of the scope's code, without the code.
 * `bytecode` may lie in the assembly room, valid until the room assembles another scope.
 */
export interface AssembledCode {
  readonly stackSize: number;
  readonly bytecode: Uint8Array;
  readonly lineInfo: number[];
  readonly positions: SourcePosition[];
}

/**
 * Sizes jumps and writes a scope's bytecode and line table. The prelude, which needs the scope's
 * signature, is added by finishScope: the code can be assembled, and its instructions let go, as
 * soon as the scope's operands are in the tables.
 */
export function assembleCode(code: Code, tables: OperandTables, room = new AssemblyRoom()): AssembledCode {
  const layout = layOut(code, tables, room);
  const stackSize = layout.stackSize;
  if (stackSize > 0xffff) throw new CompileError("stackTooLarge", 0);
  // As in py/emitbc.c: the stack-size pass lays code out with every jump at its largest, then
  // the code-size pass and each emit pass size jumps from the offsets known at that moment.
  // py/compile.c repeats the emit pass until neither the bytecode nor the code info changes size,
  // with no limit: sizes only shrink (each jump's offset can only get smaller), so it ends, and
  // equal sizes mean equal offsets, so the code info is then equal too. A function of thousands of
  // branches takes one pass per some 60 of them: after a few plain passes (which move offsets
  // only), sizeJumps settles the rest in near-linear time, and the bytes are written once.
  const jumps = room.jumps = atLeast(room.jumps, layout.nJumps);
  const small = room.small = atLeast(room.small, layout.nJumps);
  // A label never placed reads as 0, as in a new buffer (and one past the last placed, as past its end).
  const labels = layout.maxTarget < layout.nLabels ? (room.labels = atLeast(room.labels, layout.nLabels)).fill(0, 0, layout.nLabels) : new Int32Array(layout.nLabels);
  const prevSize = sizeJumps(layout, labels, jumps, small, PLAIN_PASSES);
  const out = room.bytes = atLeast(room.bytes, prevSize);
  const r = encodePass(code, layout.operands, jumps, small, out.subarray(0, prevSize));
  // A 2-byte jump offset holds 15 bits; mpy-cross refuses code whose jumps need more.
  if (r.overflow) throw new CompileError("bytecodeOverflow", 0);
  return { stackSize, bytecode: r.bytecode, lineInfo: r.lineInfo, positions: r.positions };
}

/**
 * Working buffers of assembly, kept from scope to scope of a module: a buffer made for every scope was
 * a good part of assembly's time. Each is written before it is read, so what an earlier scope left does
 * not matter.
 */
export class AssemblyRoom {
  items = new Int32Array(512);
  operands = new Int32Array(256);
  jumps = new Int32Array(64);
  small = new Uint8Array(64);
  labels = new Int32Array(64);
  /** The bytecode, until the scope is finished (finishScope copies it after its prelude). */
  bytes = new Uint8Array(1024);

  /** Entries held, all buffers together. */
  size(): number {
    return this.items.length + this.operands.length + this.jumps.length + this.small.length + this.labels.length + this.bytes.length;
  }
}

/** `buf` if it holds `n` entries, else a larger one of its kind. */
function atLeast<T extends Int32Array | Uint8Array>(buf: T, n: number): T {
  if (buf.length >= n) return buf;
  const size = Math.max(n, 2 * buf.length);
  return (buf instanceof Int32Array ? new Int32Array(size) : new Uint8Array(size)) as T;
}

/** The scope's raw code: prelude (signature, code info, cells), then the bytecode. */
export function finishScope(a: AssembledCode, sig: ScopeSignature): Assembled {
  let nState = sig.numLocals + a.stackSize;
  if (nState === 0) nState = 1;
  return { data: finish(a, sig, nState), stackSize: a.stackSize, positions: a.positions };
}

/**
 * A scope's instructions as the sizing passes see them, flat (kind at 2i, value at 2i+1): runs of
 * bytes of fixed size, labels and jumps, leaving out the code that follows an unconditional jump up
 * to the next label, as the emitter leaves it out. Qstr and constant operands are resolved here,
 * which fixes the tables' order of first use.
 */
export interface Layout {
  readonly items: Int32Array;
  readonly nItems: number;
  readonly nLabels: number;
  readonly nJumps: number;
  /** The largest label a jump goes to. */
  readonly maxTarget: number;
  /** The table index of each instruction's qstr or constant operand. */
  readonly operands: Int32Array;
  /** The deepest the stack gets: each instruction's stack effect summed in order. */
  readonly stackSize: number;
}

const FIXED = 0;
const LABEL = 1;
/** A jump to the label in its value, with an offset that is signed unless UNSIGNED is added; EXTRA: a byte follows. */
const JUMP = 2;
const UNSIGNED = 1;
const EXTRA = 2;

/** py/bc.h's signed jumps are the opcodes up to POP_JUMP_IF_FALSE. */
const LAST_SIGNED_JUMP = OP.POP_JUMP_IF_FALSE.code;
const isSignedCode = (code: number) => code <= LAST_SIGNED_JUMP;

export function layOut(code: Code, tables: OperandTables, room = new AssemblyRoom()): Layout {
  let items = room.items;
  let n = 0;
  let run = 0;
  let nLabels = 0;
  let nJumps = 0;
  let maxTarget = -1;
  const operands = room.operands = atLeast(room.operands, code.length);
  const add = (kind: number, value: number) => {
    if (run > 0 && kind !== FIXED) {
      const r = run;
      run = 0;
      add(FIXED, r);
    }
    if (2 * n + 2 > items.length) {
      const bigger = new Int32Array(items.length * 2);
      bigger.set(items);
      items = bigger;
    }
    items[2 * n] = kind;
    items[2 * n + 1] = value;
    n++;
  };
  let suppress = false;
  let depth = 0;
  let maxDepth = 0;
  const w = code.words;
  for (let k = 0; k < code.length; k++) {
    const at = k * W;
    const flags = w[at + W_FLAGS]!;
    const kind = flags & KIND_MASK;
    // The stack depth (the deepest is the scope's stack size), in the same walk.
    const d = kind === K_OP || kind === K_JUMP || kind === K_STACK ? w[at + W_STACK]! : 0;
    if (d !== 0) {
      depth += d;
      if (depth < 0) throw new InternalError(`stack underflow`);
      if (depth > maxDepth) maxDepth = depth;
    }
    switch (kind) {
      case K_LABEL: {
        const label = w[at + W_ARG]!;
        suppress = false;
        if (label >= nLabels) nLabels = label + 1;
        add(LABEL, label);
        break;
      }
      case K_RAW:
        if (!suppress) run++;
        break;
      case K_JUMP:
        if (suppress) break;
        add(JUMP + (isSignedCode(w[at + W_OPCODE]!) ? 0 : UNSIGNED) + (flags & F_EXTRA ? EXTRA : 0), w[at + W_ARG]!);
        if (w[at + W_ARG]! > maxTarget) maxTarget = w[at + W_ARG]!;
        nJumps++;
        if (flags & F_ENDS) suppress = true;
        break;
      case K_OP: {
        const arg = w[at + W_ARG]!;
        if (flags & F_QSTR) {
          const q = (operands[k] = tables.qstr(code.strs[arg]!));
          if (!suppress) run += 1 + uintSize(q);
        } else if (!suppress) {
          let size = 1;
          if (flags & (F_UINT | F_CHILD)) size += uintSize(arg);
          else if (flags & F_SINT) size += sintSize(code.bigs[arg]!);
          else if (flags & F_OBJ) size += uintSize((operands[k] = tables.obj(code.objs[arg]!)));
          if (flags & F_EXTRA) size++;
          run += size;
        }
        if (flags & F_ENDS) suppress = true;
        break;
      }
    }
  }
  if (run > 0) add(FIXED, run);
  room.items = items;
  if (depth !== 0) throw new InternalError(`stack not balanced at end of scope (${depth})`);
  return { items, nItems: n, nLabels, nJumps, maxTarget, operands, stackSize: maxDepth };
}

/**
 * One emit pass over the layout: places labels and sizes each jump from the offsets known now (a
 * label behind the jump from this pass, one ahead from the pass before), as py/emitbc.c does.
 * Records each jump's offset and whether it takes the 1-byte form; returns the bytecode's size.
 */
function sizePass(layout: Layout, labels: Int32Array, jumps: Int32Array, small: Uint8Array, allLarge: boolean): number {
  const items = layout.items;
  let pos = 0;
  let j = 0;
  for (let i = 0; i < layout.nItems; i++) {
    const kind = items[2 * i]!;
    const value = items[2 * i + 1]!;
    if (kind === FIXED) pos += value;
    else if (kind === LABEL) labels[value] = pos;
    else {
      const flags = kind - JUMP;
      let isSmall = false;
      let off = 0;
      if (!allLarge) {
        off = labels[value]! - pos - 2;
        isSmall = (flags & UNSIGNED) === 0 ? off >= -64 && off <= 63 : off >= 0 && off <= 127;
        if (!isSmall) {
          off -= 1;
          if (small[j] === 1) throw new InternalError("jump sizes grew between passes");
        }
      }
      jumps[j] = off;
      small[j] = isSmall ? 1 : 0;
      j++;
      pos += (isSmall ? 2 : 3) + ((flags & EXTRA) !== 0 ? 1 : 0);
    }
  }
  return pos;
}

/** Emit passes run plainly before the rest is left to settleJumps (most scopes settle in 2 or 3). */
const PLAIN_PASSES = 6;

/**
 * Runs the stack-size, code-size and emit passes until the size settles, as py/compile.c does,
 * leaving in `jumps` and `small` each jump's offset and form as the last pass wrote them; returns
 * the bytecode's size. After `plainPasses` emit passes, the remaining passes are settled by
 * settleJumps, which decides the same sizes in near-linear time; one more plain pass then checks
 * that nothing changes and writes the offsets. `plainPasses` is Infinity only in tests.
 */
export function sizeJumps(layout: Layout, labels: Int32Array, jumps: Int32Array, small: Uint8Array, plainPasses: number): number {
  sizePass(layout, labels, jumps, small, true);
  let prevSize = -1;
  for (let pass = 0; ; pass++) {
    if (pass === plainPasses) {
      const specs = jumpSpecs(layout);
      if (specs !== null) {
        settleJumps(specs, small);
        const settled = placeLabels(layout, labels, small);
        const size = sizePass(layout, labels, jumps, small, false);
        if (size !== settled) throw new InternalError("settled jump sizes are not a fixed point of the emit pass");
        return size;
      }
    }
    const size = sizePass(layout, labels, jumps, small, false);
    if (size === prevSize) return size;
    prevSize = size;
  }
}

/** Each jump's place in the all-large layout and its label's, or null if a label is not placed. */
function jumpSpecs(layout: Layout): JumpSpec[] | null {
  const items = layout.items;
  const labelBase = new Int32Array(layout.nLabels).fill(-1);
  const labelJumps = new Int32Array(layout.nLabels);
  let pos = 0;
  let j = 0;
  for (let i = 0; i < layout.nItems; i++) {
    const kind = items[2 * i]!;
    const value = items[2 * i + 1]!;
    if (kind === FIXED) pos += value;
    else if (kind === LABEL) {
      labelBase[value] = pos;
      labelJumps[value] = j;
    } else {
      pos += 3 + ((kind - JUMP) & EXTRA ? 1 : 0);
      j++;
    }
  }
  const specs: JumpSpec[] = [];
  pos = 0;
  for (let i = 0; i < layout.nItems; i++) {
    const kind = items[2 * i]!;
    const value = items[2 * i + 1]!;
    if (kind === FIXED) pos += value;
    else if (kind !== LABEL) {
      if (labelBase[value]! < 0) return null;
      const flags = kind - JUMP;
      specs.push({ base: pos, labelBase: labelBase[value]!, labelJumps: labelJumps[value]!, signed: (flags & UNSIGNED) === 0 });
      pos += 3 + (flags & EXTRA ? 1 : 0);
    }
  }
  return specs;
}

/** Places the labels for the given jump forms, as the pass that left them would; returns the size. */
function placeLabels(layout: Layout, labels: Int32Array, small: Uint8Array): number {
  const items = layout.items;
  let pos = 0;
  let j = 0;
  for (let i = 0; i < layout.nItems; i++) {
    const kind = items[2 * i]!;
    const value = items[2 * i + 1]!;
    if (kind === FIXED) pos += value;
    else if (kind === LABEL) labels[value] = pos;
    else pos += (small[j++] === 1 ? 2 : 3) + ((kind - JUMP) & EXTRA ? 1 : 0);
  }
  return pos;
}

/** Bytes of LOAD_CONST_SMALL_INT's operand (encodeSint). */
function sintSize(value: bigint): number {
  let n = 1;
  let v = value;
  for (;;) {
    const g = Number(v & 127n);
    v >>= 7n;
    if ((v === 0n && (g & 0x40) === 0) || (v === -1n && (g & 0x40) !== 0)) return n;
    n++;
  }
}

interface PassResult {
  /** Some jump's offset did not fit its 2-byte encoding. */
  readonly overflow: boolean;
  readonly bytecode: Uint8Array;
  readonly lineInfo: number[];
  readonly positions: SourcePosition[];
}

/**
 * The last emit pass: writes the bytes into `out` (of the size the sizing passes found), with each
 * jump as the last sizing pass left it, and the line table.
 */
function encodePass(code: Code, operands: Int32Array, jumps: Int32Array, small: Uint8Array, out: Uint8Array): PassResult {
  const size = out.length;
  const lineInfo: number[] = [];
  const positions: SourcePosition[] = [];
  let at = 0;
  let j = 0;
  let suppress = false;
  let overflow = false;
  let lastLine = 1;
  let lastLineOffset = 0;
  const w = code.words;
  for (let k = 0; k < code.length; k++) {
    const i = k * W;
    const flags = w[i + W_FLAGS]!;
    switch (flags & KIND_MASK) {
      case K_LABEL:
        suppress = false;
        break;
      case K_STACK:
        break;
      case K_LINE: {
        const line = w[i + W_ARG]!;
        if (line > lastLine) {
          encodeLines(at - lastLineOffset, line - lastLine, lineInfo);
          lastLineOffset = at;
          lastLine = line;
        }
        if (!suppress) positions.push({ offset: at, line, column: w[i + W_EXTRA]! });
        break;
      }
      case K_RAW:
        if (!suppress) out[at++] = w[i + W_BYTE]!;
        break;
      case K_JUMP: {
        if (suppress) break;
        const signed = isSignedCode(w[i + W_OPCODE]!);
        const off = jumps[j]!;
        out[at++] = w[i + W_BYTE]!;
        if (small[j] === 1) {
          out[at++] = signed ? off + 0x40 : off;
        } else {
          const v = signed ? off + 0x4000 : off;
          if (v < 0 || v > 0x7fff) overflow = true;
          out[at++] = 0x80 | (v & 0x7f);
          out[at++] = (v >> 7) & 0xff;
        }
        j++;
        if (flags & F_EXTRA) out[at++] = w[i + W_EXTRA]!;
        if (flags & F_ENDS) suppress = true;
        break;
      }
      case K_OP: {
        if (!suppress) {
          out[at++] = w[i + W_BYTE]!;
          if (flags & (F_QSTR | F_OBJ)) at = putUint(operands[k]!, out, at);
          else if (flags & (F_UINT | F_CHILD)) at = putUint(w[i + W_ARG]!, out, at);
          else if (flags & F_SINT) {
            const bytes: number[] = [];
            encodeSint(code.bigs[w[i + W_ARG]!]!, bytes);
            out.set(bytes, at);
            at += bytes.length;
          }
          if (flags & F_EXTRA && !(flags & F_QSTR)) out[at++] = w[i + W_EXTRA]!;
        }
        if (flags & F_ENDS) suppress = true;
        break;
      }
    }
  }
  if (at !== size) throw new InternalError(`assembled ${at} bytes where ${size} were laid out`);
  return { overflow, bytecode: out, lineInfo, positions };
}

function finish(r: AssembledCode, sig: ScopeSignature, nState: number): Uint8Array {
  const pre: number[] = [];
  encodeSig(nState, sig, pre);
  // The code info: the name, the argument names, the line table; written in place once sized.
  let nInfo = uintSize(sig.nameQstr);
  for (const q of sig.argNameQstrs) nInfo += uintSize(q);
  if (sig.emitLines) nInfo += r.lineInfo.length;
  encodeSize(nInfo, sig.cells.length, pre);
  const codeStart = pre.length + nInfo + sig.cells.length;
  for (const p of r.positions) (p as { offset: number }).offset += codeStart;
  const data = new Uint8Array(codeStart + r.bytecode.length);
  data.set(pre, 0);
  let at = putUint(sig.nameQstr, data, pre.length);
  for (const q of sig.argNameQstrs) at = putUint(q, data, at);
  if (sig.emitLines) data.set(r.lineInfo, at);
  data.set(sig.cells, codeStart - sig.cells.length);
  data.set(r.bytecode, codeStart);
  return data;
}
