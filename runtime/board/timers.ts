// machine.Timer, RTC and WDT plus the module-level functions (sleep states, reset, freq, irq
// masking) on the virtual clock: callbacks fire while the program sleeps, in virtual-time order.

import { Board } from "./board.js";
import { type Callback } from "./machine.js";
import { HostError } from "../lib/host-error.js";

export class Timer {
  static readonly ONE_SHOT = 0;
  static readonly PERIODIC = 1;
  private slot: number | null = null;
  readonly id: number;

  constructor(private readonly board: Board, id = -1, opts?: TimerInit) {
    this.id = id >= 0 ? id : board.nextVirtualTimerId--;
    if (opts) this.init(opts);
  }

  init(opts: TimerInit): void {
    this.deinitQuietly();
    const mode = opts.mode ?? Timer.PERIODIC;
    let periodUs: number;
    if (opts.freq !== undefined) {
      if (!(opts.freq > 0)) throw new HostError("ValueError", "invalid freq");
      periodUs = Math.round(1e6 / opts.freq);
    } else {
      periodUs = Math.round((opts.period ?? 1000) * 1000);
    }
    if (periodUs <= 0) throw new HostError("ValueError", "invalid period");
    const cb = opts.callback ?? null;
    const fire = () => {
      this.board.log.record({ t_us: this.board.clock.us, kind: "timer", id: this.id, action: "fire" });
      if (mode === Timer.ONE_SHOT) this.slot = null;
      if (cb) this.board.interrupt(() => cb(this));
    };
    this.slot = this.board.clock.schedule(this.board.clock.us + periodUs, fire, mode === Timer.PERIODIC ? periodUs : 0);
    this.board.log.record({ t_us: this.board.clock.us, kind: "timer", id: this.id, action: "init", period_ms: periodUs / 1000 });
  }

  private deinitQuietly(): boolean {
    if (this.slot === null) return false;
    this.board.clock.cancel(this.slot);
    this.slot = null;
    return true;
  }

  deinit(): void {
    if (this.deinitQuietly()) this.board.log.record({ t_us: this.board.clock.us, kind: "timer", id: this.id, action: "deinit" });
  }
}

export interface TimerInit {
  mode?: number;
  period?: number;
  freq?: number;
  callback?: Callback | null;
}

/** machine.RTC: a wall clock set by datetime() that runs on with virtual time. */
export class RTC {
  // Seconds since 2000-01-01 (MicroPython's epoch) at virtual time zero.
  private base = 0;
  constructor(private readonly board: Board) {}

  /** (year, month, day, weekday, hours, minutes, seconds, subseconds) as MicroPython's RTC gives it. */
  datetime(dt?: readonly number[]): number[] | undefined {
    if (dt === undefined) {
      const s = this.base + Math.floor(this.board.clock.us / 1e6);
      const d = new Date(Date.UTC(2000, 0, 1) + s * 1000);
      const weekday = (d.getUTCDay() + 6) % 7;
      return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), weekday, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0];
    }
    if (dt.length < 7) throw new HostError("ValueError", "requested length 8 but object has length " + dt.length);
    const [y, mo, da, , h, mi, se] = dt as number[];
    const at = (Date.UTC(y!, mo! - 1, da!, h!, mi!, se!) - Date.UTC(2000, 0, 1)) / 1000;
    this.base = at - Math.floor(this.board.clock.us / 1e6);
    this.board.log.record({ t_us: this.board.clock.us, kind: "rtc", datetime: [...dt] });
    return undefined;
  }
}

/** machine.WDT: unless fed within the timeout, the board resets (the program ends with an event). */
export class WDT {
  private slot: number;
  constructor(private readonly board: Board, readonly timeoutMs = 5000) {
    if (!(timeoutMs > 0)) throw new HostError("ValueError", "WDT timeout too short");
    board.log.record({ t_us: board.clock.us, kind: "wdt", action: "init", timeout_ms: timeoutMs });
    this.slot = this.arm();
  }
  private arm(): number {
    return this.board.clock.schedule(this.board.clock.us + this.timeoutMs * 1000, () => {
      this.board.log.record({ t_us: this.board.clock.us, kind: "wdt", action: "timeout" });
      this.board.resetCause = 3;
      this.board.halt("wdt");
    });
  }
  feed(): void {
    this.board.clock.cancel(this.slot);
    this.slot = this.arm();
    this.board.log.record({ t_us: this.board.clock.us, kind: "wdt", action: "feed" });
  }
}

/** The module functions of `machine` bound to one board. */
export function machineFunctions(board: Board) {
  return {
    freq(hz?: number): number | undefined {
      if (hz === undefined) return board.cpuHz;
      board.cpuHz = hz;
      board.log.record({ t_us: board.clock.us, kind: "freq", hz });
      return undefined;
    },
    unique_id: (): Uint8Array => board.uniqueId.slice(),
    reset_cause: (): number => board.resetCause,
    reset: (): never => board.halt("hard"),
    soft_reset: (): never => board.halt("soft"),
    idle: (): void => board.wait(Math.max(0, (board.clock.nextDue() ?? board.clock.us + 1000) - board.clock.us), "idle"),
    lightsleep: (ms?: number): void => board.wait((ms ?? 0) * 1000, "lightsleep"),
    deepsleep: (ms?: number): never => {
      board.resetCause = 4;
      return board.halt("deepsleep", ms);
    },
    disable_irq: (): number => {
      board.log.record({ t_us: board.clock.us, kind: "irq", action: "disable" });
      return board.setIrqEnabled(false) ? 1 : 0;
    },
    enable_irq: (state = 1): void => {
      board.log.record({ t_us: board.clock.us, kind: "irq", action: "enable" });
      board.setIrqEnabled(Boolean(state));
    },
  };
}

/** machine.reset_cause() values (ports/rp2 numbering). */
export const RESET_CAUSE = { PWRON_RESET: 1, HARD_RESET: 2, WDT_RESET: 3, DEEPSLEEP_RESET: 4, SOFT_RESET: 5 } as const;
