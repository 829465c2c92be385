// JavaScript errors inside the VM are internal errors: the run stops (exit status 3, the error's
// text in RunResult.internalError) and no Python handler sees them; a HostError from library or
// host code is the Python exception it names.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board } from "../../../runtime/board/board.js";
import { INTERNAL_ERROR_EXIT, runMpy } from "../../../runtime/index.js";
import { HostError } from "../../../runtime/lib/host-error.js";

const CATCH_ALL = `
import machine
print("start")
try:
    machine.ADC(0).read_u16()
except Exception as e:
    print("caught", type(e).__name__, e)
print("end")
`;

function runWithAdc(read: () => number) {
  const r = compile(CATCH_ALL, { sourceName: "prog.py" });
  if (!r.ok) throw r.error;
  return runMpy(r.mpy, { compile, board: new Board().adc(0, read) });
}

describe("internal errors", () => {
  it("a JavaScript TypeError from host code stops the run: `except Exception` does not catch it", () => {
    const result = runWithAdc(() => {
      const reading = null as unknown as { value: number };
      return reading.value;
    });
    expect(result.output).toBe("start\n");
    expect(result.internalError).toMatch(/^TypeError: Cannot read properties of null/);
    expect(result.exitCode).toBe(INTERNAL_ERROR_EXIT);
    expect(result.error).toBeNull();
  });

  it("a HostError from the same code is the Python exception it names", () => {
    const result = runWithAdc(() => {
      throw new HostError("ValueError", "sensor unplugged");
    });
    expect(result.output).toBe("start\ncaught ValueError sensor unplugged\nend\n");
    expect(result.internalError).toBeUndefined();
    expect(result.exitCode).toBe(0);
  });

  it("a damaged .mpy that trips the VM is an internal error, not a Python exception", () => {
    // mpyc's .mpy of:  def f(a): return a.x / try: f(None) / except Exception as e: print("caught", ...)
    // / print("end"), with byte 51 of the module's bytecode changed (0x2f), so that the loop reads
    // a stack slot that holds nothing.
    const mpy = Uint8Array.from(
      Buffer.from(
        "4d06001f0c0008742e7079000f0c636175676874002f811d026600027800490265008177823d0261008414b0020a01442252393200160548081105513401594a23571107df445c1608491011091002110a1108340113033402595151160819085d4a015d11091004340159516301480906050b20b0130663",
        "hex",
      ),
    );
    const intact = runMpy(mpy, { compile });
    expect(intact.output).toBe("caught AttributeError\nend\n");
    mpy[51] = 0x2f;
    const result = runMpy(mpy, { compile });
    expect(result.output).not.toContain("caught");
    expect(result.output).not.toContain("end");
    expect(result.internalError).toMatch(/^TypeError: /);
    expect(result.exitCode).toBe(INTERNAL_ERROR_EXIT);
  });
});
