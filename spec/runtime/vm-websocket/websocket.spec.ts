// The websocket module (extmod/modwebsocket.c) on our VM against MicroPython v1.27.0: each program's
// output as the unix port prints it (the WebAssembly VM has no websocket module).

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

/** Name: [source, what MicroPython prints]. */
const programs: Record<string, [string, string]> = {
  "frames written and read: header sizes, fragments, masks, control frames, limits": [
    String.raw`# Framing: the header sizes a write picks, reading fragments, masks, control frames, and the limits.
import io, websocket, errno

def written(data, binary=False):
    s = io.BytesIO()
    ws = websocket.websocket(s)
    if binary:
        print("opts was", ws.ioctl(9, 2))
    print("wrote", ws.write(data))
    return s.getvalue()

for n in (0, 5, 125, 126, 300, 65535):
    out = written(b"x" * n)
    print(n, out[:4], len(out))
print(written("text é"))
print(written(b"\x00\x01", True))
try:
    written(b"x" * 65536)
except OSError as e:
    print("OSError", e.errno == errno.ENOBUFS)

def reads(raw, *sizes):
    ws = websocket.websocket(io.BytesIO(raw))
    out = []
    for n in sizes:
        out.append(ws.read(n))
        out.append(ws.ioctl(8))
    return out

print(reads(b"\x01\x03abc\x00\x03def\x80\x02gh", 4, 4, 4, 4))
print(reads(b"\x82\x83\x01\x02\x03\x01\x02\x03", 3, 1))
print(reads(b"\x81\xfe\x00\x04\xff\xff\xff\xffabcd", 4))
print(reads(b"\x89\x02hi\x8a\x00\x81\x02ok", 5))

class Closing(io.BytesIO):
    pass

class Track(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.sent = b""
    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def write(self, buf):
        self.sent += bytes(buf)
        return len(buf)
    def ioctl(self, req, arg):
        print("inner ioctl", req, arg)
        return 0

t = Track(b"\x81\x7f" + bytes(8) + b"zz")
ws = websocket.websocket(t)
try:
    ws.read(2)
except OSError as e:
    print("OSError", e.errno == errno.EIO)
t = Track(b"\x81\x02hi\x88\x00\x81\x02no")
ws = websocket.websocket(t)
print(ws.read(), t.sent, t.data)
print(ws.readline(), ws.close())
`,
    String.raw`wrote 0
0 b'' 0
wrote 5
5 b'\x81\x05xx' 7
wrote 125
125 b'\x81}xx' 127
wrote 126
126 b'\x81~\x00~' 130
wrote 300
300 b'\x81~\x01,' 304
wrote 65535
65535 b'\x81~\xff\xff' 65539
wrote 7
b'\x81\x07text \xc3\xa9'
opts was 1
wrote 2
b'\x82\x02\x00\x01'
OSError True
[b'abcd', 1, b'efgh', 1, b'', 1, b'', 1]
[b'\x03\x01', 2, b'', 2]
[b'\x9e\x9d\x9c\x9b', 1]
[b'ok', 1]
inner ioctl 4 0
OSError True
b'hi' b'\x88\x00' b'\x81\x02no'
inner ioctl 4 0
b'no' None
`,
  ],
  "partial headers, readline, close replies, ioctl and argument errors": [
    String.raw`# Reading and writing through websocket.websocket over BytesIO and a Python stream: partial headers
# (None, or what came before), lines, control frames, the close reply, ioctl and argument errors.
import io, websocket, errno
def ex(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def ws(b, *a):
    return websocket.websocket(io.BytesIO(b), *a)
ex(lambda: ws(b"\x81").read(4))
ex(lambda: ws(b"\x81\x04pi").read(4))
ex(lambda: ws(b"\x81\x02pi\x81").read(4))
ex(lambda: ws(b"\x81\x02pi\x81").read())
ex(lambda: ws(b"\x81").read())
ex(lambda: ws(b"\x81\x05ab\ncd").readline())
ex(lambda: ws(b"\x81\x02ab\x81").readline())
ex(lambda: ws(b"\x81").readline())
ex(lambda: ws(b"\x81\x05ab\ncd").readinto(bytearray(3)))
ex(lambda: ws(b"\x81").readinto(bytearray(3)))
ex(lambda: ws(b"\x81\x00\x81\x02ok").read(2))
ex(lambda: ws(b"\x82\x02ok").read(2))
w = ws(b"\x82\x02ok\x01\x01a\x89\x00\x00\x01b")
ex(lambda: w.ioctl(8))
ex(lambda: w.read(2))
ex(lambda: w.ioctl(8))
ex(lambda: w.read(1))
ex(lambda: w.ioctl(8))
ex(lambda: w.read(1))
ex(lambda: w.ioctl(8))
ex(lambda: w.read(1))
ex(lambda: websocket.websocket(1))
ex(lambda: websocket.websocket())
ex(lambda: websocket.websocket(io.BytesIO(), True, 3))
ex(lambda: websocket.websocket(io.BytesIO(), True).write(b"x"))
ex(lambda: websocket.websocket(io.BytesIO(), False).write(b"x"))
ex(lambda: websocket.websocket(io.BytesIO(), 1).write(b"x"))
class Blk(io.IOBase):
    def __init__(self):
        self.out = bytearray()
    def readinto(self, b):
        return 0
    def write(self, b):
        self.out += b
        return len(b)
    def ioctl(self, r, a):
        print("ioctl", r, a)
        return 0
    def setblocking(self, f):
        print("setblocking", f)
s = Blk()
w = websocket.websocket(s, True)
ex(lambda: w.write("héllo"))
print(bytes(s.out))
ex(lambda: w.ioctl(9, 2))
ex(lambda: w.write(b"\x00" * 200))
print(bytes(s.out)[:12])
ex(lambda: w.close())
ex(lambda: w.ioctl(4))
ex(lambda: w.ioctl(1))
ex(lambda: w.ioctl())
ex(lambda: w.ioctl(9, b"ab"))
ex(lambda: w.ioctl(9, 2**40 + 1))
ex(lambda: w.ioctl(9, 1.5))
ex(lambda: w.write(b"x", 0))
ex(lambda: w.write(b"xyz", 1, 1))
print(bytes(s.out)[-6:])
s2 = io.BytesIO(b"\x88\x00")
w2 = websocket.websocket(s2)
ex(lambda: w2.read())
print(s2.getvalue())
ex(lambda: w2.read(3))
print(s2.getvalue())
ex(lambda: ws(b"\x8a\x84abcdabcd\x81\x01z").read(1))
ex(lambda: ws(b"\x81\x7e\x00\x03abc").read(5))
ex(lambda: ws(b"\x81\xfe\x00\x03\x00\x00\x00\x01abc").read(5))
print(type(w), w, hasattr(w, "__iter__"))
ex(lambda: iter(w))
ex(lambda: w.seek(0))
ex(lambda: ws(b"\x81\x04ping", True).read(4))
ex(lambda: ws(b"\x88\x00", True).read(4))
`,
    String.raw`None
b'pi'
b'pi'
b'pi'
None
b'ab\n'
b'ab'
None
3
None
b'ok'
b'ok'
0
b'ok'
2
b'a'
1
b'b'
9
b''
OSError stream operation not supported
TypeError function missing 1 required positional arguments
TypeError function expected at most 2 arguments, got 3
AttributeError 'BytesIO' object has no attribute 'setblocking'
1
1
setblocking True
setblocking False
6
b'\x81\x06h\xc3\xa9llo'
1
setblocking True
setblocking False
200
b'\x81\x06h\xc3\xa9llo\x82~\x00\xc8'
ioctl 4 0
None
ioctl 4 0
0
OSError [Errno 22] EINVAL
TypeError function missing 1 required positional arguments
TypeError can't convert bytes to int
2
TypeError can't convert float to int
0
setblocking True
setblocking False
1
b'\x00\x00\x00\x81\x01y'
b''
b'\x88\x00\x88\x00'
b''
b'\x88\x00\x88\x00'
b'\x00'
b'abc'
b'abc'
<class 'websocket'> <websocket> False
TypeError 'websocket' object isn't iterable
AttributeError 'websocket' object has no attribute 'seek'
b'ping'
AttributeError 'BytesIO' object has no attribute 'setblocking'
`,
  ],
};

describe("websocket", () => {
  for (const [name, [src, expected]] of Object.entries(programs)) {
    it(name, () => {
      expect(runOurs(src).output).toBe(expected);
    });
  }

  it("charges 32 heap bytes per websocket object", () => {
    const r = runOurs(String.raw`import gc, io, websocket
def f():
    s = io.BytesIO()
    w = None
    a = gc.mem_alloc()
    w = websocket.websocket(s)
    print(gc.mem_alloc() - a)
f()
`);
    expect(r.output).toBe("32\n");
  });
});
