// machine.time_pulse_us (extmod/machine_pulse.c) on the virtual clock: the pin is sampled with the
// time, as the C loop does, and between samples the clock moves on. A pin the board drives changes
// only when a scheduled input fires, so the clock jumps to the next one (or to the timeout); a pin
// written in Python (machine.PinBase) is sampled every microsecond.

import type { Board } from "./board.js";

/**
 * Waits for `level` then for its end, giving the pulse's length in µs; -2 if the pin never reached
 * `level`, -1 if the pulse did not end, within `timeoutUs` of the last change (32-bit tick arithmetic).
 */
export function timePulseUs(board: Board, read: () => number, level: number, timeoutUs: number, scheduledOnly: boolean): number {
  const clock = board.clock;
  const timeout = timeoutUs >>> 0;
  let changes = 2;
  let start = clock.us >>> 0;
  for (;;) {
    const t = clock.us >>> 0;
    if (read() === level) {
      level = 1 - level;
      if (--changes === 0) return (t - start) | 0;
      start = t;
    } else if ((t - start) >>> 0 >= timeout) {
      return -changes;
    }
    let step = 1;
    if (scheduledOnly) {
      const due = clock.nextDue();
      const untilTimeout = timeout - ((t - start) >>> 0);
      step = Math.max(1, Math.min(untilTimeout, due === undefined ? untilTimeout : due - clock.us));
    }
    board.wait(step, "idle");
  }
}
