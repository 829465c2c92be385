// The scheduler of soft callbacks (py/scheduler.c): micropython.schedule and the machine module's
// Pin and Timer handlers queue a function with its argument; the VM runs them at its pending
// checks (after each jump, as py/vm.c does), one per check, never while one is already running.
// An exception a callback lets out is printed and the program goes on.

import { MachineHalt } from "../board/board.js";
import type { Output } from "../objects/args.js";
import type { Value } from "../objects/value.js";
import { callValue } from "../objects/call.js";
import { toPyException } from "../objects/exceptions.js";
import { tracebackText } from "../objects/traceback.js";

/** MICROPY_SCHEDULER_DEPTH: callbacks the queue holds. */
export const SCHEDULER_DEPTH = 4;

export interface Scheduler {
  queue: [fn: Value, arg: Value][];
  /** mp_sched_lock depth: callbacks wait while it is above 0 (one is running). */
  locks: number;
  /** A callback can run at the next check: the VM reads this after every jump. */
  pending: boolean;
  /** Where the traceback of an exception that escaped a callback is printed. */
  out: Output;
}

/** A fresh scheduler for a run, printing tracebacks of callbacks to `out`. */
export function newScheduler(out: Output = { write: () => {} }): Scheduler {
  return { queue: [], locks: 0, pending: false, out };
}

/** The active run's scheduler (runtime/index.ts swaps one in for each Runtime). */
export let sched: Scheduler = newScheduler();

/** Makes `s` the active scheduler; returns the one it replaces. */
export function useScheduler(s: Scheduler): Scheduler {
  const prev = sched;
  sched = s;
  return prev;
}

/** mp_sched_schedule: queues `fn(arg)`; false when the queue is full. */
export function schedule(fn: Value, arg: Value): boolean {
  if (sched.queue.length >= SCHEDULER_DEPTH) return false;
  sched.queue.push([fn, arg]);
  sched.pending = sched.locks === 0;
  return true;
}

/** mp_sched_run_pending: runs the oldest queued callback, with the scheduler locked meanwhile. */
export function runPending(): void {
  const item = sched.locks === 0 ? sched.queue.shift() : undefined;
  if (!item) {
    sched.pending = false;
    return;
  }
  sched.locks++;
  sched.pending = false;
  try {
    callValue(item[0], [item[1]], null);
  } catch (e) {
    // mp_call_function_1_protected: the traceback is printed; a halted board still stops the program.
    if (e instanceof MachineHalt) throw e;
    sched.out.write(tracebackText(toPyException(e)));
  } finally {
    sched.locks--;
    sched.pending = sched.locks === 0 && sched.queue.length > 0;
  }
}

/** What a waiting board does (mp_event_wait): every queued callback runs before time moves on. */
export function runAllPending(): void {
  while (sched.pending) runPending();
}
