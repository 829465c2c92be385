// open() on the board's filesystem: text and binary file objects with MicroPython's stream methods
// (py/stream.c): read(n) counts characters in text mode, the unbuffered readline, seek and tell,
// append and update modes, errno values, UnicodeError on invalid UTF-8. Expected outputs are the
// unix port's for the same program, except where noted as littlefs behaviour.

import { describe, expect, it } from "vitest";
import { runOnBoard } from "./run.js";

const FILES = `
import os
f = open("notes.txt", "w")
print(f.write("h\\u00e9llo\\nw\\u00f6rld\\n"))
f.close()
print(os.stat("notes.txt")[6])
with open("notes.txt") as f:
    print(repr(f.read(2)), f.tell())
    print(repr(f.readline()))
    print(repr(f.readline(3)))
    print(f.readlines())
with open("notes.txt", "rb") as f:
    print(f.read(2), f.seek(-3, 2), f.read())
    print(f.seek(1), f.readinto(bytearray(4)))
for line in open("notes.txt"):
    print(repr(line))
f = open("notes.txt", "a")
f.write("more")
f.close()
print(open("notes.txt").read().split())
f = open("notes.txt", "r+b")
f.write(b"HE")
f.seek(0)
print(f.read(6))
f.close()
try:
    f.read()
except ValueError:
    print("ValueError")
f = open("new.bin", "w+b")
f.write(b"12345")
f.seek(8)
f.write(b"!")
f.seek(0)
print(f.read())
f.close()
try:
    open("missing.txt")
except OSError as e:
    print("open", e.errno)
f = open("notes.txt")
try:
    f.write("x")
except OSError as e:
    print("write", e.errno)
try:
    f.seek(-1)
except OSError as e:
    print("seek", e.errno)
open("bad.txt", "wb").write(b"ok\\xff\\n")
try:
    open("bad.txt").read()
except UnicodeError:
    print("UnicodeError")
print(open("bad.txt", "rb").read())
os.remove("notes.txt")
print(sorted(os.listdir()))
`;

const FILES_OUT = `14
14
'h\\xe9' 3
'llo\\n'
'w\\xf6'
['rld\\n']
b'h\\xc3' 11 b'ld\\n'
1 4
'h\\xe9llo\\n'
'w\\xf6rld\\n'
['h\\xe9llo', 'w\\xf6rld', 'more']
b'HE\\xa9llo'
ValueError
b'12345\\x00\\x00\\x00!'
open 2
write 9
seek 22
UnicodeError
b'ok\\xff\\n'
['bad.txt', 'new.bin']
`;

describe("open() on the board's filesystem", () => {
  it("reads, writes, seeks and fails as MicroPython's file objects do", () => {
    expect(runOnBoard(FILES)).toBe(FILES_OUT);
  });

  it("reads text mode read(n) in whole characters, never past them", () => {
    const src = `
open("u.txt", "wb").write("a\\u03b1b\\u03b2c\\u03b3d\\u03b4\\n\\u3041\\U0001f650".encode())
for mode in ("rb", "rt"):
    f = open("u.txt", mode)
    print(f.read(1), f.read(1), f.read(2), f.read(4))
    f.readline()
    print(f.read(1 if mode == "rt" else 3), f.read(1 if mode == "rt" else 4))
`;
    // unicode/file2.py's reads, on the unix port.
    expect(runOnBoard(src)).toBe(
      "b'a' b'\\xce' b'\\xb1b' b'\\xce\\xb2c\\xce'\nb'\\xe3\\x81\\x81' b'\\xf0\\x9f\\x99\\x90'\na \u03b1 b\u03b2 c\u03b3d\u03b4\n\u3041 \u{1f650}\n",
    );
  });

  it("opens as littlefs does (vfs_lfsx_file.c): 'x' refuses an existing file, a mode of two kinds is ValueError, a closed file a bare ValueError", () => {
    const src = `
open("a.txt", "w").close()
try:
    open("a.txt", "x")
except OSError as e:
    print("x", e.errno)
try:
    open("a.txt", "rw")
except ValueError:
    print("ValueError")
f = open("a.txt")
print(f, open("a.txt", "rb"))
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("closed", e.args)
import os
os.mkdir("d")
try:
    open("d")
except OSError as e:
    print("dir", e.errno)
`;
    expect(runOnBoard(src)).toBe("x 17\nValueError\n<io.TextIOWrapper> <io.FileIO>\nclosed ()\ndir 21\n");
  });

  it("charges an open file's littlefs state and cache to the heap", () => {
    const src = `
import gc
f = a = None
open("x", "w").close()
gc.collect()
a = gc.mem_alloc()
f = open("x")
print(gc.mem_alloc() - a)
`;
    // 128 bytes of lfs2 file state and a 1 KiB cache, as on an rp2 board.
    expect(runOnBoard(src)).toBe("1152\n");
  });
});
