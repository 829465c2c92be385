// Decoding of a bytecode function's prelude and line table (py/bc.h MP_BC_PRELUDE_SIG_DECODE,
// MP_BC_PRELUDE_SIZE_DECODE, py/bc.c line lookup), shared by the .mpy validator, the
// disassembler and the runtime. Returns null rather than reading past the data.

import { decodeUint } from "./varint.js";

export interface Prelude {
  readonly nState: number;
  readonly nExcStack: number;
  readonly scopeFlags: number;
  readonly nPosArgs: number;
  readonly nKwonlyArgs: number;
  readonly nDefPosArgs: number;
  /** Bytes of the info section (name, argument names, line table). */
  readonly nInfo: number;
  readonly nCell: number;
  /** Qstr-table indices of the function name and its argument names. */
  readonly nameQstr: number;
  readonly argQstrs: readonly number[];
  /** Offsets into the data: line table [start, end), cell bytes, first opcode. */
  readonly lineInfoStart: number;
  readonly lineInfoEnd: number;
  readonly cells: readonly number[];
  readonly codeStart: number;
}

export function decodePrelude(data: Uint8Array): Prelude | null {
  let ip = 0;
  const next = (): number | null => (ip < data.length ? data[ip++]! : null);
  // Signature: xSSSSEAA then xFSSKAED groups while the high bit is set.
  let z = next();
  if (z === null) return null;
  let S = (z >> 3) & 0xf;
  let E = (z >> 2) & 1;
  let F = 0;
  let A = z & 3;
  let K = 0;
  let D = 0;
  for (let n = 0; z & 0x80; n++) {
    if (n > 10) return null;
    z = next();
    if (z === null) return null;
    S |= ((z >> 4) & 3) << (2 * n + 4);
    E |= ((z >> 1) & 1) << (n + 1);
    F |= ((z >> 6) & 1) << n;
    A |= ((z >> 2) & 1) << (n + 2);
    K |= ((z >> 3) & 1) << n;
    D |= (z & 1) << n;
  }
  // Size: xIIIIIIC groups.
  let I = 0;
  let C = 0;
  for (let n = 0; ; n++) {
    if (n > 10) return null;
    const b = next();
    if (b === null) return null;
    I |= ((b >> 1) & 0x3f) << (6 * n);
    C |= (b & 1) << n;
    if (!(b & 0x80)) break;
  }
  const infoStart = ip;
  const infoEnd = infoStart + I;
  if (infoEnd + C > data.length) return null;
  const name = decodeUint(data, ip, 0xffff);
  if (!name || name.next > infoEnd) return null;
  ip = name.next;
  const args: number[] = [];
  for (let i = 0; i < A + K; i++) {
    const a = decodeUint(data, ip, 0xffff);
    if (!a || a.next > infoEnd) return null;
    args.push(a.value);
    ip = a.next;
  }
  const cells = Array.from(data.subarray(infoEnd, infoEnd + C));
  return {
    nState: S + 1,
    nExcStack: E,
    scopeFlags: F,
    nPosArgs: A,
    nKwonlyArgs: K,
    nDefPosArgs: D,
    nInfo: I,
    nCell: C,
    nameQstr: name.value,
    argQstrs: args,
    lineInfoStart: ip,
    lineInfoEnd: infoEnd,
    cells,
    codeStart: infoEnd + C,
  };
}

/** The line table as (bytecode offset from codeStart, line) pairs, in order. */
export function decodeLineInfo(data: Uint8Array, p: Prelude): { offset: number; line: number }[] {
  const out: { offset: number; line: number }[] = [];
  let offset = 0;
  let line = 1;
  for (let i = p.lineInfoStart; i < p.lineInfoEnd; ) {
    const c = data[i]!;
    let b: number;
    let l: number;
    if (c & 0x80) {
      b = c & 0xf;
      l = ((c << 4) & 0x700) | (data[i + 1] ?? 0);
      i += 2;
    } else {
      b = c & 0x1f;
      l = c >> 5;
      i += 1;
    }
    offset += b;
    line += l;
    out.push({ offset, line });
  }
  return out;
}

/** The source line of the instruction at `offset` (from codeStart), as MicroPython computes it. */
export function lineOfOffset(data: Uint8Array, p: Prelude, offset: number): number {
  let line = 1;
  for (const e of decodeLineInfo(data, p)) {
    // An entry applies once the offset has reached it (py/bc.h mp_bytecode_get_source_line).
    if (e.offset > offset) break;
    line = e.line;
  }
  return line;
}
