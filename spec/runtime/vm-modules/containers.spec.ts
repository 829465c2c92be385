// collections (deque, namedtuple, OrderedDict), io (BytesIO, StringIO), sys.stdout and cmath from
// Python programs on our VM print what the MicroPython WebAssembly VM prints.

import { describe, expect, it } from "vitest";
import { bothPrint, runOurs } from "./run.js";

const programs: Record<string, string> = {
  deque: `
from collections import deque
d = deque((1, 2, 3), 3)
d.append(4)
d.appendleft(0)
print(len(d), list(d), d.pop(), d.popleft(), d[0], d[-1])
d.extend([7, 8, 9])
print(list(d), d)
e = deque((), 2, 1)
e.append(1); e.append(2)
try:
    e.append(3)
except IndexError as x:
    print("IndexError", x)
try:
    deque((), 2).pop()
except IndexError as x:
    print("IndexError", x)
`,
  namedtuple: `
from collections import namedtuple
P = namedtuple("P", ["x", "y"])
Q = namedtuple("Q", "a b c")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y, list(p), Q(1, 2, 3), Q(c=3, a=1, b=2), hasattr(p, "_fields"))
for args, kw in (((1,), {}), ((1,), {"x": 2}), ((1,), {"z": 2})):
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
`,
  OrderedDict: `
from collections import OrderedDict
o = OrderedDict([("z", 1), ("a", 2)])
o["b"] = 3
o["zz"] = 4
del o["z"]
o["z"] = 5
print(o, list(o.keys()), list(o.values()), o["a"], "b" in o, len(o))
print(OrderedDict(), OrderedDict(k=1))
`,
  io: `
import io
s = io.StringIO("hi\\nthere\\n")
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO()
s.write("abc")
s.write("def")
print(s.getvalue(), s.tell())
s.seek(1)
print(s.read(2))
b = io.BytesIO(b"0123456789")
print(b.read(3), b.seek(-2, 2), b.read(), b.tell())
b = io.BytesIO()
print(b.write(b"abc"), b.getvalue(), b.tell())
b.seek(5)
b.write(b"x")
print(b.getvalue())
print("to file", file=s)
print(repr(s.getvalue()))
with io.BytesIO(b"x") as f:
    print(f.read())
`,
  "sys and cmath": `
import sys, cmath
print(sys.stdout.write("written\\n"))
print("via print", file=sys.stdout)
print(cmath.sqrt(-4), cmath.exp(1j), cmath.polar(1+1j), cmath.rect(2, 0), cmath.phase(-1))
print(cmath.log(1j), cmath.pi)
`,
};

describe("container modules agree with the MicroPython VM", () => {
  for (const [name, src] of Object.entries(programs)) {
    it(name, async () => {
      const { ours, oracle } = await bothPrint(src);
      expect(ours).toBe(oracle);
    });
  }
});

describe("os and errno on the board's filesystem", () => {
  it("creates, lists, stats and removes files with a device's errno numbers", () => {
    const r = runOurs(`
import os, errno
os.mkdir("d")
os.chdir("d")
print(os.getcwd(), os.listdir("/"), os.listdir())
os.chdir("..")
print(os.stat("d")[0] == 0x4000, os.uname().sysname, os.sep)
try:
    os.stat("nope")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
os.rmdir("d")
print(os.listdir())
`);
    expect(r.output).toBe("/d ['d'] []\nTrue mpyc /\nTrue ENOENT\n[]\n");
  });
});
