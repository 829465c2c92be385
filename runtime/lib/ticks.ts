// The `time` module's tick arithmetic and calendar (extmod/modtime.c, shared/timeutils): ticks wrap
// at 2**30 like a 32-bit port's small ints; calendar times count from 1970 as on the WebAssembly port.

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
  // Both ticks_diff(ticks_add(t, d), t) == d and its negation must hold, so -2**29 is out too.
  if (delta <= -HALF || delta >= HALF) return null;
  return ticksWrap(t + delta);
}

// The calendar of a 32-bit port (shared/timeutils with neither 1969-and-before nor 2100-and-beyond
// support): timestamps are unsigned 32-bit seconds from 1970 and every fourth year is a leap year.

const u32 = (x: bigint): bigint => BigInt.asUintN(32, x);
/** Days of March, April, ..., February (a leap February last). */
const MONTH_DAYS_FROM_MARCH = [31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29];
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

const isLeap = (year: number): boolean => year % 4 === 0;

function daysInMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month]! - DAYS_BEFORE_MONTH[month - 1]! + (month === 2 && isLeap(year) ? 1 : 0);
}

function yearDay(year: number, month: number, mday: number): number {
  return DAYS_BEFORE_MONTH[month - 1]! + mday + (month >= 3 && isLeap(year) ? 1 : 0);
}

/** timeutils_obj_get_timestamp on a double-float port: truncated, then saturated to 0..2**32-1 as the wasm cast does. */
export function timestampOf(x: number): number {
  if (Number.isNaN(x) || x <= 0) return 0;
  return Math.min(Math.trunc(x), 2 ** 32 - 1);
}

/** time.gmtime(secs) of a timestamp in 0..2**32-1: (year, month, mday, hour, minute, second, weekday 0=Monday, yearday). */
export function gmtime(secs: number): number[] {
  let days = Math.floor(secs / 86400);
  const rest = secs % 86400;
  const wday = (days + 3) % 7; // 1970-01-01 was a Thursday
  days += 365 + 366 - (31 + 29); // counted from 1968-03-01, after the last leap day before 1970
  const quads = Math.floor(days / 1461);
  days -= quads * 1461;
  const years = Math.min(3, Math.floor(days / 365));
  days -= years * 365;
  let year = 1968 + years + 4 * quads;
  let month = 0;
  while (MONTH_DAYS_FROM_MARCH[month]! <= days) days -= MONTH_DAYS_FROM_MARCH[month++]!;
  month += 2;
  if (month >= 12) {
    month -= 12;
    year++;
  }
  const mday = days + 1;
  return [year, month + 1, mday, Math.floor(rest / 3600), Math.floor(rest / 60) % 60, rest % 60, wday, yearDay(year, month + 1, mday)];
}

/** C's `/` and `%` on ints: truncated towards zero. */
const cdiv = (a: number, b: number): number => Math.trunc(a / b);

/**
 * time.mktime(tuple) from 32-bit machine ints: out-of-range fields normalise as timeutils_mktime_1970
 * does, and the seconds wrap as its unsigned arithmetic does (1969-12-31 23:59:59 is 4294967295).
 */
export function mktime(t: readonly number[]): number {
  let [year, month, mday, hours, minutes, seconds] = t as [number, number, number, number, number, number];
  minutes += cdiv(seconds, 60);
  if ((seconds %= 60) < 0) (seconds += 60), minutes--;
  hours += cdiv(minutes, 60);
  if ((minutes %= 60) < 0) (minutes += 60), hours--;
  mday += cdiv(hours, 24);
  if ((hours %= 24) < 0) (hours += 24), mday--;
  month--;
  year = Number(u32(BigInt(year) + BigInt(cdiv(month, 12))));
  if ((month %= 12) < 0) (month += 12), (year = Number(u32(BigInt(year - 1))));
  month++;
  while (mday < 1) {
    if (--month === 0) (month = 12), (year = Number(u32(BigInt(year - 1))));
    mday += daysInMonth(year, month);
  }
  while (mday > daysInMonth(year, month)) {
    mday -= daysInMonth(year, month);
    if (++month === 13) (month = 1), year++;
  }
  const y = BigInt(year);
  let days = u32((y - 1970n) * 365n) + u32(y - 1969n) / 4n + BigInt(yearDay(year, month, mday) - 1);
  days = u32(days);
  return Number(u32(days * 86400n + BigInt(hours * 3600 + minutes * 60 + seconds)));
}
