// The .mpy writer and reader agree on every qstr and constant table: random tables (unicode and
// lone-surrogate strings, bytes, big ints, floats with their edge values, complex numbers, nested
// tuples) written with writeMpy read back equal, and a second write gives the same bytes.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMpy } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";
import type { CompiledModule, ConstObject } from "../../bytecode/rawcode.js";
import { compile } from "../../compiler/index.js";

const base = (() => {
  const r = compile("x = 1\n", { sourceName: "t.py" });
  if (!r.ok) throw r.error;
  return r.module;
})();

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 12 }), fc.constantFrom("\ud800", "a\udfffb", "", "é", "\u{1f600}"));
const double = fc.oneof(fc.double(), fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1e-310, 5e-324, 1.7976931348623157e308));

const constObject: fc.Arbitrary<ConstObject> = fc.letrec<{ obj: ConstObject }>((tie) => ({
  obj: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom<ConstObject>({ kind: "none" }, { kind: "false" }, { kind: "true" }, { kind: "ellipsis" }),
    text.map((value): ConstObject => ({ kind: "str", value })),
    fc.uint8Array({ maxLength: 40 }).map((value): ConstObject => ({ kind: "bytes", value })),
    fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }).filter((v) => v < -(1n << 30n) || v >= 1n << 30n).map((value): ConstObject => ({ kind: "int", value })),
    double.map((value): ConstObject => ({ kind: "float", value })),
    // Complex constants come only from imaginary literals (the parser folds no complex arithmetic),
    // and MicroPython's loader reads only that form ("2.5j").
    double.map((imag): ConstObject => ({ kind: "complex", real: 0, imag })),
    fc.array(tie("obj"), { maxLength: 4 }).map((items): ConstObject => ({ kind: "tuple", items })),
  ),
})).obj;

function same(a: ConstObject, b: ConstObject): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "str":
      return a.value === (b as typeof a).value;
    case "bytes":
      return Buffer.from(a.value).equals(Buffer.from((b as typeof a).value));
    case "int":
      return a.value === (b as typeof a).value;
    case "float":
      return Object.is(a.value, (b as typeof a).value);
    case "complex":
      return Object.is(a.real, (b as typeof a).real) && Object.is(a.imag, (b as typeof a).imag);
    case "tuple":
      return a.items.length === (b as typeof a).items.length && a.items.every((x, i) => same(x, (b as typeof a).items[i]!));
    default:
      return true;
  }
}

describe("qstr and constant tables", () => {
  it("read back what was written, and write again to the same bytes", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 20 }), fc.array(constObject, { maxLength: 12 }), (extraQstrs, consts) => {
        const m: CompiledModule = { ...base, qstrs: [...base.qstrs, ...extraQstrs], consts: [...base.consts, ...consts] };
        const bytes = writeMpy(m);
        const back = readMpy(bytes);
        expect(back.qstrs).toEqual(m.qstrs);
        expect(back.consts.length).toBe(m.consts.length);
        back.consts.forEach((c, i) => expect(same(c, m.consts[i]!)).toBe(true));
        expect(Buffer.from(writeMpy(back)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 1000, seed: 20261125 },
    );
  });
});
