// asyncio for Python coroutines on the run's virtual clock (extmod/asyncio): Python generators are
// driven as tasks by runtime/lib/asyncio-core.ts. An awaitable is an iterator object whose one
// yielded value carries a scheduler request (sleep, wait on a task/event/lock) up through the
// coroutine's `await` (YIELD_FROM) chain; the scheduler's answer comes back through send/throw.

import type { Board } from "../board/board.js";
import { AsyncEvent, AsyncLock, awaitOn, cancelledError, isCancelled, isTimeout, gather, Scheduler, Task, waitFor, type Outcome, type Request, type Step } from "../lib/asyncio-core.js";
import { BASE_EXCEPTION, EXCEPTION, newException, STOP_ITERATION, typeError } from "../objects/exceptions.js";
import { toPyException } from "../objects/exceptions.js";
import { PyException, PyList, PyModule, PyObject, PyType, nativeType, type Namespace, type Value } from "../objects/value.js";
import { jsFn, nativeClass, NativeObject, ns, num, int } from "../objects/native.js";
import { BytecodeGenerator } from "../vm/generator.js";
import { charge } from "../memory/charge.js";

/**
 * An object of the frozen asyncio as the heap sees it: the blocks it was made with (charged in
 * C's order when made) and what it keeps alive, for the collection's walk (vm/gc.ts).
 */
class HeapNative<T> extends NativeObject<T> {
  constructor(
    type: PyType,
    js: T,
    private readonly blocks: readonly number[],
    private readonly refs: () => Value[] = () => [],
  ) {
    super(type, js);
    for (const b of blocks) charge(b);
  }
  heapBytes(): number {
    return this.blocks.reduce((s, b) => s + b, 0);
  }
  heapRefs(): Value[] {
    return this.refs();
  }
}

/**
 * Event() and Lock() are instances of classes of extmod/asyncio (event.py, lock.py): the instance,
 * its members table (2 slots, at its first store) and the _asyncio TaskQueue `waiting`.
 */
const WAITABLE_BLOCKS = [16, 16, 16];
/** A Task is extmod/modasyncio.c's mp_obj_task_t (its pairing-heap node, coro, data, state, ph_key). */
const TASK_BLOCKS = [32];

export const CANCELLED_ERROR = new PyType("CancelledError", [BASE_EXCEPTION]);
CANCELLED_ERROR.native = BASE_EXCEPTION;
export const TIMEOUT_ERROR = new PyType("TimeoutError", [EXCEPTION]);
TIMEOUT_ERROR.native = BASE_EXCEPTION;

/** What an awaitable yields: a request for the scheduler, opaque to Python code. */
class RequestBox extends PyObject {
  readonly type = REQUEST;
  constructor(readonly req: Request) {
    super();
  }
}
const REQUEST = nativeType("asyncio_request");

/** Errors crossing out of Python: a Python CancelledError is the core's again (wait_for checks it). */
function toJs(e: unknown): unknown {
  return e instanceof PyException && e.type.isSubtypeOf(CANCELLED_ERROR) ? cancelledError() : e;
}

/** Errors crossing into Python: the core's CancelledError and TimeoutError become Python's. */
function toPy(e: unknown): unknown {
  if (isCancelled(e)) return newException(CANCELLED_ERROR);
  if (isTimeout(e)) return newException(TIMEOUT_ERROR);
  return e;
}

type JsAwait = Generator<Request, unknown, unknown>;

/** An awaitable over a JS generator of requests: __next__/send/throw as YIELD_FROM drives them. */
const AWAITABLE = nativeClass<JsAwait>("awaitable", {
  methods: {
    __next__: (g) => step(g, () => g.next(undefined)),
    send: (g, a) => step(g, () => g.next(a[0])),
    throw: (g, a) => step(g, () => g.throw(toJs(a[0]))),
    close: () => null,
  },
});

function step(_g: JsAwait, f: () => IteratorResult<Request, unknown>): Value {
  let r: IteratorResult<Request, unknown>;
  try {
    r = f();
  } catch (e) {
    throw toPy(e);
  }
  if (r.done) throw newException(STOP_ITERATION, r.value === undefined || r.value === null ? [] : [r.value as Value]);
  return new RequestBox(r.value);
}

function awaitable(g: JsAwait, bytes = 0, held: Value[] = []): NativeObject<JsAwait> {
  return new AwaitableObject(g, bytes, held);
}

/**
 * An awaitable; one standing for a call of an `async def` of the frozen package holds that
 * coroutine's bytes (charged when made) and its arguments, as the device's generator does.
 */
class AwaitableObject extends NativeObject<JsAwait> {
  constructor(
    g: JsAwait,
    private readonly bytes: number,
    private readonly held: Value[],
  ) {
    super(AWAITABLE, g);
    if (bytes > 0) charge(bytes);
  }
  override iter(): PyObject {
    return this;
  }
  heapBytes(): number {
    return Math.ceil(this.bytes / 16) * 16;
  }
  heapRefs(): Value[] {
    return this.held;
  }
}

