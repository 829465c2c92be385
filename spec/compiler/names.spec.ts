// The lexer's name table (compiler/front/names.ts): each name is one string however often it is met,
// names that share a hash stay apart, and a source of many names made to share hashes still compiles
// (they overflow into a Map) to the same bytes as the same program with plain names.

import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { hashOf, NameTable } from "../../compiler/front/names.js";

/** `count` distinct names of the same hash: "Aa" and "BB" hash alike, so do all strings of such pairs. */
function collidingNames(count: number): string[] {
  const bits = Math.ceil(Math.log2(count));
  return Array.from({ length: count }, (_, i) => "n" + Array.from({ length: bits }, (_, b) => ((i >> b) & 1 ? "Aa" : "BB")).join(""));
}

describe("name table", () => {
  it("gives one string for each name, found in any text at any offset", () => {
    const t = new NameTable();
    const first = t.intern("x = alpha + beta", 4, 9, hashOf("alpha"));
    expect(first).toBe("alpha");
    expect(t.intern("alpha", 0, 5, hashOf("alpha"))).toBe(first);
    expect(t.intern("(alpha)", 1, 6, hashOf("alpha"))).toBe(first);
    expect(t.intern("alphabet", 0, 8, hashOf("alphabet"))).toBe("alphabet");
  });

  it("keeps apart names of one hash, past the slots a lookup tries and as the table grows", () => {
    const names = collidingNames(2000);
    expect(new Set(names.map(hashOf)).size).toBe(1);
    const t = new NameTable();
    const got = names.map((n) => t.intern(` ${n} `, 1, n.length + 1, hashOf(n)));
    expect(got).toEqual(names);
    // Met again (once the table has grown), each name is the string it was first.
    for (let k = 0; k < names.length; k++) expect(t.intern(names[k]!, 0, names[k]!.length, hashOf(names[k]!)) === got[k]).toBe(true);
  });

  it("compiles a source of many names of one hash as it compiles plain names", () => {
    const colliding = collidingNames(3000);
    const plain = colliding.map((_, i) => "n" + String(i).padStart(colliding[0]!.length - 1, "0"));
    const program = (names: string[]) => names.map((n, i) => `${n} = ${i}\nprint(${n})\n`).join("");
    const a = compile(program(colliding), { sourceName: "m.py" });
    const b = compile(program(plain), { sourceName: "m.py" });
    if (!a.ok || !b.ok) throw new Error("did not compile");
    // Same length of names, same count: the .mpy differ only in the names' bytes.
    expect(a.mpy.length).toBe(b.mpy.length);
  });
});
