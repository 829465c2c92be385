// Host resources bounded by the board's: what a 1 MiB board could not hold is refused with MemoryError
// before the host computes it (shifts, powers, int() of long text, struct counts), as MicroPython's unix
// port with `-X heapsize=1M` and its 32-bit WebAssembly build answer; long-int counts that a 32-bit
// machine word cannot hold are OverflowError there, and here.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";

function run(source: string, heapBytes = 1024 * 1024): string {
  const r = compile(source, { sourceName: "prog.py" });
  if (!r.ok) throw new Error(r.error.message);
  const res = runMpy(r.mpy, { compile, heapBytes });
  expect(res.internalError).toBeUndefined();
  return res.output + (res.error ?? "");
}

const probe = (exprs: string[]) =>
  `for f in ${JSON.stringify(exprs)}:\n    try:\n        x = eval(f)\n        print(f, "ok", x if isinstance(x, int) and abs(x) < 10**9 else len(x) if not isinstance(x, int) else x.bit_length() if hasattr(x, "bit_length") else "big")\n    except Exception as e:\n        print(f, type(e).__name__, e)\n`;

describe("results the heap could not hold are refused at once", () => {
  it("shifts and powers: MemoryError with the device's request for shifts", () => {
    const out = run(probe(["1 << 10**9", "1 << 10**7", "2**10**7", "2**10**8", "10**10**7", "1 << 2**40", "(1 << 100000) >> 99990", "len(str(3**50000))"]));
    expect(out).toBe(
      [
        "1 << 10**9 MemoryError memory allocation failed, allocating 125000004 bytes",
        "1 << 10**7 MemoryError memory allocation failed, allocating 1250004 bytes",
        "2**10**7 MemoryError memory allocation failed, allocating 1048580 bytes",
        "2**10**8 MemoryError memory allocation failed, allocating 524292 bytes",
        "10**10**7 MemoryError memory allocation failed, allocating 669118 bytes",
        // A 32-bit board takes the count as a machine word first.
        "1 << 2**40 OverflowError overflow converting long int to machine word",
        "(1 << 100000) >> 99990 ok 1024",
        "len(str(3**50000)) ok 23857",
        "",
      ].join("\n"),
    );
  });

  it("int() of 500,000 digits is parsed in linear-ish time, or refused when the heap is small", () => {
    expect(run("s = '7' * 500000\nn = int(s)\nprint(n % 1000, n.to_bytes(4, 'little')[0] if False else len(str(n)))\n", 4 << 20)).toBe("777 500000\n");
    expect(run("s = '7' * 500000\ntry:\n    int(s)\nexcept MemoryError:\n    print('MemoryError')\n", 600 << 10)).toBe("MemoryError\n");
    expect(run("print(int('z' * 20000, 36) % 1000003, int('1_0' * 3, 7))")).toBe(`${(BigInt("0b0") + [...Array(20000)].reduce((a: bigint) => (a * 36n + 35n) % 1000003n, 0n)) % 1000003n} ${parseInt("101010", 7)}\n`);
  });

  it("sequence repetition: MemoryError, or OverflowError for a count beyond a machine word", () => {
    const out = run(probe(["b'ab' * 2**31", "(1,) * 2**40", "b'ab' * 2**30", "[1] * 2**29", "'a' * 2**30", "bytearray(2**30)"]));
    expect(out).toBe(
      [
        "b'ab' * 2**31 OverflowError overflow converting long int to machine word",
        "(1,) * 2**40 OverflowError overflow converting long int to machine word",
        "b'ab' * 2**30 MemoryError memory allocation failed, allocating 2147483648 bytes",
        "[1] * 2**29 MemoryError memory allocation failed, allocating 2147483648 bytes",
        "'a' * 2**30 MemoryError memory allocation failed, allocating 1073741824 bytes",
        "bytearray(2**30) MemoryError memory allocation failed, allocating 1073741824 bytes",
        "",
      ].join("\n"),
    );
  });

  it("struct with huge counts: calcsize wraps as the device's size_t and small int; pack and unpack refuse at once", () => {
    const out = run(
      "import struct\n" +
        probe(["struct.calcsize('1000000000i')", "struct.unpack('100000000i', b'')", "struct.pack('100000000i')", "struct.unpack('10000i', b'')", "struct.unpack('<3h2s', b'\\x01\\x00\\x02\\x00\\x03\\x00ab')"]),
    );
    expect(out).toBe(
      [
        "struct.calcsize('1000000000i') ok -294967296",
        "struct.unpack('100000000i', b'') MemoryError memory allocation failed, allocating 400000008 bytes",
        "struct.pack('100000000i') MemoryError memory allocation failed, allocating 400000001 bytes",
        "struct.unpack('10000i', b'') ValueError buffer too small",
        "struct.unpack('<3h2s', b'\\x01\\x00\\x02\\x00\\x03\\x00ab') ok 4",
        "",
      ].join("\n"),
    );
  });
});

describe("large buffers go through no argument spread", () => {
  it("bytes and str operations, f(*x) and slice assignment of 150,000 items", () => {
    const src = `
b = b"abcdefgh" * 26000
s = b.decode()
print(len(s.upper()), len(b.upper()), b.count(b"a"), len(b.split(b"h")), b.find(b"zz"), len(b.replace(b"a", b"xy")))
print(len(b"-".join([b[:50000]] * 2)), len(b"%s" % b), len(b[:100000].hex()), int(b"7" * 1000) % 97, float(b"1" * 300 + b".0") > 0)
def f(*a): return len(a)
print(f(*b[:150000]), f(*range(150000)))
L = list(range(10)); L[2:3] = list(range(150000)); print(len(L))
`;
    expect(run(src, 16 << 20)).toBe("208000 208000 26000 26001 -1 234000\n100001 208000 200000 70 True\n150000 150000\n150009\n");
  });
});

