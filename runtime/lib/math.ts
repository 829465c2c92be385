// The `math` module's functions on JS doubles (py/modmath.c): every one-argument and two-argument
// function raises "math domain error" when it turns a finite input into inf or a number into nan,
// exactly MicroPython's rule; ceil/floor/trunc give integers; factorial has its own message.

import { HostError } from "./host-error.js";

const domain = () => new HostError("ValueError", "math domain error");

const isInf = (x: number) => x === Infinity || x === -Infinity;

/** py/modmath.c math_generic_1: an error when a nan comes from a number or an inf from a non-inf. */
function checked1(f: (x: number) => number): (x: number) => number {
  return (x) => {
    const r = f(x);
    if ((Number.isNaN(r) && !Number.isNaN(x)) || (isInf(r) && !isInf(x))) throw domain();
    return r;
  };
}

/** math_generic_2: the same rule, where either argument being nan (or inf) excuses the result. */
function checked2(f: (x: number, y: number) => number): (x: number, y: number) => number {
  return (x, y) => {
    const r = f(x, y);
    if ((Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) || (isInf(r) && !isInf(x) && !isInf(y))) throw domain();
    return r;
  };
}

/**
 * C99 pow (what libm gives MicroPython) where it differs from Math.pow: 1 to any power and
 * anything to the power 0 are 1 even with a nan, and -1 to an infinite power is 1.
 */
export function cPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && isInf(y)) return 1;
  return Math.pow(x, y);
}

// Lanczos approximation (g = 7, 9 terms): within a few ulps of libm's tgamma for normal inputs.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

// C's tgamma and lgamma at the infinities: tgamma(inf) = inf, tgamma(-inf) = nan, lgamma(±inf) = inf.
function gamma(x: number): number {
  if (isInf(x)) return x > 0 ? Infinity : NaN;
  if (Number.isInteger(x) && x <= 0) return Infinity;
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  if (Number.isInteger(x) && x <= 171) {
    let r = 1;
    for (let i = 2; i < x; i++) r *= i;
    return r;
  }
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * a;
}

function lgamma(x: number): number {
  if (isInf(x)) return Infinity;
  if (Number.isInteger(x) && x <= 0) return Infinity;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x < 100) return Math.log(Math.abs(gamma(x)));
  // Stirling series for large arguments, where gamma itself overflows.
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3) + 1 / (1260 * x ** 5);
}

function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // Maclaurin series: converges quickly here.
    let sum = ax;
    let term = ax;
    for (let n = 1; n < 100; n++) {
      term *= (-ax * ax) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  return Math.sign(x) * (1 - erfcLarge(ax));
}

/** erfc for x >= 2.5 by its continued fraction (Lentz), accurate where 1 - erf would cancel. */
function erfcLarge(x: number): number {
  if (x > 27) return 0;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const an = n / 2;
    d = x + an * d;
    d = 1 / d;
    c = x + an / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

function erfc(x: number): number {
  return x >= 2.5 ? erfcLarge(x) : 1 - erf(x);
}

export const MATH_CONSTANTS = { e: Math.E, pi: Math.PI, tau: 2 * Math.PI, inf: Infinity, nan: NaN } as const;

/** Functions of one float giving a float. */
export const MATH_1: Record<string, (x: number) => number> = {
  sqrt: checked1(Math.sqrt),
  exp: checked1(Math.exp),
  expm1: checked1(Math.expm1),
  log2: checked1(Math.log2),
  log10: checked1(Math.log10),
  cosh: checked1(Math.cosh),
  sinh: checked1(Math.sinh),
  tanh: checked1(Math.tanh),
  acosh: checked1(Math.acosh),
  asinh: checked1(Math.asinh),
  atanh: checked1(Math.atanh),
  cos: checked1(Math.cos),
  sin: checked1(Math.sin),
  tan: checked1(Math.tan),
  acos: checked1(Math.acos),
  asin: checked1(Math.asin),
  atan: checked1(Math.atan),
  fabs: checked1(Math.abs),
  erf: checked1(erf),
  erfc: checked1(erfc),
  gamma: checked1(gamma),
  lgamma: checked1(lgamma),
  degrees: (x) => (x * 180) / Math.PI,
  radians: (x) => (x * Math.PI) / 180,
};

/** Functions of two floats giving a float. */
export const MATH_2: Record<string, (x: number, y: number) => number> = {
  pow: checked2(cPow),
  atan2: checked2(Math.atan2),
  copysign: (x, y) => (Math.sign(y) < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x)),
  fmod: checked2((x, y) => x % y),
};

/** math.log(x[, base]): log of zero or a negative is a domain error; base 1 divides by zero. */
export function log(x: number, base?: number): number {
  const l = checked1(Math.log)(x);
  if (base === undefined) return l;
  const lb = checked1(Math.log)(base);
  if (lb === 0) throw new HostError("ZeroDivisionError", "divide by zero");
  return l / lb;
}

/** ceil, floor, trunc: integers (the VM boxes them as small ints or bigints). */
export function toInt(name: "ceil" | "floor" | "trunc", x: number): bigint {
  if (Number.isNaN(x)) throw new HostError("ValueError", "can't convert NaN to int");
  if (!Number.isFinite(x)) throw new HostError("OverflowError", "can't convert inf to int");
  return BigInt(name === "ceil" ? Math.ceil(x) : name === "floor" ? Math.floor(x) : Math.trunc(x));
}

export function factorial(n: bigint): bigint {
  if (n < 0n) throw new HostError("ValueError", "negative factorial");
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

/** math.frexp: mantissa in [0.5, 1) and exponent. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

export function ldexp(x: number, e: number): number {
  // Split the power so that 2**e does not overflow on its own for large e with small x.
  const half = Math.trunc(e / 2);
  return x * 2 ** half * 2 ** (e - half);
}

/** C's modf: both parts carry x's sign, zeros included (modf(-1.0) is (-0.0, -1.0)). */
export function modf(x: number): [number, number] {
  if (Number.isNaN(x)) return [x, x];
  const i = Math.trunc(x);
  const frac = isInf(x) ? 0 : x - i;
  return [frac === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : frac, i];
}

export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) throw domain();
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}
