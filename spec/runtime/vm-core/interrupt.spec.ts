// RunOptions.interrupt: a flag another thread sets stops a busy program with KeyboardInterrupt at
// the VM's next pending check, which the program may catch, as Ctrl-C on the unix port.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { runMpy } from "../../../runtime/index.js";

describe("interrupting a run", () => {
  it("raises KeyboardInterrupt in a loop that never ends, once the flag is set", () => {
    const r = compile('print("looping")\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt as e:\n    print("interrupted", repr(e))\nprint("after")\n', { sourceName: "busy.py" });
    if (!r.ok) throw r.error;
    const flag = new Int32Array(new SharedArrayBuffer(4));
    let polls = 0;
    // Stands for the other thread: the flag is set while the loop runs.
    const result = runMpy(r.mpy, { compile, interrupt: flag, poll: () => void (++polls === 5000 && Atomics.store(flag, 0, 1)) });
    expect(result.output).toBe("looping\ninterrupted KeyboardInterrupt()\nafter\n");
    expect(result.exitCode).toBe(0);
    expect(Atomics.load(flag, 0)).toBe(0);
  });

  it("ends the program with KeyboardInterrupt's traceback when nothing catches it", () => {
    const r = compile("while True:\n    pass\n", { sourceName: "busy.py" });
    if (!r.ok) throw r.error;
    const flag = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(flag, 0, 1);
    const result = runMpy(r.mpy, { compile, interrupt: flag });
    expect(result.output).toBe('Traceback (most recent call last):\n  File "busy.py", line 2, in <module>\nKeyboardInterrupt: \n');
    expect(result.exitCode).toBe(1);
  });
});
