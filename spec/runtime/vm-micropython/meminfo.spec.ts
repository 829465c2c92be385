// micropython.mem_info/qstr_info/stack_use/mem_total. Their text is port-specific: it is judged
// through the .exp patterns MicroPython's own test runner uses (tests/micropython/meminfo.py.exp),
// which the unix port's output must fit as well.

import { describe, expect, it } from "vitest";
import { matchesPattern } from "../../tools/exp-patterns.js";
import { runOurs } from "../vm-modules/run.js";

const MEMINFO_EXP = `mem: total=\\\\d\\+, current=\\\\d\\+, peak=\\\\d\\+
stack: \\\\d\\+ out of \\\\d\\+
GC: total: \\\\d\\+, used: \\\\d\\+, free: \\\\d\\+
 No. of 1-blocks: \\\\d\\+, 2-blocks: \\\\d\\+, max blk sz: \\\\d\\+, max free sz: \\\\d\\+
mem: total=\\\\d\\+, current=\\\\d\\+, peak=\\\\d\\+
stack: \\\\d\\+ out of \\\\d\\+
GC: total: \\\\d\\+, used: \\\\d\\+, free: \\\\d\\+
 No. of 1-blocks: \\\\d\\+, 2-blocks: \\\\d\\+, max blk sz: \\\\d\\+, max free sz: \\\\d\\+
GC memory layout; from \\[0-9a-f\\]\\+:
########
qstr pool: n_pool=1, n_qstr=\\\\d, n_str_data_bytes=\\\\d\\+, n_total_bytes=\\\\d\\+
qstr pool: n_pool=1, n_qstr=\\\\d, n_str_data_bytes=\\\\d\\+, n_total_bytes=\\\\d\\+
########
Q(SKIP)
`;

describe("the .exp patterns", () => {
  // The unix port's own output for tests/micropython/meminfo.py (x86-64).
  const unix =
    "mem: total=4379, current=1198, peak=3121\nstack: 864 out of 80000\nGC: total: 2072832, used: 1280, free: 2071552\n" +
    " No. of 1-blocks: 13, 2-blocks: 3, max blk sz: 9, max free sz: 64717\n" +
    "mem: total=4379, current=1198, peak=3121\nstack: 864 out of 80000\nGC: total: 2072832, used: 1280, free: 2071552\n" +
    " No. of 1-blocks: 13, 2-blocks: 3, max blk sz: 9, max free sz: 64717\nGC memory layout; from 7fc81dc30f00:\n" +
    "00000000: h=hh=hhLhh===h========hShhhhBh=h..........h==.........h====.....\n       (1011 lines all free)\n001fa000: ........\n" +
    "qstr pool: n_pool=1, n_qstr=5, n_str_data_bytes=76, n_total_bytes=364\nqstr pool: n_pool=1, n_qstr=5, n_str_data_bytes=76, n_total_bytes=364\n" +
    "Q(.frozen)\nQ(/usr/lib/micropython)\nQ(/work/ref/mp/tests/micropython)\nQ(meminfo.py)\nQ(SKIP)\n";

  it("accept the reference output and refuse a changed line or a missing one", () => {
    expect(matchesPattern(MEMINFO_EXP, unix)).toBe(true);
    expect(matchesPattern(MEMINFO_EXP, unix.replace("stack: 864", "stack: x"))).toBe(false);
    expect(matchesPattern(MEMINFO_EXP, unix.replace("Q(SKIP)\n", ""))).toBe(false);
    expect(matchesPattern(MEMINFO_EXP, unix + "extra\n")).toBe(false);
  });
});

describe("micropython's memory reports", () => {
  const program = 'import micropython\nif not hasattr(micropython, "mem_info"):\n    print("SKIP")\nmicropython.mem_info()\nmicropython.mem_info(1)\nmicropython.qstr_info()\nmicropython.qstr_info(1)\n';

  it("mem_info and qstr_info print MicroPython's lines, the names the program interned last", () => {
    const out = runOurs(program).output;
    expect(matchesPattern(MEMINFO_EXP, out)).toBe(true);
    expect(out).toMatch(/\n {7}\(\d+ lines all free\)\n/);
    expect(out.endsWith("Q(prog.py)\nQ(SKIP)\n")).toBe(true);
  });

  it("stack_use is an int that grows with the call depth", () => {
    const out = runOurs("import micropython\ndef f(n):\n    return micropython.stack_use() if n == 0 else f(n - 1)\nprint(type(f(0)), f(5) > f(0))\n").output;
    expect(out).toBe("<class 'int'> True\n");
  });

  it("mem_total counts every byte allocated, mem_current what is in use", () => {
    const out = runOurs("import micropython, gc\nt = micropython.mem_total()\nfor i in range(10):\n    x = [i]\ngc.collect()\nprint(micropython.mem_total() - t >= 320, micropython.mem_current() <= micropython.mem_total())\n").output;
    expect(out).toBe("True True\n");
  });
});
