// The board as a host sees it: the Board to script, the event log and its formatting, and
// pinIntervals for tests that check a blink period. The `machine` module itself is modules/machine.ts.

import { Board } from "./board.js";

export { Board, MachineHalt } from "./board.js";
export type { I2CDevice, SpiDevice } from "./board.js";
export { formatEvent, formatTrace, type HwEvent } from "./events.js";

/** Times between successive events that set pin `id` to `value` (or any value): for "toggles every N ms". */
export function pinIntervals(board: Board, id: number | string, value?: number): number[] {
  const t = board.log.of("pin", id).filter((e) => value === undefined || e.value === value).map((e) => e.t_us);
  return t.slice(1).map((x, i) => x - t[i]!);
}
