// A scope's jump layout -> which jumps take the 1-byte offset form, exactly as the repeated emit
// passes of py/emitbc.c and py/compile.c decide it, without running every pass over every jump.
// Used by the assembler (compiler/emit/assemble.ts) when the plain passes do not settle quickly.
//
// In each emit pass, a jump to a label ahead of it measures from the label's offset in the pass
// before, so it sees `d + m`: d its distance in the previous pass's layout, m the number of jumps
// that shrank earlier in this pass; a jump back measures in the current layout. A long run of
// branches thus shrinks some 60 jumps a pass, and plain passes cost O(jumps * passes). Here each
// pass visits only the jumps that shrink in it: a max-tree over the jumps finds the next one whose
// slack (how far its measure may grow and still fit) is at least m, and a shrinking jump updates
// only the few jumps near it whose ranges hold it. A jump that could not fit even with every jump
// in its range shrunk is left out at the start: that bounds the ranges, so updates stay local.

import { InternalError } from "../front/diagnostics.js";

/** One jump of the layout, in code order. */
export interface JumpSpec {
  /** Offset of the jump in the layout with every jump at 3 bytes (the stack-size pass's). */
  readonly base: number;
  /** The label's offset in that layout, and how many jumps come before the label. */
  readonly labelBase: number;
  readonly labelJumps: number;
  readonly signed: boolean;
}

const NEG = -(2 ** 30);
const BIG = 2 ** 30;

/**
 * The jumps that end up 1-byte (small[j] = 1) after the passes py/compile.c runs until the code
 * size stops changing. Throws an InternalError if a jump would grow between passes (mpy-cross
 * asserts that code only shrinks).
 */
export function settleJumps(jumps: readonly JumpSpec[], small: Uint8Array): void {
  const n = jumps.length;
  // Forward jump: `measure` is its offset in the previous pass's layout (d). Backward: its offset
  // in the current layout. Each is updated as jumps in its range shrink.
  const measure = new Int32Array(n);
  const forward = new Uint8Array(n);
  const tracked = new Uint8Array(n);
  let span = 0;
  for (let j = 0; j < n; j++) {
    const s = jumps[j]!;
    const off = s.labelBase - s.base - 2;
    measure[j] = off;
    small[j] = 0;
    if (s.labelJumps > j) {
      forward[j] = 1;
      // Fits at best when every jump from this one to the label is 1 byte and none shrank before it.
      if (off - (s.labelJumps - j) <= (s.signed ? 63 : 127)) {
        tracked[j] = 1;
        span = Math.max(span, s.labelBase - s.base);
      }
    } else if (s.signed && off + (j - s.labelJumps) >= -64) {
      tracked[j] = 1;
      span = Math.max(span, s.base - s.labelBase);
    }
  }
  let size = 1;
  while (size < n) size *= 2;
  // maxTree: a large tracked jump's slack (forward) or BIG/NEG (backward fits or not); minTree: a
  // small forward jump's slack, which must stay at least m in every pass.
  const maxTree = new Int32Array(2 * size).fill(NEG);
  const minTree = new Int32Array(2 * size).fill(BIG);
  const slackOf = (j: number) => (jumps[j]!.signed ? 63 : 127) - measure[j]!;
  const set = (tree: Int32Array, j: number, v: number, max: boolean) => {
    let i = j + size;
    tree[i] = v;
    for (i >>= 1; i >= 1; i >>= 1) {
      const a = tree[2 * i]!;
      const b = tree[2 * i + 1]!;
      tree[i] = max ? (a > b ? a : b) : a < b ? a : b;
    }
  };
  for (let j = 0; j < n; j++) {
    if (tracked[j]) maxTree[j + size] = forward[j] ? slackOf(j) : measure[j]! >= -64 ? BIG : NEG;
  }
  for (let i = size - 1; i >= 1; i--) {
    maxTree[i] = Math.max(maxTree[2 * i]!, maxTree[2 * i + 1]!);
  }

  /** The first jump at or after `from` whose maxTree value is at least m, or -1. */
  const firstAtLeast = (from: number, m: number): number => {
    if (from >= n) return -1;
    let i = from + size;
    for (;;) {
      if (maxTree[i]! >= m) {
        while (i < size) {
          i *= 2;
          if (maxTree[i]! < m) i++;
        }
        return i - size;
      }
      while (i & 1) i >>= 1;
      if (i === 0) return -1;
      i++;
    }
  };
  /** The least minTree value over jumps [from, to). */
  const minOver = (from: number, to: number): number => {
    let r = BIG;
    for (let a = from + size, b = to + size; a < b; a >>= 1, b >>= 1) {
      if (a & 1) r = Math.min(r, minTree[a++]!);
      if (b & 1) r = Math.min(r, minTree[--b]!);
    }
    return r;
  };
  /** Jump q shrinks: the tracked jumps whose ranges hold it see it. */
  const shrink = (q: number) => {
    small[q] = 1;
    set(maxTree, q, NEG, true);
    const bq = jumps[q]!.base;
    // Forward jumps at or before q whose label lies beyond it measure 1 less from the next pass.
    for (let k = q; k >= 0 && bq - jumps[k]!.base <= span; k--) {
      if (!tracked[k] || !forward[k] || jumps[k]!.labelJumps <= q) continue;
      measure[k]--;
      if (small[k]) set(minTree, k, slackOf(k), false);
      else set(maxTree, k, slackOf(k), true);
    }
    // Backward jumps after q whose label lies at or before it come 1 closer, in this pass already.
    for (let k = q + 1; k < n && jumps[k]!.base - bq <= span; k++) {
      if (!tracked[k] || forward[k] || small[k] || jumps[k]!.labelJumps > q) continue;
      measure[k]++;
      if (measure[k]! >= -64) set(maxTree, k, BIG, true);
    }
  };

  for (;;) {
    let m = 0;
    let from = 0;
    for (;;) {
      const j = firstAtLeast(from, m);
      if (minOver(from, j < 0 ? n : j) < m) throw new InternalError("jump sizes grew between passes");
      if (j < 0) break;
      shrink(j);
      m++;
      from = j + 1;
    }
    if (m === 0) return;
  }
}
