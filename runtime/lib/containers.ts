// Containers whose behaviour is MicroPython's own rather than CPython's: collections.deque as a
// fixed ring of maxlen + 1 slots (py/objdeque.c: appending to a full deque drops from the other end,
// or raises IndexError "full" with flag 1).

import { HostError } from "./host-error.js";

export class Deque<T> {
  private items: (T | undefined)[];
  private get_ = 0;
  private put = 0;

  /** deque(iterable, maxlen[, flags]); a negative maxlen is a bare ValueError. */
  constructor(readonly maxlen: number, readonly checkOverflow = false, initial: Iterable<T> = []) {
    if (maxlen < 0) throw new HostError("ValueError", "");
    this.items = new Array(maxlen + 1);
    for (const x of initial) this.append(x);
  }

  get length(): number {
    const n = this.put - this.get_;
    return n < 0 ? n + this.items.length : n;
  }

  append(x: T): void {
    const next = (this.put + 1) % this.items.length;
    if (this.checkOverflow && next === this.get_) throw new HostError("IndexError", "full");
    this.items[this.put] = x;
    this.put = next;
    if (this.get_ === next) this.get_ = (this.get_ + 1) % this.items.length;
  }

  appendleft(x: T): void {
    const prev = (this.get_ - 1 + this.items.length) % this.items.length;
    if (this.checkOverflow && prev === this.put) throw new HostError("IndexError", "full");
    this.get_ = prev;
    this.items[prev] = x;
    if (this.put === prev) this.put = (this.put - 1 + this.items.length) % this.items.length;
  }

  popleft(): T {
    if (this.length === 0) throw new HostError("IndexError", "empty");
    const x = this.items[this.get_] as T;
    this.items[this.get_] = undefined;
    this.get_ = (this.get_ + 1) % this.items.length;
    return x;
  }

  pop(): T {
    if (this.length === 0) throw new HostError("IndexError", "empty");
    this.put = (this.put - 1 + this.items.length) % this.items.length;
    const x = this.items[this.put] as T;
    this.items[this.put] = undefined;
    return x;
  }

  at(i: number): T {
    const n = this.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new HostError("IndexError", "deque index out of range");
    return this.items[(this.get_ + i) % this.items.length] as T;
  }

  /** d[i] = x (deque subscript assignment). */
  setAt(i: number, x: T): void {
    const n = this.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new HostError("IndexError", "deque index out of range");
    this.items[(this.get_ + i) % this.items.length] = x;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
