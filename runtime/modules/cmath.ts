// The cmath module (py/modcmath.c) over lib/cmath.ts: the complex functions and constants.

import * as cmath from "../lib/cmath.js";
import { complexOf, floatOf } from "../objects/format.js";
import { PyComplex, type Namespace, type Value } from "../objects/value.js";
import { float, jsFn, ns, tuple } from "../objects/native.js";

/** mp_obj_get_complex: numbers, complexes, and objects with __float__ or __complex__. */
const complexArg = (v: Value): cmath.Complex => complexOf(v);

export function cmathNamespace(): Namespace {
  const c = (z: cmath.Complex) => new PyComplex(z[0], z[1]);
  const one = (name: "exp" | "log" | "log10" | "sqrt" | "cos" | "sin") => jsFn(name, (a) => c(cmath[name](complexArg(a[0]!))));
  return ns("cmath", {
    e: float(Math.E),
    pi: float(Math.PI),
    phase: jsFn("phase", (a) => float(cmath.phase(complexArg(a[0]!)))),
    polar: jsFn("polar", (a) => tuple(cmath.polar(complexArg(a[0]!)).map(float))),
    rect: jsFn("rect", (a) => c(cmath.rect(floatOf(a[0]!), floatOf(a[1]!)))),
    exp: one("exp"),
    log: one("log"),
    log10: one("log10"),
    sqrt: one("sqrt"),
    cos: one("cos"),
    sin: one("sin"),
  });
}
