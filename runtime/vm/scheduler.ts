// The scheduler of soft callbacks (py/scheduler.c): micropython.schedule and the machine module's
// Pin and Timer handlers queue a function with its argument; the VM runs them at its pending
// checks (after each jump, as py/vm.c does), one per check, never while one is already running.
// An exception a callback lets out is printed and the program goes on.

import { MachineHalt } from "../board/board.js";
import type { Output } from "../objects/args.js";
import type { Value } from "../objects/value.js";

/** MICROPY_SCHEDULER_DEPTH: callbacks the queue holds. */
export const SCHEDULER_DEPTH = 4;

interface Scheduler {
  queue: [fn: Value, arg: Value][];
  /** mp_sched_lock depth: callbacks wait while it is above 0 (one is running). */
  locks: number;
  /** A callback can run at the next check: the VM reads this after every jump. */
  pending: boolean;
  /** Runs a callback with its argument (the interpreter's call, set once it is loaded). */
  call: (fn: Value, arg: Value) => void;
  /** Prints an exception that escaped a callback (set with the run's output). */
  report: (thrown: unknown, out: Output) => void;
  out: Output;
}

export const sched: Scheduler = {
  queue: [],
  locks: 0,
  pending: false,
  call: () => {},
  report: () => {},
  out: { write: () => {} },
};

/** A fresh scheduler for a new run, printing tracebacks of callbacks to `out`. */
export function resetScheduler(out: Output): void {
  sched.queue = [];
  sched.locks = 0;
  sched.pending = false;
  sched.out = out;
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
    sched.call(item[0], item[1]);
  } catch (e) {
    // mp_call_function_1_protected: the traceback is printed; a halted board still stops the program.
    if (e instanceof MachineHalt) throw e;
    sched.report(e, sched.out);
  } finally {
    sched.locks--;
    sched.pending = sched.locks === 0 && sched.queue.length > 0;
  }
}

/** What a waiting board does (mp_event_wait): every queued callback runs before time moves on. */
export function runAllPending(): void {
  while (sched.pending) runPending();
}
