// collections.deque's ring semantics and io.BytesIO's buffer, against MicroPython v1.27.0's behaviour.

import { describe, expect, it } from "vitest";
import { Deque } from "../../../runtime/lib/containers.js";

describe("deque", () => {
  it("drops from the other end when full, as MicroPython does", () => {
    const d = new Deque<number>(3);
    for (let i = 0; i < 5; i++) d.append(i);
    expect([...d]).toEqual([2, 3, 4]);
    expect(d.popleft()).toBe(2);
    expect(d.length).toBe(2);
    d.appendleft(9);
    expect([...d]).toEqual([9, 3, 4]);
    expect(d.pop()).toBe(4);
    expect(d.at(-1)).toBe(3);
  });
  it("raises IndexError full/empty", () => {
    const e = new Deque<number>(2, true);
    e.append(1);
    e.append(2);
    expect(() => e.append(3)).toThrow("full");
    expect(() => e.appendleft(0)).toThrow("full");
    e.pop();
    e.pop();
    expect(() => e.popleft()).toThrow("empty");
    expect(() => new Deque(-1)).toThrow();
  });
});
