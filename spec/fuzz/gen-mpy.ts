// Damaged .mpy files: our own output for generated programs (and for deeply nested functions),
// then bytes set to 00/ff/7f/80/+1, bits flipped, bytes inserted and deleted, truncation, and
// lengths and counts (found through the reader's segment map) set huge. Also the exhaustive sweep
// of single-byte damage over one file, for campaigns that try every offset.

import fc from "fast-check";
import { readMpy } from "../../bytecode/mpy-read.js";
import { compile } from "../../compiler/index.js";
import { program } from "./gen.js";

export type Damage =
  | { readonly how: "set"; readonly at: number; readonly value: number }
  | { readonly how: "add"; readonly at: number; readonly delta: number }
  | { readonly how: "flip"; readonly at: number; readonly bit: number }
  | { readonly how: "insert"; readonly at: number; readonly bytes: readonly number[] }
  | { readonly how: "delete"; readonly at: number; readonly count: number }
  | { readonly how: "truncate"; readonly at: number }
  | { readonly how: "huge-length"; readonly which: number; readonly bytes: readonly number[] };

/** Varints read as 2^31-1, 2^32+, and a 10-byte run, as lengths, counts and indices. */
const HUGE = [[0xff, 0xff, 0xff, 0xff, 0x07], [0x8f, 0xff, 0xff, 0xff, 0x7f], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], [0x81, 0x00], [0x7f]];

const at = fc.nat({ max: 1 << 20 });
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ how: fc.constant("set" as const), at, value: fc.oneof(fc.constantFrom(0x00, 0xff, 0x7f, 0x80), fc.integer({ min: 0, max: 255 })) }),
  fc.record({ how: fc.constant("add" as const), at, delta: fc.constantFrom(1, -1, 2, 0x40) }),
  fc.record({ how: fc.constant("flip" as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ how: fc.constant("insert" as const), at, bytes: fc.oneof(fc.constantFrom(...HUGE), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 })) }),
  fc.record({ how: fc.constant("delete" as const), at, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ how: fc.constant("truncate" as const), at }),
  fc.record({ how: fc.constant("huge-length" as const), which: at, bytes: fc.constantFrom(...HUGE) }),
);

/** Start offsets of the length varints just before each qstr, constant and function body. */
function lengthFields(bytes: Uint8Array): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  try {
    readMpy(bytes, {
      targetSmallIntBits: null,
      validate: false,
      onSegment: (s) => {
        if (s.kind === "static-qstr" || s.start === 0) return;
        let b = s.start - 1;
        while (b > 0 && (bytes[b - 1]! & 0x80) !== 0) b--;
        out.push({ start: b, end: s.start });
      },
    });
  } catch {
    /* an unreadable seed has no known fields */
  }
  return out;
}

export function applyDamage(bytes: Uint8Array, d: Damage): Uint8Array {
  const b = Array.from(bytes);
  const i = b.length ? d.how === "huge-length" ? 0 : d.at % (b.length + (d.how === "insert" || d.how === "truncate" ? 1 : 0)) : 0;
  switch (d.how) {
    case "set":
      if (i < b.length) b[i] = d.value;
      break;
    case "add":
      if (i < b.length) b[i] = (b[i]! + d.delta + 256) & 0xff;
      break;
    case "flip":
      if (i < b.length) b[i] = b[i]! ^ (1 << d.bit);
      break;
    case "insert":
      b.splice(i, 0, ...d.bytes);
      break;
    case "delete":
      b.splice(i, d.count);
      break;
    case "truncate":
      b.length = i;
      break;
    case "huge-length": {
      const fields = lengthFields(bytes);
      const f = fields[d.which % Math.max(1, fields.length)];
      if (f) b.splice(f.start, f.end - f.start, ...d.bytes);
      break;
    }
  }
  return Uint8Array.from(b);
}

/** Source of `depth` functions each defined inside the previous one. */
export const nestedDefs = (depth: number) =>
  Array.from({ length: depth }, (_, k) => `${" ".repeat(k)}def f${k}():\n`).join("") + `${" ".repeat(depth)}return ${depth}\n`;

const seed: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: program.map((p) => p.source) },
  fc.integer({ min: 1, max: 250 }).map(nestedDefs),
).map((src) => {
  const r = compile(src, { sourceName: "prog.py" });
  return r.ok ? r.mpy : Uint8Array.of(0x4d, 6, 0, 31);
});

/** Our .mpy output with one to four kinds of damage. */
export const damagedMpy: fc.Arbitrary<Uint8Array> = fc
  .tuple(seed, fc.array(damage, { minLength: 1, maxLength: 4 }))
  .map(([bytes, ds]) => ds.reduce(applyDamage, bytes));

/** Every single-byte damage of `bytes`: each truncation, then per offset 00, ff, 7f, 80, +1, each bit flipped, an inserted 00 and ff, the byte deleted. */
export function* sweep(bytes: Uint8Array): Generator<Uint8Array> {
  for (let n = 0; n < bytes.length; n++) yield bytes.subarray(0, n);
  for (let i = 0; i < bytes.length; i++) {
    const ds: Damage[] = [
      ...[0x00, 0xff, 0x7f, 0x80].map((value) => ({ how: "set" as const, at: i, value })),
      { how: "add", at: i, delta: 1 },
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((bit) => ({ how: "flip" as const, at: i, bit })),
      { how: "insert", at: i, bytes: [0x00] },
      { how: "insert", at: i, bytes: [0xff] },
      { how: "delete", at: i, count: 1 },
    ];
    for (const d of ds) yield applyDamage(bytes, d);
  }
  for (let k = 0; k < lengthFields(bytes).length; k++) for (const h of HUGE) yield applyDamage(bytes, { how: "huge-length", which: k, bytes: h });
}
