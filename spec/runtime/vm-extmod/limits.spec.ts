// MicroPython's limits where a program reaches them: a name interned as a qstr holds at most 255
// bytes (RuntimeError 'name too long' from the compiler and at run time), a jump offset 15 bits
// ('bytecode overflow'), and printing or native iterators nest only as deep as the C stack allows.
// Also sys.stderr, kept apart from the output when the host asks for it, as a console's fd 2 is.

import { describe, expect, it } from "vitest";
import { compile, formatError } from "../../../compiler/index.js";
import { run } from "./run.js";

describe("limits", () => {
  it("names longer than 255 bytes and jumps beyond 15 bits are RuntimeErrors", () => {
    // Expected: the unix port (the WebAssembly port agrees).
    expect(run(`def make_id(n):
    return "".join(chr(97 + i % 26) for i in range(n))
class A:
    pass
for n in (255, 256):
    name = make_id(n)
    for f in (lambda: exec(name + " = 1", {}), lambda: setattr(A(), name, 1), lambda: hasattr(A, name),
              lambda: type(name, (), {}), lambda: ("{" + name + "}").format(**{name: 1}),
              lambda: ("%(" + name + ")s") % {name: 1}, lambda: exec("import " + make_id(128) + "." + make_id(n - 129))):
        try:
            f()
            print(n, "ok")
        except ImportError:
            print(n, "ImportError")
        except RuntimeError as e:
            print(n, "RuntimeError", e)
try:
    __import__(make_id(256))
except RuntimeError as e:
    print("RuntimeError", e)
body = " with f()()() as a:\\n  try:\\n   f()()()\\n  except Exception:\\n   pass\\n"
for n in (432, 431):
    try:
        exec("c = 0\\nif c:\\n" + body * n + "else:\\n print('ran')\\n")
    except RuntimeError as e:
        print(repr(e))
`).out).toBe(`255 ok
255 ok
255 ok
255 ok
255 ok
255 ok
255 ImportError
256 RuntimeError name too long
256 RuntimeError name too long
256 RuntimeError name too long
256 RuntimeError name too long
256 RuntimeError name too long
256 RuntimeError name too long
256 RuntimeError name too long
RuntimeError name too long
RuntimeError('bytecode overflow',)
ran
`);
  });

  it("mpy-cross reports both without a traceback", () => {
    for (const [source, text] of [
      ["a".repeat(256) + " = 1\n", "RuntimeError: name too long\n"],
      ["import " + "a".repeat(128) + "." + "b".repeat(128) + "\n", "RuntimeError: name too long\n"],
    ]) {
      const r = compile(source!, { sourceName: "t.py" });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(formatError(r.error, "t.py", source!)).toBe(text);
    }
  });

  it("a long name is only interned when the parser takes it: a syntax error before that comes first", () => {
    // Expected: mpy-cross v1.27.0.
    const long = "a".repeat(300);
    for (const [source, text] of [
      [`x=1 ${long}\n`, "SyntaxError: invalid syntax"],
      [`x=1\xff${"1".repeat(300)}\n`, "SyntaxError: invalid syntax"],
      [`x=${long}\n`, "RuntimeError: name too long"],
      [`${long}=1 +\n`, "RuntimeError: name too long"],
      [`x.${long}\n`, "RuntimeError: name too long"],
      [`f(${long}=1)\n`, "RuntimeError: name too long"],
      [`def f(${long}): pass\n`, "RuntimeError: name too long"],
    ]) {
      const r = compile(source!, { sourceName: "t.py" });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(formatError(r.error, "t.py", source!).trim().split("\n").pop()).toBe(text);
    }
  });

  it("a list that contains itself cannot be printed; nested native iterators run out of stack", () => {
    // Expected: the WebAssembly port (the unix port's C stack is far larger).
    expect(run(`l = [1]
l.append(l)
d = {}
d[1] = d
for v in (l, d):
    try:
        repr(v)
    except RuntimeError as e:
        print("RuntimeError", e)
def depth(nest):
    x = (1, 2)
    for n in range(1, 300):
        x = nest(x)
        try:
            tuple(x)
        except RuntimeError as e:
            return n
print(150 <= depth(enumerate) <= 160)
for nest in (lambda x: map(max, x, ()), zip, lambda x: filter(None, x)):
    print(depth(nest) is not None)
`).out).toBe(`RuntimeError maximum recursion depth exceeded
RuntimeError maximum recursion depth exceeded
True
True
True
True
`);
  });

  it("sys.stderr writes go to the host's stderr", () => {
    // Expected: the unix port's stdout and stderr.
    expect(run(`import sys
print("out")
sys.stderr.write("err1\\n")
print("to err", file=sys.stderr)
print(sys.stderr.buffer.write(b"err2\\n"), sys.stdout.write("out2\\n"))
`)).toEqual({ out: `out
out2
5 5
`, err: `err1
to err
err2
` });
  });
});
