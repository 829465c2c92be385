// Numbers as mpy-tool writes them into frozen C: Python's "%.16g" of a double (exact decimal
// expansion, round half to even, as C's printf) and the bit patterns of the immediate float
// representations (MICROPY_OBJ_REPR_C and _D) that mpy-tool computes with struct.pack.

/** The exact decimal digits of a finite non-zero |v| and the power of ten of the last digit. */
function exactDecimal(v: number): { digits: string; exp10: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mant = bits & ((1n << 52n) - 1n);
  let e2 = biased === 0 ? -1074 : biased - 1075;
  if (biased !== 0) mant |= 1n << 52n;
  if (e2 >= 0) return { digits: (mant << BigInt(e2)).toString(), exp10: 0 };
  // m * 2^e2 = m * 5^-e2 / 10^-e2
  return { digits: (mant * 5n ** BigInt(-e2)).toString(), exp10: e2 };
}

/** Python's "%.{precision}g" % v (precision >= 1). */
export function formatG(v: number, precision = 16): string {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v < 0 ? "-inf" : "inf";
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  if (v === 0) return sign + "0";
  let { digits, exp10 } = exactDecimal(v);
  // Round to `precision` significant digits, half to even on the exact value.
  if (digits.length > precision) {
    const drop = digits.length - precision;
    const kept = BigInt(digits.slice(0, precision));
    const rest = digits.slice(precision);
    const half = "5" + "0".repeat(drop - 1);
    const cmp = rest === half ? 0 : rest > half ? 1 : -1;
    const up = cmp > 0 || (cmp === 0 && kept % 2n === 1n);
    digits = (up ? kept + 1n : kept).toString();
    exp10 += drop;
    if (digits.length > precision) {
      digits = digits.slice(0, precision);
      exp10 += 1;
    }
  }
  // Decimal exponent of the first digit.
  const x = exp10 + digits.length - 1;
  digits = digits.replace(/0+$/, "");
  if (x < -4 || x >= precision) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mant}e${x < 0 ? "-" : "+"}${String(Math.abs(x)).padStart(2, "0")}`;
  }
  if (x < 0) return `${sign}0.${"0".repeat(-x - 1)}${digits}`;
  const int = digits.slice(0, x + 1).padEnd(x + 1, "0");
  const frac = digits.slice(x + 1);
  return sign + int + (frac ? "." + frac : "");
}

/**
 * The word a float is stored as under MICROPY_OBJ_REPR_C (the single-precision bits with the low two
 * replaced by the tag 0b10, plus 0x80800000), as mpy-tool computes it: with unbounded integers, so
 * the value can need nine hex digits. Null when the value overflows single precision, where
 * struct.pack refuses it.
 */
export function reprCWord(v: number): string | null {
  const f = Math.fround(v);
  if (Number.isFinite(v) && !Number.isFinite(f)) return null;
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, f, true);
  const n = view.getUint32(0, true);
  const word = n - (n & 3) + 2 + 0x80800000;
  return word.toString(16).padStart(8, "0");
}

/** The word a double is stored as under MICROPY_OBJ_REPR_D: its bits plus 0x8004000000000000. */
export function reprDWord(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v, true);
  return (view.getBigUint64(0, true) + 0x8004000000000000n).toString(16).padStart(16, "0");
}
