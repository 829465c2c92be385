// The known differences of the fuzzer explain only what they are about: the same double printed
// with other digits, never another value.

import { describe, expect, it } from "vitest";
import { KNOWN_OURS, knownDifference } from "./known.js";

describe("known differences", () => {
  it("take two repr texts of one double as the same", () => {
    expect(knownDifference(KNOWN_OURS, "8.124999999999999e-07|1073741824!\n", "8.125e-07|1073741824!\n")).toBe("float-repr-digits");
    expect(knownDifference(KNOWN_OURS, "x [0.10000000000000009, 2]\n", "x [0.1000000000000000888, 2]\n")).toBe("float-repr-digits");
    expect(knownDifference(KNOWN_OURS, "f0 54444444451.388885\n", "f0 54444444451.388886\n")).toBe("float-repr-digits");
    expect(knownDifference(KNOWN_OURS, "(1e-07, 'a')\n", "(9.99999999999999955e-08, 'a')\n")).toBe("float-repr-digits");
  });
  it("do not explain a different value or other text", () => {
    expect(knownDifference(KNOWN_OURS, "8.124999999999998e-07\n", "8.125e-07\n")).toBeNull();
    expect(knownDifference(KNOWN_OURS, "8.125e-07 a\n", "8.125e-07 b\n")).toBeNull();
    expect(knownDifference(KNOWN_OURS, "1.5\n", "1.50\n")).toBeNull();
    expect(knownDifference(KNOWN_OURS, "1.0\n", "1.00\n")).toBeNull();
    expect(knownDifference(KNOWN_OURS, "54444444451.38888\n", "54444444451.38889\n")).toBeNull();
  });
});
