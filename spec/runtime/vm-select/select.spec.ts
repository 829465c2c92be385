// The select module on our VM against MicroPython v1.27.0's WebAssembly VM (a 32-bit port with
// select.poll and select.select and no sockets): Python pollables, the errors of extmod/modselect.c,
// heap bytes; each program's output as that VM prints it, checked live as well. Then the waits, which
// pass on the virtual clock (no oracle: a board's timing is what the program reads back).

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/board/board.js";
import { bothPrint, runOurs } from "../vm-modules/run.js";

/** Name: [source, what MicroPython prints]. */
const programs: Record<string, [string, string]> = {
  "Python pollables: readiness, errors, re-registration": [
    String.raw`# Python pollables: ioctl(MP_STREAM_POLL, events) answers readiness, a negative answer is an OSError.
import io, select

class Pollable(io.IOBase):
    def __init__(self, name, state=0):
        self.name = name
        self.state = state
        self.asked = []

    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        if req != 3:
            return -22
        if self.state == "later":
            self.state = 1
            return 0
        if self.state < 0:
            return self.state
        return self.state & arg

def show(lst):
    return sorted((o.name, ev) for o, ev in lst)

w = Pollable("w", 4)
r = Pollable("r")
p = select.poll()
p.register(w)
p.register(r, select.POLLIN)
print(show(p.poll(0)), r.asked, w.asked)
r.state = 5
print(show(p.poll(0)), r.asked[-1])
p.modify(w, select.POLLIN)
r.state = "later"
print(show(p.poll()), len(r.asked))
r.state = -5
try:
    p.poll(0)
except OSError as e:
    print("OSError", e.errno)
r.state = 1
p.unregister(w)
p.unregister(w)
print(show(p.poll(0)))
for _ in range(2):
    p.unregister(r)
    p.register(w, select.POLLOUT)
    p.register(r, select.POLLIN | select.POLLOUT)
    print(show(p.poll(0)))
w.state = 0x18
print(show(p.poll(0)), select.POLLERR | select.POLLHUP)
print([[o.name for o in lst] for lst in select.select([r, w], [r], [w], 0)])
`,
    String.raw`[('w', 4)] [(3, 1)] [(3, 5)]
[('r', 1), ('w', 4)] (3, 1)
[('r', 1)] 4
OSError 5
[('r', 1)]
[('r', 1), ('w', 4)]
[('r', 1), ('w', 4)]
[('r', 1)] 24
[['r'], [], ['w']]
`,
  ],
  "argument checks and errors of poll and select": [
    String.raw`# Argument checks and errors of poll objects and select.select, as extmod/modselect.c raises them.
import select, io, sys

class P(io.IOBase):
    def __init__(self, r):
        self.r = r
    def ioctl(self, cmd, arg):
        return self.r & arg if cmd == 3 else -22

def show(v):
    if isinstance(v, (list, tuple)):
        return [show(x) for x in v]
    return type(v).__name__ if isinstance(v, io.IOBase) else v

def ex(f):
    try:
        print(show(f()))
    except Exception as e:
        print(type(e).__name__, e)

ex(lambda: select.poll().register(1))
ex(lambda: select.poll().register(object()))
p = select.poll()
ex(lambda: p.register(io.BytesIO()))
ex(lambda: p.poll(0))
p = select.poll()
a = P(5)
ex(lambda: p.register(a, -1))
ex(lambda: p.poll())
ex(lambda: p.poll(None))
ex(lambda: p.poll(-5))
ex(lambda: p.poll(1.5))
ex(lambda: p.poll(0, 1))
ex(lambda: p.ipoll(0, 1, 2))
ex(lambda: p.register())
ex(lambda: p.modify(a))
ex(lambda: p.modify(a, "x"))
ex(lambda: p.modify(P(0), "x"))
ex(lambda: p.register(a, 1.0))
ex(lambda: p.register(a, True))
ex(lambda: p.poll(0))
b = P(4)
p.register(b, 4)
for t in p.ipoll(0, 1):
    print(type(t), t[1])
ex(lambda: p.poll(0))
p.register(a)
print([x[1] for x in p.poll(0)])
it = p.ipoll(0)
print(it is p, iter(p) is p, next(it)[1])
ex(lambda: next(it))
l = list(p.ipoll(0))
print(len(l), l[0][1])
ex(lambda: select.select([a], [a], [a]))
ex(lambda: select.select((a,), [b], [], 0))
ex(lambda: select.select(a, [], []))
ex(lambda: select.select([], [], [], 0))
ex(lambda: select.select([], []))
ex(lambda: select.select([], [], [], "x"))
ex(lambda: select.select([1], [], [], 0))
e = P(0x18)
ex(lambda: select.select([], [], [e], 0))
ex(lambda: select.select([e], [e], [], 0))
ex(lambda: select.select([sys.stdin, sys.stdout], [sys.stdout], [sys.stdin], 0))
class Bad(io.IOBase):
    def ioctl(self, cmd, arg):
        return "x"
ex(lambda: select.select([Bad()], [], [], 0))
class Raise(io.IOBase):
    def ioctl(self, cmd, arg):
        raise KeyError(cmd)
ex(lambda: select.select([Raise()], [], [], 0))
class NoIoctl(io.IOBase):
    pass
ex(lambda: select.select([NoIoctl()], [], [], 0))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
print(type(p), p)
`,
    String.raw`OSError stream operation not supported
OSError stream operation not supported
None
OSError [Errno 22] EINVAL
None
[['P', 5]]
[['P', 5]]
[['P', 5]]
TypeError can't convert float to int
TypeError function expected at most 2 arguments, got 3
TypeError function expected at most 3 arguments, got 4
TypeError function missing 1 required positional arguments
TypeError function takes 3 positional arguments but 2 were given
TypeError can't convert str to int
OSError [Errno 2] ENOENT
TypeError can't convert float to int
None
[['P', 1]]
<class 'tuple'> 1
<class 'tuple'> 4
[]
[5]
True True 5
StopIteration 
1 5
[['P'], ['P'], []]
[['P'], ['P'], []]
TypeError object 'P' isn't a tuple or list
[[], [], []]
TypeError function missing 1 required positional arguments
TypeError can't convert str to float
OSError stream operation not supported
[[], [], ['P']]
[[], [], []]
[[<io.TextIOWrapper 0>, <io.TextIOWrapper 1>], [<io.TextIOWrapper 1>], []]
TypeError can't convert str to int
KeyError 3
AttributeError 'NoIoctl' object has no attribute 'ioctl'
1 4 8 16
<class 'poll'> <poll>
`,
  ],
  "heap bytes of poll objects, registrations, results and select": [
    String.raw`# What poll objects, registrations, results and select.select allocate on a 32-bit port.
import select, sys, gc

def measure():
    a = b = c = d = e = f = g = h = 0
    p = r = it = None
    gc.collect()
    a = gc.mem_alloc()
    p = select.poll()
    b = gc.mem_alloc()
    p.register(sys.stdout)
    c = gc.mem_alloc()
    p.register(sys.stdin)
    d = gc.mem_alloc()
    r = p.poll(0)
    e = gc.mem_alloc()
    it = p.ipoll(0)
    f = gc.mem_alloc()
    it = p.ipoll(0)
    g = gc.mem_alloc()
    p.register(sys.stdout.buffer)
    h = gc.mem_alloc()
    print(b - a, c - b, d - c, e - d, f - e, g - f, h - g, len(r))
    b = gc.mem_alloc()
    r = select.select([sys.stdin], [sys.stdout], [])
    c = gc.mem_alloc()
    print(c - b, [len(x) for x in r])

def kept():
    # What a collection finds a poll object holding: itself, its table, two entries, ipoll's tuple.
    b = c = 0
    p = None
    gc.collect()
    b = gc.mem_alloc()
    p = select.poll()
    p.register(sys.stdout)
    p.register(sys.stdin)
    p.ipoll(0)
    gc.collect()
    c = gc.mem_alloc()
    print(c - b)

measure()
kept()
`,
    String.raw`32 32 16 64 16 0 32 2
256 [1, 1, 0]
96
`,
  ],
};

