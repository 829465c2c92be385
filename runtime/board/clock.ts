// The virtual clock: microseconds since boot that advance as the program runs (board/cycles.ts
// turns executed bytecode into time) and when it sleeps or idles, with a queue of timed callbacks (machine.Timer, scripted inputs, asyncio wake-ups) run in time
// order while time passes. Stands in for a port's ticks and hardware timers (ports/*/mphalport).

export type TimerCallback = () => void;

interface Scheduled {
  readonly id: number;
  at: number;
  readonly period: number;
  readonly run: TimerCallback;
  readonly seq: number;
}

export class VirtualClock {
  private now = 0;
  private queue: Scheduled[] = [];
  private nextId = 1;
  private seq = 0;
  /** Set by deepsleep, reset or a watchdog: stops the current advance at once. */
  halted = false;
  /** A time the clock may not pass (mpyc run --run-for): reaching it calls onLimit. */
  limitUs: number | undefined;
  onLimit: (() => void) | undefined;

  /**
   * Brings the clock up to date before it is read: the interpreter counts the code it runs and hands
   * the count over every few hundred bytes, so a read in between first charges what ran since.
   */
  sync: (() => void) | undefined;

  get us(): number {
    this.sync?.();
    return this.now;
  }
  get ms(): number {
    this.sync?.();
    return Math.floor(this.now / 1000);
  }

  /** Runs `run` at `atUs` (and every `periodUs` after it if given, > 0). Returns an id for cancel. */
  schedule(atUs: number, run: TimerCallback, periodUs = 0): number {
    const id = this.nextId++;
    this.queue.push({ id, at: Math.max(atUs, this.now), period: periodUs, run, seq: this.seq++ });
    return id;
  }

  cancel(id: number): void {
    this.queue = this.queue.filter((s) => s.id !== id);
  }

  /** Moves time forward by `us`, running every callback due on the way, earliest (then oldest) first. */
  advance(us: number): void {
    if (!(us >= 0)) throw new RangeError("time can only move forward");
    this.advanceTo(this.now + us);
  }

  advanceTo(target: number): void {
    const stop = this.limitUs !== undefined && target > this.limitUs;
    if (stop) target = this.limitUs!;
    while (!this.halted) {
      const next = this.earliest();
      if (!next || next.at > target) break;
      this.now = next.at;
      if (next.period > 0) {
        next.at += next.period;
        // Re-queued at the back of its time slot so equal-time callbacks keep their order.
        this.queue.splice(this.queue.indexOf(next), 1);
        this.queue.push({ ...next, seq: this.seq++ });
      } else {
        this.queue.splice(this.queue.indexOf(next), 1);
      }
      next.run();
    }
    if (!this.halted && target > this.now) this.now = target;
    if (stop && !this.halted) this.onLimit?.();
  }

  /** The time of the next pending callback, if any. */
  nextDue(): number | undefined {
    return this.earliest()?.at;
  }

  get pending(): number {
    return this.queue.length;
  }

  private earliest(): Scheduled | undefined {
    let best: Scheduled | undefined;
    for (const s of this.queue) if (!best || s.at < best.at || (s.at === best.at && s.seq < best.seq)) best = s;
    return best;
  }
}
