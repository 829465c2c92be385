// The hardware event log: every action a program takes on the stubbed machine, stamped with the
// virtual time, returned to the host and printed one line per event by `mpyc run --trace-hw`.

import { latin1 } from "../lib/spread.js";

export type HwEvent =
  | { t_us: number; kind: "pin"; id: number | string; value: number }
  | { t_us: number; kind: "pin-mode"; id: number | string; mode: string; pull: string | null }
  | { t_us: number; kind: "pin-irq"; id: number | string; trigger: number }
  | { t_us: number; kind: "pwm"; id: number | string; freq: number; duty_u16: number }
  | { t_us: number; kind: "pwm-deinit"; id: number | string }
  | { t_us: number; kind: "adc"; id: number | string; value: number }
  | { t_us: number; kind: "i2c-write"; bus: number; addr: number; data: number[] }
  | { t_us: number; kind: "i2c-read"; bus: number; addr: number; data: number[] }
  | { t_us: number; kind: "i2c-nack"; bus: number; addr: number }
  | { t_us: number; kind: "spi"; bus: number; out: number[]; in: number[] }
  | { t_us: number; kind: "uart-tx"; id: number; data: number[] }
  | { t_us: number; kind: "uart-rx"; id: number; data: number[] }
  | { t_us: number; kind: "timer"; id: number; action: "init" | "fire" | "deinit"; period_ms?: number }
  | { t_us: number; kind: "sleep"; us: number; how: "sleep" | "lightsleep" | "idle" }
  | { t_us: number; kind: "wdt"; action: "init" | "feed" | "timeout"; timeout_ms?: number }
  | { t_us: number; kind: "rtc"; datetime: number[] }
  | { t_us: number; kind: "irq"; action: "disable" | "enable" }
  | { t_us: number; kind: "freq"; hz: number }
  | { t_us: number; kind: "reset"; cause: "soft" | "hard" | "wdt" | "deepsleep"; sleep_ms?: number };

/** Events a log keeps by default, counting an event as 1 plus the bytes it carries. */
export const DEFAULT_EVENT_BUDGET = 200_000;

/**
 * The newest events within a budget (a ring: a run of hours at one event a millisecond keeps its last
 * stretch, not all of it); `dropped` counts the older ones let go. A budget of 0 keeps nothing, for a
 * host that streams events through `onEvent` (`mpyc run --trace-hw`).
 */
export class EventLog {
  private kept: HwEvent[] = [];
  private weight = 0;
  budget = DEFAULT_EVENT_BUDGET;
  dropped = 0;
  /** Optional live sink, e.g. to print while running. */
  onEvent: ((e: HwEvent) => void) | null = null;

  /** The kept events, oldest first. */
  get events(): HwEvent[] {
    this.trim(this.budget);
    return this.kept;
  }

  record(e: HwEvent): void {
    this.onEvent?.(e);
    if (this.budget <= 0) {
      this.dropped++;
      return;
    }
    this.kept.push(e);
    this.weight += weightOf(e);
    // Trimmed in batches (at twice the budget) so recording stays amortised constant time.
    if (this.weight > 2 * this.budget) this.trim(this.budget);
  }

  private trim(budget: number): void {
    let cut = 0;
    while (this.weight > budget && cut < this.kept.length) this.weight -= weightOf(this.kept[cut++]!);
    if (cut === 0) return;
    this.kept.splice(0, cut);
    this.dropped += cut;
  }

  /** Events of one kind (and, for pins, one id): what a test asserts on. */
  of<K extends HwEvent["kind"]>(kind: K, id?: number | string): Extract<HwEvent, { kind: K }>[] {
    return this.events.filter(
      (e): e is Extract<HwEvent, { kind: K }> => e.kind === kind && (id === undefined || ("id" in e && e.id === id)),
    );
  }
}

function weightOf(e: HwEvent): number {
  return 1 + ("data" in e ? e.data.length : 0) + ("out" in e ? e.out.length + e.in.length : 0);
}

const hex = (bytes: number[]) => bytes.map((b) => b.toString(16).padStart(2, "0")).join(" ");

/** `12.500000 ms`-style stamp: seconds with microsecond precision, fixed width for alignment. */
export function formatTime(us: number): string {
  const s = Math.floor(us / 1_000_000);
  const frac = String(us % 1_000_000).padStart(6, "0");
  return `${String(s).padStart(4, " ")}.${frac}s`;
}

export function formatEvent(e: HwEvent): string {
  const t = formatTime(e.t_us);
  switch (e.kind) {
    case "pin":
      return `${t} pin ${e.id} = ${e.value}`;
    case "pin-mode":
      return `${t} pin ${e.id} mode ${e.mode}${e.pull ? ` pull ${e.pull}` : ""}`;
    case "pin-irq":
      return `${t} pin ${e.id} irq trigger=${e.trigger}`;
    case "pwm":
      return `${t} pwm ${e.id} freq=${e.freq} duty_u16=${e.duty_u16}`;
    case "pwm-deinit":
      return `${t} pwm ${e.id} deinit`;
    case "adc":
      return `${t} adc ${e.id} read ${e.value}`;
    case "i2c-write":
      return `${t} i2c${e.bus} write 0x${e.addr.toString(16)} [${hex(e.data)}]`;
    case "i2c-read":
      return `${t} i2c${e.bus} read 0x${e.addr.toString(16)} [${hex(e.data)}]`;
    case "i2c-nack":
      return `${t} i2c${e.bus} nack 0x${e.addr.toString(16)}`;
    case "spi":
      return `${t} spi${e.bus} out [${hex(e.out)}] in [${hex(e.in)}]`;
    case "uart-tx":
      return `${t} uart${e.id} tx ${JSON.stringify(latin1(e.data))}`;
    case "uart-rx":
      return `${t} uart${e.id} rx ${JSON.stringify(latin1(e.data))}`;
    case "timer":
      return `${t} timer ${e.id} ${e.action}${e.period_ms !== undefined ? ` period=${e.period_ms}ms` : ""}`;
    case "sleep":
      return `${t} ${e.how} ${e.us}us`;
    case "wdt":
      return `${t} wdt ${e.action}${e.timeout_ms !== undefined ? ` timeout=${e.timeout_ms}ms` : ""}`;
    case "rtc":
      return `${t} rtc set ${e.datetime.join(",")}`;
    case "irq":
      return `${t} irq ${e.action}`;
    case "freq":
      return `${t} freq ${e.hz}`;
    case "reset":
      return `${t} reset ${e.cause}${e.sleep_ms !== undefined ? ` after ${e.sleep_ms}ms` : ""}`;
  }
}

/** The whole log, one line per event: what `mpyc run --trace-hw` prints. */
export function formatTrace(events: readonly HwEvent[]): string {
  return events.map((e) => formatEvent(e) + "\n").join("");
}