/** The coroutine wait_for(aw, timeout) makes (extmod/asyncio/funcs.py; wait_for_ms calls it): its generator object. */
const WAIT_FOR_BYTES = 100;

/** A Python coroutine as a scheduler step. */
function coroStep(coro: Value): Step {
  if (!(coro instanceof BytecodeGenerator)) throw typeError("coroutine expected");
  return (input: Outcome) => {
    try {
      const thrown = input.ok ? null : toPyException(toPy(input.error));
      const [kind, v] = coro.resume(input.ok ? ((input.value as Value) ?? null) : null, thrown);
      if (kind === "return") return { done: { ok: true, value: v } };
      return { yielded: v instanceof RequestBox ? v.req : { kind: "yield" } };
    } catch (error) {
      return { done: { ok: false, error: toJs(error) } };
    }
  };
}

function* sleepUs(us: number): JsAwait {
  yield us > 0 ? { kind: "sleep", us } : { kind: "yield" };
  return null;
}

export function asyncioNamespace(board: Board): Namespace {
  const sched = new Scheduler(board.clock);
  const asTask = (v: Value): Task => (v instanceof NativeObject && v.type === TASK ? (v.js as Task) : (newTask(v).js as Task));
  const TASK: PyType = nativeClass<Task>("Task", {
    methods: {
      cancel: (t) => sched.cancel(t),
      done: (t) => t.done(),
    },
    protocols: { iter: (t) => awaitable(awaitOn(t)) },
    repr: (t) => `<Task ${t.id}>`,
  });
  // The tasks not done yet: the device's task queue (asyncio.core's _task_queue) and the queues of
  // the events and locks they wait on hold them, and each holds its coroutine.
  const pending = new Set<NativeObject<Task>>();
  const newTask = (coro: Value): NativeObject<Task> => {
    const t = new HeapNative(TASK, sched.create_task(coroStep(coro)), TASK_BLOCKS, () => [coro]);
    pending.add(t);
    return t;
  };
  const queue = new HeapNative(nativeType("TaskQueue"), null, [], () => {
    for (const t of pending) if (t.js.done()) pending.delete(t);
    return [...pending];
  });
  const EVENT = nativeClass<AsyncEvent>("Event", {
    make: () => new AsyncEvent(sched),
    methods: {
      set: (e) => (e.set(), null),
      clear: (e) => (e.clear(), null),
      is_set: (e) => e.is_set(),
      wait: (e) => awaitable(awaitOn(e)),
    },
  });
  const LOCK = nativeClass<AsyncLock>("Lock", {
    make: () => new AsyncLock(sched),
    methods: {
      acquire: (l) => awaitable(awaitOn(l)),
      release: (l) => (l.release(), null),
      locked: (l) => l.locked(),
      __aenter__: (l) => awaitable(awaitOn(l)),
      __aexit__: (l) => {
        l.release();
        return awaitable(sleepUs(-1));
      },
    },
  });
  // Made as the device's classes make them (a Python subclass of Event or Lock included).
  EVENT.make = (cls) => new HeapNative(cls, new AsyncEvent(sched), WAITABLE_BLOCKS);
  LOCK.make = (cls) => new HeapNative(cls, new AsyncLock(sched), WAITABLE_BLOCKS);
  return ns("asyncio", {
    run: jsFn("run", (a) => sched.run(coroStep(a[0] ?? null)) as Value),
    create_task: jsFn("create_task", (a) => newTask(a[0] ?? null)),
    sleep: jsFn("sleep", (a) => awaitable(sleepUs(Math.round(num(a[0]) * 1e6)))),
    sleep_ms: jsFn("sleep_ms", (a) => awaitable(sleepUs(int(a[0]) * 1000))),
    gather: jsFn("gather", (a) =>
      awaitable(
        (function* () {
          return new PyList((yield* gather(a.map(asTask))) as Value[]);
        })(),
      ),
    ),
    wait_for: jsFn("wait_for", (a) => awaitable(waitFor(sched, coroStep(a[0] ?? null), Math.round(num(a[1]) * 1e6)), WAIT_FOR_BYTES, [a[0] ?? null])),
    wait_for_ms: jsFn("wait_for_ms", (a) => awaitable(waitFor(sched, coroStep(a[0] ?? null), int(a[1]) * 1000), WAIT_FOR_BYTES, [a[0] ?? null])),
    Event: EVENT,
    Lock: LOCK,
    Task: TASK,
    CancelledError: CANCELLED_ERROR,
    TimeoutError: TIMEOUT_ERROR,
    // asyncio.core, whose _task_queue holds the pending tasks (runtime/index.ts importFrozen puts
    // it in sys.modules).
    core: new PyModule("asyncio.core", ns("asyncio.core", { _task_queue: queue })),
  });
}