describe("select", () => {
  for (const [name, [src, expected]] of Object.entries(programs)) {
    it(name, async () => {
      const { ours, oracle } = await bothPrint(src);
      expect(oracle).toBe(expected);
      expect(ours).toBe(expected);
    });
  }

  it("waits on a UART until its scripted bytes arrive; print writes to it as a stream", () => {
    const board = new Board();
    board.uartInput(1, [[250_000, "OK\r\n"], [900_000, "DATA 42\n"]]);
    const r = runOurs(String.raw`import machine, select, time
u = machine.UART(1, 9600)
p = select.poll()
p.register(u, select.POLLIN)
t0 = time.ticks_ms()
r = p.poll(1000)
print(len(r), r[0][0] is u, r[0][1], time.ticks_diff(time.ticks_ms(), t0))
print(u.readline())
print(p.poll(100), u.read())
print(select.select([u], [], [], 2)[0] == [u], time.ticks_diff(time.ticks_ms(), t0))
print(u.readline())
print("status", 7, file=u)
q = select.poll()
q.register(u, select.POLLOUT)
print(len(q.poll(0)))
`, board);
    expect(r.output).toBe("1 True 1 250\nb'OK\\r\\n'\n[] None\nTrue 900\nb'DATA 42\\n'\n1\n");
    const sent = board.log.of("uart-tx").map((e) => String.fromCharCode(...e.data)).join("");
    expect(sent).toBe("status 7\n");
  });

  it("waits on the virtual clock: exact timeouts, timers firing meanwhile, no wall time", () => {
    const board = new Board();
    const started = Date.now();
    const r = runOurs(String.raw`# Waiting passes on the virtual clock: timeouts are exact, timers fire during the wait, and a
# Python pollable is asked again every millisecond.
import select, io, time, machine, sys

class Flag(io.IOBase):
    def __init__(self):
        self.ready = 0
        self.asked = 0
    def ioctl(self, req, arg):
        self.asked += 1
        return self.ready & arg

def since(t0):
    return time.ticks_diff(time.ticks_ms(), t0)

f = Flag()
p = select.poll()
p.register(f, select.POLLIN)
t0 = time.ticks_ms()
print(p.poll(1000), since(t0), f.asked)
tim = machine.Timer(-1)
tim.init(mode=machine.Timer.ONE_SHOT, period=300, callback=lambda t: setattr(f, "ready", 1))
t0 = time.ticks_ms()
r = p.poll(1000)
print(len(r), r[0][1], since(t0))
f.ready = 0
tim.init(mode=machine.Timer.ONE_SHOT, period=2500, callback=lambda t: setattr(f, "ready", 1))
t0 = time.ticks_ms()
print(len(p.poll()), since(t0))
q = select.poll()
q.register(sys.stdin, 0)
t0 = time.ticks_ms()
print(q.poll(60000), since(t0))
t0 = time.ticks_ms()
print(select.select([], [], [], 2.5), since(t0))
t0 = time.ticks_us()
print(select.select([], [], [], 0.0015), time.ticks_diff(time.ticks_us(), t0))
`, board);
    // A Python pollable is asked about once a millisecond, less the poll loop's own code time; a
    // 1.5 ms select waits until the millisecond tick after next, as mp_hal_ticks_ms() counts it.
    expect(r.output).toBe(String.raw`[] 1000 991
1 1 300
1 2500
[] 60000
([], [], []) 2500
([], [], []) 990
`);
    // 66.3 s passed on the board.
    expect(board.clock.ms).toBe(1000 + 300 + 2500 + 60000 + 2500 + 1);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
