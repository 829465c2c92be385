// The stubbed machine driven directly from TypeScript: virtual-time blink, Timer callbacks firing
// during sleeps in time order, a scripted I2C sensor, UART RX, ADC waveforms, pin interrupts, the
// watchdog and deepsleep ending the program, and the --trace-hw format.

import { describe, expect, it } from "vitest";
import { Board, MachineHalt } from "../../../runtime/board/board.js";
import { ADC, Pin, PWM, Signal } from "../../../runtime/board/machine.js";
import { I2C, SPI, UART } from "../../../runtime/board/buses.js";
import { machineFunctions, RTC, Timer, WDT } from "../../../runtime/board/timers.js";
import { formatTrace } from "../../../runtime/board/events.js";

describe("machine on the virtual clock", () => {
  it("blink: pin 2 toggles every 500 ms of virtual time", () => {
    const b = new Board();
    const led = new Pin(b, 2, Pin.OUT);
    for (let i = 0; i < 6; i++) {
      led.toggle();
      b.wait(500_000);
    }
    const pin = b.log.of("pin", 2);
    expect(pin.map((e) => e.value)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(pin.map((e) => e.t_us)).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000]);
    expect(b.clock.ms).toBe(3000);
  });

  it("fires periodic and one-shot timers during sleeps, in virtual-time order", () => {
    const b = new Board();
    const fired: string[] = [];
    new Timer(b, 0, { period: 300, callback: () => fired.push(`p@${b.clock.ms}`) });
    new Timer(b, 1, { mode: Timer.ONE_SHOT, period: 450, callback: () => fired.push(`o@${b.clock.ms}`) });
    b.wait(1_000_000);
    expect(fired).toEqual(["p@300", "o@450", "p@600", "p@900"]);
    expect(b.clock.ms).toBe(1000);
  });

  it("stops a timer on deinit and defers callbacks while interrupts are disabled", () => {
    const b = new Board();
    const m = machineFunctions(b);
    let n = 0;
    const t = new Timer(b, 0, { freq: 10, callback: () => n++ });
    const state = m.disable_irq();
    b.wait(250_000);
    expect(n).toBe(0);
    m.enable_irq(state);
    expect(n).toBe(2);
    t.deinit();
    b.wait(1_000_000);
    expect(n).toBe(2);
  });

  it("reads a scripted I2C sensor and NACKs a missing device with ENODEV", () => {
    const b = new Board();
    const regs = new Uint8Array(256);
    regs[0xd0] = 0x60; // chip id
    regs.set([0x12, 0x34], 0xfa);
    b.i2cDevice(0, 0x76, { registers: regs });
    const i2c = new I2C(b, 0);
    expect(i2c.scan()).toEqual([0x76]);
    expect([...i2c.readfrom_mem(0x76, 0xd0, 1)]).toEqual([0x60]);
    expect([...i2c.readfrom_mem(0x76, 0xfa, 2)]).toEqual([0x12, 0x34]);
    i2c.writeto_mem(0x76, 0xf4, [0x27]);
    expect(regs[0xf4]).toBe(0x27);
    expect(() => i2c.readfrom(0x40, 1)).toThrow("[Errno 19] ENODEV");
    expect(b.log.of("i2c-nack")).toHaveLength(1);
  });

  it("delivers UART bytes at their scripted times", () => {
    const b = new Board();
    b.uartInput(1, [[100_000, "OK\r\nREADY\n"]]);
    const u = new UART(b, 1);
    expect(u.any()).toBe(0);
    expect(u.read()).toBeNull();
    b.wait(200_000);
    expect(new TextDecoder().decode(u.readline()!)).toBe("OK\r\n");
    expect(u.any()).toBe(6);
    u.write("AT\r\n");
    expect(b.log.of("uart-tx")[0]!.data).toEqual([65, 84, 13, 10]);
  });

  it("ADC follows a waveform; pin irq fires on scripted edges; Signal inverts", () => {
    const b = new Board();
    b.adc(0, [[0, 1000], [1_000_000, 50000]]);
    const adc = new ADC(b, 0);
    expect(adc.read_u16()).toBe(1000);
    b.wait(1_000_000);
    expect(adc.read_u16()).toBe(50000);

    const button = new Pin(b, 5, Pin.IN, Pin.PULL_UP);
    expect(button.value()).toBe(1);
    const edges: number[] = [];
    button.irq(() => edges.push(b.clock.ms), Pin.IRQ_FALLING);
    b.pinInput(5, [[1_200_000, 0], [1_300_000, 1], [1_500_000, 0]]);
    b.wait(1_000_000);
    expect(edges).toEqual([1200, 1500]);

    // A second Pin object's irq() replaces the handler, as there is one per pin on the device.
    const again: number[] = [];
    new Pin(b, 5).irq(() => again.push(b.clock.ms), Pin.IRQ_RISING);
    b.pinInput(5, [[2_100_000, 1]]);
    b.wait(200_000);
    expect(again).toEqual([2100]);
    expect(edges).toEqual([1200, 1500]);

    const led = new Signal(new Pin(b, 25, Pin.OUT), true);
    led.on();
    expect(b.level(25)).toBe(0);
    expect(led.value()).toBe(1);
  });

  it("PWM, SPI, RTC and freq behave and log", () => {
    const b = new Board();
    const pwm = new PWM(b, new Pin(b, 15), { freq: 1000, duty_u16: 32768 });
    pwm.duty_ns(250_000);
    expect(pwm.duty_u16()).toBe(16384);
    expect(pwm.duty_ns()).toBe(250_000);
    b.spiDevice(0, (out) => out.map((x) => x ^ 0xff));
    const spi = new SPI(b, 0);
    const into = new Uint8Array(2);
    spi.write_readinto([0x0f, 0xf0], into);
    expect([...into]).toEqual([0xf0, 0x0f]);
    const rtc = new RTC(b);
    rtc.datetime([2024, 2, 29, 3, 23, 59, 58, 0]);
    b.wait(3_000_000);
    expect(rtc.datetime()).toEqual([2024, 3, 1, 4, 0, 0, 1, 0]);
    const m = machineFunctions(b);
    m.freq(48_000_000);
    expect(m.freq()).toBe(48_000_000);
  });

  it("ends the program when the watchdog is not fed, and on deepsleep", () => {
    const b = new Board();
    const wdt = new WDT(b, 1000);
    b.wait(900_000);
    wdt.feed();
    b.wait(900_000);
    expect(() => b.wait(900_000)).toThrow(MachineHalt);
    expect(b.clock.ms).toBe(1900);
    expect(b.log.of("reset")[0]).toMatchObject({ cause: "wdt", t_us: 1_900_000 });

    const b2 = new Board();
    expect(() => machineFunctions(b2).deepsleep(5000)).toThrow("machine halted: deepsleep");
    expect(machineFunctions(b2).reset_cause()).toBe(4);
  });

  it("prints one line per event for --trace-hw", () => {
    const b = new Board();
    const p = new Pin(b, 2, Pin.OUT);
    p.on();
    b.wait(1500);
    p.off();
    expect(formatTrace(b.log.events)).toBe(
      ["   0.000000s pin 2 mode OUT", "   0.000000s pin 2 = 1", "   0.000000s sleep 1500us", "   0.001500s pin 2 = 0", ""].join("\n"),
    );
  });
});

describe("pin periods", () => {
  it("measures the intervals between a pin's changes", async () => {
    const { pinIntervals } = await import("../../../runtime/board/index.js");
    const b = new Board();
    const led = new Pin(b, 2, Pin.OUT);
    new Timer(b, -1, { mode: Timer.PERIODIC, period: 500, callback: () => led.toggle() });
    machineFunctions(b).lightsleep(2600);
    expect(pinIntervals(b, 2)).toEqual([500_000, 500_000, 500_000, 500_000]);
    expect(pinIntervals(b, 2, 1)).toEqual([1_000_000, 1_000_000]);
  });
});
