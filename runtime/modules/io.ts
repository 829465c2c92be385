// The io module and the stream objects behind it: BytesIO and StringIO (py/objstringio.c, whose
// buffer grows as a vstr does and is charged so), the file objects open() gives on the board's
// littlefs (extmod/vfs_lfsx_file.c: io.FileIO / io.TextIOWrapper), and sys.stdin/stdout/stderr.

import { objectState } from "../objects/run-state.js";
import { EINVAL, FileHandle, type VirtualFs } from "../board/fs.js";
import { fn, toIndex, type Output } from "../objects/args.js";
import { newException, pyErr, typeError, VALUE_ERROR } from "../objects/exceptions.js";
import { blocks, SIZES } from "../memory/sizes.js";
import { charge, chargeGrowth } from "../memory/charge.js";
import { bytesOf } from "../objects/ops.js";
import { PyBytes, PyProperty, type Namespace, type Value } from "../objects/value.js";
import { NativeObject, nativeClass, ns } from "../objects/native.js";
import { IOBASE, IOCTL_CLOSE, IOCTL_FLUSH, IOCTL_POLL, lineIterator, POLL_RD, POLL_WR, Stream, STREAM_METHODS, streamMethods } from "./stream.js";
import { osError } from "../lib/host-error.js";
import { interp } from "../vm/state.js";

// ---- BytesIO, StringIO ----

/** py/vstr.c ROUND_ALLOC: a grown buffer is rounded up to the next multiple of 8, plus 8. */
const roundAlloc = (n: number) => (n & ~7) + 8;

/** A BytesIO/StringIO buffer: `len` bytes used of `alloc`; a bytes or str given at creation is shared until written. */
class MemStream extends Stream {
  pos = 0;
  closed = false;
  constructor(
    readonly isText: boolean,
    private buf: Uint8Array,
    private len: number,
    private alloc: number,
    private shared: boolean,
  ) {
    super();
  }

  private open(): void {
    if (this.closed) throw pyErr(VALUE_ERROR, "I/O operation on closed file");
  }

