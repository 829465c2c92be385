// The simulated board: pin levels, scripted inputs and the devices on its buses, the virtual clock
// and the event log. The host (a test, the CLI) scripts it; runtime/board/machine.ts drives it on
// behalf of the program. No MicroPython counterpart: this is what a real board's silicon would be.

import { VirtualClock } from "./clock.js";
import { type BoardModel, ExecutionClock, RP2040 } from "./cycles.js";
import { EventLog } from "./events.js";
import { pushAll } from "../lib/spread.js";

/** The program ended through the hardware (deepsleep, machine.reset, watchdog): not a Python error. */
export class MachineHalt extends Error {
  constructor(readonly reason: "soft" | "hard" | "wdt" | "deepsleep" | "time-limit") {
    super(`machine halted: ${reason}`);
    this.name = "MachineHalt";
  }
}

/** An I2C peripheral: a register map with auto-increment, or a callback pair for full control. */
export interface I2CDevice {
  /** Register contents, addressed by the first byte written (readfrom_mem / writeto_mem). */
  registers?: Uint8Array | number[];
  /** Raw read of `n` bytes (readfrom); defaults to reading registers from the last pointer. */
  read?: (n: number) => number[] | Uint8Array;
  /** Raw write (writeto); defaults to setting the register pointer and storing the rest. */
  write?: (data: Uint8Array) => void;
}

export type SpiDevice = (out: Uint8Array) => number[] | Uint8Array;

type Waveform = readonly (readonly [tUs: number, value: number])[];

export interface PinListener {
  (id: number | string, old: number, value: number): void;
}

export class Board {
  readonly clock = new VirtualClock();
  readonly log = new EventLog();
  private levels = new Map<string, number>();
  private pinListeners: PinListener[] = [];
  private adcSources = new Map<string, (tUs: number) => number>();
  private i2cDevices = new Map<string, { dev: I2CDevice; ptr: number }>();
  private spiDevices = new Map<number, SpiDevice>();
  private uartRx = new Map<number, number[]>();
  /** What machine.reset_cause() reports (a fresh board: power-on). */
  resetCause = 1;
  uniqueId = new Uint8Array([0xe6, 0x61, 0x41, 0x04, 0x03, 0x27, 0x59, 0x2c]);
  /** The clock rate machine.freq() reports and sets: the model's until the program changes it. */
  cpuHz: number;
  /** Turns the bytecode the interpreter runs into virtual time at cpuHz, on this board's model. */
  readonly execution: ExecutionClock;

  /** `model`: how fast the board runs bytecode (an RP2040 at 125 MHz unless given). */
  constructor(readonly model: BoardModel = RP2040) {
    this.cpuHz = model.hz;
    this.execution = new ExecutionClock(this.clock, model, () => this.cpuHz);
  }
  /** Ids given to virtual timers (Timer(-1)) in the event log: -1, -2, ... */
  nextVirtualTimerId = -1;

  /** The level a pin reads now (driven by the program or scripted by the host); unset pins read 0. */
  level(id: number | string): number {
    return this.levels.get(String(id)) ?? 0;
  }

  /** Sets a pin level without logging; returns the previous one. Used by both sides. */
  setLevel(id: number | string, value: number): number {
    const old = this.level(id);
    this.levels.set(String(id), value ? 1 : 0);
    if (old !== (value ? 1 : 0)) for (const l of this.pinListeners) l(id, old, value ? 1 : 0);
    return old;
  }

  private driven = new Set<string>();
  /** Pins the program has driven as outputs: pull-ups no longer set their level. */
  markDriven(id: number | string): void {
    this.driven.add(String(id));
  }
  isDriven(id: number | string): boolean {
    return this.driven.has(String(id));
  }

  onPinChange(l: PinListener): void {
    this.pinListeners.push(l);
  }

  private pinIrqs = new Map<string, { trigger: number; run: () => void }>();
  private irqListening = false;
  /** Installs (or with null removes) the edge handler of a pin; trigger bits: 4 falling, 8 rising. */
  setPinIrq(id: number | string, irq: { trigger: number; run: () => void } | null): void {
    if (irq) this.pinIrqs.set(String(id), irq);
    else this.pinIrqs.delete(String(id));
    if (this.irqListening) return;
    this.irqListening = true;
    this.onPinChange((pid, old, v) => {
      const h = this.pinIrqs.get(String(pid));
      if (h && ((v && !old && h.trigger & 8) || (!v && old && h.trigger & 4))) this.interrupt(h.run);
    });
  }

