// A syntax error in an imported module or exec'd text names that file and line in the traceback, as
// MicroPython adds the entry (py/parse.c: file and line; py/compile.c: also the scope). Outputs are the
// unix port's for the same files, with the module path as the board's sys.path gives it.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { VirtualFs } from "../../../runtime/board/fs.js";
import { runMpy } from "../../../runtime/index.js";

function runWith(files: Record<string, string>, main: string): string {
  const fs = new VirtualFs();
  for (const [name, text] of Object.entries(files)) fs.writeFile(name, new TextEncoder().encode(text));
  const r = compile(main, { sourceName: "main.py" });
  if (!r.ok) throw new Error(r.error.message);
  const res = runMpy(r.mpy, { compile, fs });
  expect(res.internalError).toBeUndefined();
  return res.output;
}

describe("compile errors of imported and exec'd code", () => {
  it("a parse error names the module's file and line, with no scope", () => {
    expect(runWith({ "/broken.py": "x = 1\ndef f(:\n    pass\n" }, "import broken\n")).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n  File "broken.py", line 2\nSyntaxError: invalid syntax\n',
    );
  });

  it("a compile error also names the scope", () => {
    expect(runWith({ "/b2.py": "x = 1\ndef g():\n    return\n    nonlocal q\n" }, "import b2\n")).toBe(
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n  File "b2.py", line 4, in g\nSyntaxError: no binding for nonlocal found\n',
    );
  });

  it("exec names <string>; a caught error keeps its message", () => {
    expect(runWith({}, 'try:\n    exec("x = 1\\ny = (")\nexcept SyntaxError as e:\n    print(repr(e))\nexec("x = 1\\ny = (")\n')).toBe(
      "SyntaxError('invalid syntax',)\n" + 'Traceback (most recent call last):\n  File "main.py", line 5, in <module>\n  File "<string>", line 3\nSyntaxError: invalid syntax\n',
    );
  });
});
