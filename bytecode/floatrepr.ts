// Float text as MicroPython's repr writes it (py/formatfloat.c, MP_FLOAT_REPR_PREC): 16 significant
// digits, or 17 where 16 do not read back to the same double, trailing zeros dropped, laid out like
// Python's repr ("1e+16", "0.0001", "123.0"). It is also how .mpy files store float constants.

export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  const sign = v < 0 ? "-" : "";
  const a = Math.abs(v);
  // MicroPython tries 16 significant digits first and uses 17 only if 16 do not read back, so it
  // prints 99.9 as 99.90000000000001 where Python's shortest form is 99.9.
  let exp = a.toExponential(15);
  if (Number(exp) !== a) exp = a.toExponential(16);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  let digits = m[1]! + (m[2] ?? "");
  digits = digits.replace(/0+$/, "") || "0";
  const e = Number(m[3]);
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
