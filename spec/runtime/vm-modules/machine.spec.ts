// The machine module from Python programs: what they do to the simulated board is asserted on the
// event log (virtual time, pins, buses), and scripted inputs reach Python callbacks and reads.

import * as fs from "node:fs";
import { describe, expect, it } from "vitest";
import { Board } from "../../../runtime/board/board.js";
import { formatTrace, pinIntervals } from "../../../runtime/board/index.js";
import { runOurs } from "./run.js";

describe("machine from Python", () => {
  it("a Signal drives a pin written in Python (machine.PinBase) and a Signal subclass calls its base", () => {
    // Expected output as the MicroPython v1.27.0 unix port prints it.
    const r = runOurs(`
import machine
class Pin(machine.PinBase):
    def __init__(self):
        self.v = 0
    def value(self, v=None):
        if v is None:
            return self.v
        print("set", v)
        self.v = v
class MySignal(machine.Signal):
    pass
p = Pin()
s = MySignal(p, invert=True)
print(s())
s.value(1)
print(s(), p.v)
`);
    expect(r.output).toBe("1\nset False\n1 False\n");
  });

  it("examples/blink.py toggles pin 2 every 500 ms and reads the scripted ADC", () => {
    const board = new Board().adc(0, [[0, 1000], [1_000_000, 3000]]);
    const r = runOurs(fs.readFileSync("examples/blink.py", "utf8"), board);
    expect(r.error).toBeNull();
    expect(r.output).toBe("led is off\naverage reading: 2000\nelapsed ms: 2000\n");
    // Half a second of sleep and the loop's own code (under 50 us on the RP2040 model).
    expect(pinIntervals(board, 2).map((us) => Math.round(us / 1000) * 1000)).toEqual([500_000, 500_000, 500_000]);
    expect(r.events.filter((e) => e.kind === "adc").map((e) => (e as { value: number }).value)).toEqual([1000, 1000, 3000, 3000]);
    expect(formatTrace(r.events).split("\n")[0]).toBe("   0.000000s pin 2 mode OUT");
  });

  it("fires Timer callbacks in Python as virtual time passes during sleep_ms", () => {
    const r = runOurs(`
from machine import Pin, Timer
import time
led = Pin(25, Pin.OUT, value=0)
n = 0
def tick(t):
    global n
    n += 1
    led.toggle()
t = Timer(-1, mode=Timer.PERIODIC, period=100, callback=tick)
once = Timer(period=250, mode=Timer.ONE_SHOT, callback=lambda t: print("once at", time.ticks_ms()))
time.sleep_ms(450)
t.deinit()
time.sleep_ms(500)
print(n, led.value(), time.ticks_ms())
`);
    expect(r.output).toBe("once at 250\n4 0 950\n");
    const toggles = r.events.filter((e) => e.kind === "pin" && e.id === 25).map((e) => e.t_us);
    expect(toggles.map((us) => Math.round(us / 1000) * 1000)).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
  });

  it("an exception in a callback prints its traceback and the program goes on", () => {
    const r = runOurs(`
from machine import Timer
import time
def bad(t):
    raise ValueError("oops")
Timer(0, mode=Timer.ONE_SHOT, period=10, callback=bad)
time.sleep_ms(20)
print("still running")
`);
    expect(r.error).toBeNull();
    expect(r.output).toBe('Traceback (most recent call last):\n  File "prog.py", line 5, in bad\nValueError: oops\nstill running\n');
  });

  it("Pin.irq handlers run on scripted edges; Signal inverts; PWM and pull-ups are logged", () => {
    const board = new Board().pinInput(14, [[0, 1], [100_000, 0], [200_000, 1], [300_000, 0]]);
    const r = runOurs(`
from machine import Pin, Signal, PWM
import time
edges = []
btn = Pin(14, Pin.IN)
btn.irq(lambda p: edges.append((time.ticks_ms(), p.value())), Pin.IRQ_FALLING)
time.sleep(0.5)
print(edges)
up = Pin(15, Pin.IN, Pin.PULL_UP)
s = Signal(Pin(16, Pin.OUT), invert=True)
s.on()
print(up.value(), Pin(16).value(), s.value())
p = PWM(Pin(17), freq=2000, duty_u16=16384)
p.duty_u16(65535)
print(p.freq(), p.duty_u16())
`, board);
    expect(r.output).toBe("[(100, 0), (300, 0)]\n1 0 1\n2000 65535\n");
    expect(r.events.filter((e) => e.kind === "pwm").map((e) => (e as { duty_u16: number }).duty_u16)).toEqual([16384, 65535]);
  });

  it("I2C reads a scripted register map, a missing device is OSError ENODEV; SPI and UART exchange bytes", () => {
    const board = new Board()
      .i2cDevice(0, 0x48, { registers: [0x12, 0x34, 0x56] })
      .spiDevice(1, (out) => out.map((b) => b ^ 0xff))
      .uartInput(0, [[1000, "OK\r\nrest"]]);
    const r = runOurs(`
from machine import I2C, SPI, UART
import time
i2c = I2C(0, freq=100000)
print(i2c.scan(), i2c.readfrom_mem(0x48, 1, 2))
buf = bytearray(3)
i2c.readfrom_mem_into(0x48, 0, buf)
i2c.writeto_mem(0x48, 2, b"\\x99")
print(buf, i2c.readfrom_mem(0x48, 2, 1))
try:
    i2c.writeto(0x50, b"\\x00")
except OSError as e:
    print("OSError", e.errno)
spi = SPI(1, baudrate=1000000)
rx = bytearray(2)
spi.write_readinto(b"\\x0f\\xf0", rx)
print(rx, spi.read(1, 0x00))
u = UART(0, 9600)
print(u.any(), u.read())
time.sleep_ms(2)
print(u.any(), u.readline(), u.read(2), u.write(b"AT\\r\\n"))
`, board);
    expect(r.output).toBe(
      "[72] b'4V'\nbytearray(b'\\x124V') b'\\x99'\nOSError 19\nbytearray(b'\\xf0\\x0f') b'\\xff'\n0 None\n8 b'OK\\r\\n' b're' 4\n",
    );
    expect(formatTrace(r.events)).toContain("i2c0 nack 0x50");
    expect(formatTrace(r.events)).toContain('uart0 tx "AT\\r\\n"');
  });

  it("RTC runs on with virtual time; freq, unique_id, reset_cause; the watchdog ends the run", () => {
    const r = runOurs(`
import machine, time
rtc = machine.RTC()
rtc.datetime((2024, 5, 6, 0, 12, 0, 0, 0))
time.sleep(61)
print(rtc.datetime())
print(machine.freq(), len(machine.unique_id()), machine.reset_cause() == machine.PWRON_RESET)
machine.freq(48000000)
print(machine.freq())
wdt = machine.WDT(timeout=1000)
for i in range(3):
    time.sleep_ms(500)
    wdt.feed()
print("fed")
time.sleep_ms(2000)
print("not reached")
`);
    expect(r.error).toBeNull();
    expect(r.output).toBe("(2024, 5, 6, 0, 12, 1, 1, 0)\n125000000 8 True\n48000000\nfed\n");
    expect(formatTrace(r.events).trimEnd().split("\n").slice(-2)).toEqual(["  63.500145s wdt timeout", "  63.500145s reset wdt"]);
  });

  it("deepsleep ends the program; lightsleep passes time", () => {
    const r = runOurs(`
import machine, time
machine.lightsleep(100)
print(time.ticks_ms())
machine.deepsleep(5000)
print("not reached")
`);
    expect(r.output).toBe("100\n");
    expect(r.error).toBeNull();
    expect(r.events.at(-1)).toMatchObject({ kind: "reset", cause: "deepsleep", sleep_ms: 5000 });
  });
});
