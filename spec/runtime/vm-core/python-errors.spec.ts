// Wrong arguments that the VM once let through to a JavaScript TypeError (which became a Python
// TypeError only by the name of its class) now raise the TypeError MicroPython raises, from the VM's
// own checks (MicroPython's tests basics/builtin_type.py, self_type_check.py, string_join.py).

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

const CASES: [string, string][] = [
  ["type('abc', None, None)", "TypeError"],
  ["type('abc', (), None)", "TypeError"],
  ["type('abc', (1,), {})", "TypeError"],
  ["list.append(1, 2)", "TypeError: argument should be a 'list' not a 'int'"],
  ["getattr(list, 'append')(1, 2)", "TypeError: argument should be a 'list' not a 'int'"],
  ["b','.join(['abc', b'123'])", "TypeError: join expects a list of str/bytes objects consistent with self object"],
  ["''.join(None)", "TypeError: 'NoneType' object isn't iterable"],
];

describe("argument checks that raise Python exceptions", () => {
  for (const [expr, expected] of CASES) {
    it(expr, () => {
      const r = runOurs(`try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__ + (': ' + str(e) if str(e) else ''))\n`);
      expect(r.internalError).toBeUndefined();
      expect(r.output.trimEnd().startsWith(expected)).toBe(true);
    });
  }

  it("a method taken from a native type still runs on a subclass instance's native part", () => {
    const r = runOurs("class L(list):\n    pass\nl = L()\nL.append(l, 3)\nprint(l)\n");
    expect(r.output).toBe("[3]\n");
  });
});
