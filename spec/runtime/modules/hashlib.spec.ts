// hashlib.sha256 against known digests and node's implementation; finality as MicroPython enforces it.

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { Sha256 } from "../../../runtime/lib/hashlib.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("sha256", () => {
  it("gives the standard digests", () => {
    expect(hex(new Sha256().digest())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(new Sha256(new TextEncoder().encode("abc")).digest())).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
  it("agrees with node:crypto on any split of any input", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (data, cut) => {
        const h = new Sha256();
        const k = data.length ? cut % data.length : 0;
        h.update(data.subarray(0, k));
        h.update(data.subarray(k));
        return hex(h.digest()) === createHash("sha256").update(data).digest("hex");
      }),
      { numRuns: 50 },
    );
  });
  it("is final after digest", () => {
    const h = new Sha256();
    h.digest();
    expect(() => h.update(new Uint8Array(1))).toThrow("hash is final");
    expect(() => h.digest()).toThrow("hash is final");
  });
});
