// The qstr lookup's set of texts (runtime/memory/text-set.ts): its shape table may only ever
// shorten the answer "no", so has() must agree with a plain Set for members, non-members that share
// a member's length and end characters, the empty text, surrogates, and after clear().

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextSet } from "../../runtime/memory/text-set.js";

describe("TextSet", () => {
  it("answers as a plain Set does", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (members, probes) => {
        const plain = new Set(members);
        const set = new TextSet(members);
        for (const t of [...members, ...probes]) expect(set.has(t)).toBe(plain.has(t));
        expect(set.size).toBe(plain.size);
        for (const t of probes.slice(0, 10)) {
          set.delete(t);
          plain.delete(t);
        }
        for (const t of [...members, ...probes]) expect(set.has(t)).toBe(plain.has(t));
      }),
    );
  });

  it("tells apart texts of one shape", () => {
    const set = new TextSet(["abc", "", "\ud83d\ude00"]);
    expect(set.has("abc")).toBe(true);
    expect(set.has("")).toBe(true);
    expect(set.has("\ud83d\ude00")).toBe(true);
    expect(set.has("axc")).toBe(false);
    expect(set.has("ab")).toBe(false);
    set.add("axc");
    expect(set.has("axc")).toBe(true);
    set.add("q");
    expect(set.has("q")).toBe(true);
    expect(set.has("r")).toBe(false);
    set.delete("q");
    expect(set.has("q")).toBe(false);
    set.clear();
    expect(set.has("abc")).toBe(false);
    expect(set.size).toBe(0);
  });
});