  private irqOn = true;
  private deferred: (() => void)[] = [];
  /** Runs an interrupt handler now, or once interrupts are enabled again (machine.disable_irq). */
  interrupt(run: () => void): void {
    if (this.irqOn) run();
    else this.deferred.push(run);
  }
  setIrqEnabled(on: boolean): boolean {
    const was = this.irqOn;
    this.irqOn = on;
    if (on) for (const run of this.deferred.splice(0)) run();
    return was;
  }

  /** The program waits `us` of virtual time; timers and scripted inputs fire on the way. */
  wait(us: number, how: "sleep" | "lightsleep" | "idle" = "sleep"): void {
    const t = Math.max(0, Math.round(us));
    if (how !== "idle") this.log.record({ t_us: this.clock.us, kind: "sleep", us: t, how });
    this.clock.advance(t);
  }

  // ---- host-side scripting ----

  /** Drives an input pin: each [t_us, level] applies at that virtual time. */
  pinInput(id: number | string, wave: Waveform): this {
    for (const [t, v] of wave) this.clock.schedule(t, () => void this.setLevel(id, v));
    return this;
  }

  /** ADC readings: a constant, a list of [t_us, value] steps, or a function of time. */
  adc(id: number | string, source: number | Waveform | ((tUs: number) => number)): this {
    let fn: (t: number) => number;
    if (typeof source === "number") fn = () => source;
    else if (typeof source === "function") fn = source;
    else {
      const steps = [...source].sort((a, b) => a[0] - b[0]);
      fn = (t) => {
        let v = 0;
        for (const [at, val] of steps) if (at <= t) v = val;
        return v;
      };
    }
    this.adcSources.set(String(id), fn);
    return this;
  }

  adcValue(id: number | string): number {
    const v = this.adcSources.get(String(id))?.(this.clock.us) ?? 0;
    return Math.max(0, Math.min(65535, Math.round(v)));
  }

  i2cDevice(bus: number, addr: number, dev: I2CDevice): this {
    this.i2cDevices.set(`${bus}:${addr}`, { dev, ptr: 0 });
    return this;
  }

  i2c(bus: number, addr: number): { dev: I2CDevice; ptr: number } | undefined {
    return this.i2cDevices.get(`${bus}:${addr}`);
  }

  i2cAddresses(bus: number): number[] {
    return [...this.i2cDevices.keys()]
      .filter((k) => k.startsWith(`${bus}:`))
      .map((k) => Number(k.split(":")[1]))
      .sort((a, b) => a - b);
  }

  spiDevice(bus: number, dev: SpiDevice): this {
    this.spiDevices.set(bus, dev);
    return this;
  }

  spi(bus: number): SpiDevice | undefined {
    return this.spiDevices.get(bus);
  }

  /** Bytes arriving on a UART at given virtual times. */
  uartInput(id: number, chunks: readonly (readonly [tUs: number, data: string | Uint8Array])[]): this {
    for (const [t, d] of chunks) {
      const bytes = typeof d === "string" ? [...new TextEncoder().encode(d)] : [...d];
      this.clock.schedule(t, () => {
        pushAll(this.rxBuffer(id), bytes);
        this.log.record({ t_us: this.clock.us, kind: "uart-rx", id, data: bytes });
      });
    }
    return this;
  }

  rxBuffer(id: number): number[] {
    let b = this.uartRx.get(id);
    if (!b) this.uartRx.set(id, (b = []));
    return b;
  }

  /** Stops the program once virtual time reaches `us` (a main loop that never ends, run for a while). */
  stopAt(us: number): this {
    this.clock.limitUs = us;
    this.clock.onLimit = () => {
      // Not a reset of the board: the simulation just ends there.
      this.clock.halted = true;
      throw new MachineHalt("time-limit");
    };
    return this;
  }

  /** Ends the program through the hardware, logging why. */
  halt(cause: "soft" | "hard" | "wdt" | "deepsleep", sleepMs?: number): never {
    this.log.record({ t_us: this.clock.us, kind: "reset", cause, ...(sleepMs !== undefined ? { sleep_ms: sleepMs } : {}) });
    this.clock.halted = true;
    throw new MachineHalt(cause);
  }
}
