// Streams (py/stream.c, py/modio.c, py/objstringio.c): print(file=) writes each piece to a stream
// and refuses anything else, an io.IOBase subclass is a stream through its write/readinto, BytesIO
// and StringIO seek, grow and close as MicroPython's do and charge the heap as a vstr grows,
// sys.stdout has its binary buffer and file numbers. Expected outputs are the unix port's, and the
// heap figures the WebAssembly port's (32-bit).

import { describe, expect, it } from "vitest";
import { runOnBoard } from "./run.js";

const STREAMS = `import io, sys
class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, buf):
        self.parts.append(bytes(buf))
        return len(buf)
s = Sink()
print("a", 12, "é", sep="-", end="!\\n", file=s)
print(s.parts)
class Src(io.IOBase):
    def __init__(self, data):
        self.data = data
    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
for bad in (None, 1, object()):
    try:
        print("x", file=bad)
    except OSError as e:
        print("OSError", e.args[0])
b = io.BytesIO(b"foobar")
try:
    b.seek(-10)
except OSError as e:
    print("seek", e.errno)
print(b.seek(-2, 2), b.read(), b.seek(-10, 1), b.seek(9), b.write(b"!"), b.getvalue())
s = io.StringIO("héllo\\nwörld")
print(repr(s.read(2)), repr(s.readline()), s.tell(), list(s))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO()
print(b.write("ü"), b.write(bytearray(b"ab"), 1), b.write(b"xyz", 1, 1), b.getvalue())
with io.BytesIO(b"l1\\nl2\\n") as b:
    print(b.readline(), b.readinto(bytearray(1)))
print(sys.stdout.write("text\\n"), sys.stdout.buffer.write(b"bytes\\n"))
print(sys.stdout.fileno(), sys.stderr.fileno())
`;

const STREAMS_OUT = `[b'a', b'-', b'12', b'-', b'\\xc3\\xa9', b'!\\n']
OSError stream operation not supported
OSError stream operation not supported
OSError stream operation not supported
seek 22
4 b'ar' 0 9 1 b'foobar\\x00\\x00\\x00!'
'h\\xe9' 'llo\\n' 7 ['w\\xf6rld']
ValueError I/O operation on closed file
2 1 1 b'\\xc3\\xbcay'
b'l1\\n' 1
text
bytes
5 6
1 2
`;

describe("streams", () => {
  it("print(file=), io.IOBase, BytesIO, StringIO and sys.stdout behave as MicroPython's", () => {
    expect(runOnBoard(STREAMS)).toBe(STREAMS_OUT);
  });

  it("charges BytesIO and StringIO buffers as a vstr grows", () => {
    const src = `
import gc, io
b = c = d = x = a = None
gc.collect()
a = gc.mem_alloc(); b = io.BytesIO(); print(gc.mem_alloc() - a)
x = b"y" * 40
a = gc.mem_alloc(); b.write(x); print(gc.mem_alloc() - a)
a = gc.mem_alloc(); b.write(x); print(gc.mem_alloc() - a)
a = gc.mem_alloc(); c = io.BytesIO(x); print(gc.mem_alloc() - a)
a = gc.mem_alloc(); c.write(b"z"); print(gc.mem_alloc() - a)
a = gc.mem_alloc(); d = io.BytesIO(100); print(gc.mem_alloc() - a)
a = gc.mem_alloc(); d = io.StringIO("abc"); print(gc.mem_alloc() - a)
`;
    expect(runOnBoard(src)).toBe("48\n48\n48\n32\n48\n144\n32\n");
  });
});
