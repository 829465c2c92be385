// vfs.VfsRom (extmod/vfs_rom.c) on our VM against MicroPython v1.27.0: each program's output as the
// unix port prints it (the WebAssembly VM has no VfsRom). The import program embeds a .mpy that our
// compiler makes at test time (byte-identical to mpy-cross's), so the constants' places are found by
// searching the image rather than given as numbers.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runOurs } from "../vm-modules/run.js";

/** Name: [source, what MicroPython prints]. */
const programs: Record<string, [string, string]> = {
  "an image built in Python: listing, stat, files, errors, mount, os and import": [
    String.raw`# A ROMFS image built here: listing, stat, files (text and binary, seek, buffer, address), errors, mount and import.
import vfs, os, sys, uctypes, io

def uint(v):
    out = [v & 0x7F]
    v >>= 7
    while v:
        out.insert(0, 0x80 | (v & 0x7F))
        v >>= 7
    return bytes(out)

def rec(kind, payload):
    return uint(kind) + uint(len(payload)) + payload

def named(kind, name, body):
    return rec(kind, uint(len(name)) + name + body)

def image(body):
    n = uint(len(body))
    if (3 + len(n) + len(body)) % 2:
        n = b"\x80" + n
    return b"\xd2\xcd\x31" + n + body

def ex(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = rec(2, b"shared data!")
body = data + named(5, b"hello.txt", rec(2, b"line one\nline two\nl\xc3\xa9 three")) + named(5, b"ptr.bin", rec(3, uint(6) + uint(2) + b"")) + named(4, b"pkg", named(5, b"__init__.py", rec(2, b"print('pkg init', __name__)\nv = 42\n")) + named(5, b"mod.py", rec(2, b"w = 'mod'\n")) + named(4, b"empty", b"")) + named(5, b"main_rom.py", rec(2, b"import sys\nprint('main_rom', __file__)\n"))
img = image(body)
print(len(img))
fs = vfs.VfsRom(img)
print(fs, type(fs))
ex(lambda: list(fs.ilistdir("")))
ex(lambda: list(fs.ilistdir(b"/")))
ex(lambda: list(fs.ilistdir("pkg")))
ex(lambda: list(fs.ilistdir("pkg/")))
ex(lambda: list(fs.ilistdir("/pkg/empty")))
ex(lambda: list(fs.ilistdir("hello.txt")))
ex(lambda: fs.ilistdir(1))
ex(lambda: fs.stat("ptr.bin"))
ex(lambda: fs.stat("pkg/mod.py"))
ex(lambda: fs.stat("pkg//mod.py"))
ex(lambda: fs.stat("/pkg/mod.py/"))
ex(lambda: fs.stat("hello.txt/x"))
ex(lambda: fs.stat("pk"))
ex(lambda: fs.stat(b"pkg"))
ex(lambda: fs.statvfs(""))
ex(lambda: fs.open("ptr.bin", "rb").read())
f = fs.open("hello.txt", "r")
print(f, type(f))
ex(lambda: f.readline())
ex(lambda: f.read(3))
ex(lambda: f.tell())
ex(lambda: f.readlines())
ex(lambda: f.seek(-2, 2))
ex(lambda: f.read())
ex(lambda: f.seek(5, 7))
ex(lambda: f.close())
ex(lambda: f.close())
ex(lambda: f.seek(0))
ex(lambda: f.read(4))
ex(lambda: f.write("x"))
ex(lambda: f.flush())
ex(lambda: list(fs.open("hello.txt")))
ex(lambda: bytes(fs.open("hello.txt", "rb")))
ex(lambda: memoryview(fs.open("hello.txt")))
b = fs.open("hello.txt", "rb")
ex(lambda: b.readinto(bytearray(4)))
ex(lambda: b.read(100))
ex(lambda: b.read(1))
mv = memoryview(b)
ex(lambda: (len(mv), mv[0], bytes(mv[:4])))
ex(lambda: mv.__setitem__(0, 1))
ex(lambda: uctypes.addressof(b) - uctypes.addressof(img))
ex(lambda: uctypes.addressof(fs.open("ptr.bin", "rb")) - uctypes.addressof(img))
ex(lambda: uctypes.bytes_at(uctypes.addressof(b), 4))
ex(lambda: uctypes.addressof(fs.open("hello.txt")))
ex(lambda: fs.open("hello.txt", "r+"))
ex(lambda: fs.open("nope", "w"))
ex(lambda: fs.open("nope", "x"))
ex(lambda: fs.open("pkg", "rb"))
ex(lambda: fs.open("hello.txt"))
ex(lambda: fs.open("hello.txt", 1))
ex(lambda: fs.mount(False, True))
ex(lambda: fs.mount(False, 0))
ex(lambda: fs.mount(False))
ex(lambda: fs.umount())
ex(lambda: fs.chdir("/"))
ex(lambda: fs.chdir(""))
ex(lambda: fs.chdir("pkg"))
ex(lambda: fs.getcwd())
ex(lambda: vfs.VfsRom(bytearray(img)).stat("hello.txt"))
ex(lambda: vfs.VfsRom(memoryview(img)[0:len(img)]).stat("hello.txt"))
ex(lambda: vfs.VfsRom(img + b"extra").stat(""))
ex(lambda: vfs.VfsRom(img[:-1]))
ex(lambda: vfs.VfsRom("RM1x"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\x00"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x32\x00"))
ex(lambda: vfs.VfsRom())
ex(lambda: vfs.VfsRom(img, 1))
vfs.mount(fs, "/rom")
print(os.listdir("/rom"), os.listdir(b"/rom/pkg"))
print(os.stat("/rom/pkg"), os.stat(b"/rom/hello.txt"))
print([x for x in os.ilistdir(b"/") if x[0] in (b"rom", "rom")])
print(os.statvfs("/rom"))
sys.path.insert(0, "/rom")
import pkg, pkg.mod
print(pkg.v, pkg.mod.w, pkg.__path__ if hasattr(pkg, "__path__") else None, pkg.mod.__file__)
with open("/rom/hello.txt") as f:
    print(f.read(8))
ex(lambda: open("/rom/hello.txt", "w"))
ex(lambda: os.remove("/rom/hello.txt"))
ex(lambda: os.mkdir("/rom/d"))
ex(lambda: os.rename("/rom/hello.txt", "/rom/x"))
ex(lambda: os.rmdir("/rom/pkg"))
os.chdir("/rom")
print(os.getcwd(), os.listdir())
import main_rom
ex(lambda: os.chdir("pkg"))
os.chdir("/")
vfs.umount("/rom")
print(os.listdir("/") == [x for x in os.listdir("/")])
`,
    String.raw`216
<VfsRom> <class 'VfsRom'>
[('hello.txt', 32768, 0, 27), ('ptr.bin', 32768, 0, 6), ('pkg', 16384, 0, 80), ('main_rom.py', 32768, 0, 39)]
[(b'hello.txt', 32768, 0, 27), (b'ptr.bin', 32768, 0, 6), (b'pkg', 16384, 0, 80), (b'main_rom.py', 32768, 0, 39)]
[('__init__.py', 32768, 0, 35), ('mod.py', 32768, 0, 10), ('empty', 16384, 0, 0)]
[('__init__.py', 32768, 0, 35), ('mod.py', 32768, 0, 10), ('empty', 16384, 0, 0)]
[]
OSError [Errno 2] ENOENT
TypeError can't convert 'int' object to str implicitly
(32768, 0, 0, 0, 0, 0, 6, 0, 0, 0)
(32768, 0, 0, 0, 0, 0, 10, 0, 0, 0)
OSError [Errno 2] ENOENT
OSError [Errno 2] ENOENT
OSError [Errno 2] ENOENT
OSError [Errno 2] ENOENT
(16384, 0, 0, 0, 0, 0, 80, 0, 0, 0)
(1, 0, 210, 0, 0, 0, 0, 0, 0, 32767)
b'shared'
<TextIOWrapper> <class 'TextIOWrapper'>
'line one\n'
'lin'
12
['e two\n', 'l\xe9 three']
25
'ee'
27
None
None
0
'line'
AttributeError 'TextIOWrapper' object has no attribute 'write'
AttributeError 'TextIOWrapper' object has no attribute 'flush'
TypeError function takes 3 positional arguments but 2 were given
b'line one\nline two\nl\xc3\xa9 three'
TypeError function takes 3 positional arguments but 2 were given
4
b' one\nline two\nl\xc3\xa9 three'
b''
(27, 108, b'line')
AttributeError 'memoryview' object has no attribute '__setitem__'
34
8
b'line'
TypeError function takes 3 positional arguments but 2 were given
OSError 30
OSError 30
OSError [Errno 2] ENOENT
OSError [Errno 21] EISDIR
TypeError function takes 3 positional arguments but 2 were given
TypeError can't convert 'int' object to str implicitly
OSError [Errno 1] EPERM
None
TypeError function takes 3 positional arguments but 2 were given
<VfsRom>
None
OSError [Errno 95] EOPNOTSUPP
OSError [Errno 95] EOPNOTSUPP
''
(32768, 0, 0, 0, 0, 0, 27, 0, 0, 0)
(32768, 0, 0, 0, 0, 0, 27, 0, 0, 0)
(16384, 0, 0, 0, 0, 0, 210, 0, 0, 0)
OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
<VfsRom>
OSError [Errno 19] ENODEV
TypeError function takes 1 positional arguments but 0 were given
TypeError function takes 1 positional arguments but 2 were given
['hello.txt', 'ptr.bin', 'pkg', 'main_rom.py'] [b'__init__.py', b'mod.py', b'empty']
(16384, 0, 0, 0, 0, 0, 80, 0, 0, 0) (32768, 0, 0, 0, 0, 0, 27, 0, 0, 0)
[(b'rom', 16384, 0)]
(1, 0, 210, 0, 0, 0, 0, 0, 0, 32767)
pkg init pkg
42 mod /rom/pkg /rom/pkg/mod.py
line one
OSError 30
AttributeError 'VfsRom' object has no attribute 'remove'
AttributeError 'VfsRom' object has no attribute 'mkdir'
AttributeError 'VfsRom' object has no attribute 'rename'
AttributeError 'VfsRom' object has no attribute 'rmdir'
/rom ['hello.txt', 'ptr.bin', 'pkg', 'main_rom.py']
main_rom /rom/main_rom.py
OSError [Errno 95] EOPNOTSUPP
True
`,
  ],
  "damaged images": [
    String.raw`# Damaged images: what the constructor refuses (ENODEV) and how lookups and listings fail inside one.
import vfs, errno

def ex(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ex(lambda: vfs.VfsRom(b""))
ex(lambda: vfs.VfsRom(b"RM1"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\x01"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\xff"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\x80"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x30\x00"))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\x00").stat(""))
ex(lambda: vfs.VfsRom(b"\xd2\xcd\x31\x00").statvfs(""))
fs = vfs.VfsRom(b"\xd2\xcd\x31\x02\xff\xff")
ex(lambda: fs.stat("a"))
ex(lambda: list(fs.ilistdir("")))
# One file "file" holding b"data": 18 bytes, the name's length at 7 and the data record at 12.
good = b"\xd2\xcd\x31\x80\x0d\x05\x0b\x04file\x02\x04data"
ex(lambda: vfs.VfsRom(good).stat("file"))
def damaged(at, new):
    b = bytearray(good)
    b[at:at + len(new)] = new
    return vfs.VfsRom(b)
for at, new in ((7, b"\xff" * 11), (12, b"\x01"), (12, b"\xff" * 6), (13, b"\xff" * 5), (12, b"\x03\x04\xff\xff\xff\xff"), (12, b"\x03\x04\x00\xff\xff\xff"), (12, b"\x03\x04\x04\x02\x00\x00"), (12, b"\x00")):
    fs = damaged(at, new)
    ex(lambda: fs.stat("file"))
    ex(lambda: list(fs.ilistdir("")))
# Padding records and unknown kinds are skipped, in the filesystem and inside a file's record.
img = b"\xd2\xcd\x31\x16" + b"\x01\x02pd" + b"\x07\x00" + b"\x05\x0e\x01f\x01\x03pad\x09\x00\x02\x03abc"
fs = vfs.VfsRom(img)
ex(lambda: list(fs.ilistdir("")))
ex(lambda: fs.open("f", "rb").read())
`,
    String.raw`OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
OSError [Errno 19] ENODEV
(16384, 0, 0, 0, 0, 0, 0, 0, 0, 0)
(1, 0, 0, 0, 0, 0, 0, 0, 0, 32767)
OSError [Errno 2] ENOENT
[]
(32768, 0, 0, 0, 0, 0, 4, 0, 0, 0)
OSError [Errno 2] ENOENT
[]
OSError [Errno 2] ENOENT
[]
OSError [Errno 2] ENOENT
[]
OSError [Errno 2] ENOENT
[]
OSError [Errno 2] ENOENT
[]
OSError [Errno 2] ENOENT
[]
(32768, 0, 0, 0, 0, 0, 4, 0, 0, 0)
[('file', 32768, 0, 4)]
OSError [Errno 2] ENOENT
[]
[('f', 32768, 0, 3)]
b'abc'
`,
  ],
};

