// The `machine` module's behaviour over a simulated Board: Pin, Signal, PWM, ADC, I2C, SPI, UART,
// Timer, RTC, WDT and the module functions. Takes plain JS values and callbacks (the VM binding wraps
// Python objects); gives MicroPython's semantics (ports/rp2 constants) and logs each action.

import { Board } from "./board.js";
import { HostError } from "../lib/host-error.js";

export const ENODEV = 19;
export const ETIMEDOUT = 110;

export type Callback = (arg: unknown) => void;

export class Pin {
  static readonly IN = 0;
  static readonly OUT = 1;
  static readonly OPEN_DRAIN = 2;
  static readonly ALT = 3;
  static readonly PULL_UP = 1;
  static readonly PULL_DOWN = 2;
  static readonly IRQ_FALLING = 4;
  static readonly IRQ_RISING = 8;

  mode: number = Pin.IN;
  pull: number | null = null;

  constructor(private readonly board: Board, readonly id: number | string, mode?: number, pull?: number | null, value?: number) {
    this.init(mode, pull, value);
  }

  init(mode?: number, pull?: number | null, value?: number): void {
    if (mode !== undefined) {
      if (![Pin.IN, Pin.OUT, Pin.OPEN_DRAIN, Pin.ALT].includes(mode)) throw new HostError("ValueError", "invalid pin mode");
      this.mode = mode;
    }
    if (pull !== undefined) this.pull = pull;
    if (mode !== undefined || pull !== undefined) {
      const pullName = this.pull === Pin.PULL_UP ? "up" : this.pull === Pin.PULL_DOWN ? "down" : null;
      const modeName = ["IN", "OUT", "OPEN_DRAIN", "ALT"][this.mode]!;
      this.board.log.record({ t_us: this.board.clock.us, kind: "pin-mode", id: this.id, mode: modeName, pull: pullName });
      if (this.mode === Pin.IN && this.pull === Pin.PULL_UP && !this.board.isDriven(this.id)) this.board.setLevel(this.id, 1);
    }
    if (value !== undefined) this.value(value);
  }

  /** value() reads the level; value(x) drives it (logged even when unchanged, as the program asked). */
  value(x?: unknown): number | undefined {
    if (x === undefined) return this.board.level(this.id);
    const v = x ? 1 : 0;
    this.board.markDriven(this.id);
    this.board.setLevel(this.id, v);
    this.board.log.record({ t_us: this.board.clock.us, kind: "pin", id: this.id, value: v });
    return undefined;
  }
  on(): void {
    this.value(1);
  }
  off(): void {
    this.value(0);
  }
  toggle(): void {
    this.value(this.board.level(this.id) ? 0 : 1);
  }

  irq(handler: Callback | null = null, trigger = Pin.IRQ_FALLING | Pin.IRQ_RISING): void {
    // One handler per pin, as on the device: a later irq() on any Pin object for it replaces it.
    this.board.setPinIrq(this.id, handler ? { trigger, run: () => handler(this) } : null);
    this.board.log.record({ t_us: this.board.clock.us, kind: "pin-irq", id: this.id, trigger: handler ? trigger : 0 });
  }
}

/** machine.Signal: a pin with optional inversion; on() means "active". */
/** What a Signal drives: a Pin, or a pin written in Python (a machine.PinBase subclass). */
export interface PinLike {
  value(x?: unknown): unknown;
}

export class Signal {
  constructor(readonly pin: PinLike, readonly invert = false) {}
  value(x?: unknown): number | undefined {
    if (x === undefined) return Number(this.pin.value()) ^ (this.invert ? 1 : 0);
    this.pin.value((x ? 1 : 0) ^ (this.invert ? 1 : 0));
    return undefined;
  }
  on(): void {
    this.value(1);
  }
  off(): void {
    this.value(0);
  }
}

export class PWM {
  private f = 1000;
  private duty = 0;
  constructor(private readonly board: Board, readonly pin: Pin, opts: { freq?: number; duty_u16?: number; duty_ns?: number } = {}) {
    if (opts.freq !== undefined) this.f = opts.freq;
    if (opts.duty_u16 !== undefined) this.duty = opts.duty_u16;
    if (opts.duty_ns !== undefined) this.duty = this.nsToU16(opts.duty_ns);
    this.emit();
  }
  private emit(): void {
    this.board.log.record({ t_us: this.board.clock.us, kind: "pwm", id: this.pin.id, freq: this.f, duty_u16: this.duty });
  }
  private nsToU16(ns: number): number {
    return Math.min(65535, Math.round((ns * this.f * 65536) / 1e9));
  }
  freq(f?: number): number | undefined {
    if (f === undefined) return this.f;
    if (!(f > 0)) throw new HostError("ValueError", "freq too small");
    this.f = f;
    this.emit();
    return undefined;
  }
  duty_u16(d?: number): number | undefined {
    if (d === undefined) return this.duty;
    this.duty = Math.max(0, Math.min(65535, Math.trunc(d)));
    this.emit();
    return undefined;
  }
  duty_ns(ns?: number): number | undefined {
    if (ns === undefined) return Math.round((this.duty * 1e9) / (this.f * 65536));
    this.duty = this.nsToU16(ns);
    this.emit();
    return undefined;
  }
  deinit(): void {
    this.board.log.record({ t_us: this.board.clock.us, kind: "pwm-deinit", id: this.pin.id });
  }
}

export class ADC {
  constructor(private readonly board: Board, readonly id: number | string) {}
  read_u16(): number {
    const v = this.board.adcValue(this.id);
    this.board.log.record({ t_us: this.board.clock.us, kind: "adc", id: this.id, value: v });
    return v;
  }
}
