// Exceptions made while the heap is locked or full (py/objexcept.c): the emergency exception
// object and buffer, args and tracebacks left out when they fit nowhere. Expected outputs: the
// unix port (which has a 256-byte emergency buffer) where the program allocates one, the 32-bit
// WebAssembly port (which has none) where it does not.

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

const WITH_BUFFER = `
import micropython, sys
try:
    micropython.alloc_emergency_exception_buf(256)
except AttributeError:
    pass
`;

describe("exceptions with the heap locked", () => {
  it("without an emergency buffer: one static exception object, no args, no traceback", () => {
    const r = runOurs(`
import micropython, sys
def f():
    micropython.heap_lock()
    try:
        raise ValueError(1)
    except ValueError as e:
        exc = e
    try:
        name_that_is_missing
    except NameError as e:
        exc2 = e
    micropython.heap_unlock()
    return exc, exc2
a, b = f()
print(repr(a), repr(b))
sys.print_exception(a)
`);
    expect(r.output).toBe("NameError() NameError()\nNameError: \n");
  });

  it("with an emergency buffer: the args and the first two traceback entries fit, 64 args do not", () => {
    const r = runOurs(`${WITH_BUFFER}
def g(n):
    if n == 0:
        raise ValueError("deep")
    g(n - 1)
def run():
    micropython.heap_lock()
    try:
        g(3)
    except ValueError as e:
        exc = e
    micropython.heap_unlock()
    return exc
e = run()
sys.print_exception(e)
print(repr(e))
micropython.heap_lock()
e = Exception(${Array(64).fill(0).join(", ")})
micropython.heap_unlock()
print(repr(e))
`);
    expect(r.output).toBe(
      'Traceback (most recent call last):\n  File "prog.py", line 11, in g\n  File "prog.py", line 10, in g\nValueError: deep\n' + "ValueError('deep',)\nException()\n",
    );
  });

  it("an exception raised before keeps its traceback room; __traceback__ = None empties it", () => {
    const r = runOurs(`${WITH_BUFFER}
pre = OSError(5)
try:
    raise pre
except OSError:
    pass
def h():
    micropython.heap_lock()
    try:
        raise pre
    except OSError as e:
        pass
    micropython.heap_unlock()
h()
sys.print_exception(pre)
pre.__traceback__ = None
sys.print_exception(pre)
`);
    expect(r.output).toBe('Traceback (most recent call last):\n  File "prog.py", line 10, in <module>\nOSError: [Errno 5] EIO\nOSError: [Errno 5] EIO\n');
  });

  it("a dict view is an allocation too", () => {
    const r = runOurs(`
import micropython
x = {1: 1}
micropython.heap_lock()
try:
    x.items()
except MemoryError:
    print("MemoryError: dict.items")
micropython.heap_unlock()
`);
    expect(r.output).toBe("MemoryError: dict.items\n");
  });

  it("an exception never raised prints without a traceback header", () => {
    const r = runOurs("import sys\nsys.print_exception(StopIteration())\nsys.print_exception(ValueError('x'))\n");
    expect(r.output).toBe("StopIteration: \nValueError: x\n");
  });

  it("a bytearray cannot grow while the heap is locked, even into room its block has (gc_realloc refuses)", () => {
    const r = runOurs(`
import micropython
b = bytearray(4)
micropython.heap_lock()
try:
    b += b"0123"
except MemoryError:
    print("MemoryError iadd")
try:
    b.extend(b"01")
except MemoryError:
    print("MemoryError extend")
micropython.heap_unlock()
print(b)
`);
    // The unix port of v1.27.0 prints the same.
    expect(r.output).toBe("MemoryError iadd\nMemoryError extend\nbytearray(b'\\x00\\x00\\x00\\x00')\n");
  });
});
