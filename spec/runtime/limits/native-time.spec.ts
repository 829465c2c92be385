// Native work takes virtual time (runtime/objects/native-cost.ts): a sort, long-int arithmetic and
// conversion, str/bytes methods, searches and json advance ticks_us() in proportion to their size on
// the board's model, and the board's time limit (mpyc run --run-for) ends a loop of them.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board, runMpy } from "../../../runtime/index.js";
import { ESP32, RP2040 } from "../../../runtime/board/cycles.js";
import { NATIVE_CYCLES } from "../../../runtime/objects/native-cost.js";

function run(source: string, board = new Board()) {
  const r = compile(source, { sourceName: "prog.py" });
  if (!r.ok) throw new Error(r.error.message);
  const res = runMpy(r.mpy, { compile, board, heapBytes: 4 << 20 });
  expect(res.internalError).toBeUndefined();
  return res;
}

/** Microseconds ticks_us() reads around `expr` (set up by `setup`), on `board`. */
function timed(setup: string, expr: string, board = new Board()): number {
  const src = `import time, json\n${setup}\nt0 = time.ticks_us()\nr = ${expr}\nprint(time.ticks_diff(time.ticks_us(), t0))\n`;
  return Number(run(src, board).output);
}

const cyclesToUs = (cycles: number) => (cycles * 1e6) / RP2040.hz;
const SCRAMBLED = (n: number) => `data = [(i * 7919) % 100003 for i in range(${n})]`;

describe("native work advances the board's clock", () => {
  it("a large sort: at least its n log2 n comparisons' cost, and about twice for twice the items", () => {
    const us = timed(SCRAMBLED(20000), "sorted(data)");
    const compares = 20000 * Math.log2(20000);
    expect(us).toBeGreaterThan(cyclesToUs(compares * NATIVE_CYCLES.sortCompare) * 0.8);
    expect(us).toBeLessThan(cyclesToUs(compares * NATIVE_CYCLES.sortCompare) * 3);
    const twice = timed(SCRAMBLED(40000), "sorted(data)");
    expect(twice / us).toBeGreaterThan(1.8);
    expect(twice / us).toBeLessThan(2.6);
    // list.sort is the same quicksort.
    expect(timed(SCRAMBLED(20000), "data.sort()")).toBeGreaterThan(us * 0.8);
    // A faster board's native work takes less time.
    expect(timed(SCRAMBLED(20000), "sorted(data)", new Board(ESP32))).toBeLessThan(us);
  });

  it("long ints: products and text conversion grow with the square of the digits, sums linearly", () => {
    const mul1 = timed("x = 3 ** 10000", "x * x");
    const mul2 = timed("x = 3 ** 20000", "x * x");
    expect(mul1).toBeGreaterThan(cyclesToUs(991 ** 2 * NATIVE_CYCLES.bigMulPair) * 0.9);
    expect(mul2 / mul1).toBeGreaterThan(3.5);
    const text1 = timed("x = 3 ** 10000", "str(x)");
    const text2 = timed("x = 3 ** 20000", "str(x)");
    expect(text1).toBeGreaterThan(100_000);
    expect(text2 / text1).toBeGreaterThan(3.5);
    const parse = timed("s = '7' * 5000", "int(s)");
    expect(parse).toBeGreaterThan(cyclesToUs((5000 * 1038 * NATIVE_CYCLES.bigParsePair) / 2) * 0.9);
    const add = timed("x = 3 ** 20000\ny = 5 ** 10000", "x + y");
    expect(add).toBeGreaterThan(cyclesToUs(1982 * NATIVE_CYCLES.bigDigit) * 0.9);
    expect(add).toBeLessThan(mul2 / 100);
    expect(timed("x = 3 ** 20000", "x // 7")).toBeGreaterThan(cyclesToUs(1982 * NATIVE_CYCLES.bigDivPair) * 0.9);
  });

  it("str and bytes methods, searches, repetition and json: linear in the bytes they read and write", () => {
    const upper = timed("b = b'abc' * 30000", "b.upper()");
    expect(upper).toBeGreaterThan(cyclesToUs(90000 * (NATIVE_CYCLES.textRead + NATIVE_CYCLES.textWrite)) * 0.95);
    expect(timed("b = b'abc' * 60000", "b.upper()") / upper).toBeGreaterThan(1.8);
    expect(timed("s = 'hello world ' * 10000", "s.split()")).toBeGreaterThan(cyclesToUs(120000 * NATIVE_CYCLES.textRead) * 0.95);
    expect(timed("s = 'hello world ' * 10000", "'zzz' in s")).toBeGreaterThan(cyclesToUs(120000 * NATIVE_CYCLES.textRead) * 0.95);
    expect(timed(SCRAMBLED(20000), "-1 in data")).toBeGreaterThan(cyclesToUs(20000 * NATIVE_CYCLES.itemCompare) * 0.95);
    expect(timed(SCRAMBLED(20000), "data.count(-1)")).toBeGreaterThan(cyclesToUs(20000 * NATIVE_CYCLES.itemCompare) * 0.95);
    expect(timed("b = b'abc' * 30000", "b * 3")).toBeGreaterThan(cyclesToUs(270000 * NATIVE_CYCLES.textWrite) * 0.95);
    const dumps = timed(SCRAMBLED(20000), "json.dumps(data)");
    expect(dumps).toBeGreaterThan(cyclesToUs(20000 * 5 * NATIVE_CYCLES.jsonByte));
    expect(timed(`${SCRAMBLED(20000)}\nj = json.dumps(data)`, "json.loads(j)")).toBeGreaterThan(dumps * 0.9);
  });

  it("small work stays cheap: a short str method costs about what a few bytecodes do", () => {
    expect(timed("s = 'abc'", "s.upper()")).toBeLessThan(20);
    expect(timed("x = 12345", "str(x)")).toBeLessThan(20);
  });

  it("the board's time limit (--run-for) ends a loop of sorts after that much virtual time", () => {
    const board = new Board().stopAt(1_000_000);
    const res = run(`${SCRAMBLED(5000)}\nn = 0\nwhile True:\n    sorted(data)\n    n += 1\n`, board);
    expect(res.halted).toBe("time-limit");
    expect(board.clock.us).toBe(1_000_000);
  });
});