const ROMOD = String.raw`s1 = "a long string constant"
b1 = b"some bytes constant"
t1 = ("tuple str inside", 5)
n1 = "romod_name_qstr"
romod_name_qstr = 1
short = "print"
i1 = 12345678901234567890
def fn():
    return "in function"
`;

const IMPORT: [string, string] = [
  String.raw`# A .mpy imported from a ROMFS keeps its str and bytes constants (and the names it brings) in the image.
import vfs, sys, uctypes
MPY = b""
def uint(v):
    out = [v & 0x7F]
    v >>= 7
    while v:
        out.insert(0, 0x80 | (v & 0x7F))
        v >>= 7
    return bytes(out)
def rec(kind, payload):
    return uint(kind) + uint(len(payload)) + payload
def named(kind, name, body):
    return rec(kind, uint(len(name)) + name + body)
def image(body):
    n = uint(len(body))
    if (3 + len(n) + len(body)) % 2:
        n = b"\x80" + n
    return b"\xd2\xcd\x31" + n + body
img = image(named(4, b"lib", named(5, b"romod.mpy", rec(2, MPY)) + named(5, b"plain.py", rec(2, b"s = 'made at run time ' + str(1)\n"))))
base = uctypes.addressof(img)
vfs.mount(vfs.VfsRom(img), "/rom")
sys.path.insert(0, "/rom/lib")
import romod, plain
print(romod.__file__, plain.__file__)
def at(x):
    a = uctypes.addressof(x) - base
    return a if 0 <= a < len(img) else None
print(at(romod.s1) == img.find(b"a long string constant"), at(romod.b1) == img.find(b"some bytes constant"))
print(at(romod.t1[0]) == img.find(b"tuple str inside"), at(romod.fn()) == img.find(b"in function"))
print(at(romod.n1) == img.find(b"romod_name_qstr"), at(romod.short), romod.i1)
print(at(plain.s), uctypes.bytes_at(uctypes.addressof(romod.s1), 6))
vfs.umount("/rom")
`,
  String.raw`/rom/lib/romod.mpy /rom/lib/plain.py
True True
True True
True None 12345678901234567890
None b'a long'
`,
];

