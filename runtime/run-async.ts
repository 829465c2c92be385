// runAsync: a run that gives the event loop a turn every few milliseconds, stops at a step or
// wall-time budget or when an AbortSignal fires, and streams output and hardware events as they
// happen. MicroPython has no counterpart: a board's VM owns its CPU; a page's must share it.
//
// Design: the VM is synchronous and recursive, so the run is cut into slices on the main thread.
// The VM's pending check (at every backward jump and call) is this driver's hook: once a slice has
// used its time, the hook throws PAUSE if every frame on the stack was entered by a CALL opcode of
// the frame below (Frame.direct), i.e. no native code is between them. Each frame saves its ip and
// sp on the way out, the driver awaits a macrotask, and Runtime.resumeMain runs the chain on from
// the innermost frame. Where native code is on the stack (a callback, a generator, an asyncio task,
// an import) the run cannot pause and goes on to the next pause point; the budgets are checked at
// every pending check all the same, and end the run with RunStopped, which no Python handler sees.
// A Worker was not chosen: it cannot call the host's Board, stdin function or compiler
// synchronously without SharedArrayBuffer, which a page only gets when cross-origin isolated.

import { Board } from "./board/board.js";
import type { HwEvent } from "./board/events.js";
import { HostError } from "./lib/host-error.js";
import { loadMpy } from "./vm/loader.js";
import { interp } from "./vm/state.js";
import type { Frame } from "./vm/code.js";
import { PAUSE, RunStopped, type StopReason } from "./vm/pause.js";
import { Runtime, type RunOptions, type RunResult } from "./index.js";
import type { CompiledModule } from "../bytecode/rawcode.js";

/** What runAsync reads of an AbortSignal (a DOM or Node AbortSignal is one). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface AsyncRunOptions extends Omit<RunOptions, "write" | "poll" | "interrupt"> {
  /** Ends the run at its next pending check once aborted: the result has `stopped: "aborted"`. */
  readonly signal?: AbortSignalLike;
  /** At most this many pending checks (backward jumps and calls), then `stopped: "steps"`. */
  readonly maxSteps?: number;
  /** At most this much wall time in milliseconds, pauses included, then `stopped: "time"`. */
  readonly timeLimitMs?: number;
  /** How long the VM runs before it gives the event loop a turn (default 10 ms). */
  readonly sliceMs?: number;
  /** Called with each piece of output as the program prints it (the result has all of it too). */
  readonly onOutput?: (text: string) => void;
  /** Called with each hardware event as the board records it (the result has all of them too). */
  readonly onEvent?: (event: HwEvent) => void;
}

/** How often (in pending checks) the clock is read. */
const CLOCK_EVERY = 256;

const now: () => number = typeof globalThis.performance?.now === "function" ? () => globalThis.performance.now() : () => Date.now();

/** A macrotask turn: timers, input and rendering get to run before the VM goes on. */
function nextTask(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; MessageChannel?: new () => { port1: { onmessage: (() => void) | null; close(): void }; port2: { postMessage(v: unknown): void } } };
  if (typeof g.setImmediate === "function") return new Promise((r) => g.setImmediate!(r));
  // setTimeout(0) is clamped to 4 ms once nested; a message is not.
  if (typeof g.MessageChannel === "function") {
    const ch = new g.MessageChannel();
    return new Promise((r) => {
      ch.port1.onmessage = () => {
        ch.port1.close();
        r();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((r) => setTimeout(r, 0));
}

/** True when every frame on the stack can be resumed and the check is at a jump, not a frame's entry. */
function pausable(): boolean {
  let n = 0;
  for (let f: Frame | null = interp.top; f; f = f.parent) {
    if (!f.direct) return false;
    n++;
  }
  // At a frame's entry its depth is not yet counted: execute() has not started its loop.
  return n === interp.depth;
}

/**
 * Loads and runs one .mpy as the main program, in slices, as runMpy does in one go. Resolves with
 * the same result; a budget or an abort gives `stopped` and exit code 1 (never a rejection).
 */
export async function runAsync(bytes: Uint8Array, options: AsyncRunOptions = {}): Promise<RunResult> {
  const { signal, maxSteps = Infinity, timeLimitMs = Infinity, sliceMs = 10, onOutput, onEvent, ...rest } = options;
  const board = options.board ?? new Board();
  if (onEvent) {
    // The board's own log keeps every event; each is also handed on as it is recorded.
    const log = board.log;
    const record = log.record.bind(log);
    log.record = (e: HwEvent) => {
      record(e);
      onEvent(e);
    };
  }
  let output = "";
  const start = now();
  let sliceEnd = start + sliceMs;
  let steps = 0;
  let stopNow: StopReason | null = signal?.aborted ? "aborted" : null;
  let pausedAt: Frame | null = null;
  // Once the slice is over, every check tries to pause until one can (the clock is read only every
  // CLOCK_EVERY checks, which could always fall where a pause cannot happen, e.g. a frame's entry).
  let slicedOut = false;
  const poll = () => {
    if (stopNow) throw new RunStopped(stopNow);
    if (++steps > maxSteps) throw new RunStopped("steps");
    if (slicedOut && pausable()) {
      slicedOut = false;
      pausedAt = interp.top;
      throw PAUSE;
    }
    if (steps % CLOCK_EVERY !== 0) return;
    if (signal?.aborted) throw new RunStopped("aborted");
    const t = now();
    if (t - start >= timeLimitMs) throw new RunStopped("time");
    if (t >= sliceEnd) slicedOut = true;
  };
  const write = (text: string) => {
    output += text;
    onOutput?.(text);
  };
  const rt = new Runtime({ ...rest, board, write, poll });
  const done = (r: RunResult): RunResult => ({ ...r, output });
  let m: CompiledModule;
  try {
    m = loadMpy(bytes);
  } catch (e) {
    if (!(e instanceof HostError)) return done(rt.internalError(e));
    write(`ValueError: ${e.message}\n`);
    return { output, error: "ValueError", events: [], heap: rt.heap, exitCode: 1 };
  }
  let step: () => RunResult = () => rt.runMain(m, true);
  for (;;) {
    try {
      return done(step());
    } catch (e) {
      if (e !== PAUSE) throw e;
    }
    await nextTask();
    if (signal?.aborted) stopNow = "aborted";
    sliceEnd = now() + sliceMs;
    const top = pausedAt!;
    step = () => rt.resumeMain(top);
  }
}
