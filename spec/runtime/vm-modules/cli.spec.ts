// `mpyc run FILE --trace-hw`: the program's output, then the board's event log.

import { describe, expect, it, vi } from "vitest";
import { runMain } from "../../../runtime/cli.js";

describe("mpyc run --trace-hw", () => {
  it("prints examples/blink.py's output and then its hardware events", async () => {
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
    const [program, trace] = out.split("--- hardware events ---\n");
    expect(program).toBe("led is off\naverage reading: 0\nelapsed ms: 2000\n");
    const lines = trace!.trimEnd().split("\n");
    expect(lines.filter((l) => / pin 2 = /.test(l)).map((l) => l.trim())).toEqual([
      "0.000000s pin 2 = 1",
      "0.500000s pin 2 = 0",
      "1.000000s pin 2 = 1",
      "1.500000s pin 2 = 0",
    ]);
    expect(lines).toHaveLength(13);
  });
});
