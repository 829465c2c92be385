// The `time` module's tick arithmetic and calendar (extmod/modtime.c, shared/timeutils): ticks wrap
// at 2**30 like a 32-bit port's small ints; calendar times count from 1970 like the unix and WebAssembly ports
// (ports built with a 2000 epoch pass EPOCH_2000 as `epoch`).

export const TICKS_PERIOD = 2 ** 30;
const HALF = TICKS_PERIOD / 2;

export function ticksWrap(t: number): number {
  return ((Math.floor(t) % TICKS_PERIOD) + TICKS_PERIOD) % TICKS_PERIOD;
}

/** time.ticks_diff(end, start): signed distance in (-2**29, 2**29]. */
export function ticksDiff(end: number, start: number): number {
  return ticksWrap(end - start + HALF) - HALF;
}

/** time.ticks_add(t, delta); returns null when |delta| is out of range (the caller raises OverflowError). */
export function ticksAdd(t: number, delta: number): number | null {
  if (delta < -HALF || delta >= HALF) return null;
  return ticksWrap(t + delta);
}

/** Seconds from 1970 to MicroPython's 2000 epoch. */
export const EPOCH_2000 = 946684800;

/** time.gmtime(secs): (year, month, mday, hour, minute, second, weekday 0=Monday, yearday). */
export function gmtime(secs: number, epoch = 0): number[] {
  const d = new Date((Math.floor(secs) + epoch) * 1000);
  const y = d.getUTCFullYear();
  const yday = Math.floor((Date.UTC(y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  return [y, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday];
}

/** time.mktime(tuple): the inverse of gmtime; out-of-range fields normalise as timeutils does. */
export function mktime(t: readonly number[], epoch = 0): number {
  const [y, mo, md, h, mi, s] = t;
  return Math.floor(Date.UTC(y!, mo! - 1, md!, h!, mi!, s!) / 1000) - epoch;
}
