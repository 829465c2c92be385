// help() as the MicroPython v1.27.0 unix port prints it: the welcome text, help(obj) listing a
// module's or a type's attributes, help('modules') as sorted columns (whose names are port-specific).

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

describe("help()", () => {
  it("prints the welcome text without an argument", () => {
    expect(runOurs("help()\n").output).toBe(
      "Welcome to MicroPython!\n\nFor online docs please visit http://docs.micropython.org/\n\nControl commands:\n" +
        "  CTRL-A        -- on a blank line, enter raw REPL mode\n  CTRL-B        -- on a blank line, enter normal REPL mode\n" +
        "  CTRL-C        -- interrupt a running program\n  CTRL-D        -- on a blank line, exit or do a soft reset\n" +
        "  CTRL-E        -- on a blank line, enter paste mode\n\nFor further help on a specific object, type help(obj)\n",
    );
  });

  it("lists a type's locals in table order and a class's in hash-table order", () => {
    const out = runOurs("help(int)\nhelp(1)\nhelp(len)\nhelp(3.5)\nclass A:\n    x = 1\n    y = 2\n    del x\nhelp(A)\n").output;
    expect(out).toBe(
      "object <class 'int'> is of type type\n  from_bytes -- <classmethod>\n  to_bytes -- <function>\n" +
        "object 1 is of type int\n  from_bytes -- <classmethod>\n  to_bytes -- <function>\n" +
        "object <function> is of type function\nobject 3.5 is of type float\n" +
        "object <class 'A'> is of type type\n  __module__ -- __main__\n  y -- 2\n  __qualname__ -- A\n",
    );
  });

  it("lists the micropython module in py/modmicropython.c's order", () => {
    const lines = runOurs("import micropython\nhelp(micropython)\n").output.split("\n");
    expect(lines.slice(0, 4)).toEqual(["object <module 'micropython'> is of type module", "  __name__ -- micropython", "  const -- <function>", "  opt_level -- <function>"]);
    expect(lines).toContain("  RingIO -- <class 'RingIO'>");
  });

  it("help('modules') prints the built-in modules sorted, in four columns filled downwards", () => {
    const out = runOurs("help('modules')\n").output;
    const rows = out.split("\n").slice(0, -2);
    expect(out.endsWith("\nPlus any modules on the filesystem\n")).toBe(true);
    expect(rows[0]).toMatch(/^__main__ {10}\S/);
    const names = rows.map((r) => r.split(/ +/)).flat();
    const columnFirst = rows.map((_, i) => rows.map((r) => r.match(/\S+/g)![i])).flat().filter(Boolean);
    expect(columnFirst).toEqual([...names].sort());
    expect(names).toContain("micropython");
  });
});
