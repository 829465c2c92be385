// math against values and errors printed by MicroPython v1.27.0's WebAssembly port. erf, erfc,
// gamma and lgamma are our own approximations of libm: checked to 1e-13 relative, not to the bit.

import { describe, expect, it } from "vitest";
import { factorial, frexp, isclose, ldexp, log, MATH_1, MATH_2, modf, toInt } from "../../../runtime/lib/math.js";

const close = (a: number, b: number) => expect(Math.abs(a - b) / Math.abs(b)).toBeLessThan(1e-13);

describe("math", () => {
  it("raises MicroPython's errors", () => {
    for (const [f, x] of [["sqrt", -1], ["acos", 2], ["exp", 1000], ["gamma", 0], ["lgamma", 0], ["atanh", 1]] as const) {
      expect(() => MATH_1[f]!(x), f).toThrow("math domain error");
    }
    expect(() => MATH_2.pow!(0, -1)).toThrow("math domain error");
    expect(() => MATH_2.fmod!(1, 0)).toThrow("math domain error");
    expect(() => log(0)).toThrow("math domain error");
    expect(() => log(1, 1)).toThrow(expect.objectContaining({ pyType: "ZeroDivisionError", message: "divide by zero" }));
    expect(() => toInt("floor", NaN)).toThrow("can't convert NaN to int");
    expect(() => toInt("floor", Infinity)).toThrow(expect.objectContaining({ pyType: "OverflowError" }));
    expect(() => factorial(-1n)).toThrow("negative factorial");
    expect(() => isclose(1, 1, -1)).toThrow("math domain error");
  });

  it("gives MicroPython's values", () => {
    expect(MATH_1.exp!(-1000)).toBe(0);
    expect(MATH_2.copysign!(1, -0)).toBe(-1);
    expect(frexp(10)).toEqual([0.625, 4]);
    expect(modf(-2.5)).toEqual([-0.5, -2]);
    expect(ldexp(1.5, 3)).toBe(12);
    expect(ldexp(1, 2000)).toBe(Infinity);
    expect(log(8, 2)).toBe(3);
    expect(isclose(1, 1 + 1e-10)).toBe(true);
    expect(factorial(20n)).toBe(2432902008176640000n);
    close(MATH_1.erf!(0.5), 0.5204998778130465);
    close(MATH_1.erf!(3.0), 0.9999779095030014);
    close(MATH_1.erfc!(3.0), 2.2090496998585438e-5);
    close(MATH_1.gamma!(4.5), 11.631728396567448);
    close(MATH_1.gamma!(0.3), 2.991568987687591);
    close(MATH_1.lgamma!(10.5), 13.940625219403762);
  });
});
