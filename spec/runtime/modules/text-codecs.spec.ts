// binascii and json against what MicroPython v1.27.0's WebAssembly port printed.

import { describe, expect, it } from "vitest";
import { a2bBase64, b2aBase64, crc32, hexlify, unhexlify } from "../../../runtime/lib/binascii.js";
import { ERRNO, osErrorText, SYS } from "../../../runtime/lib/sysinfo.js";
import { dumps, loads } from "../../../runtime/lib/json.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe("binascii", () => {
  it("matches MicroPython", () => {
    expect(dec(hexlify(Uint8Array.of(1, 0xab)))).toBe("01ab");
    expect(dec(hexlify(Uint8Array.of(1, 0xab), enc(":")))).toBe("01:ab");
    expect([...unhexlify(enc("01AB"))]).toEqual([1, 0xab]);
    expect(() => unhexlify(enc("abc"))).toThrow("non-hex digit");
    expect(() => unhexlify(enc("zz"))).toThrow("non-hex digit");
    expect(dec(b2aBase64(enc("hello")))).toBe("aGVsbG8=\n");
    expect(dec(b2aBase64(enc("hi"), false))).toBe("aGk=");
    expect(dec(a2bBase64(enc("aGVsbG8=")))).toBe("hello");
    expect(() => a2bBase64(enc("a"))).toThrow("incorrect padding");
    expect(crc32(enc("hello"))).toBe(907060870);
    expect(crc32(enc("lo"), 5)).toBe(686538456);
  });
});

describe("json", () => {
  it("dumps with MicroPython's separators and escapes", () => {
    expect(dumps({ entries: [["a", [{ int: 1n }, { float: 2.5 }, null, true, "x\né"]]] })).toBe('{"a": [1, 2.5, null, true, "x\\né"]}');
    expect(dumps([{ float: 1 }, { float: 1e20 }, { float: Infinity }])).toBe("[1.0, 1e+20, inf]");
    expect(dumps("\t\n\x7f\xe9\x01\"\\")).toBe('"\\t\\n\x7f\xe9\\u0001\\"\\\\"');
    expect(dumps({ entries: [[{ int: 1n }, { int: 2n }]] })).toBe('{"1": 2}');
    expect(dumps([{ int: 1n }, { int: 2n }], { separators: [",", ":"] })).toBe("[1,2]");
    expect(dumps({ other: 0 }, { repr: () => "<object>" })).toBe("<object>");
  });

  it("loads JSON keeping ints and floats apart, rejecting malformed text", () => {
    expect(loads('[1, 2.5, "\\u00e9", {"a": null}, 123456789012345678901]')).toEqual([
      { int: 1n }, { float: 2.5 }, "é", { entries: [["a", null]] }, { int: 123456789012345678901n },
    ]);
    for (const bad of ["[1,", "", "{1: 2}", "[1] x", '"\\q"']) expect(() => loads(bad), bad).toThrow("syntax error in JSON");
  });
});

describe("sys and errno constants", () => {
  it("match the WebAssembly port", () => {
    expect(SYS.maxsize).toBe(2147483647);
    expect(SYS.implementation.version).toEqual([1, 27, 0, ""]);
    expect(SYS.implementation._mpy).toBe(774);
    expect(SYS.version.startsWith("3.4.0; MicroPython v1.27.0")).toBe(true);
    expect(Object.keys(ERRNO)).toHaveLength(22);
    expect(ERRNO.ETIMEDOUT).toBe(110);
    expect(osErrorText(19)).toBe("[Errno 19] ENODEV");
    expect(osErrorText(999)).toBe("999");
  });
});
