// The `time` module bound to a Board's virtual clock (extmod/modtime.c): sleeps advance virtual
// time (firing timers on the way) instead of waiting; ticks wrap at 2**30; time() starts at a
// configurable wall-clock instant.

import type { Board } from "./board.js";
import { gmtime, mktime, ticksAdd, ticksDiff, ticksWrap, timestampOf } from "../lib/ticks.js";
import { HostError } from "../lib/host-error.js";

/** `startEpochSeconds`: what time.time() returns at virtual time zero (default 2025-01-01 UTC). */
export function timeModule(board: Board, startEpochSeconds = 1735689600) {
  const clock = board.clock;
  // A negative delay returns at once, as a port's mp_hal_delay_* loops do.
  const sleepUs = (us: number) => board.wait(Math.max(0, us));
  const now = () => startEpochSeconds + Math.floor(clock.us / 1e6);
  return {
    sleep: (s: number) => sleepUs(Math.round(s * 1e6)),
    sleep_ms: (ms: number) => sleepUs(ms * 1000),
    sleep_us: (us: number) => sleepUs(us),
    ticks_ms: () => ticksWrap(clock.ms),
    ticks_us: () => ticksWrap(clock.us),
    // One CPU cycle per microsecond at the board's frequency.
    ticks_cpu: () => ticksWrap(Math.floor((clock.us * board.cpuHz) / 1e6)),
    ticks_diff: (end: number, start: number) => ticksDiff(end, start),
    ticks_add: (t: number, delta: number) => {
      const r = ticksAdd(t, delta);
      if (r === null) throw new HostError("OverflowError", "ticks interval overflow");
      return r;
    },
    time: () => now(),
    time_ns: () => BigInt(startEpochSeconds) * 1_000_000_000n + BigInt(clock.us) * 1000n,
    // gmtime and localtime are one function on a port without time zones.
    gmtime: (secs?: number) => gmtime(timestampOf(secs ?? now())),
    localtime: (secs?: number) => gmtime(timestampOf(secs ?? now())),
    mktime: (t: readonly number[]) => {
      if (t.length !== 8 && t.length !== 9) throw new HostError("TypeError", "mktime needs a tuple of length 8 or 9");
      return mktime(t);
    },
  };
}
