// Inputs one step from valid and inputs built to hurt: near-miss programs (a token deleted,
// duplicated, swapped or inserted, indentation broken, a string left open, odd bytes), and hostile
// sources (nesting thousands deep, very long lines, names and literals, huge constant expressions).

import fc from "fast-check";
import { memoArb } from "./gen-core.js";
import { PRELUDE, program } from "./gen.js";

const TOKEN = /[A-Za-z_][A-Za-z_0-9]*|\d[\d_.xXoObBeE]*|'''|"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\*\*|\/\/|<<|>>|[<>=!]=|:=|->|\S/g;

const INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", ".", "'", '"', '"""', "\\", "@", "lambda", "else", "yield", "return", "nonlocal x0", "global", "def", "class", "async", "await", "not", "is", "in", ";", "\n", "\n    ", "\t", "f'{", "0x", "1e", "1_", "__", "!", "$", "?", "`"];

/** A text edit at a relative position (0..1) of the program's body, so it shrinks towards the start. */
type Edit =
  | { readonly how: "delete" | "duplicate" | "swap"; readonly at: number }
  | { readonly how: "insert"; readonly at: number; readonly text: string }
  | { readonly how: "indent" | "dedent" | "tab" | "continuation" | "crlf" | "cr"; readonly at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ how: fc.constantFrom("delete", "duplicate", "swap"), at: fc.double({ min: 0, max: 1, noNaN: true }) }) as fc.Arbitrary<Edit> },
  { weight: 2, arbitrary: fc.record({ how: fc.constant("insert"), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...INSERTS) }) as fc.Arbitrary<Edit> },
  fc.record({ how: fc.constantFrom("indent", "dedent", "tab", "continuation", "crlf", "cr"), at: fc.double({ min: 0, max: 1, noNaN: true }) }) as fc.Arbitrary<Edit>,
);

function applyEdit(src: string, e: Edit): string {
  const body = src.slice(PRELUDE.length);
  const tokens = [...body.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const lineStarts = [0, ...[...body.matchAll(/\n/g)].map((m) => m.index! + 1).filter((i) => i < body.length)];
  const tok = tokens[Math.min(tokens.length - 1, Math.floor(e.at * tokens.length))];
  const ls = lineStarts[Math.min(lineStarts.length - 1, Math.floor(e.at * lineStarts.length))] ?? 0;
  let out = body;
  switch (e.how) {
    case "delete":
      if (tok) out = body.slice(0, tok.start) + body.slice(tok.end);
      break;
    case "duplicate":
      if (tok) out = body.slice(0, tok.end) + " " + body.slice(tok.start);
      break;
    case "swap": {
      const i = tokens.indexOf(tok!);
      const nxt = tokens[i + 1];
      if (tok && nxt) out = body.slice(0, tok.start) + body.slice(nxt.start, nxt.end) + body.slice(tok.end, nxt.start) + body.slice(tok.start, tok.end) + body.slice(nxt.end);
      break;
    }
    case "insert":
      out = body.slice(0, tok?.start ?? 0) + e.text + body.slice(tok?.start ?? 0);
      break;
    case "indent":
      out = body.slice(0, ls) + " " + body.slice(ls);
      break;
    case "dedent":
      out = body.slice(0, ls) + body.slice(ls).replace(/^ {1,4}/, "");
      break;
    case "tab":
      out = body.slice(0, ls) + body.slice(ls).replace(/^ {4}/, "\t");
      break;
    case "continuation":
      out = body.slice(0, ls) + body.slice(ls).replace(/\n/, " \\\n");
      break;
    case "crlf":
      out = body.replace(/\n/g, "\r\n");
      break;
    case "cr":
      out = body.slice(0, ls) + body.slice(ls).replace(/\n/, "\r");
      break;
  }
  return PRELUDE + out;
}

const encoder = new TextEncoder();

/** A byte edit that no text edit can make: invalid UTF-8, a NUL, a BOM. */
const byteEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0x00], [0xef, 0xbb, 0xbf], [0x80]) });

/** Near-miss programs: a valid program with one or two small edits, as text or, sometimes, bytes. */
export const nearMiss: fc.Arbitrary<string | Uint8Array> = fc
  .tuple(program, fc.array(edit, { minLength: 1, maxLength: 2 }), fc.option(byteEdit, { nil: null, freq: 6 }))
  .map(([p, edits, be]) => {
    const src = edits.reduce(applyEdit, p.source);
    if (!be) return src;
    const b = encoder.encode(src);
    const i = PRELUDE.length + Math.floor(be.at * (b.length - PRELUDE.length));
    return Uint8Array.from([...b.subarray(0, i), ...be.bytes, ...b.subarray(i)]);
  });

const rep = (s: string, n: number) => s.repeat(n);

/**
 * A size from 1 to max, spread on a log scale so that each decade comes up as often: most
 * cases stay quick to check and the largest sizes still come up (shrinking goes towards 1).
 */
const upTo = (max: number): fc.Arbitrary<number> => {
  const steps = Math.round(Math.log10(max) * 20);
  return fc.integer({ min: 0, max: steps }).map((k) => (k === steps ? max : Math.max(1, Math.round(10 ** (k / 20)))));
};

/** Inputs a compiler must survive: deep nesting, long lines, names and literals, huge constants, odd bytes. */
export const hostile: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  upTo(20000).map((n) => `x = ${rep("(", n)}1${rep(")", n)}\n`),
  upTo(20000).map((n) => `x = ${rep("[", n)}${rep("]", n)}\n`),
  upTo(5000).map((n) => `x = ${rep("{1: ", n)}2${rep("}", n)}\n`),
  upTo(5000).map((n) => `print(${rep("f(", n)}${rep(")", n)})\n`),
  upTo(5000).map((n) => `x = ${rep("-", n)}1\nx = ${rep("not ", n)}1\n`),
  upTo(3000).map((n) => `x = ${rep("lambda: ", n)}1\n`),
  upTo(3000).map((n) => `x = 1${rep(" + 1", n * 10)}\n`),
  upTo(2000).map((n) => `x = ${rep("[", n)}1${rep(" for a in b]", n)}\n`),
  upTo(2000).map((n) => `x = 1${rep(" if 1 else 2", n)}\n`),
  upTo(500).map((n) => Array.from({ length: n }, (_, k) => `${rep(" ", k)}if x:\n`).join("") + rep(" ", n) + "pass\n"),
  upTo(400).map((n) => Array.from({ length: n }, (_, k) => `${rep(" ", k)}def f${k}():\n`).join("") + rep(" ", n) + "return 1\n"),
  upTo(200).map((n) => Array.from({ length: n }, (_, k) => `${rep("\t", k)}while x:\n`).join("") + rep("\t", n) + "break\n"),
  upTo(50000).map((n) => Array.from({ length: n }, (_, k) => `v${k} = ${k}`).join("\n") + "\n"),
  upTo(1_000_000).map((n) => `x = ${rep("1", n)}\n`),
  upTo(1_000_000).map((n) => `x = '${rep("a", n)}'\n`),
  upTo(300_000).map((n) => `${rep("n", n)} = 1\nprint(${rep("n", n)})\n`),
  upTo(300_000).map((n) => `x = 0x${rep("f", n)}\ny = 1.${rep("5", n)}\nz = ${rep("9", n)}j\n`),
  upTo(100_000).map((n) => `x = (${rep("1, ", n)})\ny = {${rep("'a', ", n)}}\n`),
  upTo(1_000_000).map((n) => Uint8Array.from([0x78, 0x3d, 0x31, 0xff, ...new Uint8Array(n).fill(0x31), 0x0a])),
  upTo(1_000_000).map((n) => Uint8Array.from([...new Uint8Array(n).fill(0x20), 0x00])),
  fc.constantFrom(
    "x = 2**2**2**2**2**2\n", "x = 10**100000\n", "x = 1 << 100000000\n", "x = -2**-2**-2\n", "x = 1e999 * 0\n", "x = (1 << 64) // 0\n",
    "x = 12345678901234567890 ** 1000\n", "x = 'a' * 100000000\n", "x = b'a' * 100000000\n", "x = (1,) * 100000000\n", "x = -(1 << 1000000)\n",
    "x = 9 ** 9 ** 9\n", "x = 1 % 0\n", "x = 7 // -0\n", "x = 1.0 / 0\n", "x = 2 ** -1\n", "x = (-8) ** (1 / 3)\n",
  ),
  fc.uint8Array({ minLength: 0, maxLength: 256 }),
  // Built on first use: fast-check indexes every code point for this unit (about a second).
  memoArb("hostile:binary", () => fc.string({ maxLength: 256, unit: "binary" }).map((s) => s + "\n")),
  fc.string({ maxLength: 256, unit: fc.constantFrom(..."()[]{}:;,.=+-*/%@<>!'\"\\#\n\t x1_") }),
);
