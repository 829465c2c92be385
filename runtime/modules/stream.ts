// The stream protocol (py/stream.c, py/modio.c): what a file, BytesIO, StringIO, sys.stdout or a
// subclass of io.IOBase offers (read into a buffer, write, ioctl), and the Python methods built on
// it once for all of them: read(n) counted in characters on a text stream, the unbuffered readline,
// readinto and write with MicroPython's extra length/offset, seek, tell, flush, close.

import { EAGAIN, EINVAL } from "../board/fs.js";
import { toIndex } from "../objects/args.js";
import { EXCEPTION_TYPES, pyErr, typeError } from "../objects/exceptions.js";
import { callValue, getAttr } from "../objects/call.js";
import { PyIterator } from "../objects/iter.js";
import { chargeStr, mem, uncharged } from "../memory/charge.js";
import { HeapExhausted } from "../memory/heap.js";
import { bytesOf } from "../objects/ops.js";
import { nativeType, PyByteArray, PyBytes, PyInstance, PyList, PyObject, type Value } from "../objects/value.js";
import { NativeObject, type Method } from "../objects/native.js";
import { isOsError, osError } from "../lib/host-error.js";

// MP_STREAM_* ioctl requests (py/stream.h).
export const IOCTL_FLUSH = 1;
export const IOCTL_POLL = 3;
export const IOCTL_CLOSE = 4;
export const IOCTL_GET_BUFFER_SIZE = 11;
// What MP_STREAM_POLL asks for and answers (MP_STREAM_POLL_RD, _WR, _ERR, _HUP).
export const POLL_RD = 0x1;
export const POLL_WR = 0x4;
export const POLL_ERR = 0x8;
export const POLL_HUP = 0x10;

/** One side of the protocol; a method left out is a stream that cannot do it. Errors are thrown OsErrors. */
export abstract class Stream {
  abstract readonly isText: boolean;
  /** Reads up to `into.length` bytes into it; 0 at the end. */
  read?(into: Uint8Array): number;
  write?(data: Uint8Array): number;
  /** MP_STREAM_SEEK: the new position. */
  seek?(offset: number, whence: number): number;
  /** Any other request (flush, close, buffer size...); unknown ones are EINVAL. */
  abstract ioctl(request: number, arg: number): number;
}

/** io.IOBase: a class a program derives from to make its own stream from readinto/write/ioctl. */
export const IOBASE = nativeType("IOBase");
IOBASE.hasProtocol = true;
const IOBASE_SINGLETON = new NativeObject<null>(IOBASE, null);
IOBASE.make = () => IOBASE_SINGLETON;

/** An instance of an io.IOBase subclass seen as a stream: each operation calls its method with a bytearray. */
class UserStream extends Stream {
  readonly isText = false;
  constructor(private readonly obj: PyObject) {
    super();
  }
  override read(into: Uint8Array): number {
    return this.call("readinto", into, true);
  }
  override write(data: Uint8Array): number {
    return this.call("write", data, false);
  }
  override ioctl(request: number, arg: number): number {
    const r = toIndex(callValue(getAttr(this.obj, "ioctl"), [request, arg], null));
    if (r < 0) throw osError(-r);
    return r;
  }
  // py/modio.c iobase_read_write: None is EAGAIN, a negative result an errno.
  private call(name: string, buf: Uint8Array, fill: boolean): number {
    const arr = uncharged(() => new PyByteArray(buf.slice()));
    const r = callValue(getAttr(this.obj, name), [arr], null);
    if (r === null) throw osError(EAGAIN);
    const n = toIndex(r);
    if (n < 0) throw osError(-n);
    if (fill) buf.set(arr.b.subarray(0, Math.min(n, buf.length)));
    return n;
  }
}

/** The stream behind a value, or null: native streams, their subclasses, and io.IOBase subclasses. */
export function streamOf(v: Value): Stream | null {
  if (v instanceof NativeObject && v.js instanceof Stream) return v.js;
  if (v instanceof PyInstance) {
    if (v.base instanceof NativeObject && v.base.js instanceof Stream) return v.base.js;
    if (v.type.isSubtypeOf(IOBASE)) return new UserStream(v);
  }
  return null;
}

