// The asyncio scheduler on the virtual clock: takes coroutines as step functions (the VM wraps its
// generator objects), gives run/create_task/sleep/gather/wait_for/Event/Lock with MicroPython's
// ordering (extmod/asyncio: ready tasks run in FIFO order, sleepers by wake time). Sleeping advances
// virtual time, so timers and scripted inputs fire in between.

import { HostError } from "./host-error.js";


export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** What a coroutine yields to the scheduler. */
export type Request =
  | { kind: "sleep"; us: number }
  | { kind: "wait"; on: Waitable }
  | { kind: "yield" };

/** One resumption: returns what the coroutine yielded next, or how it finished. */
export type Step = (input: Outcome) => { yielded: Request } | { done: Outcome };

/** task.cancel()'s error, thrown into the task (asyncio.CancelledError once it reaches Python). */
export const cancelledError = (): HostError => new HostError("CancelledError", "CancelledError");
export const isCancelled = (e: unknown): boolean => e instanceof HostError && e.pyType === "CancelledError";
/** wait_for's error on expiry (asyncio.TimeoutError). */
export const timeoutError = (): HostError => new HostError("TimeoutError", "TimeoutError");
export const isTimeout = (e: unknown): boolean => e instanceof HostError && e.pyType === "TimeoutError";

/** Something tasks can wait on; `wake` lists the tasks to resume when it is ready. */
export abstract class Waitable {
  protected waiters: Task[] = [];
  abstract ready(): boolean;
  /** Called by the scheduler when `t` starts waiting here. */
  add(t: Task): void {
    this.waiters.push(t);
  }
  remove(t: Task): void {
    this.waiters = this.waiters.filter((w) => w !== t);
  }
}

export class Task extends Waitable {
  result: Outcome | null = null;
  waitingOn: Waitable | null = null;
  wakeAt: number | null = null;
  pendingThrow: unknown = null;
  constructor(readonly step: Step, readonly id: number) {
    super();
  }
  ready(): boolean {
    return this.result !== null;
  }
  done(): boolean {
    return this.result !== null;
  }
  takeWaiters(): Task[] {
    return this.waiters.splice(0);
  }
}

export class AsyncEvent extends Waitable {
  private flag = false;
  constructor(private readonly sched: Scheduler) {
    super();
  }
  ready(): boolean {
    return this.flag;
  }
  is_set(): boolean {
    return this.flag;
  }
  set(): void {
    this.flag = true;
    for (const t of this.waiters.splice(0)) this.sched.resume(t, { ok: true, value: true });
  }
  clear(): void {
    this.flag = false;
  }
}

export class AsyncLock extends Waitable {
  private owner: Task | null = null;
  constructor(private readonly sched: Scheduler) {
    super();
  }
  ready(): boolean {
    return this.owner === null;
  }
  locked(): boolean {
    return this.owner !== null;
  }
  /** Taken by the task that waited first: ownership passes directly on release. */
  take(t: Task): void {
    this.owner = t;
  }
  release(): void {
    if (!this.owner) throw new Error("Lock not acquired");
    const next = this.waiters.shift();
    this.owner = next ?? null;
    if (next) this.sched.resume(next, { ok: true, value: true });
  }
}

/** The time the loop runs on: the board's virtual clock, or any clock a test gives. */
export interface LoopClock {
  readonly us: number;
  advanceTo(us: number): void;
}

export class Scheduler {
  private ready: { task: Task; input: Outcome }[] = [];
  private sleepers = new Set<Task>();
  private nextId = 1;
  current: Task | null = null;

  constructor(readonly clock: LoopClock) {}

  create_task(step: Step): Task {
    const t = new Task(step, this.nextId++);
    this.ready.push({ task: t, input: { ok: true, value: undefined } });
    return t;
  }

  resume(t: Task, input: Outcome): void {
    if (t.done()) return;
    t.waitingOn?.remove(t);
    t.waitingOn = null;
    this.sleepers.delete(t);
    t.wakeAt = null;
    this.ready.push({ task: t, input });
  }

