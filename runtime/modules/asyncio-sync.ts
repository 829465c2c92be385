// asyncio's Event, Lock and ThreadSafeFlag as a board's frozen asyncio/event.py and lock.py make
// them: each waiter is queued on the object's TaskQueue (a pairing heap keyed by the tick it
// started waiting), set() and release() move waiters to the run queue, a Lock is handed straight
// to the task that waited first, and ThreadSafeFlag is a stream the IOQueue polls.

import { charge } from "../memory/charge.js";
import { ATTRIBUTE_ERROR, pyErr, RUNTIME_ERROR } from "../objects/exceptions.js";
import { truthy } from "../objects/ops.js";
import { nativeClass, NativeObject } from "../objects/native.js";
import { PyException, type PyType, type Value } from "../objects/value.js";
import { awaitValue, inPackage, NativeCoroutine } from "./asyncio-coro.js";
import type { EventLoop } from "./asyncio-loop.js";
import { CANCELLED_ERROR, TaskQueueObject } from "./asyncio-task.js";
import { IOBASE, Stream } from "./stream.js";

const EVENT_FILE = "asyncio/event.py";
const LOCK_FILE = "asyncio/lock.py";

/** An instance of the package's class and its members table, made in that order (its TaskQueue follows). */
const INSTANCE_BLOCKS = [16, 16];

/** An Event or a Lock: its `state`, and the queue of the tasks waiting on it. */
abstract class WaitState {
  readonly waiting: TaskQueueObject;
  constructor(
    readonly loop: EventLoop,
    public state: Value,
  ) {
    for (const b of INSTANCE_BLOCKS) charge(b);
    this.waiting = new TaskQueueObject(loop);
  }
  /** Queues the running task here, its `data` saying where it waits (so that cancel() can take it out). */
  protected queueRunning(): void {
    const cur = this.loop.running();
    this.waiting.push(cur);
    cur.data = this.waiting;
  }
}

class EventState extends WaitState {
  /** `state`: False unset, True set (a program may store anything, as in the package's instance). */
  constructor(loop: EventLoop) {
    super(loop, false);
  }
  set(): void {
    while (this.waiting.peek() !== null) this.loop.runQueue.push(this.waiting.pop());
    this.state = true;
  }
  wait(): NativeCoroutine {
    const ev = this;
    return new NativeCoroutine(EVENT_FILE, "wait", function* () {
      if (!truthy(ev.state)) {
        ev.queueRunning();
        yield null;
      }
      return true;
    });
  }
}

class LockState extends WaitState {
  /** `state`: 0 unlocked, 1 locked, or the task the lock is handed to next. */
  constructor(loop: EventLoop) {
    super(loop, 0);
  }
  release(): void {
    if (this.state !== 1) throw pyErr(RUNTIME_ERROR, "Lock not acquired");
    if (this.waiting.peek() !== null) {
      const next = this.waiting.pop();
      this.state = next;
      this.loop.runQueue.push(next);
    } else this.state = 0;
  }
  acquire(): NativeCoroutine {
    const lock = this;
    return new NativeCoroutine(LOCK_FILE, "acquire", function* (frame) {
      if (lock.state !== 0) {
        lock.queueRunning();
        try {
          yield null;
        } catch (er) {
          if (!(er instanceof PyException && er.type.isSubtypeOf(CANCELLED_ERROR))) throw er;
          frame.arrived(er);
          if (lock.state === lock.loop.current) {
            // Cancelled while the lock was being handed to it: hand it on.
            lock.state = 1;
            lock.release();
          }
          throw frame.raise(er);
        }
      }
      lock.state = 1;
      return true;
    });
  }
}

/** A flag set from anywhere (an interrupt, a scheduled callback) that a task waits on by polling it. */
class FlagStream extends Stream {
  readonly isText = false;
  state = 0;
  ioctl(request: number, arg: number): number {
    return request === 3 ? this.state * arg : -1;
  }
}

export function syncClasses(loop: EventLoop): Record<string, PyType> {
  const EVENT = nativeClass<EventState>("Event", {
    methods: {
      is_set: (e) => e.state,
      set: (e) => (e.set(), null),
      clear: (e) => ((e.state = false), null),
      wait: (e) => e.wait(),
    },
  });
  const LOCK = nativeClass<LockState>("Lock", {
    methods: {
      locked: (l) => l.state === 1,
      release: (l) => inPackage(LOCK_FILE, "release", () => (l.release(), null)),
      acquire: (l) => l.acquire(),
      __aenter__: (l) =>
        new NativeCoroutine(LOCK_FILE, "__aenter__", function* () {
          return yield* awaitValue(l.acquire());
        }),
      __aexit__: (l) =>
        new NativeCoroutine(LOCK_FILE, "__aexit__", function* () {
          l.release();
          return null;
        }),
    },
  });
  const FLAG = nativeClass<FlagStream>("ThreadSafeFlag", {
    base: IOBASE,
    make: () => new FlagStream(),
    methods: {
      set: (f) => ((f.state = 1), null),
      clear: (f) => ((f.state = 0), null),
      ioctl: (f, a) => f.ioctl(a[0] as number, a[1] as number),
      wait: (f, _a, _kw, obj) =>
        new NativeCoroutine(EVENT_FILE, "wait", function* () {
          if (!f.state) {
            loop.io.queueRead(obj as NativeObject<FlagStream>);
            yield null;
          }
          f.state = 0;
          return null;
        }),
    },
  });
  // Made as the package's classes make them (a Python subclass of Event or Lock included), with the
  // heap's view of them.
  EVENT.make = (cls) => new Waitable(cls, new EventState(loop));
  LOCK.make = (cls) => new Waitable(cls, new LockState(loop));
  return { Event: EVENT, Lock: LOCK, ThreadSafeFlag: FLAG };
}

/** An Event or a Lock as the heap sees it: the instance and its members table, and its waiting queue. */
class Waitable<T extends WaitState> extends NativeObject<T> {
  /** `state` and `waiting`, the package's instance attributes. */
  getAttr(name: string): Value {
    if (name === "state") return this.js.state;
    if (name === "waiting") return this.js.waiting;
    return undefined;
  }
  setAttr(name: string, value: Value): void {
    if (name !== "state") throw pyErr(ATTRIBUTE_ERROR, `'${this.type.name}' object has no attribute '${name}'`);
    this.js.state = value;
  }
  heapBytes(): number {
    return INSTANCE_BLOCKS.reduce((a, b) => a + b, 0);
  }
  heapRefs(): Value[] {
    return [this.js.waiting, this.js.state];
  }
}
