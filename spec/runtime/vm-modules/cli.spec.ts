// `mpyc run FILE --trace-hw`: the board's events streamed as they happen, between the program's output.

import { describe, expect, it, vi } from "vitest";
import { runMain } from "../../../cli/run.js";
import { tempDir } from "../../temp.js";

describe("mpyc run --trace-hw", () => {
  it("prints examples/blink.py's output with its hardware events in the order they happened", async () => {
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => {
      out += String(t);
      return true;
    });
    try {
      expect(await runMain(["examples/blink.py", "--trace-hw"])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const all = out.trimEnd().split("\n");
    const isEvent = (l: string) => /^ +\d+\.\d{6}s /.test(l);
    expect(all.filter((l) => !isEvent(l))).toEqual(["led is off", "average reading: 0", "elapsed ms: 2000"]);
    // The last sleep comes before the program prints its summary.
    expect(all.findIndex((l) => !isEvent(l))).toBe(13);
    const lines = all.filter(isEvent);
    // Each half second of sleep, and the loop's own code on the RP2040 model (27-28 us a time round).
    expect(lines.filter((l) => / pin 2 = /.test(l)).map((l) => l.trim())).toEqual([
      "0.000027s pin 2 = 1",
      "0.500055s pin 2 = 0",
      "1.000082s pin 2 = 1",
      "1.500110s pin 2 = 0",
    ]);
    expect(lines).toHaveLength(13);
  });
});

describe("mpyc run exit status", () => {
  // As the unix port's: 0, 1 after an uncaught exception, SystemExit's int value (mod 256), 0 for
  // None, 1 for anything else.
  const cases: [string, number][] = [
    ["print(1)", 0],
    ["raise SystemExit", 0],
    ["import sys\nsys.exit(3)", 3],
    ["import sys\nsys.exit(257)", 1],
    ["import sys\nsys.exit(-1)", 255],
    ["import sys\nsys.exit('bye')", 1],
    ["1 / 0", 1],
  ];
  for (const [source, status] of cases) {
    it(`${JSON.stringify(source)} exits with ${status}`, async () => {
      const fs = await import("node:fs");
      const path = await import("node:path");
      const dir = tempDir("mpyc-exit-");
      const file = path.join(dir, "prog.py");
      fs.writeFileSync(file, source + "\n");
      let err = "";
      const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
      const spyErr = vi.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => {
        err += String(t);
        return true;
      });
      try {
        expect(await runMain([file])).toBe(status);
      } finally {
        spy.mockRestore();
        spyErr.mockRestore();
      }
      // A SystemExit value that is not an int goes to stderr (shared/runtime/pyexec.c).
      if (source.includes("'bye'")) expect(err).toBe("bye\n");
    });
  }
});

describe("mpyc run and @micropython.native", () => {
  it("compiles a native function to the bytecode an undecorated one gets, and runs it", async () => {
    const { compile } = await import("../../../compiler/index.js");
    const native = compile("@micropython.native\ndef f(x):\n    return x + 1\nprint(f(2))\n", { sourceName: "n.py", nativeAsBytecode: true });
    const bytecode = compile("@micropython.bytecode\ndef f(x):\n    return x + 1\nprint(f(2))\n", { sourceName: "n.py" });
    expect(native.ok && bytecode.ok).toBe(true);
    if (native.ok && bytecode.ok) expect(Buffer.from(native.mpy).equals(Buffer.from(bytecode.mpy))).toBe(true);
    // Without the option the compiler refuses it, as mpy-cross without -march does.
    const refused = compile("@micropython.native\ndef f():\n    pass\n", { sourceName: "n.py" });
    expect(refused.ok ? "" : refused.error.message).toBe("invalid arch");
    const fs = await import("node:fs");
    const path = await import("node:path");
    const dir = tempDir("mpyc-native-");
    const file = path.join(dir, "prog.py");
    fs.writeFileSync(file, "@micropython.native\ndef f(x):\n    return x + 1\nprint(f(2))\n");
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => {
      out += String(t);
      return true;
    });
    try {
      expect(await runMain([file])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out).toBe("3\n");
  });
});

describe("mpyc run --run-for", () => {
  it("stops a main loop that never ends when virtual time reaches the limit", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const dir = tempDir("mpyc-runfor-");
    const file = path.join(dir, "loop.py");
    fs.writeFileSync(file, "import time\nn = 0\nwhile True:\n    n += 1\n    time.sleep_ms(250)\n    if n % 4 == 0:\n        print('tick', n, time.ticks_ms())\n");
    let out = "";
    let err = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((out += String(t)), true));
    const spyErr = vi.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((err += String(t)), true));
    try {
      expect(await runMain([file, "--run-for", "2s"])).toBe(0);
      expect(await runMain([file, "--run-for", "soon"])).toBe(1);
    } finally {
      spy.mockRestore();
      spyErr.mockRestore();
    }
    // The eighth sleep would end past 2 s: the loop's code takes time too.
    expect(out).toBe("tick 4 1000\n");
    expect(err).toBe("mpyc run: stopped at 2 s of virtual time on rp2040-125mhz (--run-for)\nmpyc run: bad duration 'soon' (use e.g. 10s, 500ms, 2m)\n");
  });
});