  /** task.cancel(): the task gets CancelledError at its next resumption. */
  cancel(t: Task): boolean {
    if (t.done()) return false;
    this.resume(t, { ok: false, error: cancelledError() });
    return true;
  }

  /** asyncio.run(main): runs every task until `main` finishes; returns or throws its outcome. */
  run(main: Step): unknown {
    const m = this.create_task(main);
    while (!m.done()) {
      const item = this.ready.shift();
      if (item) {
        this.runOne(item.task, item.input);
        continue;
      }
      let next: Task | null = null;
      for (const s of this.sleepers) if (!next || s.wakeAt! < next.wakeAt!) next = s;
      if (!next) throw new Error("asyncio: all tasks are waiting and nothing can wake them");
      this.clock.advanceTo(next.wakeAt!);
      // Wake every sleeper due now, in wake-time order.
      const due = [...this.sleepers].filter((s) => s.wakeAt! <= this.clock.us).sort((a, b) => a.wakeAt! - b.wakeAt!);
      for (const s of due) this.resume(s, { ok: true, value: undefined });
    }
    if (m.result!.ok) return m.result!.value;
    throw m.result!.error;
  }

  private runOne(t: Task, input: Outcome): void {
    this.current = t;
    let r: ReturnType<Step>;
    try {
      r = t.step(input);
    } finally {
      this.current = null;
    }
    if ("done" in r) {
      t.result = r.done;
      for (const w of t.takeWaiters()) this.resume(w, r.done);
      return;
    }
    const req = r.yielded;
    if (req.kind === "yield") this.ready.push({ task: t, input: { ok: true, value: undefined } });
    else if (req.kind === "sleep") {
      t.wakeAt = this.clock.us + Math.max(0, req.us);
      this.sleepers.add(t);
    } else if (req.on.ready()) {
      if (req.on instanceof AsyncLock) req.on.take(t);
      const v = req.on instanceof Task ? req.on.result! : { ok: true as const, value: true };
      this.ready.push({ task: t, input: v });
    } else {
      t.waitingOn = req.on;
      req.on.add(t);
    }
  }
}

/** Adapts a JS generator (yielding Requests, receiving what the scheduler sends back) to a Step. */
export function fromGenerator(g: Generator<Request, unknown, unknown>): Step {
  return (input) => {
    try {
      const r = input.ok ? g.next(input.value) : g.throw(input.error);
      return r.done ? { done: { ok: true, value: r.value } } : { yielded: r.value };
    } catch (error) {
      return { done: { ok: false, error } };
    }
  };
}

/** Waits for the outcome of `on`, returning its value or throwing its error (inside a generator). */
export function* awaitOn(on: Waitable): Generator<Request, unknown, unknown> {
  return yield { kind: "wait", on };
}

/** asyncio.gather(*tasks): their results in order; the first error propagates. */
export function* gather(tasks: readonly Task[]): Generator<Request, unknown[], unknown> {
  const out: unknown[] = [];
  for (const t of tasks) out.push(yield* awaitOn(t));
  return out;
}

/** asyncio.wait_for(step, timeout): the inner task is cancelled and TimeoutError raised on expiry. */
export function* waitFor(sched: Scheduler, inner: Step, timeoutUs: number): Generator<Request, unknown, unknown> {
  const task = sched.create_task(inner);
  let expired = false;
  const timer = sched.create_task(
    fromGenerator(
      (function* () {
        yield { kind: "sleep", us: timeoutUs } as Request;
        expired = true;
        sched.cancel(task);
      })(),
    ),
  );
  try {
    const v = yield* awaitOn(task);
    sched.cancel(timer);
    return v;
  } catch (e) {
    sched.cancel(timer);
    if (expired && isCancelled(e)) throw timeoutError();
    throw e;
  }
}
