// Decimal <-> double conversion exactly as mpy-cross does it on a 64-bit Linux host:
// MICROPY_FLOAT_FORMAT_IMPL_EXACT in py/parsenum.c and py/formatfloat.c, where decimal scaling is
// done in x87 80-bit long double (64-bit significand). That arithmetic is emulated here with
// BigInt, rounding to nearest even at 64 bits, and at 53 when converting back to a double.

/** A long double: value = m * 2**e, with m zero or exactly 64 bits long. */
export interface LongDouble {
  readonly m: bigint;
  readonly e: number;
}

const TWO64 = 1n << 64n;

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** v / 2**s rounded to nearest even; `sticky` says bits below v were lost already. */
function roundShift(v: bigint, s: number, sticky = false): bigint {
  if (s <= 0) return v << BigInt(-s);
  const S = BigInt(s);
  const q = v >> S;
  const rem = v & ((1n << S) - 1n);
  const half = 1n << (S - 1n);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) return q + 1n;
  return q;
}

function normalize(v: bigint, e: number, sticky = false): LongDouble {
  if (v === 0n) return { m: 0n, e: 0 };
  const shift = bitLength(v) - 64;
  let m = roundShift(v, shift, sticky);
  let ex = e + shift;
  if (m === TWO64) {
    m >>= 1n;
    ex++;
  }
  return { m, e: ex };
}

function mul(a: LongDouble, b: LongDouble): LongDouble {
  return normalize(a.m * b.m, a.e + b.e);
}

function div(a: LongDouble, b: LongDouble): LongDouble {
  if (a.m === 0n) return a;
  const num = a.m << 130n;
  const q = num / b.m;
  const r = num % b.m;
  return normalize(q, a.e - b.e - 130, r !== 0n);
}

/** Rounds to the nearest double (ties to even), with subnormals and overflow to infinity. */
export function toDouble(x: LongDouble): number {
  if (x.m === 0n) return 0;
  // Value is m * 2**e with 2**63 <= m < 2**64, i.e. its leading bit has weight 2**(e + 63).
  const top = x.e + 63;
  if (top > 1023) return Infinity;
  // A double keeps bits down to weight 2**max(top - 52, -1074).
  const lowest = Math.max(top - 52, -1074);
  let m = roundShift(x.m, lowest - x.e);
  let e = lowest;
  if (bitLength(m) > 53) {
    m >>= 1n;
    e++;
  }
  if (e + bitLength(m) - 1 > 1023) return Infinity;
  // m < 2**53 is exact as a Number; scale by 2**e in two exact steps.
  const half = Math.trunc(e / 2);
  return Number(m) * Math.pow(2, half) * Math.pow(2, e - half);
}

const TEN: LongDouble = normalize(10n, 0);

/** mp_decimal_exp: num * 10**exp by repeated squaring in long double. */
export function decimalExp(num: LongDouble, exp: number): LongDouble {
  if (exp === 0 || num.m === 0n) return num;
  const neg = exp < 0;
  let e = Math.abs(exp);
  let res = num;
  let expo = TEN;
  while (e) {
    if (e & 1) res = neg ? div(res, expo) : mul(res, expo);
    e >>= 1;
    if (e) {
      expo = mul(expo, expo);
      // Past the long double range the result is infinite or zero either way.
      if (expo.e > 16400) return neg ? { m: 0n, e: 0 } : { m: 1n << 63n, e: 20000 };
    }
  }
  return res;
}

const MANTISSA_MAX = 0x1999999999999998n;

/**
 * The value of a decimal float literal's digits (no sign; '_' allowed), as mp_parse_float_internal
 * computes it. Returns NaN if the text is not a float literal.
 */
export function parseFloatLiteral(text: string): number {
  type In = "intg" | "frac" | "exp";
  let state: In = "intg";
  let expNeg = false;
  let mantissa = 0n;
  let expVal = 0;
  let expExtra = 0;
  let tzIntg = 0;
  let tzFrac = 0;
  const accept = (dig: number, inState: In) => {
    if (mantissa < MANTISSA_MAX) {
      if (inState === "frac") expExtra--;
      mantissa = 10n * mantissa + BigInt(dig);
    } else if (inState === "intg") {
      expExtra++;
    }
  };
  let i = 0;
  let digits = 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c >= "0" && c <= "9") {
      const dig = c.charCodeAt(0) - 48;
      if (state === "exp") {
        if (expVal < (0x7fffffff / 2 - 9) / 10) expVal = 10 * expVal + dig;
      } else {
        digits++;
        if (dig === 0 || mantissa >= MANTISSA_MAX) {
          if (state === "intg") tzIntg++;
          else tzFrac++;
        } else {
          for (; tzIntg > 0; tzIntg--) accept(0, "intg");
          for (; tzFrac > 0; tzFrac--) accept(0, "frac");
          accept(dig, state);
        }
      }
    } else if (state === "intg" && c === ".") {
      state = "frac";
    } else if (state !== "exp" && (c === "e" || c === "E")) {
      state = "exp";
      if (text[i + 1] === "+") i++;
      else if (text[i + 1] === "-") {
        i++;
        expNeg = true;
      }
    } else if (c !== "_") {
      break;
    }
  }
  if (i !== text.length || digits === 0) return NaN;
  if (expNeg) expVal = -expVal;
  expVal += expExtra + tzIntg;
  return toDouble(decimalExp(normalize(mantissa, 0), expVal));
}

/** The exact long double of a finite double. */
export function fromDouble(v: number): LongDouble {
  if (v === 0) return { m: 0n, e: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(v));
  const bits = view.getBigUint64(0);
  const be = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  return be === 0 ? normalize(frac, -1074) : normalize(frac | (1n << 52n), be - 1075);
}

/** (uint64)(x + 0.5) in long double, for x >= 0: the rounding step of mp_format_float. */
export function roundHalfUp(x: LongDouble): bigint {
  if (x.m === 0n) return 0n;
  const k = Math.max(1 - x.e, 1);
  const scaled = (x.m << BigInt(x.e + k)) + (1n << BigInt(k - 1));
  const sum = normalize(scaled, -k);
  return sum.e >= 0 ? sum.m << BigInt(sum.e) : sum.m >> BigInt(-sum.e);
}

export const LD_ONE: LongDouble = normalize(1n, 0);
