// asyncio's event loop as a board's frozen asyncio/core.py runs it: tasks in a pairing heap keyed by
// the tick they are due at, the one due first (the earliest pushed among equals) resumed with
// send(None) or with the exception waiting for it; a finished task wakes what awaits it or is kept
// for the exception handler. Waiting passes on the board's virtual clock through select's poll (the
// IOQueue of streams such as ThreadSafeFlag), so timers and scheduled callbacks run in between. With
// the main task still pending and nothing left that could wake it, the loop polls every 3 ms for
// ever, as a board does (the run's limits end it).

import { callValue, getAttr, getAttrOrUndefined } from "../objects/call.js";
import { EXCEPTION, pyErr, RUNTIME_ERROR, STOP_ITERATION, typeError } from "../objects/exceptions.js";
import { PyDict } from "../objects/hashtable.js";
import { iterate } from "../objects/iter.js";
import { truthy } from "../objects/ops.js";
import { PyBuiltin, PyException, PyGenerator, PyObject, nativeType, type PyType, type Value } from "../objects/value.js";
import { interp } from "../vm/state.js";
import { subscr } from "../objects/subscr.js";
import { identity } from "../objects/hash.js";
import { callMethod, NativeCoroutine, PackageFrame } from "./asyncio-coro.js";
import { CANCELLED_ERROR as CANCELLED, type TaskContext, TaskObject, TaskQueueObject } from "./asyncio-task.js";
import type { Board } from "../board/board.js";
import { pollNothing } from "./select.js";
import { POLL_RD as POLLIN, POLL_WR as POLLOUT } from "./stream.js";
import { ticksDiff, ticksWrap } from "../lib/ticks.js";

export const CORE_FILE = "asyncio/core.py";

/** The IOQueue: the tasks waiting to read or write each stream, polled by one select.poll object. */
export const IO_QUEUE_TYPE = nativeType("IOQueue");

export class IOQueue extends PyObject {
  readonly type = IO_QUEUE_TYPE;
  private poller: Value = null;
  /** By the stream's id: [task waiting to read, task waiting to write, the stream]. */
  readonly map = new Map<number, [TaskObject | null, TaskObject | null, Value]>();
  constructor(private readonly loop: EventLoop) {
    super();
  }
  private poll(): Value {
    this.poller ??= callValue(getAttr(interp.importName("select", null, 0, new Map()), "poll"), [], null);
    return this.poller;
  }
  private enqueue(s: Value, idx: 0 | 1): void {
    const cur = this.loop.running();
    const entry = this.map.get(identity(s));
    if (entry === undefined) {
      const e: [TaskObject | null, TaskObject | null, Value] = [null, null, s];
      e[idx] = cur;
      this.map.set(identity(s), e);
      callMethod(this.poll(), "register", [s, idx === 0 ? POLLIN : POLLOUT]);
    } else {
      entry[idx] = cur;
      callMethod(this.poll(), "modify", [s, POLLIN | POLLOUT]);
    }
    cur.data = this;
  }
  private dequeue(s: Value): void {
    this.map.delete(identity(s));
    callMethod(this.poll(), "unregister", [s]);
  }
  queueRead(s: Value): void {
    this.enqueue(s, 0);
  }
  queueWrite(s: Value): void {
    this.enqueue(s, 1);
  }
  /** Drops every stream `t` waits on. */
  remove(t: TaskObject): void {
    for (const [, [r, w, s]] of this.map) if (r === t || w === t) this.dequeue(s);
  }
  /** Waits up to `dt` ms (-1: until something is ready) and queues the tasks whose streams are. */
  waitIoEvent(dt: number): void {
    // Nothing registered: the poll of an empty set only passes the time (made without an object).
    if (this.map.size === 0) return pollNothing(this.loop.board, dt);
    for (const pair of iterate(callMethod(this.poll(), "ipoll", [dt]))) {
      const [s, ev] = (pair as unknown as { items: Value[] }).items as [Value, number];
      const sm = this.map.get(identity(s))!;
      if (ev & ~POLLOUT && sm[0] !== null) {
        this.loop.runQueue.push(sm[0]);
        sm[0] = null;
      }
      if (ev & ~POLLIN && sm[1] !== null) {
        this.loop.runQueue.push(sm[1]);
        sm[1] = null;
      }
      if (sm[0] === null && sm[1] === null) this.dequeue(s);
      else callMethod(this.poll(), "modify", [s, sm[0] === null ? POLLOUT : POLLIN]);
    }
  }
  heapRefs(): Value[] {
    return [this.poller, ...[...this.map.values()].flat()];
  }
}

IO_QUEUE_TYPE.dict.set(
  "remove",
  new PyBuiltin(
    "remove",
    (a) => {
      if (!(a[0] instanceof IOQueue)) throw typeError("argument should be a 'IOQueue'");
      if (a[1] instanceof TaskObject) a[0].remove(a[1]);
      return null;
    },
    true,
  ),
);

/** asyncio.core's state: the run queue, the IOQueue, the running task, and the Loop class's hooks. */
export class EventLoop implements TaskContext {
  private runningTask: TaskObject | null = null;
  /** Told of each change of the running task (asyncio.core's cur_task follows it). */
  onCurrent: ((t: TaskObject | null) => void) | null = null;
  get current(): TaskObject | null {
    return this.runningTask;
  }
  set current(t: TaskObject | null) {
    this.runningTask = t;
    this.onCurrent?.(t);
  }
  runQueue: TaskQueueObject;
  io: IOQueue;
  /** run_forever's task, which stop() schedules. */
  stopTask: TaskObject | null = null;
  /** The Loop class: get_event_loop() and new_event_loop() give it; it keeps the exception handler. */
  readonly loopClass: PyType;
  /** The context dict call_exception_handler is given, reused for each task exception. */
  private readonly excContext: PyDict;

