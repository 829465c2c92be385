// Jump sizing: the near-linear settling (compiler/emit/jump-sizing.ts) decides every jump's size as
// py/compile.c's repeated emit passes do, checked against those passes run plainly until the size
// stops changing, on generated layouts dense in jumps near the 1-byte limits, forwards and back.

import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OpName } from "../../bytecode/opcodes.js";
import { Code, type Instr, layOut, sizeJumps } from "../../compiler/emit/assemble.js";

type Piece = { kind: "raw"; n: number } | { kind: "jump"; op: OpName; to: number; ends: boolean } | { kind: "label" };

const JUMP_OPS: OpName[] = ["JUMP", "POP_JUMP_IF_FALSE", "UNWIND_JUMP", "JUMP_IF_TRUE_OR_POP", "SETUP_EXCEPT", "FOR_ITER", "POP_EXCEPT_JUMP"];

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 24 }).map((n) => ({ kind: "raw" as const, n })) },
  {
    weight: 4,
    arbitrary: fc
      .record({ op: fc.constantFrom(...JUMP_OPS), to: fc.integer({ min: -4, max: 8 }), ends: fc.boolean() })
      .map((j) => ({ kind: "jump" as const, ...j, ends: j.ends && j.op === "JUMP" })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "label" as const }) },
);

/** Instructions from pieces: a jump's `to` counts labels from the next one to be placed (mostly near ones, where sizes interact); every label placed once. */
function program(pieces: Piece[]): Instr[] {
  const nLabels = Math.max(1, pieces.filter((p) => p.kind === "label").length);
  const code: Instr[] = [];
  let label = 0;
  for (const p of pieces) {
    if (p.kind === "raw") for (let i = 0; i < p.n; i++) code.push({ t: "raw", byte: 0 });
    else if (p.kind === "label") code.push({ t: "label", label: label++ });
    else {
      const extra = p.op === "UNWIND_JUMP" ? 1 : undefined;
      code.push({ t: "jump", op: p.op, label: Math.min(nLabels - 1, Math.max(0, label + p.to)), stack: 0, ends: p.ends, ...(extra !== undefined ? { extra } : {}) });
    }
  }
  while (label < nLabels) code.push({ t: "label", label: label++ });
  return code;
}

function sized(code: Instr[], plainPasses: number): { size: number; jumps: number[]; small: number[] } | string {
  const layout = layOut(Code.from(code), { qstr: () => 0, obj: () => 0 });
  const jumps = new Int32Array(layout.nJumps);
  const small = new Uint8Array(layout.nJumps);
  try {
    const size = sizeJumps(layout, new Int32Array(layout.nLabels), jumps, small, plainPasses);
    return { size, jumps: [...jumps], small: [...small] };
  } catch (e) {
    return (e as Error).message;
  }
}

describe("jump sizing", () => {
  it("settles to the sizes the plain emit passes reach", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 400 }), fc.integer({ min: 0, max: 3 }), (pieces, plain) => {
        const code = program(pieces);
        expect(sized(code, plain)).toEqual(sized(code, Infinity));
      }),
      { numRuns: 400 },
    );
  });

  it("settles a long run of short branches, which takes the plain passes one pass per 60 jumps", () => {
    const code: Instr[] = [];
    for (let k = 0; k < 3000; k++) {
      code.push({ t: "raw", byte: 0 }, { t: "raw", byte: 0 }, { t: "raw", byte: 0 });
      code.push({ t: "jump", op: "POP_JUMP_IF_FALSE", label: k, stack: 0 });
      code.push({ t: "raw", byte: 0 }, { t: "raw", byte: 0 }, { t: "label", label: k });
    }
    const fast = sized(code, 0);
    expect(fast).toEqual(sized(code, Infinity));
    expect(typeof fast !== "string" && fast.small.every((s) => s === 1)).toBe(true);
  });
});
