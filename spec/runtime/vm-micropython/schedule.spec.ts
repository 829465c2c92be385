// micropython.schedule and the machine callbacks that share its queue. Expected outputs of the
// plain-Python programs are what the MicroPython v1.27.0 unix port prints for them.

import { describe, expect, it } from "vitest";
import { runOurs } from "../vm-modules/run.js";

describe("micropython.schedule", () => {
  it("runs one callback at each jump, queues at most four, and one more as the program ends", () => {
    const r = runOurs(`
import micropython
log = []
def cb(a):
    log.append(a)
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print(log)
if log: pass
print(log)
if log: pass
print(log)
def filler(a):
    n = 0
    try:
        while True:
            micropython.schedule(cb, n)
            n += 1
    except RuntimeError as e:
        print(n, e)
micropython.schedule(filler, None)
for i in range(10):
    pass
print(log)
micropython.schedule(print, "first")
micropython.schedule(print, "second")
`);
    expect(r.output).toBe("[]\n[1]\n[1, 2]\n4 schedule queue full\n[1, 2, 0, 1, 2, 3]\nfirst\n");
  });

  it("a callback scheduled by a callback waits until the first has finished", () => {
    const r = runOurs(`
import micropython
done = 0
def inner(a):
    global done
    print("inner")
    done += 1
def outer(a):
    global done
    micropython.schedule(inner, 0)
    for i in range(2):
        pass
    print("outer")
    done += 1
micropython.schedule(outer, 0)
while done != 2:
    pass
`);
    expect(r.output).toBe("outer\ninner\n");
  });

  it("prints the traceback of a callback's exception and goes on", () => {
    const r = runOurs(`
import micropython
def bad(a):
    raise ValueError(a)
micropython.schedule(bad, "oops")
for i in range(2):
    pass
print("still running")
`);
    expect(r.error).toBeNull();
    expect(r.output).toBe('Traceback (most recent call last):\n  File "prog.py", line 4, in bad\nValueError: oops\nstill running\n');
  });

  it("takes exactly two arguments", () => {
    const r = runOurs(`
import micropython
try:
    micropython.schedule(print)
except TypeError as e:
    print(e)
`);
    expect(r.output).toBe("function takes 2 positional arguments but 1 were given\n");
  });

  // Soft IRQs go through mp_sched_schedule (shared/runtime/mpirq.c), so a callback queued from a
  // Timer callback runs once that callback has returned, never inside it.
  it("machine Timer callbacks share the queue: what they schedule runs after them", () => {
    const r = runOurs(`
import micropython, time
from machine import Timer
def later(a):
    print("later", a)
def tick(t):
    micropython.schedule(later, 1)
    for i in range(3):
        pass
    print("tick done")
Timer(0, mode=Timer.ONE_SHOT, period=10, callback=tick)
time.sleep_ms(20)
print("end")
`);
    expect(r.output).toBe("tick done\nlater 1\nend\n");
  });
});