/** mp_get_stream_raise: the stream, or OSError when it cannot do what is asked. */
export function needStream(v: Value, op: "read" | "write" | "ioctl"): Stream {
  const s = streamOf(v);
  if (!s || (op !== "ioctl" && !s[op])) throw pyErr(EXCEPTION_TYPES.get("OSError")!, "stream operation not supported");
  return s;
}

/** mp_stream_rw: keeps reading (or writing) until done, the end, or `once` after the first transfer. */
export function transfer(s: Stream, buf: Uint8Array, writing: boolean, once = false): number {
  const op = writing ? s.write : s.read;
  if (!op) throw osError(EINVAL);
  let done = 0;
  while (done < buf.length) {
    let n: number;
    try {
      n = op.call(s, buf.subarray(done));
    } catch (e) {
      // What came before EAGAIN is kept; EAGAIN with nothing is the caller's None.
      if (done !== 0 && isEagain(e)) break;
      throw e;
    }
    if (n === 0) break;
    done += n;
    if (once) break;
  }
  return done;
}

const isEagain = (e: unknown) => isOsError(e, EAGAIN);

/** A read or write that hit EAGAIN before any data is None (a non-blocking stream with nothing ready). */
function orNone(f: () => Value): Value {
  try {
    return f();
  } catch (e) {
    if (isEagain(e)) return null;
    throw e;
  }
}

/** MicroPython's utf8_check: well-formed lead and continuation bytes, no fragment at the end. */
export function utf8Check(b: Uint8Array): boolean {
  let need = 0;
  for (const c of b) {
    if (need) {
      if ((c & 0xc0) !== 0x80) return false;
      need--;
    } else if (c >= 0xc0) {
      if (c >= 0xf8) return false;
      need = (0xe5 >> ((c >> 3) & 6)) & 3;
    } else if (c >= 0x80) return false;
  }
  return need === 0;
}

/** A text stream's bytes as a str (mp_obj_new_str_from_vstr): invalid UTF-8 is UnicodeError. */
export function textOf(b: Uint8Array): string {
  if (!utf8Check(b)) throw pyErr(EXCEPTION_TYPES.get("UnicodeError")!);
  const s = new TextDecoder().decode(b);
  chargeStr(s);
  return s;
}

const result = (s: Stream, b: Uint8Array): Value => (s.isText ? textOf(b) : new PyBytes(b));

/** A buffer argument; a str gives its UTF-8 bytes, as its buffer does in MicroPython. */
function bufferArg(v: Value): Uint8Array {
  if (typeof v === "string") return new TextEncoder().encode(v);
  const b = bytesOf(v);
  if (b === null) throw typeError("object with buffer protocol required");
  return b;
}

/** Everything a stream has left to read. */
export function readAll(s: Stream): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(256);
    let n: number;
    try {
      n = s.read!(chunk);
    } catch (e) {
      if (total !== 0 && isEagain(e)) break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // The buffer grows on the heap (py/stream.c's vstr): a stream without end fills it.
    if (mem.off === 0 && total + 256 > mem.heap.free) throw new HeapExhausted(total + 256, false);
  }
  return joinChunks(chunks, total);
}

/** The chunks of a read, one after another in a single buffer of `total` bytes. */
export function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** read(n) on a text stream: n characters, read without ever reading past them. */
function readChars(s: Stream, count: number): Uint8Array {
  let out = new Uint8Array(0);
  let more = count;
  let charsLeft = count;
  let scanned = 0;
  while (more > 0) {
    const chunk = new Uint8Array(more);
    const got = transfer(s, chunk, false);
    const joined = new Uint8Array(out.length + got);
    joined.set(out);
    joined.set(chunk.subarray(0, got), out.length);
    out = joined;
    if (got === 0) break;
    more = 0;
    while (scanned < out.length) {
      const b = out[scanned]!;
      const n = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 5;
      if (scanned + n > out.length) {
        // Part of a character: fetch its remaining bytes plus one byte per character still wanted.
        more = scanned + n - out.length + (charsLeft - 1);
        break;
      }
      scanned += n;
      charsLeft--;
      if (scanned >= out.length) more = charsLeft;
    }
    if (got < chunk.length) break;
  }
  return out;
}

