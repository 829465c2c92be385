// Virtual time that advances as code runs (runtime/board/cycles.ts wired into the interpreter's poll):
// ticks around a computation differ by what the board model says it costs, a busy loop ends at the
// --run-for limit, timers fire inside busy loops, and every backward path of the bytecode polls.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board, runMpy } from "../../../runtime/index.js";
import { ESP32, meanCycles, RP2040 } from "../../../runtime/board/cycles.js";

function mpy(source: string): Uint8Array {
  const r = compile(source, { sourceName: "prog.py" });
  if (!r.ok) throw new Error(r.error.message);
  return r.mpy;
}

function run(source: string, board = new Board()) {
  const res = runMpy(mpy(source), { compile, board });
  expect(res.internalError).toBeUndefined();
  return res;
}

const LOOP = "import time\nt0 = time.ticks_us()\ns = 0\nfor i in range(10000):\n    s += i\nprint(time.ticks_diff(time.ticks_us(), t0))\n";

describe("a clock that advances as code runs", () => {
  it("ticks_us() around a loop reads what the loop costs on the board model", () => {
    const us = Number(run(LOOP).output);
    // About ten instructions an iteration at the model's mean cost.
    const perInstructionUs = (meanCycles(RP2040) * 1e6) / RP2040.hz;
    expect(us).toBeGreaterThan(10000 * 5 * perInstructionUs);
    expect(us).toBeLessThan(10000 * 20 * perInstructionUs);
    // The same loop takes less virtual time on a faster board, and on a slowed-down one more.
    expect(Number(run(LOOP, new Board(ESP32)).output)).toBeLessThan(us);
    expect(Number(run("import machine\nmachine.freq(62500000)\n" + LOOP).output)).toBeGreaterThan(1.9 * us);
  });

  it("a busy-wait on ticks_ms() ends, and a loop of ticks_us() reads increasing times", () => {
    const src = "import time\nt0 = time.ticks_ms()\nn = 0\nwhile time.ticks_diff(time.ticks_ms(), t0) < 100:\n    n += 1\nprint(n > 1000, time.ticks_diff(time.ticks_ms(), t0))\n";
    expect(run(src).output).toBe("True 100\n");
    expect(run("import time\nt = [time.ticks_us() for i in range(3)]\nprint(t[0] < t[1] < t[2])\n").output).toBe("True\n");
  });

  it("a machine.Timer fires inside a busy loop", () => {
    const src =
      "import time, machine\nhits = 0\ndef cb(t):\n    global hits\n    hits += 1\ntm = machine.Timer(-1, period=10, callback=cb)\n" +
      "t0 = time.ticks_ms()\nwhile time.ticks_diff(time.ticks_ms(), t0) < 100:\n    pass\ntm.deinit()\nprint(hits)\n";
    expect(run(src).output).toBe("10\n");
  });

  it("the board's time limit ends a busy loop after that much virtual time", () => {
    const board = new Board().stopAt(1_000_000);
    const res = run("n = 0\nwhile True:\n    n += 1\n", board);
    expect(res.halted).toBe("time-limit");
    expect(board.clock.us).toBe(1_000_000);
  });
});

describe("every backward path polls", () => {
  // A while loop's continue goes forward to its condition, whose jump polls.
  const whileLoops = {
    "continue out of try/finally": "while True:\n    try:\n        continue\n    finally:\n        pass\n",
    "continue out of a with block": "class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\nc = C()\nwhile True:\n    with c:\n        continue\n",
  };
  for (const [name, src] of Object.entries(whileLoops)) {
    it(`${name}: the time limit and a host's poll end it`, () => {
      expect(run(src, new Board().stopAt(200_000)).halted).toBe("time-limit");
      let polls = 0;
      const res = runMpy(mpy(src), {
        compile,
        poll: () => {
          if (++polls > 10_000) throw new Error("polled enough");
        },
      });
      expect(res.internalError).toBe("Error: polled enough");
    });
  }

  // A for loop's continue goes back to its FOR_ITER through the finally (UNWIND_JUMP, then
  // END_FINALLY) or the with block's exit, with no JUMP opcode: each time round is a poll all the same.
  const forLoops = {
    "continue out of try/finally in a for loop": "for x in l:\n    try:\n        continue\n    finally:\n        pass\n",
    "continue out of a with block in a for loop": "for x in l:\n    with c:\n        continue\n",
    "continue out of nested finally blocks": "for x in l:\n    try:\n        try:\n            continue\n        finally:\n            pass\n    finally:\n        pass\n",
  };
  const setup = "import time\nclass C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        pass\nc = C()\nl = [0] * 2000\nt0 = time.ticks_us()\n";
  for (const [name, src] of Object.entries(forLoops)) {
    it(`${name}: polls every time round, and time passes`, () => {
      let polls = 0;
      const res = runMpy(mpy(setup + src + "print(time.ticks_diff(time.ticks_us(), t0) > 2000)\n"), { compile, poll: () => void polls++ });
      expect(res.output).toBe("True\n");
      expect(polls).toBeGreaterThanOrEqual(2000);
    });
  }
});

describe("a frame that outgrows its prelude", () => {
  it("stops as an internal error at its next backward jump (a crafted loop that pushes each time round)", () => {
    const bytes = mpy("x = 1\nwhile True:\n    x\n");
    // LOAD_NAME x, POP_TOP becomes LOAD_NAME x, DUP_TOP: the loop leaves one more value each time.
    let patched = 0;
    for (let i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] === 0x11 && bytes[i + 2] === 0x59) {
        bytes[i + 2] = 0x57;
        patched++;
      }
    }
    expect(patched).toBe(1);
    const res = runMpy(bytes, { compile });
    expect(res.internalError).toMatch(/^InvalidBytecode: value stack overflows the prelude's n_state \(\d+\) in '<module>'$/);
  });
});
