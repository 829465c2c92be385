// machine.time_pulse_us (extmod/machine_pulse.c) on the simulated board: a Python pin
// (machine.PinBase) sampled once per virtual microsecond, and a board pin whose scripted edges the
// clock jumps to, so a pulse measures exactly its scripted length.

import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/board/board.js";
import { runOurs } from "../vm-modules/run.js";

describe("machine.time_pulse_us", () => {
  it("samples a PinBase's value() until the pulse ends or the timeout passes", () => {
    // MicroPython's tests/extmod/machine_pulse.py; expected: the unix port.
    expect(runOurs(`try:
    import machine

    machine.PinBase
    machine.time_pulse_us
except:
    print("SKIP")
    raise SystemExit


class ConstPin(machine.PinBase):
    def __init__(self, value):
        self.v = value

    def value(self, v=None):
        if v is None:
            return self.v
        else:
            self.v = v


class TogglePin(machine.PinBase):
    def __init__(self):
        self.v = 0

    def value(self, v=None):
        if v is None:
            self.v = 1 - self.v
            print("value:", self.v)
            return self.v


p = TogglePin()

t = machine.time_pulse_us(p, 1)
print(type(t))
t = machine.time_pulse_us(p, 0)
print(type(t))

p = ConstPin(0)
print(machine.time_pulse_us(p, 1, 10))
print(machine.time_pulse_us(p, 0, 10))
`).output).toBe(`value: 1
value: 0
<class 'int'>
value: 1
value: 0
value: 1
<class 'int'>
-2
-1
`);
  });

  it("measures a scripted pulse on a board pin, and times out after the given microseconds", () => {
    const board = new Board().pinInput(5, [[100, 1], [350, 0], [1000, 1]]);
    const src = "import machine, time\np = machine.Pin(5, machine.Pin.IN)\nprint(machine.time_pulse_us(p, 1), time.ticks_us())\nprint(machine.time_pulse_us(5, 1, 200), time.ticks_us())\nprint(machine.time_pulse_us(p, 0, 50), time.ticks_us())\n";
    // The high pulse 100..350 is 250 µs; from 350 the pin is low and would rise only at 1000, so
    // waiting 200 µs for a pulse to start gives -2; a low pulse has begun at 550 and does not end
    // within 50 µs: -1.
    expect(runOurs(src, board).output).toBe("250 350\n-2 550\n-1 600\n");
  });
});
