// The time module (extmod/modtime.c) over the board's virtual clock (board/time.ts): sleeps move
// virtual time on, firing timers on the way; ticks wrap as a port's do.

import type { Board } from "../board/board.js";
import { timeModule } from "../board/time.js";
import { type Namespace } from "../objects/value.js";
import { arrayItems, int, intOut, jsFn, ns, num, tuple } from "../objects/native.js";

export function timeNamespace(board: Board): Namespace {
  const t = timeModule(board);
  return ns("time", {
    sleep: jsFn("sleep", (a) => (t.sleep(num(a[0])), null)),
    sleep_ms: jsFn("sleep_ms", (a) => (t.sleep_ms(int(a[0])), null)),
    sleep_us: jsFn("sleep_us", (a) => (t.sleep_us(int(a[0])), null)),
    ticks_ms: jsFn("ticks_ms", () => t.ticks_ms()),
    ticks_us: jsFn("ticks_us", () => t.ticks_us()),
    ticks_cpu: jsFn("ticks_cpu", () => t.ticks_cpu()),
    ticks_diff: jsFn("ticks_diff", (a) => t.ticks_diff(int(a[0]), int(a[1]))),
    ticks_add: jsFn("ticks_add", (a) => t.ticks_add(int(a[0]), int(a[1]))),
    time: jsFn("time", () => t.time()),
    time_ns: jsFn("time_ns", () => intOut(t.time_ns())),
    // A timestamp argument is taken as a float (timeutils_obj_get_timestamp).
    gmtime: jsFn("gmtime", (a) => tuple(t.gmtime(a[0] === undefined || a[0] === null ? undefined : num(a[0])))),
    localtime: jsFn("localtime", (a) => tuple(t.localtime(a[0] === undefined || a[0] === null ? undefined : num(a[0])))),
    mktime: jsFn("mktime", (a) => t.mktime(arrayItems(a[0]!).map(int))),
  });
}






