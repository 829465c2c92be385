// The frames expression code generation runs from (expressions.ts): a stack of our own in place of
// the recursion py/compile.c does over an expression's parse tree. Takes nothing; gives the stack and
// its frame types.

/** An expression node at a step; a condition to jump on; a label to place; a jump on the top value; call arguments; defaults. */
export const T_EXPR = 0;
export const T_COND = 1;
export const T_LABEL = 2;
export const T_JUMP = 3;
export const T_ARGS = 4;
export const T_DEFAULTS = 5;

/**
 * The frames still to run, in four parallel stacks (no object per frame): what the frame works on, its
 * type and step (step * 8 + type), a number and an object it keeps from step to step. A frame ends
 * its step by pushing its next step and then the parts to compile before it, last part first.
 * The stacks hold `length` frames; entries above it are stale and never read (popping a frame
 * does not shrink the arrays, which was a good part of the cost of a frame).
 */
export class Frames {
  readonly node: unknown[] = [];
  readonly st: number[] = [];
  readonly a: number[] = [];
  readonly o: unknown[] = [];
  length = 0;

  /** Drops the frames an error left behind. */
  clear(): void {
    this.length = 0;
  }

  push(node: unknown, type: number, step: number, a: number, o: unknown): void {
    const k = this.length++;
    this.node[k] = node;
    this.st[k] = step * 8 + type;
    this.a[k] = a;
    this.o[k] = o;
  }

  /** Compile `e` before what was pushed so far. */
  expr(e: unknown): void {
    this.push(e, T_EXPR, 0, 0, null);
  }

  /** Go on with this node's step `step` once the parts pushed after it are compiled. */
  then(node: unknown, step: number, a = 0, o: unknown = null): void {
    this.push(node, T_EXPR, step, a, o);
  }

  cond(e: unknown, jumpIf: boolean, label: number): void {
    this.push(e, T_COND, jumpIf ? 1 : 0, label, null);
  }
}
