// asyncio's Task and TaskQueue, as a board's C module _asyncio gives them (extmod/modasyncio.c): a
// Task is a node of the pairing heap that orders tasks by wake-up tick (runtime/lib/pairheap.ts),
// with its coroutine, `data` (what it waits on, or the exception to throw into it) and `state`
// (True while running and not awaited, a TaskQueue of the tasks awaiting it, a callback, None when
// done and not yet awaited, False when done and awaited). Awaiting a task is iterating it.

import { charge } from "../memory/charge.js";
import { ATTRIBUTE_ERROR, BASE_EXCEPTION, EXCEPTION, INDEX_ERROR, pyErr, RUNTIME_ERROR, typeError } from "../objects/exceptions.js";
import { clearLinks, type HeapNode, pop, push, remove } from "../lib/pairheap.js";
import { ticksDiff, ticksWrap } from "../lib/ticks.js";
import { callValue, getAttrOrUndefined, makeRaise } from "../objects/call.js";
import { nativeType, PyBuiltin, PyObject, PyType, type Value } from "../objects/value.js";
import { interp } from "../vm/state.js";

/** mp_obj_task_t on a 32-bit port: its heap links, coro, data, state and ph_key. */
const TASK_BYTES = 32;
/** mp_obj_task_queue_t: type, heap (and the push callback some ports build in). */
const TASK_QUEUE_BYTES = 16;

/** What the tasks of one event loop share: its clock in ticks, the running task and its run queue. */
export interface TaskContext {
  ticks(): number;
  current: TaskObject | null;
  /**
   * The running task, for code that queues it. Outside the loop a board would queue None and
   * corrupt its memory; here that is RuntimeError, as current_task() says.
   */
  running(): TaskObject;
  readonly runQueue: TaskQueueObject;
}

/** asyncio.CancelledError (a BaseException, so that `except Exception` lets it pass) and asyncio.TimeoutError. */
export const CANCELLED_ERROR = new PyType("CancelledError", [BASE_EXCEPTION]);
CANCELLED_ERROR.native = BASE_EXCEPTION;
export const TIMEOUT_ERROR = new PyType("TimeoutError", [EXCEPTION]);
TIMEOUT_ERROR.native = BASE_EXCEPTION;

export const TASK_TYPE = nativeType("Task");
export const TASK_QUEUE_TYPE = nativeType("TaskQueue");

const taskLess = (a: TaskObject, b: TaskObject): boolean => ticksDiff(a.phKey, b.phKey) < 0;

export class TaskObject extends PyObject implements HeapNode<TaskObject> {
  readonly type = TASK_TYPE;
  child: TaskObject | null = null;
  childLast: TaskObject | null = null;
  next: TaskObject | null = null;
  nextIsParent = false;
  data: Value = null;
  state: Value = true;
  phKey = 0;
  constructor(
    readonly ctx: TaskContext,
    readonly coro: Value,
  ) {
    super();
    charge(TASK_BYTES);
  }

  done(): boolean {
    return this.state === null || this.state === false;
  }

  /** task.cancel(): false when done; else the task (or the one it waits on) gets CancelledError next. */
  cancel(): boolean {
    if (this.done()) return false;
    if (this === this.ctx.current) throw pyErr(RUNTIME_ERROR, "can't cancel self");
    let t: TaskObject = this;
    while (t.data instanceof TaskObject) {
      t = t.data;
      // Tasks awaiting each other in a ring make this endless, on a board too: the run's limits still hold.
      interp.poll();
    }
    const q = this.ctx.runQueue;
    const removeFn = t.data === null ? undefined : getAttrOrUndefined(t.data, "remove");
    if (removeFn !== undefined) {
      callValue(removeFn, [t], null);
      q.push(t);
    } else if (ticksDiff(t.phKey, this.ctx.ticks()) > 0) {
      q.remove(t);
      q.push(t);
    }
    t.data = CANCELLED_ERROR;
    return true;
  }

