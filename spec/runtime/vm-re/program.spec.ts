// runtime/lib/re.ts on its own: the byte code a pattern compiles to (as MicroPython's re.DEBUG
// lists it), which patterns fail and how, and the matcher's byte-level rules.

import { describe, expect, it } from "vitest";
import { compile, dump, programBytes, run } from "../../../runtime/lib/re.js";
import { HostError } from "../../../runtime/lib/host-error.js";

const enc = (s: string) => new TextEncoder().encode(s);

/** Group spans of a search (or match) of `pattern` in `subject`, null when nothing matches. */
function spans(pattern: string, subject: string, anchored = false, maxDepth = 1000): number[] | null {
  const p = compile(enc(pattern));
  const bytes = enc(subject);
  const caps = new Int32Array((p.groups + 1) * 2).fill(-1);
  return run(p, { bytes, begin: 0, end: bytes.length }, anchored, caps, maxDepth) ? [...caps] : null;
}

describe("re1.5 byte code", () => {
  it("lists a program as re.DEBUG does (tests/extmod/re_debug.py)", () => {
    expect(dump(compile(enc("^a|b[0-9]\\w$")))).toBe(
      [
        " 0: rsplit 5 (3)",
        " 2: any",
        " 3: jmp 0 (-5)",
        " 5: save 0",
        " 7: split 14 (5)",
        " 9: assert bol",
        "10: char a",
        "12: jmp 23 (9)",
        "14: char b",
        "16: class 1 0x30-0x39",
        "20: namedclass w",
        "22: assert eol",
        "23: save 1",
        "25: match",
        "Bytes: 26, insts: 14",
        "",
      ].join("\n"),
    );
  });

  it("chains the jumps of several alternatives and sizes the object as modre.c allocates it", () => {
    const p = compile(enc("a|b|c"));
    expect(dump(p)).toContain("13: jmp 17 (2)\n15: char b\n17: jmp 21 (2)"); // the first alternative jumps to the second's end jump
    expect(programBytes(p)).toBe(16 + p.code.length);
  });

  const errors: [string, string | null][] = [
    ["?", "regex too complex"],
    ["a**", "regex too complex"],
    ["^*", "regex too complex"],
    ["(", "regex too complex"],
    ["[a", "regex too complex"],
    ["\\", "regex too complex"],
    ["(?P<n>a)", "regex too complex"],
    ["a)", "error in regex"],
    ["[" + "a".repeat(127) + "]", null],
    ["[" + "a".repeat(128) + "]", "regex too complex"],
    ["(a)".repeat(63), null],
    ["(a)".repeat(64), "regex too complex"],
    ["b".repeat(62) + "|a", null],
    ["b".repeat(63) + "|a", "regex too complex"],
    ["a\u0000)", null], // a C string: the pattern ends at the NUL
    ["[]", null],
    ["a{2}", null],
  ];
  for (const [pattern, message] of errors) {
    it(`compiles ${JSON.stringify(pattern.slice(0, 12))} ${message ? `to ${message}` : "cleanly"}`, () => {
      if (message === null) expect(() => compile(enc(pattern))).not.toThrow();
      else expect(() => compile(enc(pattern))).toThrow(new HostError("ValueError", message));
    });
  }
});

describe("re1.5 matching", () => {
  it("matches bytes: '.' takes one byte of a UTF-8 character, a repeat the last byte", () => {
    expect(spans(".", "é", true)).toEqual([0, 1]);
    expect(spans("é+", "ééé", true)).toEqual([0, 2]);
  });

  it("compares set ranges as signed chars: [\\x01-\\xff] is 0x01 up to the signed 0xc3, so empty", () => {
    expect(spans("[\u0001-\u00ff]", "a")).toBeNull();
    expect(spans("[\u0001-\u007f]", "a")).toEqual([0, 1]);
  });

  it("anchors ^ at the subject's start even from a later position", () => {
    const p = compile(enc("^o"));
    const caps = new Int32Array(2).fill(-1);
    expect(run(p, { bytes: enc("dog"), begin: 1, end: 3 }, true, caps, 100)).toBe(false);
  });

  it("keeps the last iteration of a repeated group and leaves an unentered one unset", () => {
    expect(spans("(a|b)+c", "abbc", true)).toEqual([0, 4, 2, 3]);
    expect(spans("(a)?b", "b", true)).toEqual([0, 1, -1, -1]);
  });

  it("recurses once per greedy repeat, failing with RuntimeError beyond the C stack", () => {
    expect(spans("a*", "a".repeat(97), true, 100)).toEqual([0, 97]);
    expect(() => spans("a*", "a".repeat(98), true, 100)).toThrow("maximum recursion depth exceeded");
    expect(() => spans("(a*)*", "aaa", true, 100)).toThrow("maximum recursion depth exceeded");
  });
});
