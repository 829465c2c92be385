// Float text as MicroPython's repr writes it on mpy-cross's 64-bit host (py/formatfloat.c,
// MP_FLOAT_REPR_PREC, EXACT mode): 16 significant digits computed in long double, more only while
// the text does not read back, trailing zeros dropped, laid out like Python's repr ("1e+16",
// "0.0001", "123.0"). It is also how .mpy files store float and complex constants.

import { decimalExp, fromDouble, LD_ONE, parseFloatLiteral, roundHalfUp, toDouble } from "./longdouble.js";

export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const sign = v < 0 ? "-" : "";
  const f = Math.abs(v);
  // The decimal exponent, found with powers of ten computed in long double but compared as
  // doubles (so 1e23's nearest double counts as 10**23).
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, f);
  const expval = Number((view.getBigUint64(0) >> 52n) & 0x7ffn) - 1023;
  const positive = !(f < 1);
  let e = Math.trunc(expval * 0.3010299956639812);
  const base = (k: number) => toDouble(decimalExp(LD_ONE, k + (positive ? 1 : 0)));
  while ((f >= base(e)) === positive) e += positive ? 1 : -1;
  // 16 digits first, more only while the text does not read back (at most 19).
  let digits = "";
  for (let n = 16; n <= 19; n++) {
    let mantissa = roundHalfUp(decimalExp(fromDouble(f), n - e - 1));
    let ee = e;
    if (mantissa >= 10n ** BigInt(n)) {
      mantissa /= 10n;
      ee++;
    }
    const all = mantissa.toString();
    ee -= n - all.length;
    digits = all.replace(/0+$/, "") || "0";
    const text = layout("", digits, ee);
    if (n === 19 || parseFloatLiteral(text) === f) return sign + text;
  }
  return sign + layout("", digits, e);
}

/** Python-style layout of significant digits d.ddd with decimal exponent e. */
function layout(sign: string, digits: string, e: number): string {
  if (e >= -4 && e < 16) {
    if (e >= 0) {
      const int = digits.slice(0, e + 1).padEnd(e + 1, "0");
      const frac = digits.slice(e + 1);
      return `${sign}${int}.${frac || "0"}`;
    }
    return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  }
  const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
  return `${sign}${mant}e${e < 0 ? "-" : "+"}${es}`;
}