  override read(into: Uint8Array): number {
    this.open();
    if (this.pos >= this.len) return 0;
    const n = Math.min(into.length, this.len - this.pos);
    into.set(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }

  override write(data: Uint8Array): number {
    this.open();
    if (this.shared) {
      // Copy on write: a private buffer of exactly the current length.
      charge(blocks(this.len));
      this.buf = this.buf.slice(0, this.len);
      this.shared = false;
    }
    const end = this.pos + data.length;
    if (end > this.alloc) {
      const alloc = roundAlloc(end + 16);
      chargeGrowth(blocks(alloc) - blocks(this.alloc));
      const grown = new Uint8Array(alloc);
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
      this.alloc = alloc;
    }
    if (this.pos > this.len) this.buf.fill(0, this.len, this.pos);
    this.buf.set(data, this.pos);
    this.pos = end;
    this.len = Math.max(this.len, end);
    return data.length;
  }

  override seek(offset: number, whence: number): number {
    this.open();
    const ref = whence === 1 ? this.pos : whence === 2 ? this.len : 0;
    // A negative offset from here or the end stops at 0, as CPython does.
    this.pos = Math.max(0, ref + offset);
    return this.pos;
  }

  override ioctl(request: number): number {
    if (request === IOCTL_FLUSH) return 0;
    if (request === IOCTL_CLOSE) {
      this.closed = true;
      return 0;
    }
    throw osError(EINVAL);
  }

  value(): Uint8Array {
    this.open();
    return this.buf.slice(0, this.len);
  }
}

/** stringio_make_new: a size hint, shared str/bytes data, or a copy of another buffer. */
function makeMem(isText: boolean, init: Value): MemStream {
  if (init === undefined || typeof init === "number" || typeof init === "boolean") {
    const alloc = Math.max(1, init === undefined ? 16 : toIndex(init));
    charge(SIZES.bytesIO(alloc));
    return new MemStream(isText, new Uint8Array(alloc), 0, alloc, false);
  }
  if (typeof init === "string" || init instanceof PyBytes) {
    const b = typeof init === "string" ? new TextEncoder().encode(init) : init.b;
    charge(SIZES.bytesIO(0));
    return new MemStream(isText, b, b.length, b.length, true);
  }
  const b = bytesOf(init);
  if (b === null) throw typeError("object with buffer protocol required");
  charge(SIZES.bytesIO(b.length));
  const s = new MemStream(isText, new Uint8Array(Math.max(1, b.length)), 0, Math.max(1, b.length), false);
  s.write(b);
  s.pos = 0;
  return s;
}

const MEM_METHODS = ["read", "readinto", "readline", "write", "seek", "tell", "flush", "close", "__enter__", "__exit__"];

function memClass(name: string, isText: boolean) {
  return nativeClass<Stream>(name, {
    make: (a) => makeMem(isText, a[0]),
    methods: {
      ...streamMethods(MEM_METHODS),
      getvalue: (s) => {
        const b = (s as MemStream).value();
        return isText ? new TextDecoder().decode(b) : new PyBytes(b);
      },
    },
    protocols: { iter: (s) => lineIterator(s) },
    repr: (_s, obj) => `<io.${name} 0x${idOf(obj)}>`,
  });
}

function idOf(o: object): string {
  const s = objectState;
  let id = s.streamIds.get(o);
  if (id === undefined) s.streamIds.set(o, (id = (s.nextStreamId += 0x40)));
  return id.toString(16);
}

export const BYTES_IO = memClass("BytesIO", false);
export const STRING_IO = memClass("StringIO", true);
// Both are streams (py/objstringio.c): a class deriving from one inherits the protocol slot.
BYTES_IO.hasProtocol = STRING_IO.hasProtocol = true;

// ---- files on the board's filesystem ----

/** An open file (vfs_lfsx_file.c): every operation but close on a closed file is a bare ValueError. */
class FileStream extends Stream {
  closed = false;
  constructor(
    readonly isText: boolean,
    private readonly handle: FileHandle,
  ) {
    super();
  }
  private check(): FileHandle {
    if (this.closed) throw newException(VALUE_ERROR);
    return this.handle;
  }
  override read(into: Uint8Array): number {
    return this.check().read(into);
  }
  override write(data: Uint8Array): number {
    return this.check().write(data);
  }
  override seek(offset: number, whence: number): number {
    return this.check().seek(offset, whence);
  }
  override ioctl(request: number): number {
    if (request === IOCTL_CLOSE) {
      this.closed = true;
      return 0;
    }
    this.check();
    if (request === IOCTL_FLUSH) return 0;
    throw osError(EINVAL);
  }
}

const FILE_METHODS = ["read", "readinto", "readline", "readlines", "write", "flush", "close", "seek", "tell", "__enter__", "__exit__"];

function fileClass(name: string) {
  return nativeClass<Stream>(name, {
    methods: { ...streamMethods(FILE_METHODS), __del__: STREAM_METHODS.close! },
    protocols: { iter: (s) => lineIterator(s) },
    repr: () => `<io.${name}>`,
  });
}

export const FILE_IO = fileClass("FileIO");
export const TEXT_IO = fileClass("TextIOWrapper");

/**
 * The object of a littlefs file (mp_obj_vfs_lfs2_file_t with its cache): about 128 bytes of
 * state plus a 1 KiB cache, as on an rp2 board (progsize 256, cache four times that).
 */
const FILE_OBJECT_BYTES = blocks(128 + 1024);

/** Opens `path` on `fs` with the flags of a mode string, as a FileIO (binary) or TextIOWrapper. */
export function openFile(fs: VirtualFs, path: string, flags: number, binary: boolean): NativeObject<Stream> {
  const handle = FileHandle.open(fs, path, flags);
  charge(FILE_OBJECT_BYTES);
  return new NativeObject<Stream>(binary ? FILE_IO : TEXT_IO, new FileStream(!binary, handle));
}

// ---- sys.stdin, sys.stdout, sys.stderr ----

/** A console stream: writes go to the program's output (UTF-8 split across writes kept whole); stdin reads the run's input. */
class StdioStream extends Stream {
  private decoder = new TextDecoder();
  constructor(
    readonly isText: boolean,
    private readonly out: Output,
    readonly fd: number,
  ) {
    super();
  }
  buffer: Value = null;
  override read(into: Uint8Array): number {
    // Only fd 0 has input: the run's stdin (RunOptions.stdin), at its end when it has none.
    return this.fd === 0 ? interp.stdin?.read(into) ?? 0 : 0;
  }
  override write(data: Uint8Array): number {
    this.out.write(this.decoder.decode(data, { stream: true }));
    return data.length;
  }
  override ioctl(request: number, arg: number): number {
    if (request === IOCTL_FLUSH || request === IOCTL_CLOSE) return 0;
    // As the WebAssembly port's console: always readable (stdin at its end) and writable.
    if (request === IOCTL_POLL) return arg & (POLL_RD | POLL_WR);
    throw osError(EINVAL);
  }
}

const STDIO_METHODS = ["read", "readinto", "readline", "readlines", "write", "flush", "close", "seek", "tell", "__enter__", "__exit__"];

function stdioClass(name: string) {
  return nativeClass<Stream>(name, {
    methods: { ...streamMethods(STDIO_METHODS), fileno: (s) => (s as StdioStream).fd },
    protocols: { iter: (s) => lineIterator(s) },
    repr: (s) => `<io.${name} ${(s as StdioStream).fd}>`,
  });
}
const STDIO_TEXT = stdioClass("TextIOWrapper");
const STDIO_BUFFER = stdioClass("FileIO");

STDIO_TEXT.dict.set("buffer", new PyProperty(fn("buffer", (a) => (a[0] as NativeObject<StdioStream>).js.buffer), null, null));

/** sys.stdin (fd 0), sys.stdout (1) or sys.stderr (2), with its binary `buffer`. */
export function stdioStream(out: Output, fd: number): Value {
  const text = new StdioStream(true, out, fd);
  text.buffer = new NativeObject<Stream>(STDIO_BUFFER, new StdioStream(false, out, fd));
  return new NativeObject<Stream>(STDIO_TEXT, text);
}

export function ioNamespace(open: Value): Namespace {
  return ns("io", { open, IOBase: IOBASE, StringIO: STRING_IO, BytesIO: BYTES_IO });
}
