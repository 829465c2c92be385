// The math module (py/modmath.c) over lib/math.ts: float functions with MicroPython's errors
// (ValueError "math domain error"), the int-returning ceil/floor/trunc, frexp, modf, isclose, gcd.

import { type KwArgs, type Namespace, PyFloat, PyTuple, normInt } from "../objects/value.js";
import { asInt } from "../objects/ops.js";
import { floatOf } from "../objects/format.js";
import { fn, toIndex } from "../objects/args.js";
import { hostCall } from "../objects/exceptions.js";
import * as math from "../lib/math.js";

/** mp_obj_get_float: math's arguments may be anything with __float__. */
const num = floatOf;

export function mathNamespace(): Namespace {
  const d: Namespace = new Map();
  d.set("__name__", "math");
  for (const [k, v] of Object.entries(math.MATH_CONSTANTS)) d.set(k, new PyFloat(v));
  for (const [k, f] of Object.entries(math.MATH_1)) d.set(k, fn(k, (a) => hostCall(() => new PyFloat(f(num(a[0]))))));
  for (const [k, f] of Object.entries(math.MATH_2)) d.set(k, fn(k, (a) => hostCall(() => new PyFloat(f(num(a[0]), num(a[1]))))));
  // MATH_FUN_1_TO_INT: the argument goes through float first, even an int.
  for (const k of ["ceil", "floor", "trunc"] as const) d.set(k, fn(k, (a) => hostCall(() => normInt(math.toInt(k, num(a[0]))))));
  d.set("log", fn("log", (a) => hostCall(() => new PyFloat(math.log(num(a[0]), a.length > 1 ? num(a[1]) : undefined)))));
  d.set("factorial", fn("factorial", (a) => hostCall(() => normInt(math.factorial(BigInt(toIndex(a[0])))))));
  d.set("frexp", fn("frexp", (a) => {
    const [x, e] = math.frexp(num(a[0]));
    return new PyTuple([new PyFloat(x), e]);
  }));
  d.set("ldexp", fn("ldexp", (a) => new PyFloat(math.ldexp(num(a[0]), toIndex(a[1])))));
  d.set("modf", fn("modf", (a) => {
    const [f, i] = math.modf(num(a[0]));
    return new PyTuple([new PyFloat(f), new PyFloat(i)]);
  }));
  d.set("isclose", fn("isclose", (a, kw) => math.isclose(num(a[0]), num(a[1]), kwNum(kw, "rel_tol", 1e-9), kwNum(kw, "abs_tol", 0))));
  d.set("isnan", fn("isnan", (a) => Number.isNaN(num(a[0]))));
  d.set("isinf", fn("isinf", (a) => Math.abs(num(a[0])) === Infinity));
  d.set("isfinite", fn("isfinite", (a) => Number.isFinite(num(a[0]))));
  d.set("gcd", fn("gcd", (a) => {
    let x = BigInt(asInt(a[0]) ?? 0);
    let y = BigInt(asInt(a[1]) ?? 0);
    if (x < 0n) x = -x;
    if (y < 0n) y = -y;
    while (y) [x, y] = [y, x % y];
    return normInt(x);
  }));
  return d;
}

function kwNum(kw: KwArgs | null, name: string, dflt: number): number {
  const hit = kw?.find(([k]) => k === name);
  return hit ? num(hit[1]) : dflt;
}
