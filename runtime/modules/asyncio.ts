// asyncio as a board runs it: MicroPython's extmod/asyncio package, frozen in the firmware, over the
// C module _asyncio's Task and TaskQueue. Its functions are written here in JavaScript with the
// package's behaviour (runtime/modules/asyncio-*.ts): the order tasks run in, what cancel(),
// wait_for and gather do at each step, the exception handler, and the traceback entries of the
// package's frames. Time is the run's virtual clock. The heap cost of importing the package is
// placed by runtime/memory/frozen-webassembly.ts, so what is made here at import is uncharged.

import type { Board } from "../board/board.js";
import { uncharged } from "../memory/charge.js";
import { newException, STOP_ITERATION, typeError } from "../objects/exceptions.js";
import { callValue, getAttr } from "../objects/call.js";
import { binaryOp, truthy } from "../objects/ops.js";
import { jsFn, ns } from "../objects/native.js";
import { nativeType, PyBuiltin, PyModule, PyObject, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { interp } from "../vm/state.js";
import { inPackage } from "./asyncio-coro.js";
import { gather, waitFor } from "./asyncio-funcs.js";
import { CORE_FILE, EventLoop } from "./asyncio-loop.js";
import { streamClasses } from "./asyncio-stream.js";
import { syncClasses } from "./asyncio-sync.js";
import { CANCELLED_ERROR, TASK_QUEUE_TYPE, TASK_TYPE, TaskObject, TIMEOUT_ERROR } from "./asyncio-task.js";

export { CANCELLED_ERROR, TIMEOUT_ERROR };

const SLEEP_TYPE = nativeType("SingletonGenerator");

/**
 * What sleep_ms returns: one object, reused by every sleep (the package's default argument). Its
 * first step queues the running task at the wake-up tick; its second ends the await with a
 * StopIteration it keeps (so a sleep allocates nothing).
 */
class SleepAwaitable extends PyObject {
  readonly type = SLEEP_TYPE;
  state: Value = null;
  readonly exc = newException(STOP_ITERATION);
  constructor(private readonly loop: EventLoop) {
    super();
  }
  iter(): PyObject {
    return this;
  }
  step(): Value {
    if (this.state !== null) {
      this.loop.runQueue.push(this.loop.running(), this.state as number);
      this.state = null;
      return null;
    }
    this.exc.traceback.length = 0;
    throw this.exc;
  }
}
SLEEP_TYPE.dict.set(
  "__next__",
  new PyBuiltin(
    "__next__",
    (a) => {
      if (!(a[0] instanceof SleepAwaitable)) throw typeError("argument should be a 'SingletonGenerator'");
      return a[0].step();
    },
    true,
  ),
);

const kwArg = (kw: KwArgs | null, name: string): Value | undefined => kw?.find(([k]) => k === name)?.[1];

export function asyncioNamespace(board: Board): Namespace {
  return uncharged(() => makeNamespace(board));
}

function makeNamespace(board: Board): Namespace {
  const loop = new EventLoop(board);
  loop.runQueue.preplaced = true;
  const sgen = new SleepAwaitable(loop);
  const time = () => interp.importName("time", null, 0, new Map());
  const builtin = (name: string) => interp.builtins.get(name)!;
  const inCore = <T>(name: string, f: () => T): T => inPackage(CORE_FILE, name, f);
  const sleepMs = jsFn("sleep_ms", (a) => inCore("sleep_ms", () => {
    sgen.state = callValue(getAttr(time(), "ticks_add"), [loop.ticks(), callValue(builtin("max"), [0, a[0] ?? null], null)], null);
    return sgen;
  }));
  const sleep = jsFn("sleep", (a) => inCore("sleep", () => callValue(sleepMs, [callValue(builtin("int"), [binaryOp("MULTIPLY", a[0] ?? null, 1000)], null)], null)));
  const { Event, Lock, ThreadSafeFlag } = syncClasses(loop);
  const streams = streamClasses(loop, sleepMs);

  const L = loop.loopClass;
  const fn = (name: string, f: (a: Value[], kw: KwArgs | null) => Value) => L.dict.set(name, new PyBuiltin(name, f));
  fn("create_task", (a) => inCore("create_task", () => inCore("create_task", () => loop.createTask(a[0] ?? null))));
  fn("run_forever", () =>
    inCore("run_forever", () => {
      const stop = new TaskObject(loop, loop.stopper());
      loop.stopTask = stop;
      return loop.runUntilComplete(stop);
    }),
  );
  fn("run_until_complete", (a) => inCore("run_until_complete", () => loop.runUntilComplete(loop.promote(a[0] ?? null))));
  fn("stop", () => {
    if (loop.stopTask !== null) {
      loop.runQueue.push(loop.stopTask);
      loop.stopTask = null;
    }
    return null;
  });
  fn("close", () => null);
  fn("set_exception_handler", (a) => (L.dict.set("_exc_handler", a[0] ?? null), null));
  fn("get_exception_handler", () => L.dict.get("_exc_handler") ?? null);
  fn("default_exception_handler", (a) => inCore("default_exception_handler", () => loop.defaultExceptionHandler(a[1] ?? null)));
  fn("call_exception_handler", (a) => loop.callExceptionHandler(a[0] ?? null));
  L.dict.set("_exc_handler", null);

  const core = new PyModule("asyncio.core", new Map());
  const coreNames = () => {
    core.dict.set("_task_queue", loop.runQueue);
    core.dict.set("_io_queue", loop.io);
  };
  coreNames();
  loop.onCurrent = (t) => core.dict.set("cur_task", t);
  core.dict.set("cur_task", null);

  return ns("asyncio", {
    CancelledError: CANCELLED_ERROR,
    TimeoutError: TIMEOUT_ERROR,
    Task: TASK_TYPE,
    TaskQueue: TASK_QUEUE_TYPE,
    Loop: L,
    sleep_ms: sleepMs,
    sleep,
    create_task: jsFn("create_task", (a) => inCore("create_task", () => loop.createTask(a[0] ?? null))),
    run_until_complete: jsFn("run_until_complete", (a) => loop.runUntilComplete(a[0] ?? null)),
    run: jsFn("run", (a) => inCore("run", () => loop.runUntilComplete(loop.createTask(a[0] ?? null)))),
    get_event_loop: jsFn("get_event_loop", () => L),
    current_task: jsFn("current_task", () => inCore("current_task", () => loop.running())),
    new_event_loop: jsFn("new_event_loop", () => {
      loop.renew();
      coreNames();
      return L;
    }),
    wait_for: jsFn("wait_for", (a, kw) => waitFor(loop, a[0] ?? null, a[1] ?? null, a[2] ?? kwArg(kw, "sleep") ?? sleep)),
    wait_for_ms: jsFn("wait_for_ms", (a) => waitFor(loop, a[0] ?? null, a[1] ?? null, sleepMs)),
    gather: jsFn("gather", (a, kw) => gather(loop, a, truthy(kwArg(kw, "return_exceptions") ?? false))),
    Event,
    Lock,
    ThreadSafeFlag,
    ...streams,
    // asyncio.core, whose _task_queue holds the pending tasks (runtime/index.ts importFrozen puts
    // it in sys.modules).
    core,
  });
}
