// Constants as CPython's repr() shows them, which is how MicroPython's tools/mpy-tool.py prints
// a .mpy's object table: mpy-tool reads each constant into a CPython object (float(text),
// complex(text)) and prints that. Used by the disassembler so its output diffs against mpy-tool's.

import type { ConstObject, TableObject } from "./rawcode.js";
import { floatRepr } from "./floatrepr.js";

/** Exponent range CPython's float repr writes without an exponent (float_repr_style 'r'). */
function layoutShortest(v: number, addDotZero: boolean): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v < 0 ? "-inf" : "inf";
  if (v === 0) return Object.is(v, -0) ? (addDotZero ? "-0.0" : "-0") : addDotZero ? "0.0" : "0";
  // toExponential() without digits gives the shortest digits that read back, as 'r' does.
  const [mant, exp] = v.toExponential().split("e") as [string, string];
  const sign = mant.startsWith("-") ? "-" : "";
  const digits = mant.replace(/^-/, "").replace(".", "");
  const e = Number(exp);
  if (e >= -4 && e < 16) {
    if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
    const int = digits.slice(0, e + 1).padEnd(e + 1, "0");
    const frac = digits.slice(e + 1);
    return `${sign}${int}${frac ? "." + frac : addDotZero ? ".0" : ""}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** CPython's repr of a float. */
export function pyFloatRepr(v: number): string {
  return layoutShortest(v, true);
}

/** CPython's repr of a complex. */
export function pyComplexRepr(real: number, imag: number): string {
  const im = layoutShortest(imag, false);
  if (real === 0 && !Object.is(real, -0)) return `${im}j`;
  const imSigned = im.startsWith("-") ? im : `+${im}`;
  return `(${layoutShortest(real, false)}${imSigned}j)`;
}

// Characters str.isprintable() rejects: controls, format, surrogates, private use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** CPython's repr of a str. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && NON_PRINTABLE.test(ch)) out += c < 0x100 ? `\\x${hex(c, 2)}` : c < 0x10000 ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    else out += ch;
  }
  return out + quote;
}

/** CPython's repr of a bytes object. */
export function pyBytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c === 0x09) out += "\\t";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * What mpy-tool shows for a constant: the CPython object it reads back from the .mpy, so floats
 * and complexes go through MicroPython's text first (what the file holds) and then CPython's repr.
 */
export function pyRepr(o: TableObject): string {
  switch (o.kind) {
    case "funTable": return "mp_fun_table"; // mpy-tool's MPFunTable
    case "none": return "None";
    case "true": return "True";
    case "false": return "False";
    case "ellipsis": return "Ellipsis";
    case "str": return pyStrRepr(o.value);
    case "bytes": return pyBytesRepr(o.value);
    case "int": return o.value.toString();
    case "float": return pyFloatRepr(readBack(floatRepr(o.value)));
    case "complex": {
      // MicroPython writes the real part only when it is non-zero (py/objcomplex.c).
      const real = o.real !== 0 ? readBack(floatRepr(o.real)) : 0;
      return pyComplexRepr(real, readBack(floatRepr(o.imag)));
    }
    case "tuple":
      return o.items.length === 1 ? `(${pyRepr(o.items[0]!)},)` : `(${o.items.map(pyRepr).join(", ")})`;
  }
}

/** str() of a constant, as mpy-tool names an object segment in its hex dump. */
export function pyStr(o: ConstObject): string {
  return o.kind === "str" ? o.value : pyRepr(o);
}

/** CPython's float() of MicroPython's repr text (correctly rounded, like Number()). */
function readBack(t: string): number {
  if (t === "nan" || t === "+nan" || t === "-nan") return NaN;
  if (/^[+-]?inf$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  return Number(t);
}
