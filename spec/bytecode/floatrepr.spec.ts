// Float constants are stored as MicroPython's repr text; these values were checked against
// .mpy files written by mpy-cross v1.27.0.

import { describe, expect, it } from "vitest";
import { floatRepr } from "../../bytecode/floatrepr.js";

describe("floatRepr", () => {
  const cases: [number, string][] = [
    [0.1, "0.1"], [1e100, "1e+100"], [1.5e-7, "1.5e-07"], [123456789.0, "123456789.0"],
    [1 / 3, "0.3333333333333333"], [-0.0, "-0.0"], [1e16, "1e+16"], [1e15, "1000000000000000.0"],
    [12345678901234567890.0, "1.2345678901234567e+19"], [5e-324, "4.940656458412465e-324"],
    [0.0001, "0.0001"], [1e-5, "1e-05"], [Infinity, "inf"], [NaN, "nan"],
    [99.9, "99.90000000000001"], [8.888e32, "8.888000000000001e+32"], [9.6245, "9.624499999999999"],
    [1e23, "1e+23"], [1e-100, "1e-100"], [2.5, "2.5"], [1.7976931348623157e308, "1.7976931348623157e+308"], [2.2250738585072014e-308, "2.2250738585072014e-308"],
  ];
  for (const [v, text] of cases) it(text, () => expect(floatRepr(v)).toBe(text));
});