  /** `await task`, `for x in task`: getiter, which marks who waits. */
  iter(): PyObject {
    if (this.done()) this.state = false;
    else if (this.state === true) this.state = new TaskQueueObject(this.ctx);
    else if (!(this.state instanceof TaskQueueObject)) throw pyErr(RUNTIME_ERROR, "can't wait");
    return this;
  }

  /** iternext: raises the task's outcome once it is done, else queues the running task on it. */
  iterNext(): Value {
    if (this.done()) throw makeRaise(this.data);
    const waiter = this.ctx.running();
    (this.state as TaskQueueObject).push(waiter);
    waiter.data = this;
    return null;
  }

  getAttr(name: string): Value {
    switch (name) {
      case "coro":
        return this.coro;
      case "data":
        return this.data;
      case "state":
        return this.state;
      case "ph_key":
        return this.phKey;
    }
    return undefined;
  }

  setAttr(name: string, value: Value): void {
    if (name === "data") this.data = value;
    else if (name === "state") this.state = value;
    else throw pyErr(ATTRIBUTE_ERROR, `'Task' object has no attribute '${name}'`);
  }

  heapRefs(): Value[] {
    return [this.coro, this.data, this.state, this.child, this.childLast, this.nextIsParent ? null : this.next];
  }
  heapBytes(): number {
    return TASK_BYTES;
  }
}

export class TaskQueueObject extends PyObject {
  readonly type = TASK_QUEUE_TYPE;
  heap: TaskObject | null = null;
  /** The run queue made at import, whose bytes the import's placement already counts. */
  preplaced = false;
  constructor(readonly ctx: TaskContext) {
    super();
    charge(TASK_QUEUE_BYTES);
  }
  peek(): TaskObject | null {
    return this.heap;
  }
  /** Queues `t` to run at tick `key` (now if not given); its `data` is cleared. */
  push(t: TaskObject, key?: number): void {
    t.data = null;
    t.phKey = key === undefined ? this.ctx.ticks() : ticksWrap(key);
    clearLinks(t);
    this.heap = push(taskLess, this.heap, t);
  }
  pop(): TaskObject {
    const head = this.heap;
    if (head === null) throw pyErr(INDEX_ERROR, "empty heap");
    this.heap = pop(taskLess, head);
    return head;
  }
  remove(t: TaskObject): void {
    this.heap = remove(taskLess, this.heap, t);
  }
  heapRefs(): Value[] {
    return [this.heap];
  }
  heapBytes(): number {
    return this.preplaced ? 0 : TASK_QUEUE_BYTES;
  }
}

function taskArg(v: Value): TaskObject {
  if (!(v instanceof TaskObject)) throw typeError("Task expected");
  return v;
}

function queueArg(v: Value): TaskQueueObject {
  if (!(v instanceof TaskQueueObject)) throw typeError(`argument should be a 'TaskQueue'`);
  return v;
}

const method = (name: string, f: (a: Value[]) => Value) => new PyBuiltin(name, (a) => f(a), true);

TASK_TYPE.dict.set("done", method("done", (a) => taskArg(a[0]).done()));
TASK_TYPE.dict.set("cancel", method("cancel", (a) => taskArg(a[0]).cancel()));
TASK_TYPE.dict.set("__next__", method("__next__", (a) => taskArg(a[0]).iterNext()));
TASK_QUEUE_TYPE.dict.set("peek", method("peek", (a) => queueArg(a[0]).peek()));
TASK_QUEUE_TYPE.dict.set(
  "push",
  method("push", (a) => {
    const key = a[2];
    queueArg(a[0]).push(taskArg(a[1]), key === undefined ? undefined : (key as number));
    return null;
  }),
);
TASK_QUEUE_TYPE.dict.set("pop", method("pop", (a) => queueArg(a[0]).pop()));
TASK_QUEUE_TYPE.dict.set("remove", method("remove", (a) => (queueArg(a[0]).remove(taskArg(a[1])), null)));
