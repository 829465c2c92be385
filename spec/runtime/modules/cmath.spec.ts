// cmath against MicroPython v1.27.0's WebAssembly port for z = 3-4j.

import { describe, expect, it } from "vitest";
import { cos, exp, log, log10, phase, polar, rect, sin, sqrt } from "../../../runtime/lib/cmath.js";

const z = [3, -4] as const;
const near = (got: readonly number[], want: number[]) => got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, 12));

describe("cmath", () => {
  it("matches MicroPython", () => {
    near(exp(z), [-13.128783081462158, 15.200784463067954]);
    expect(log(z)).toEqual([1.6094379124341003, -0.9272952180016122]);
    expect(log10(z)).toEqual([0.6989700043360189, -0.4027191962733731]);
    expect(sqrt(z)).toEqual([2.0, -1.0]);
    near(cos(z), [-27.034945603074224, 3.851153334811777]);
    near(sin(z), [3.853738037919377, 27.016813258003932]);
    expect(polar(z)).toEqual([5.0, -0.9272952180016122]);
    near(rect(2, 1), [1.0806046117362795, 1.682941969615793]);
    expect(phase([-1, 0])).toBe(Math.PI);
  });
});