describe("vfs.VfsRom", () => {
  for (const [name, [src, expected]] of Object.entries(programs)) {
    it(name, () => {
      expect(runOurs(src).output).toBe(expected);
    });
  }

  it("keeps a ROM .mpy's str and bytes constants in the image", () => {
    const r = compile(ROMOD, { sourceName: "romod.py" });
    if (!r.ok) throw r.error;
    const hex = Buffer.from(r.mpy).toString("hex");
    const src = IMPORT[0].replace('MPY = b""', 'MPY = bytes.fromhex("' + hex + '")');
    expect(runOurs(src).output).toBe(IMPORT[1]);
  });

  it("charges MicroPython's 32-bit object sizes", () => {
    const r = runOurs(String.raw`import gc, vfs
img = b"\xd2\xcd\x31\x80\x0d\x05\x0b\x04file\x02\x04data"
m = gc.mem_alloc
def f():
    w = None
    a = b = 0
    fs = vfs.VfsRom(img)
    a = m(); w = vfs.VfsRom(img); b = m(); print("VfsRom", b - a)
    a = m(); w = fs.open("file", "rb"); b = m(); print("file", b - a)
    a = m(); w = fs.ilistdir(""); b = m(); print("ilistdir", b - a)
    a = m(); w = next(w); b = m(); print("entry", b - a)
    a = m(); w = fs.stat("file"); b = m(); print("stat", b - a)
f()
`);
    expect(r.output).toBe("VfsRom 16\nfile 16\nilistdir 32\nentry 32\nstat 48\n");
  });
});
