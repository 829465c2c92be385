// Containers whose behaviour is MicroPython's own rather than CPython's: collections.deque as a
// fixed ring of maxlen + 1 slots (py/objdeque.c: appending to a full deque drops from the other end,
// or raises IndexError "full" with flag 1), and io.BytesIO / StringIO's growable buffer.

export class ContainerError extends Error {
  constructor(message: string, readonly type: "IndexError" | "ValueError") {
    super(message);
    this.name = type;
  }
}

export class Deque<T> {
  private items: (T | undefined)[];
  private get_ = 0;
  private put = 0;

  /** deque(iterable, maxlen[, flags]); a negative maxlen is a bare ValueError. */
  constructor(readonly maxlen: number, readonly checkOverflow = false, initial: Iterable<T> = []) {
    if (maxlen < 0) throw new ContainerError("", "ValueError");
    this.items = new Array(maxlen + 1);
    for (const x of initial) this.append(x);
  }

  get length(): number {
    const n = this.put - this.get_;
    return n < 0 ? n + this.items.length : n;
  }

  append(x: T): void {
    const next = (this.put + 1) % this.items.length;
    if (this.checkOverflow && next === this.get_) throw new ContainerError("full", "IndexError");
    this.items[this.put] = x;
    this.put = next;
    if (this.get_ === next) this.get_ = (this.get_ + 1) % this.items.length;
  }

  appendleft(x: T): void {
    const prev = (this.get_ - 1 + this.items.length) % this.items.length;
    if (this.checkOverflow && prev === this.put) throw new ContainerError("full", "IndexError");
    this.get_ = prev;
    this.items[prev] = x;
    if (this.put === prev) this.put = (this.put - 1 + this.items.length) % this.items.length;
  }

  popleft(): T {
    if (this.length === 0) throw new ContainerError("empty", "IndexError");
    const x = this.items[this.get_] as T;
    this.items[this.get_] = undefined;
    this.get_ = (this.get_ + 1) % this.items.length;
    return x;
  }

  pop(): T {
    if (this.length === 0) throw new ContainerError("empty", "IndexError");
    this.put = (this.put - 1 + this.items.length) % this.items.length;
    const x = this.items[this.put] as T;
    this.items[this.put] = undefined;
    return x;
  }

  at(i: number): T {
    const n = this.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new ContainerError("deque index out of range", "IndexError");
    return this.items[(this.get_ + i) % this.items.length] as T;
  }

  /** d[i] = x (deque subscript assignment). */
  setAt(i: number, x: T): void {
    const n = this.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new ContainerError("deque index out of range", "IndexError");
    this.items[(this.get_ + i) % this.items.length] = x;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** The byte buffer behind io.BytesIO (and, over UTF-8, io.StringIO). */
export class ByteStream {
  private buf: Uint8Array;
  private len: number;
  pos = 0;
  closed = false;

  constructor(initial: Uint8Array = new Uint8Array(0)) {
    this.buf = initial.slice();
    this.len = initial.length;
  }

  private open(): void {
    if (this.closed) throw new ContainerError("I/O operation on closed file", "ValueError");
  }

  write(data: Uint8Array): number {
    this.open();
    const end = this.pos + data.length;
    if (end > this.buf.length) {
      const grown = new Uint8Array(Math.max(end, this.buf.length * 2, 16));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    if (this.pos > this.len) this.buf.fill(0, this.len, this.pos);
    this.buf.set(data, this.pos);
    this.pos = end;
    this.len = Math.max(this.len, end);
    return data.length;
  }

  /** read(n) from the position; n < 0 or absent reads to the end. */
  read(n = -1): Uint8Array {
    this.open();
    const start = Math.min(this.pos, this.len);
    const end = n < 0 ? this.len : Math.min(this.len, start + n);
    this.pos = end;
    return this.buf.slice(start, end);
  }

  readline(): Uint8Array {
    this.open();
    const start = Math.min(this.pos, this.len);
    let end = start;
    while (end < this.len && this.buf[end] !== 10) end++;
    if (end < this.len) end++;
    this.pos = end;
    return this.buf.slice(start, end);
  }

  /** seek(offset, whence): 0 from start, 1 from here, 2 from the end; never before 0. */
  seek(offset: number, whence = 0): number {
    this.open();
    const base = whence === 1 ? this.pos : whence === 2 ? this.len : 0;
    this.pos = Math.max(0, base + offset);
    return this.pos;
  }

  tell(): number {
    return this.pos;
  }

  getvalue(): Uint8Array {
    this.open();
    return this.buf.slice(0, this.len);
  }

  close(): void {
    this.closed = true;
  }
}
