// sys.atexit: the function runs once the program has ended, after an uncaught exception's
// traceback and on sys.exit too, as the MicroPython v1.27.0 unix port runs it.

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

describe("sys.atexit", () => {
  it("returns the previous function and calls the last one after the traceback", () => {
    const r = runOurs(`import sys
def bye():
    print("bye", x)
print(sys.atexit(bye))
print(sys.atexit(bye) is bye)
x = 1
raise ValueError("boom")
`);
    expect(r.output).toBe('None\nTrue\nTraceback (most recent call last):\n  File "prog.py", line 7, in <module>\nValueError: boom\nbye 1\n');
    expect(r.error).toBe("ValueError");
  });

  it("runs on sys.exit, and not at all once replaced by something not callable", () => {
    expect(runOurs('import sys\nsys.atexit(lambda: print("at exit"))\nprint("exiting")\nsys.exit(3)\nprint("not here")\n').output).toBe("exiting\nat exit\n");
    expect(runOurs('import sys\nsys.atexit(print)\nsys.atexit(None)\nprint("done")\n').output).toBe("done\n");
  });
});
