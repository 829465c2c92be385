// The deflate module as MicroPython v1.27.0's WebAssembly port (a 32-bit build with
// MICROPY_PY_DEFLATE_COMPRESS) runs it: each program's expected output is what that VM prints.

import { describe, expect, it } from "vitest";
import { run } from "../vm-extmod/run.js";

describe("deflate.DeflateIO", () => {
  it("inflates RAW, ZLIB and GZIP streams, detects the header, takes one source byte per need and rejects what uzlib rejects", () => {
    // formats, header detection, source bytes per read, window sizes, argument and closed-stream errors
    expect(run(String.raw`import deflate, io
raw = b"\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00"
zl = b"x\x9c" + raw + b"\x1a\x0b\x04]"
gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + raw + b"\x85\x11J\r\x0b\x00\x00\x00"
def inflate(data, *args):
    try:
        with deflate.DeflateIO(io.BytesIO(data), *args) as d:
            return d.read()
    except Exception as e:
        return type(e).__name__
print(inflate(raw, deflate.RAW), inflate(zl), inflate(gz), inflate(zl, deflate.ZLIB), inflate(gz, deflate.GZIP))
print(inflate(raw), inflate(zl, deflate.GZIP), inflate(gz, deflate.ZLIB), inflate(zl, deflate.RAW))
print(inflate(zl[:-1] + b"!"), inflate(gz[:-8] + bytes(8)), inflate(gz[:-4] + bytes(4)), inflate(raw[:6], deflate.RAW))
print(inflate(b"\x07", deflate.RAW), inflate(raw + b"junk", deflate.RAW))
# how much of the source each read takes
src = io.BytesIO(zl)
d = deflate.DeflateIO(src)
print(src.tell(), [(d.read(n), src.tell()) for n in (1, 2, 3, 100, 1)])
# window sizes: wbits over the header's, below it, and out of range
far = b"\xcbH\xcd\xc9\xc9g \x12\x80\x15\x03\x00"
print([len(r) if isinstance(r, bytes) else r for r in (inflate(far, deflate.RAW, w) for w in (0, 5, 6, 15))])
# the header's window (here 256 bytes) when it is smaller than wbits; the trailer is missing
print(inflate(b"\x08\x1d" + far, deflate.ZLIB, 15), inflate(b"\x08\x1d" + far, deflate.ZLIB, 5))
for args in ((deflate.RAW, 4), (deflate.RAW, 16), (-1,), (4,), (1, 2, 3, 4), ("x",)):
    print(inflate(raw, *args))
d = deflate.DeflateIO(io.BytesIO(raw), deflate.RAW)
d.close()
print(inflate(raw, deflate.RAW, 0, True))
b = io.BytesIO(raw)
d = deflate.DeflateIO(b, deflate.RAW)
print(d.read(2))
b.close()
try:
    d.read(2)
except ValueError as e:
    print("ValueError", e)
d = deflate.DeflateIO(io.BytesIO(raw), deflate.RAW)
d.close()
try:
    d.read(2)
except OSError as e:
    print("OSError", e)
`).out).toBe(String.raw`b'hello world' b'hello world' b'hello world' b'hello world' b'hello world'
OSError OSError OSError OSError
OSError OSError b'hello world' EOFError
OSError b'hello world'
0 [(b'h', 4), (b'el', 6), (b'lo ', 9), (b'world', 19), (b'', 19)]
[50, 'OSError', 50, 50]
EOFError OSError
ValueError
ValueError
ValueError
ValueError
TypeError
TypeError
b'hello world'
b'he'
ValueError I/O operation on closed file
OSError [Errno 22] EINVAL
`);
  });

  it("deflates byte for byte as uzlib: headers, trailers, window bits, matches kept within each write", () => {
    // the compressed bytes for each format and wbits, chunked writes, str and offset writes, closing twice
    expect(run(String.raw`import deflate, io
def deflated(data, *args, chunk=0):
    b = io.BytesIO()
    with deflate.DeflateIO(b, *args) as d:
        if chunk:
            for i in range(0, len(data), chunk):
                d.write(data[i:i + chunk])
        else:
            d.write(data)
    return b.getvalue()
print(deflated(b"hello"), deflated(b"hello", deflate.RAW, 15))
print(deflated(b"hello", deflate.ZLIB), deflated(b"hello", deflate.ZLIB, 5), deflated(b"hello", deflate.ZLIB, 11), deflated(b"hello", deflate.ZLIB, 15))
print(deflated(b"hello", deflate.GZIP, 9))
print(deflated(b""), deflated(b"", deflate.ZLIB), deflated("", deflate.GZIP))
text = b"the quick brown fox jumps over the lazy dog; " * 5 + bytes(range(140, 160)) + b"\xff" * 600
for wbits in (5, 7, 9, 12):
    out = deflated(text, deflate.RAW, wbits, chunk=37)
    print(wbits, len(out), out[:24], out[-12:], out == deflated(text, deflate.RAW, wbits))
    with deflate.DeflateIO(io.BytesIO(out), deflate.RAW, wbits) as d:
        print(d.read() == text)
b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.GZIP)
print(d.write("str too"), d.write(bytearray(b"ab"), 1), d.write(b"xyz", 1, 1))
d.close()
d.close()
print(b.getvalue())
try:
    d.write(b"more")
except OSError as e:
    print("OSError", e)
b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.ZLIB)
d.write(b"abc")
b.close()
for _ in range(2):
    try:
        d.close()
    except ValueError as e:
        print("ValueError", e)
`).out).toBe(String.raw`b'\xcbH\xcd\xc9\xc9\x07\x00' b'\xcbH\xcd\xc9\xc9\x07\x00'
b'\x18\x95\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15' b'\x18\x95\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15' b'8\x8d\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15' b'x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15'
b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
b'' b'' b''
5 254 b'+\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-' b'\x05\x88\x02D\x01\xa2\x00Q\x80\x00\x00\x00' False
True
7 114 b'+\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-' b'\x05\x88\x02D\x01\xa2\x00Q\x80\x00\x00\x00' False
True
9 114 b'+\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-' b'\x05\x88\x02D\x01\xa2\x00Q\x80\x00\x00\x00' False
True
12 114 b'+\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-' b'\x05\x88\x02D\x01\xa2\x00Q\x80\x00\x00\x00' False
True
7 1 1
b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03+.)R(\xc9\xcfO\xac\x04\x00\xd9\x0e\xc5\x02\t\x00\x00\x00'
OSError [Errno 22] EINVAL
ValueError I/O operation on closed file
ValueError I/O operation on closed file
`);
  });

  it("raises the errors of the stream under it as uzlib's callbacks do, and charges the C structs and windows", () => {
    // source and sink errors (a failed header write is EINVAL, a failed byte an OSError of its errno, EAGAIN raised), heap
    expect(run(String.raw`import deflate, io, gc
class Src(io.IOBase):
    def __init__(self, data, fail_at=-1, result=-5):
        self.data = data
        self.n = 0
        self.fail_at = fail_at
        self.result = result
    def readinto(self, buf):
        self.n += 1
        if self.n == self.fail_at:
            return self.result
        if not self.data:
            return 0
        buf[0] = self.data[0]
        self.data = self.data[1:]
        return 1
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0
raw = b"\xcbH\xcd\xc9\xc9\x07\x00"
for fail_at, result in ((1, -5), (3, None), (3, -11)):
    s = Src(raw, fail_at, result)
    d = deflate.DeflateIO(s, deflate.RAW, 0, True)
    try:
        print(d.read())
    except OSError as e:
        print(repr(e), s.n)
    try:
        print(d.read(), s.n)
    except OSError as e:
        print(repr(e), s.n)
    d.close()
class Sink(io.IOBase):
    def __init__(self, fail_at=-1, result=-1):
        self.n = 0
        self.fail_at = fail_at
        self.result = result
        self.got = b""
    def write(self, buf):
        self.n += 1
        if self.n == self.fail_at:
            return self.result
        self.got += buf
        return len(buf)
for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP):
    for fail_at in (1, 2, 4, 5):
        s = Sink(fail_at)
        d = deflate.DeflateIO(s, fmt)
        r = []
        for step in (lambda: d.write(b"a"), lambda: d.write(b"b"), d.close, d.close):
            try:
                r.append(step())
            except OSError as e:
                r.append(e.errno)
        print(fmt, fail_at, r, s.got)
s = Sink(2, None)
d = deflate.DeflateIO(s, deflate.RAW)
for data in (b"ab", b"c"):
    try:
        print(d.write(data))
    except OSError as e:
        print(repr(e))
# heap: the object, then the read state and its window, the write window and state
def heap(fmt, wbits, src, write):
    b = io.BytesIO(src)
    buf = bytearray(2)
    gc.collect()
    a = gc.mem_alloc()
    d = deflate.DeflateIO(b, fmt, wbits)
    o = gc.mem_alloc() - a
    if write:
        d.write(buf)
    else:
        d.readinto(buf)
    return o, gc.mem_alloc() - a - o
gc.disable()
zl = b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15"
zl9 = b"\x18\x95\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15"
gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00"
print(heap(deflate.RAW, 0, raw, False), heap(deflate.RAW, 5, raw, False), heap(deflate.AUTO, 0, zl, False), heap(deflate.AUTO, 12, zl, False))
print(heap(deflate.ZLIB, 0, zl9, False), heap(deflate.ZLIB, 15, zl9, False), heap(deflate.GZIP, 10, gz, False))
print(heap(deflate.RAW, 0, b"", True), heap(deflate.ZLIB, 5, b"", True), heap(deflate.GZIP, 11, b"", True))
gc.enable()
# the window is taken before the write state: a failed window leaves nothing written
b = io.BytesIO()
d = deflate.DeflateIO(b, deflate.GZIP, 15)
hog = []
try:
    while True:
        hog.append(bytearray(2000))
except MemoryError:
    pass
hog.pop()
try:
    d.write(b"x")
except MemoryError:
    print("MemoryError")
hog = None
d.close()
print(b.getvalue())
`).out).toBe(String.raw`OSError(5,) 1
OSError(22,) 5
ioctl 4 0
OSError(11,) 3
b'' 3
ioctl 4 0
OSError(11,) 3
b'' 3
ioctl 4 0
1 1 [1, 1, None, None] b'KL\x02\x00'
1 2 [1, 1, None, None] b'KL\x02\x00'
1 4 [1, 1, 1, None] b'KL\x02\x00\x00'
1 5 [1, 1, None, None] b'KL\x02\x00'
2 1 [22, 1, None, None] b'I\x00\x00c\x00c'
2 2 [1, 1, None, None] b'\x18\x95KL\x02\x00\x01&\x00\xc4'
2 4 [1, 1, 1, None] b'\x18\x95KL\x02\x00\x00\x01&\x00\xc4'
2 5 [1, 1, 1, None] b'\x18\x95KL\x02\x00\x00\x01&\x00\xc4'
3 1 [22, 1, None, None] b'I\x00\xf9\xef\xbeq\x01\x00\x00\x00'
3 2 [1, 1, None, None] b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03KL\x02\x00mH\x83\x9e\x02\x00\x00\x00'
3 4 [1, 1, 1, None] b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03KL\x02\x00\x00mH\x83\x9e\x02\x00\x00\x00'
3 5 [1, 1, 1, None] b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03KL\x02\x00\x00mH\x83\x9e\x02\x00\x00\x00'
OSError(11,)
1
(32, 1552) (32, 1328) (32, 34064) (32, 5392)
(32, 1808) (32, 1808) (32, 2320)
(32, 336) (32, 112) (32, 2128)
MemoryError
b''
`);
  });
});
