// The two signals a host's pending check may throw through the VM that no Python handler sees:
// PAUSE (a run in slices gives the event loop a turn; runtime/run-async.ts resumes it) and
// RunStopped (a budget ran out or the run was aborted). MicroPython has neither: a board never yields.

/** Thrown by the pending check to suspend the run; every frame on the way out saves its ip and sp. */
export const PAUSE = Symbol("pause");

/** Why a run was stopped from outside: its step budget, its wall-time budget, or an abort. */
export type StopReason = "steps" | "time" | "aborted";

/** Thrown by the pending check to end a run; it is not a Python exception, so no handler catches it. */
export class RunStopped extends Error {
  constructor(readonly reason: StopReason) {
    super(`run stopped: ${reason}`);
    this.name = "RunStopped";
  }
}
