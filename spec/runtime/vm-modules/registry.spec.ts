// The table of built-in modules (runtime/modules/registry.ts) is what import reads: every row
// imports under its name, a file on sys.path stands in only for the extensible ones, and `u` +
// name reaches the built-in one behind such a file (extensible modules only have a `u` name).

import { describe, expect, it } from "vitest";
import { VirtualFs } from "../../../runtime/board/fs.js";
import { BUILTIN_MODULES } from "../../../runtime/modules/registry.js";
import { runOnBoard } from "../vfs/run.js";

describe("built-in module table", () => {
  it("imports every module in the table under its name", () => {
    const names = BUILTIN_MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    const source = `for n in ${JSON.stringify(names).replace(/"/g, "'")}:\n    m = __import__(n)\n    print(n, type(m).__name__)\n`;
    expect(runOnBoard(source)).toBe(names.map((n) => `${n} module\n`).join(""));
  });

  it("lets a file on sys.path stand in for an extensible module only", () => {
    const fs = new VirtualFs();
    const shadowed = BUILTIN_MODULES.map((m) => m.name);
    for (const n of shadowed) fs.writeFile(`/${n}.py`, new TextEncoder().encode(`FILE = True\n`));
    const extensible = BUILTIN_MODULES.filter((m) => m.extensible).map((m) => m.name);
    const fixed = BUILTIN_MODULES.filter((m) => !m.extensible).map((m) => m.name);
    const list = (names: string[]) => JSON.stringify(names).replace(/"/g, "'");
    const source =
      `for n in ${list(extensible)}:\n    print(n, hasattr(__import__(n), 'FILE'), hasattr(__import__('u' + n), 'FILE'))\n` +
      `for n in ${list(fixed)}:\n    print(n, hasattr(__import__(n), 'FILE'))\n`;
    const expected = [...extensible.map((n) => `${n} True False\n`), ...fixed.map((n) => `${n} False\n`)].join("");
    expect(runOnBoard(source, { fs })).toBe(expected);
  });
});