  constructor(readonly board: Board) {
    this.runQueue = new TaskQueueObject(this);
    this.io = new IOQueue(this);
    this.loopClass = nativeType("Loop");
    this.excContext = new PyDict();
    this.excContext.table.set("message", "Task exception wasn't retrieved");
    this.excContext.table.set("exception", null);
    this.excContext.table.set("future", null);
  }

  ticks(): number {
    return ticksWrap(this.board.clock.ms);
  }

  /** new_event_loop(): fresh queues (the tasks of the old ones are forgotten). */
  renew(): void {
    this.runQueue = new TaskQueueObject(this);
    this.io = new IOQueue(this);
  }

  createTask(coro: Value): TaskObject {
    if (!hasSend(coro)) throw typeError("coroutine expected");
    const t = new TaskObject(this, coro);
    this.runQueue.push(t);
    return t;
  }

  promote(aw: Value): TaskObject {
    return aw instanceof TaskObject ? aw : this.createTask(aw);
  }

  /** run_until_complete(main_task): runs tasks until `main` ends (or, without one, until none is left). */
  runUntilComplete(main: Value): Value {
    const frame = new PackageFrame(CORE_FILE, "run_until_complete");
    return frame.call(() => this.loop(main, frame));
  }

  private loop(main: Value, frame: PackageFrame): Value {
    for (;;) {
      let dt = 1;
      while (dt > 0) {
        dt = -1;
        const head = this.runQueue.peek();
        if (head !== null) dt = Math.max(0, ticksDiff(head.phKey, this.ticks()));
        else if (this.io.map.size === 0) {
          this.current = null;
          if (!truthy(main) || !truthy(main instanceof TaskObject ? main.state : getAttr(main, "state"))) return null;
          dt = 3;
        }
        this.io.waitIoEvent(dt);
      }
      const t = this.runQueue.pop();
      this.current = t;
      const exc = t.data;
      let er: PyException;
      try {
        if (!truthy(exc)) sendInto(t.coro, null);
        else {
          t.data = null;
          throwInto(t.coro, exc);
        }
        continue;
      } catch (e) {
        if (!(e instanceof PyException) || !(e.type.isSubtypeOf(CANCELLED) || e.type.isSubtypeOf(EXCEPTION))) throw e;
        frame.arrived(e);
        er = e;
      }
      let awaited = t === main;
      if (awaited) {
        this.current = null;
        if (!er.type.isSubtypeOf(STOP_ITERATION)) {
          t.state = false;
          throw frame.raise(er);
        }
        if (t.state === null) t.state = false;
      }
      if (truthy(t.state)) {
        if (t.state === true) t.state = awaited ? false : null;
        else if (isCallable(t.state)) {
          callValue(t.state, [t, er], null);
          t.state = false;
          awaited = true;
        } else {
          const waiting = t.state as TaskQueueObject;
          while (waiting.peek() !== null) {
            this.runQueue.push(waiting.pop());
            awaited = true;
          }
          t.state = false;
        }
        if (!awaited && !er.type.isSubtypeOf(CANCELLED) && !er.type.isSubtypeOf(STOP_ITERATION)) this.runQueue.push(t);
        t.data = er;
      } else if (t.state === null) {
        t.data = exc;
        this.excContext.table.set("exception", exc);
        this.excContext.table.set("future", t);
        this.callExceptionHandler(this.excContext);
      }
      if (t === main) return er.args.items[0] ?? null;
    }
  }

  callExceptionHandler(context: Value): Value {
    const handler = this.loopClass.dict.get("_exc_handler") ?? null;
    const f = handler !== null && truthy(handler) ? handler : this.loopClass.dict.get("default_exception_handler")!;
    return callValue(f, [this.loopClass, context], null);
  }

  /** The Loop class's default handler: the message, the task and its coroutine, the traceback, on sys.stderr. */
  defaultExceptionHandler(context: Value): Value {
    const sys = interp.importName("sys", null, 0, new Map());
    const stderr = getAttr(sys, "stderr");
    const print = interp.builtins.get("print")!;
    const item = (k: string) => subscr(context, k);
    const toStderr: [string, Value][] = [["file", stderr]];
    callValue(print, [item("message")], toStderr);
    const future = item("future");
    callValue(print, ["future:", future, "coro=", getAttr(future, "coro")], toStderr);
    callMethod(sys, "print_exception", [item("exception"), stderr]);
    return null;
  }

  /** run_forever's stopper: a coroutine that returns at once, run when stop() schedules it. */
  stopper(): NativeCoroutine {
    return new NativeCoroutine(CORE_FILE, "_stopper", function* () {
      return null;
    });
  }

  running(): TaskObject {
    if (this.current === null) throw pyErr(RUNTIME_ERROR, "no running event loop");
    return this.current;
  }
}

function hasSend(v: Value): boolean {
  return v instanceof PyGenerator || getAttrOrUndefined(v, "send") !== undefined;
}

function sendInto(coro: Value, v: Value): Value {
  if (coro instanceof PyGenerator) return coro.send(v);
  return callMethod(coro, "send", [v]);
}

function throwInto(coro: Value, e: Value): Value {
  if (coro instanceof PyGenerator) return coro.throwIn(e);
  return callMethod(coro, "throw", [e]);
}

function isCallable(v: Value): boolean {
  return truthy(callValue(interp.builtins.get("callable")!, [v], null));
}
