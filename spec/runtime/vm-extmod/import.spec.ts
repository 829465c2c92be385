// Import as py/builtinimport.c does it: built-in modules that files cannot replace and extensible
// ones that they can (with usys and `u` + name forcing the built-in, an empty sys.path too),
// __import__'s argument checks and replacement, __all__ in star imports, a submodule set on its
// package only when first loaded, a module's __dict__ being its globals. Expected: the unix port.

import { describe, expect, it } from "vitest";
import { run } from "./run.js";

describe("import", () => {
  it("finds non-extensible built-ins first and extensible ones after the filesystem", () => {
    const files = {
      "ext/sys.py": `print("ERROR sys from filesystem")
`,
      "ext/micropython.py": `print("ERROR micropython from filesystem")
`,
      "ext/os.py": `print("os from filesystem")
from uos import *
extra = 1
`,
      "ext/time.py": `print("time from filesystem")
import sys
_path = sys.path
sys.path = ()
from time import *
sys.path = _path
del _path
extra = 2
`,
    };
    expect(run(`import sys
print(sys, hasattr(sys, "__file__"))
sys.path.clear()
sys.path.append("ext")
import micropython, usys
print(micropython, usys)
import os
print(os, os.extra, os.sep)
import time
print(time, time.extra, time.sleep)
import uos, utime
print(uos, utime, hasattr(uos, "extra"))
try:
    import umath
except ImportError as e:
    print("ImportError", e)
`, files).out).toBe(`<module 'sys'> False
<module 'micropython'> <module 'sys'>
os from filesystem
<module 'os' from 'ext/os.py'> 1 /
time from filesystem
<module 'time' from 'ext/time.py'> 2 <function>
<module 'os'> <module 'time'> False
ImportError no module named 'umath'
`);
  });

  it("__import__, star imports, module dicts, submodule attributes, a replaced __import__", () => {
    const files = {
      "pk/__init__.py": `from .m1 import m1
def m2():
    pass
`,
      "pk/m1.py": `def m1():
    pass
`,
      "pk/m2.py": `from . import m2
`,
      "pk/m3.py": `print("m3 importing")
from . import m1
from .m1 import m1 as f
print(m1 is f)
`,
      "sa/__init__.py": `__all__ = ["a", "lazy"]
a = 1
b = 2
def __getattr__(n):
    if n == "lazy":
        return 42
    raise AttributeError(n)
`,
      "mv.py": `v = 1
`,
    };
    expect(run(`for args in ((1,), ("",), ("xyz", None, None, None, -1), ("builtins", "g", None, None, 1)):
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, repr(e.args))
print(__import__("builtins", "g").__name__)
from sa import *
print(a, lazy, "b" in globals())
import mv
mv.__dict__["v"] = "set"
print(mv.v, repr(mv).startswith("<module 'mv' from "), mv.__dict__ is mv.__dict__)
import pk
print(type(pk.m1).__name__, type(pk.m2).__name__)
import pk.m1
import pk.m2
print(type(pk.m1).__name__, type(pk.m2).__name__)
try:
    from pk import nothing
except ImportError as e:
    print("ImportError", e)
try:
    from mv import nothing
except ImportError as e:
    print("ImportError", e)
def imp(name, g=None, l=None, fromlist=(), level=0):
    print("import", repr(name), fromlist, level, type(g).__name__)
    return real(name, g, l, fromlist, level)
real = __import__
import builtins
builtins.__import__ = imp
import pk.m3
`, files).out).toBe(`TypeError ("can't convert 'int' object to str implicitly",)
ValueError ()
ValueError ()
TypeError ()
builtins
1 42 False
set True True
function function
function module
ImportError no module named 'pk.nothing'
ImportError can't import name nothing
import 'pk.m3' None 0 dict
m3 importing
import '' ('m1',) 1 dict
import 'm1' ('m1',) 1 dict
True
`);
  });

  it("prints a module loaded from a file with its path", () => {
    expect(run("import mv\nprint(mv)\n", { "mv.py": "" }).out).toBe("<module 'mv' from '//mv.py'>\n");
  });
});