describe("json.loads nesting follows the heap, not the host stack", () => {
  it("10,000 levels load and 100,000 are MemoryError on a 1 MiB heap, as on the unix port", () => {
    const src = `
import json
for d in (10, 1000, 10000, 100000):
    try:
        x = json.loads("[" * d + "]" * d)
        n = 0
        while x:
            x = x[0]
            n += 1
        print(d, "ok", n)
    except MemoryError:
        print(d, "MemoryError")
print(json.loads('[1, {"a": [2, 3.5, {}], "b": null}, [], "x", true, {"k": {"j": [1]}}]'))
`;
    expect(run(src)).toBe("10 ok 9\n1000 ok 999\n10000 ok 9999\n100000 MemoryError\n[1, {'a': [2, 3.5, {}], 'b': None}, [], 'x', True, {'k': {'j': [1]}}]\n");
  });
});

describe("the hardware event log is a bounded ring", () => {
  it("keeps the newest events within its budget and counts the rest; budget 0 keeps none and still streams", async () => {
    const { Board } = await import("../../../runtime/board/board.js");
    const src = "import time\nfor i in range(3000):\n    time.sleep_ms(1)\n";
    const r = compile(src, { sourceName: "prog.py" });
    if (!r.ok) throw new Error(r.error.message);
    const board = new Board();
    board.log.budget = 1000;
    const res = runMpy(r.mpy, { compile, board });
    expect(res.events).toHaveLength(1000);
    expect(board.log.dropped).toBe(2000);
    // 2,999 sleeps of 1 ms before the last one, and the loop's own code on the board model's time.
    expect(res.events[999]!.t_us).toBeGreaterThanOrEqual(2_999_000);
    expect(res.events[999]!.t_us).toBeLessThan(3_100_000);
    const streaming = new Board();
    streaming.log.budget = 0;
    let seen = 0;
    streaming.log.onEvent = () => seen++;
    expect(runMpy(r.mpy, { compile, board: streaming }).events).toHaveLength(0);
    expect(seen).toBe(3000);
  });
});

describe("the board's filesystem has a flash size", () => {
  const src = `
import os
print(os.statvfs("/")[2:4])
f = open("big", "wb")
n = 0
try:
    while True:
        f.write(b"x" * 4096)
        n += 1
except OSError as e:
    print("OSError", e.errno, n)
f.close()
print(os.stat("big")[6], os.statvfs("/")[3])
try:
    os.mkdir("d")
except OSError as e:
    print("mkdir", e.errno)
g = open("big", "r+b")
try:
    g.seek(10**9)
    g.write(b"!")
except OSError as e:
    print("seek+write", e.errno)
os.remove("big")
os.mkdir("d")
print(os.statvfs("/")[3])
`;
  it("writes past it are OSError ENOSPC, and removing a file gives its blocks back", () => {
    const r = compile(src, { sourceName: "prog.py" });
    if (!r.ok) throw new Error(r.error.message);
    expect(runMpy(r.mpy, { compile, flashBytes: 64 * 1024 }).output).toBe("(16, 14)\nOSError 28 14\n57344 0\nmkdir 28\nseek+write 28\n13\n");
    // The default is an rp2 Pico's 352 blocks.
    expect(runMpy(r.mpy, { compile }).output).toMatch(/^\(352, 350\)\nOSError 28 350\n/);
  });
});

describe("the text of an int the heap could not hold", () => {
  it("str() of a 6-million-bit int is MemoryError at once (its 1.8 million digits are allocated first)", () => {
    expect(run("x = 1 << 6000000\ntry:\n    str(x)\nexcept MemoryError as e:\n    print(e)\nprint(len(str(1 << 300000)))\n")).toBe(
      "memory allocation failed, allocating 1806183 bytes\n90309\n",
    );
  });
});

describe("a big int's size is measured in linear time", () => {
  it("bus reads of more bytes than the heap holds: MemoryError before the host allocates (was a host abort)", () => {
    const out = run(`import machine\ni = machine.I2C(0)\ns = machine.SPI(0)\n${probe(["s.read(10**8)", "s.read(-1)", "i.readfrom(16, 10**8)", "i.readfrom_mem(16, 0, 2**31 - 1)", "s.read(100)"])}`);
    expect(out).toBe(
      [
        "s.read(10**8) MemoryError memory allocation failed, allocating 100000001 bytes",
        "s.read(-1) MemoryError memory allocation failed, allocating 4294967295 bytes",
        "i.readfrom(16, 10**8) MemoryError memory allocation failed, allocating 100000001 bytes",
        "i.readfrom_mem(16, 0, 2**31 - 1) MemoryError memory allocation failed, allocating 2147483648 bytes",
        "s.read(100) ok 100",
        "",
      ].join("\n"),
    );
  });

  it("a 2.5-million-bit power is counted and collected at once, and its text refused (seed 17 case 85 of resource-total)", () => {
    const src = "import gc\nx = 3 ** 1599467\ngc.collect()\ntry:\n    str(x)\nexcept MemoryError:\n    print('MemoryError')\nprint(x.bit_length() if hasattr(x, 'bit_length') else x > 0)\n";
    expect(run(src)).toBe("MemoryError\nTrue\n");
  });
});

describe("a module holding a big int constant", () => {
  it("imports: the loader's model has room for the constant's decimal text and digits (unix port with -X heapsize=1M prints the same)", () => {
    // The compiler folds the product into one constant of 107,296 bits, as mpy-cross does.
    expect(run("x = (1 << 83648) * (1 << 23648)\nprint(x > 0, len(str(x)))\n")).toBe("True 32300\n");
  });
});