function read(s: Stream, a: Value[]): Value {
  if (!s.read) throw osError(EINVAL);
  if (a.length === 0) return result(s, readAll(s));
  const n = toIndex(a[0]);
  if (n === -1) return result(s, readAll(s));
  if (s.isText) return textOf(readChars(s, n));
  const buf = new Uint8Array(Math.max(0, n));
  return new PyBytes(buf.slice(0, transfer(s, buf, false)));
}

/** The unbuffered readline: one byte at a time up to a newline or `max` bytes. */
function readline(s: Stream, max = -1): Uint8Array {
  if (!s.read) throw osError(EINVAL);
  const bytes: number[] = [];
  const one = new Uint8Array(1);
  while (max === -1 || max-- !== 0) {
    let n: number;
    try {
      n = s.read(one);
    } catch (e) {
      if (bytes.length !== 0 && isEagain(e)) break;
      throw e;
    }
    if (n === 0) break;
    bytes.push(one[0]!);
    if (one[0] === 10) break;
  }
  return Uint8Array.from(bytes);
}

/** readinto(buf[, len]) and write(buf[, len]) / write(buf, off, len). */
function readintoWrite(s: Stream, a: Value[], writing: boolean): Value {
  const whole = bufferArg(a[0] ?? null);
  let buf = whole;
  if (a.length === 2) buf = whole.subarray(0, Math.max(0, toIndex(a[1])));
  else if (a.length >= 3) {
    const off = Math.min(whole.length, Math.max(0, toIndex(a[1])));
    buf = whole.subarray(off, off + Math.max(0, toIndex(a[2])));
  }
  return transfer(s, buf, writing);
}

function seek(s: Stream, offset: number, whence: number): number {
  // As POSIX, an absolute seek before the start is an error.
  if (whence === 0 && offset < 0) throw osError(EINVAL);
  if (!s.seek) throw osError(EINVAL);
  return s.seek(offset, whence);
}

/** Writes text to a stream as print() does (mp_stream_write_adaptor). */
export function writeText(s: Stream, text: string): void {
  transfer(s, new TextEncoder().encode(text), true);
}

/** readline as a Python method result. */
export function readlineValue(s: Stream, max = -1): Value {
  return result(s, readline(s, max));
}

const M = <K extends string>(names: readonly K[], all: Record<string, Method<Stream>>): Record<K, Method<Stream>> =>
  Object.fromEntries(names.map((k) => [k, all[k]!])) as Record<K, Method<Stream>>;

/** The stream methods (py/stream.c's mp_stream_*_obj), to pick from for each stream class. */
export const STREAM_METHODS: Record<string, Method<Stream>> = {
  read: (s, a) => orNone(() => read(s, a)),
  readinto: (s, a) => orNone(() => readintoWrite(s, a, false)),
  readline: (s, a) => orNone(() => readlineValue(s, a.length ? toIndex(a[0]) : -1)),
  readlines: (s) => {
    const lines: Value[] = [];
    for (let l = readline(s); l.length; l = readline(s)) lines.push(result(s, l));
    return new PyList(lines);
  },
  write: (s, a) => orNone(() => readintoWrite(s, a, true)),
  seek: (s, a) => seek(s, toIndex(a[0]), a.length > 1 ? toIndex(a[1]) : 0),
  tell: (s) => seek(s, 0, 1),
  flush: (s) => (s.ioctl(IOCTL_FLUSH, 0), null),
  close: (s) => (s.ioctl(IOCTL_CLOSE, 0), null),
  __enter__: (_s, _a, _kw, obj) => obj,
  __exit__: (s) => (s.ioctl(IOCTL_CLOSE, 0), null),
};

/** The methods a kind of stream has, by name. */
export function streamMethods(names: readonly string[]): Record<string, Method<Stream>> {
  return M(names, STREAM_METHODS);
}

/** Iterating a stream gives its lines (MP_TYPE_FLAG_ITER_IS_STREAM). */
export function lineIterator(s: Stream): PyIterator {
  return new PyIterator(() => {
    const l = readline(s);
    return l.length ? result(s, l) : undefined;
  });
}

/** print(..., file=f): f must be a writable stream; each piece is written as it comes. */
export function printToStream(file: Value, pieces: readonly string[]): void {
  const s = needStream(file, "write");
  for (const p of pieces) writeText(s, p);
}
