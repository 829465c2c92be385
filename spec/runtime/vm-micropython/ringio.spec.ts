// micropython.RingIO on our VM; each expected output is what the MicroPython v1.27.0 unix port
// prints for the same program.

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

describe("micropython.RingIO", () => {
  it("reads and writes what is there and what fits, as the stream methods do", () => {
    const r = runOurs(`
import micropython
r = micropython.RingIO(8)
print(r, type(r))
print(r.write(b"ab\\ncd\\nef"), r.any())
print(r.readline(), r.readline(2), r.readline())
print(r.read(1), r.read())
r.write(b"0123456789")
b = bytearray(4)
print(r.readinto(b), bytes(b))
print(r.readinto(b, 2), bytes(b))
print(r.write(b"xyz", 1), r.write(b"abcdef", 2, 3), r.read())
print(r.close(), r.read(0), r.readline(0))
`);
    expect(r.output).toBe(
      "<RingIO> <class 'RingIO'>\n8 8\nb'ab\\n' b'cd' b'\\n'\nb'e' b'f'\n4 b'0123'\n2 b'4523'\n1 3 b'67xcde'\nNone b'' b''\n",
    );
  });

  it("works in a writable buffer given to it, one byte of which stays free", () => {
    const r = runOurs(`
import micropython
ba = bytearray(5)
r = micropython.RingIO(ba)
print(r.write(b"hello"), ba, r.any())
`);
    expect(r.output).toBe("4 bytearray(b'hell\\x00') 4\n");
  });

  it("refuses what is not a size or a writable buffer, and sizes out of range", () => {
    const r = runOurs(`
import micropython
for bad in (b"abc", None, "x", 0, bytearray(1), 65535, bytearray(65536)):
    try:
        micropython.RingIO(bad)
    except Exception as e:
        print(type(e).__name__, e.args)
try:
    micropython.RingIO(-5)
except MemoryError:
    print("MemoryError")
`);
    expect(r.output).toBe(
      'TypeError ("can\'t convert bytes to int",)\nTypeError ("can\'t convert NoneType to int",)\nTypeError ("can\'t convert str to int",)\n' +
        "ValueError ()\nValueError ()\nValueError ()\nValueError ()\nMemoryError\n",
    );
  });
});
