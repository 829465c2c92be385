// runAsync (runtime/run-async.ts): a run in slices that gives the event loop turns, stops at its
// budgets or on abort with `stopped` set (no Python handler sees it), resumes paused frames to the
// same result as runMpy, streams output and events, and reads stdin as input() and sys.stdin do.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board, runAsync, runMpy } from "../../../runtime/index.js";
import { corpusPrograms } from "../../corpus/programs.js";

function mpy(source: string): Uint8Array {
  const r = compile(source, { sourceName: "main.py" });
  if (!r.ok) throw new Error(r.error.message);
  return r.mpy;
}

/** Whatever the program's handlers: none of them may see the stop. */
const GUARDED = "def spin():\n    while True:\n        pass\ntry:\n    spin()\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n";

describe("runAsync", () => {
  it("stops `while True: pass` at its wall-time budget with a clean result", async () => {
    const r = await runAsync(mpy("print('start')\nwhile True:\n    pass\n"), { timeLimitMs: 100 });
    expect(r).toMatchObject({ output: "start\n", error: null, exitCode: 1, stopped: "time" });
    expect(r.internalError).toBeUndefined();
  });

  it("stops at its step budget, which no except or finally sees", async () => {
    const r = await runAsync(mpy(GUARDED), { maxSteps: 10_000 });
    expect(r).toMatchObject({ output: "", error: null, exitCode: 1, stopped: "steps" });
  });

  it("gives the event loop turns while busy, so a timer can abort the run", async () => {
    const controller = new AbortController();
    let turns = 0;
    const ticker = setInterval(() => ++turns, 1);
    setTimeout(() => controller.abort(), 60);
    const r = await runAsync(mpy(GUARDED), { signal: controller.signal, timeLimitMs: 10_000 });
    clearInterval(ticker);
    expect(r).toMatchObject({ output: "", error: null, exitCode: 1, stopped: "aborted" });
    expect(turns).toBeGreaterThan(1);
  });

  it("does not run at all when the signal is already aborted", async () => {
    const r = await runAsync(mpy("n = 0\nwhile True:\n    n += 1\n"), { signal: AbortSignal.abort() });
    expect(r.stopped).toBe("aborted");
  });

  it("resumes paused frames to the same result as runMpy, pausing wherever it can (every corpus program)", async () => {
    let compared = 0;
    for (const p of corpusPrograms()) {
      const c = compile(p.source, p.options);
      if (!c.ok) throw new Error(`${p.name}: ${c.error.message}`);
      const want = runMpy(c.mpy, { compile });
      let pieces = "";
      const got = await runAsync(c.mpy, { compile, sliceMs: 0, onOutput: (t) => (pieces += t) });
      expect({ name: p.name, output: got.output, error: got.error, exit: got.exitCode }).toEqual({ name: p.name, output: want.output, error: want.error, exit: want.exitCode });
      expect(pieces).toBe(want.output);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("resumes through returns, exceptions, methods and finally blocks across pauses", async () => {
    const source = [
      "class Acc:",
      "    def __init__(self):",
      "        self.n = 0",
      "    def add(self, k):",
      "        for i in range(k):",
      "            self.n += i",
      "        return self.n",
      "def fail(k):",
      "    for i in range(k):",
      "        pass",
      "    raise ValueError(k)",
      "def outer(k):",
      "    try:",
      "        return fail(k)",
      "    finally:",
      "        print('finally', k)",
      "a = Acc()",
      "total = 0",
      "for j in range(600):",
      "    total += a.add(j % 13)",
      "print(total)",
      "for k in (500, 800):",
      "    try:",
      "        outer(k)",
      "    except ValueError as e:",
      "        print('caught', e)",
      "outer(2000)",
    ].join("\n");
    const want = runMpy(mpy(source));
    const got = await runAsync(mpy(source), { sliceMs: 0 });
    expect(got.output).toBe(want.output);
    expect(got.output).toContain('File "main.py", line 14, in outer');
    expect(got.exitCode).toBe(1);
  });

  it("streams output and hardware events as they happen", async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const board = new Board();
    const source = "import machine\npin = machine.Pin(2, machine.Pin.OUT)\nprint('ready')\npin.value(1)\nwhile True:\n    pass\n";
    const r = await runAsync(mpy(source), {
      board,
      signal: controller.signal,
      timeLimitMs: 5000,
      onOutput: (t) => seen.push(`out ${t.trim()}`),
      onEvent: (e) => {
        seen.push(`event ${e.kind}`);
        if (e.kind === "pin") controller.abort();
      },
    });
    expect(r.stopped).toBe("aborted");
    expect(seen.slice(0, 3)).toEqual(["event pin-mode", "out ready", "event pin"]);
    expect(r.events).toEqual(board.log.events);
  });

  it("reads stdin given as a string in input() and sys.stdin", async () => {
    const source = "name = input('name? ')\nprint('hello', name)\nimport sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.read()))\ntry:\n    input()\nexcept EOFError:\n    print('EOF')\n";
    const r = await runAsync(mpy(source), { stdin: "ada\nsecond\nthe rest" });
    // input() echoes the line as readline does on a board (the unix port too); sys.stdin does not.
    expect(r.output).toBe("name? ada\r\nhello ada\n'second\\n'\n'the rest'\nEOF\n");
    // The synchronous form reads the same.
    expect(runMpy(mpy(source), { stdin: "ada\nsecond\nthe rest" }).output).toBe(r.output);
  });

  it("asks a stdin function for more as the program reads, until it returns null", async () => {
    const pieces = ["12", "3\n4", "5\n"];
    let asked = 0;
    const r = await runAsync(mpy("total = 0\nwhile True:\n    try:\n        total += int(input())\n    except EOFError:\n        break\nprint(total)\n"), {
      stdin: () => (++asked, pieces.shift() ?? null),
    });
    expect(r.output).toBe("123\r\n45\r\n168\n");
    expect(asked).toBe(4);
  });

  it("keeps input() at its end without stdin, as before", () => {
    expect(runMpy(mpy("try:\n    input()\nexcept EOFError:\n    print('EOF')\n")).output).toBe("EOF\n");
  });

  it("reports a bad .mpy as runMpy does", async () => {
    const r = await runAsync(new Uint8Array([1, 2, 3]));
    expect(r.error).toBe("ValueError");
    expect(r.output).toBe(runMpy(new Uint8Array([1, 2, 3])).output);
  });
});


describe("the port's name", () => {
  it("says in sys.platform and sys.implementation._machine what os.uname() says, as on a board", () => {
    const r = runMpy(mpy("import sys, os\nu = os.uname()\nprint(sys.platform, sys.implementation._machine, sys.implementation._build, sep='|')\nprint(sys.platform == u.sysname, sys.implementation._machine == u.machine)\n"));
    expect(r.output).toBe("mpyc|mpyc virtual board|mpyc\nTrue True\n");
  });
});
