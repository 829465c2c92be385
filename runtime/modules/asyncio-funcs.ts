// asyncio's wait_for, wait_for_ms and gather as a board's frozen asyncio/funcs.py runs them:
// wait_for runs the awaitable in a runner task and sleeps; whichever ends first cancels the other
// (the runner hands its outcome over inside the CancelledError it ends the sleep with). gather
// registers a callback as each running task's state and sleeps until the last one (or the first
// error) wakes it, then collects results in order.

import { newException, RUNTIME_ERROR, STOP_ITERATION, pyErr } from "../objects/exceptions.js";
import { callValue } from "../objects/call.js";
import { truthy } from "../objects/ops.js";
import { nativeType, PyBuiltin, PyException, PyList, type Value } from "../objects/value.js";
import { awaitValue, NativeCoroutine } from "./asyncio-coro.js";
import type { EventLoop } from "./asyncio-loop.js";
import { CANCELLED_ERROR, TaskObject, TIMEOUT_ERROR } from "./asyncio-task.js";

const FUNCS_FILE = "asyncio/funcs.py";

/** The coroutine wait_for(aw, timeout) makes: its generator object (charged when made). */
const WAIT_FOR_BYTES = 100;

const isCancelled = (e: unknown): e is PyException => e instanceof PyException && e.type.isSubtypeOf(CANCELLED_ERROR);
const isStop = (v: Value): v is PyException => v instanceof PyException && v.type.isSubtypeOf(STOP_ITERATION);
/** An exception's `value`: its first argument, or None. */
const valueOf = (e: PyException): Value => e.args.items[0] ?? null;

/** gather's marker for "the gather task waits on its sub-tasks": its remove() leaves every queue alone. */
const REMOVE = nativeType("_Remove");
REMOVE.dict.set("remove", new PyBuiltin("remove", () => null));

export function waitFor(loop: EventLoop, aw: Value, timeout: Value, sleep: Value): NativeCoroutine {
  return new NativeCoroutine(
    FUNCS_FILE,
    "wait_for",
    function* (frame) {
      const task = loop.promote(aw);
      if (timeout === null) return yield* awaitValue(task);
      const runner = loop.createTask(runAndReport(loop.running(), task));
      try {
        yield* awaitValue(callValue(sleep, [timeout], null));
      } catch (er) {
        if (!isCancelled(er)) throw er;
        frame.arrived(er);
        const status = valueOf(er);
        if (status === null) {
          // This wait_for was cancelled from outside: cancel aw as well.
          runner.cancel();
          throw frame.raise(er);
        }
        if (status === true) return er.args.items[1] ?? null;
        throw frame.raise(status);
      }
      runner.cancel();
      yield* awaitValue(runner);
      throw frame.raise(TIMEOUT_ERROR);
    },
    [aw],
    WAIT_FOR_BYTES,
  );
}

/** funcs.py's _run: awaits `aw`, then cancels the waiting `waiter` with aw's outcome inside the CancelledError. */
function runAndReport(waiter: TaskObject, aw: Value): NativeCoroutine {
  return new NativeCoroutine(FUNCS_FILE, "_run", function* (frame) {
    let result: Value = null;
    let status: Value;
    try {
      result = yield* awaitValue(aw);
      status = true;
    } catch (er) {
      if (!(er instanceof PyException)) throw er;
      frame.arrived(er);
      result = null;
      status = er;
    }
    if (waiter.data === null && waiter.cancel()) waiter.data = newException(CANCELLED_ERROR, [status, result]);
    return null;
  });
}

export function gather(loop: EventLoop, aws: readonly Value[], returnExceptions: boolean): NativeCoroutine {
  return new NativeCoroutine(FUNCS_FILE, "gather", function* (frame) {
    const ts = new PyList(aws.map((aw) => loop.promote(aw)));
    const items = ts.items;
    // The number of sub-tasks still to wait for, negative when the gather must not wait at all, or
    // the exception to raise.
    let state: number | PyException = 0;
    let gatherTask: TaskObject | null = null;
    const done = new PyBuiltin("done", (a) => {
      const er = a[1]!;
      if (gatherTask!.data !== REMOVE) return null;
      if (!returnExceptions && !isStop(er)) state = er as PyException;
      else {
        state = (state as number) - 1;
        if (state) return null;
      }
      loop.runQueue.push(gatherTask!);
      return null;
    });
    for (const t of items as TaskObject[]) {
      if (t.state === true) {
        t.state = done;
        state = (state as number) + 1;
      } else if (!truthy(t.state)) {
        if (!isStop(t.data) && !returnExceptions) state = -items.length;
      } else throw frame.raise(pyErr(RUNTIME_ERROR, "can't gather"));
    }
    gatherTask = loop.running();
    let cancelAll = false;
    if (typeof state === "number" && state > 0) {
      gatherTask.data = REMOVE;
      try {
        yield null;
      } catch (er) {
        if (!isCancelled(er)) throw er;
        frame.arrived(er);
        cancelAll = true;
        state = er;
      }
    }
    for (let i = 0; i < items.length; i++) {
      const t = items[i] as TaskObject;
      if (t.state === done) {
        t.state = true;
        if (cancelAll) t.cancel();
      } else if (isStop(t.data)) items[i] = valueOf(t.data);
      else if (returnExceptions) items[i] = t.data;
      else if (typeof state === "number") state = t.data as PyException;
    }
    if (typeof state === "number" ? state !== 0 : truthy(state)) throw frame.raise(state);
    return ts;
  });
}
