// Yasmarang against numbers MicroPython v1.27.0 (WebAssembly port) drew after random.seed(42), and
// the time module's wrapping tick arithmetic and calendar.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { randomModule, Yasmarang } from "../../../runtime/lib/random.js";
import { gmtime, mktime, ticksAdd, ticksDiff, TICKS_PERIOD } from "../../../runtime/lib/ticks.js";

describe("random", () => {
  it("draws MicroPython's sequence after seed(42)", () => {
    const r = new Yasmarang(42);
    expect([r.getrandbits(32), r.getrandbits(32), r.getrandbits(32)]).toEqual([2003356, 1421623288, 2196272623]);
    expect(r.random()).toBe(0.4784892459136836);
    expect(r.below(100)).toBe(74);
    expect(5 + r.below(5)).toBe(7);
  });
  it("randrange, randint, uniform and choice draw what MicroPython draws after seed(7)", () => {
    const r = randomModule();
    r.seed(7);
    expect([0, 1, 2, 3].map(() => r.randrange(10, 100, 7))).toEqual([38, 45, 66, 38]);
    expect(r.randrange(-5, -50, -3)).toBe(-14);
    expect(r.randint(-3, 3)).toBe(3);
    expect(r.uniform(2, 4)).toBe(3.0846228028357885);
    expect("abcdef"[r.choiceIndex(6)!]).toBe("a");
    expect(() => r.getrandbits(33)).toThrow("bits must be 32 or less");
    expect(() => r.randrange(0)).toThrow(expect.objectContaining({ name: "ValueError", message: "" }));
    expect(r.choiceIndex(0)).toBeNull();
  });

  it("stays below its bound", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer(), (n, s) => new Yasmarang(s).below(n) < n));
  });
});

describe("time", () => {
  it("wraps ticks at 2**30", () => {
    expect(ticksDiff(5, TICKS_PERIOD - 5)).toBe(10);
    expect(ticksAdd(TICKS_PERIOD - 1, 3)).toBe(2);
    expect(ticksAdd(0, TICKS_PERIOD)).toBeNull();
    // -2**29 too: ticks_diff(t, ticks_add(t, d)) could not be -d.
    expect(ticksAdd(0, -(2 ** 29))).toBeNull();
    expect(ticksAdd(0, 2 ** 29 - 1)).toBe(2 ** 29 - 1);
  });
  it("ticks_diff(ticks_add(t, d), t) == d for every in-range delta", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TICKS_PERIOD - 1 }), fc.integer({ min: -(2 ** 29) + 1, max: 2 ** 29 - 1 }), (t, d) =>
        ticksDiff(ticksAdd(t, d)!, t) === d,
      ),
    );
  });
  it("gmtime and mktime agree with the WebAssembly port", () => {
    expect(gmtime(0)).toEqual([1970, 1, 1, 0, 0, 0, 3, 1]);
    expect(mktime([2024, 2, 29, 12, 0, 0, 0, 0])).toBe(1709208000);
    expect(gmtime(1709208000)).toEqual([2024, 2, 29, 12, 0, 0, 3, 60]);
  });
});
