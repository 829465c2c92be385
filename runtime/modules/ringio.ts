// micropython.RingIO (py/objringio.c over py/ringbuf.h): a byte ring buffer with the stream
// methods. RingIO(n) holds n bytes in a buffer of n + 1; RingIO(buf) uses a writable buffer in
// place, one byte of it kept free to tell full from empty. Reads and writes never block: they move
// what is there or what fits. It polls as a stream (select, asyncio's Stream).

import { toIndex } from "../objects/args.js";
import { newException, typeError, VALUE_ERROR } from "../objects/exceptions.js";
import { charge } from "../memory/charge.js";
import { PyArray } from "../objects/array.js";
import { PyByteArray, PyBytes, PyMemoryView, type Value } from "../objects/value.js";
import { buf, int, nativeClass } from "../objects/native.js";
import { osError } from "../lib/host-error.js";
import { EINVAL } from "../board/fs.js";
import { IOCTL_CLOSE, IOCTL_POLL, POLL_RD, POLL_WR, Stream } from "./stream.js";

class Ring extends Stream {
  readonly isText = false;
  private iget = 0;
  private iput = 0;
  constructor(private readonly data: Uint8Array) {
    super();
  }

  /** micropython_ringio_ioctl: poll says readable while bytes wait, writable while there is room. */
  ioctl(request: number, arg: number): number {
    if (request === IOCTL_POLL) return (arg & POLL_RD && this.avail > 0 ? POLL_RD : 0) | (arg & POLL_WR && this.free > 0 ? POLL_WR : 0);
    if (request === IOCTL_CLOSE) return 0;
    throw osError(EINVAL);
  }

  get size(): number {
    return this.data.length;
  }
  /** ringbuf_avail: bytes waiting to be read. */
  get avail(): number {
    return (this.size + this.iput - this.iget) % this.size;
  }
  /** ringbuf_free: room left to write. */
  get free(): number {
    return (this.size + this.iget - this.iput - 1) % this.size;
  }

  take(max: number): Uint8Array {
    const n = Math.min(max, this.avail);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.data[this.iget]!;
      this.iget = (this.iget + 1) % this.size;
    }
    return out;
  }

  put(src: Uint8Array): number {
    const n = Math.min(src.length, this.free);
    for (let i = 0; i < n; i++) {
      this.data[this.iput] = src[i]!;
      this.iput = (this.iput + 1) % this.size;
    }
    return n;
  }
}

/** The storage behind a writable buffer object, or null (bytes and str are read-only). */
function writableStorage(v: Value): Uint8Array | null {
  if (v instanceof PyByteArray) return v.b;
  if (v instanceof PyArray) return v.bytes;
  if (v instanceof PyMemoryView && !v.readonly) return v.source().subarray(v.start, v.end);
  return null;
}

/** An optional size argument: absent or -1 means no limit. */
const limit = (v: Value | undefined): number => {
  if (v === undefined || v === null) return Infinity;
  const n = toIndex(v);
  return n < 0 ? Infinity : n;
};

export const RINGIO = nativeClass<Ring>("RingIO", {
  make: (a, kw) => {
    if (a.length !== 1 || kw?.length) throw typeError(`function takes 1 positional arguments but ${a.length} were given`);
    let data = writableStorage(a[0]);
    if (data === null) {
      // The size is a size_t in C: a negative one asks for nearly 4 GiB (MemoryError).
      const n = (int(a[0] ?? null) + 1) >>> 0;
      charge(n);
      if (n < 2 || n > 0xffff) throw newException(VALUE_ERROR);
      data = new Uint8Array(n);
    } else if (data.length < 2 || data.length > 0xffff) throw newException(VALUE_ERROR);
    charge(16);
    return new Ring(data);
  },
  methods: {
    any: (r) => r.avail,
    read: (r, a) => new PyBytes(r.take(limit(a[0]))),
    readline: (r, a) => {
      const out: number[] = [];
      for (let max = limit(a[0]); out.length < max; ) {
        const b = r.take(1);
        if (b.length === 0) break;
        out.push(b[0]!);
        if (b[0] === 0x0a) break;
      }
      return new PyBytes(Uint8Array.from(out));
    },
    readinto: (r, a) => {
      const dest = writableStorage(a[0] ?? null);
      if (dest === null) throw typeError("object with buffer protocol required");
      const got = r.take(Math.min(dest.length, limit(a[1])));
      dest.set(got);
      return got.length;
    },
    write: (r, a) => {
      const src = buf(a[0] ?? null);
      // write(buf, max_len) or write(buf, off, max_len), as the stream protocol takes them.
      const off = a.length === 3 ? Math.min(toIndex(a[1]!), src.length) : 0;
      const max = a.length === 3 ? toIndex(a[2]!) : a.length === 2 ? toIndex(a[1]!) : Infinity;
      return r.put(src.subarray(off, off + Math.min(src.length - off, max)));
    },
    close: () => null,
  },
});
