// json, heapq, binascii, time, platform and random as MicroPython's extmod modules behave. Each
// program's expected output is what MicroPython v1.27.0 prints for it: the unix port where the
// modules agree, the 32-bit WebAssembly port (which this VM models) for time's word-sized arithmetic.

import { describe, expect, it } from "vitest";
import { run } from "./run.js";

describe("extmod modules", () => {
  it("json prints bytes as strings, checks separators and the stream; heapq; a2b_base64 padding", () => {
    // Expected: the unix port.
    expect(run(`import json, heapq, binascii, io
print(json.dumps(b"12\\n34"), json.dumps({b"k": [b"v", (1, None)]}))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
for sep in ({"a": 1}, 1, (), (",", ":", "?"), [","]):
    try:
        json.dumps(1, separators=sep)
    except Exception as e:
        print(type(e).__name__, e)
for stream in (1, {}):
    try:
        json.dump(1, stream)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO()
json.dump([1, "x"], s, separators=(";", "="))
print(s.getvalue(), json.load(io.StringIO('{"a": [1, 2.5]}')))
h = []
for x in (5, 1, 4, 1, 3):
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(5)])
h = [9, 8, 7, 6, 5, 4]
heapq.heapify(h)
print(h)
for f, a in ((heapq.heappop, ([],)), (heapq.heappush, ((), 1)), (heapq.heapify, ({},))):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
for b in (b"Zm9vYg==", b"Zm9vYmE=", b"Zm9v==", b"Zm9v===YmFy", b"Zm\\x009v\\n"):
    print(binascii.a2b_base64(b))
for b in (b"abc", b"abcde=", b"ab=cdef="):
    try:
        binascii.a2b_base64(b)
    except ValueError as e:
        print("ValueError", e)
`).out).toBe(`"12\\n34" {"k": ["v", [1, null]]}
[1,{"a":2}]
TypeError object 'dict' isn't a tuple or list
TypeError object 'int' isn't a tuple or list
ValueError requested length 2 but object has length 0
ValueError requested length 2 but object has length 3
ValueError requested length 2 but object has length 1
OSError stream operation not supported
OSError stream operation not supported
[1;"x"] {'a': [1, 2.5]}
[] [1, 1, 3, 4, 5]
[4, 5, 7, 6, 8, 9]
IndexError empty heap
TypeError heap must be a list
TypeError heap must be a list
b'foob'
b'fooba'
b'foo'
b'foobar'
b'foo'
ValueError incorrect padding
ValueError incorrect padding
ValueError incorrect padding
`);
  });

  it("ticks_add refuses ±2**29; mktime and localtime as the 32-bit port computes them", () => {
    // Expected: the WebAssembly port (the unix port has 64-bit ticks and times).
    expect(run(`import time, platform, random
from time import ticks_add, ticks_diff
print(ticks_add(0, -1), ticks_add(20, -12), ticks_add(2**30 - 1, 3))
for d in (-(2**29), -(2**29) + 1, 2**29 - 1, 2**29):
    try:
        print(ticks_diff(ticks_add(7, d), 7) == d)
    except OverflowError as e:
        print("OverflowError", e)
print(time.mktime((2024, 2, 29, 12, 0, 0, 0, 0)), time.localtime(1709208000))
print(time.mktime((2000, 14, -5, 25, 61, -70, 0, 0)), time.mktime((2099, 12, 31, 23, 59, 59, 0, 0)))
print(time.localtime(4102444799), time.localtime(1.9), time.gmtime(0))
for bad in (1, (1, 2)):
    try:
        time.mktime(bad)
    except TypeError as e:
        print("TypeError", e)
print(type(platform.platform()), type(platform.python_compiler()), type(platform.libc_ver()))
random.seed()
a = [random.getrandbits(16) for _ in range(8)]
random.seed(None)
print(a == [random.getrandbits(16) for _ in range(8)])
random.seed(5)
a = [random.getrandbits(16) for _ in range(8)]
random.seed(5)
print(a == [random.getrandbits(16) for _ in range(8)])
`).out).toBe(`1073741823 8 2
OverflowError ticks interval overflow
True
True
OverflowError ticks interval overflow
1709208000 (2024, 2, 29, 12, 0, 0, 3, 60)
980560790 4102444799
(2099, 12, 31, 23, 59, 59, 3, 365) (1970, 1, 1, 0, 0, 1, 3, 1) (1970, 1, 1, 0, 0, 0, 3, 1)
TypeError object 'int' isn't a tuple or list
TypeError mktime needs a tuple of length 8 or 9
<class 'str'> <class 'str'> <class 'tuple'>
False
True
`);
  });

  it("time's timestamps wrap and saturate as unsigned 32-bit seconds", () => {
    // Expected: the WebAssembly port.
    expect(run(`import time
print(time.localtime(-1), time.localtime(2**40), time.localtime(2**31))
print(time.mktime((1969, 12, 31, 23, 59, 59, 0, 0)), time.mktime((1900, 1, 1, 0, 0, 0, 0, 0)), time.mktime((2106, 2, 7, 6, 28, 16, 0, 0)))
print(time.mktime((3000, 1, 1, 0, 0, 0, 0, 0)), time.mktime((-5, -30, -100, -1000, -10, 7, 0, 0)))
`).out).toBe(`(1970, 1, 1, 0, 0, 0, 3, 1) (2106, 2, 6, 6, 28, 15, 6, 37) (2038, 1, 19, 3, 14, 8, 1, 19)
4294967295 2085892096 86400
2439513728 2004339247
`);
  });
});
