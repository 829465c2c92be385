// The deflate module (extmod/moddeflate.c): DeflateIO(stream, format=AUTO, wbits=0, close=False), a
// stream that inflates what it reads from `stream` one byte at a time and deflates what is written
// to it (the WebAssembly port has MICROPY_PY_DEFLATE_COMPRESS), over runtime/lib/deflate.ts.
// Its state and windows are charged as the C structs and m_new'd buffers of a 32-bit port.

import { Compressor, DONE, HEADER_GZIP, HEADER_ZLIB, Inflater, adler32, crc32 } from "../lib/deflate.js";
import { EINVAL } from "../board/fs.js";
import { blocks } from "../memory/sizes.js";
import { checkArgCount, toIndex } from "../objects/args.js";
import { EOF_ERROR, newException, pyErr, VALUE_ERROR } from "../objects/exceptions.js";
import { charge } from "../memory/charge.js";
import { truthy } from "../objects/ops.js";
import type { PyType, Value } from "../objects/value.js";
import { NativeObject, nativeClass, ns } from "../objects/native.js";
import { IOCTL_CLOSE, needStream, Stream, streamMethods } from "./stream.js";
import { HostError, isOsError, osError } from "../lib/host-error.js";
import { hostCall, hostException } from "../objects/exceptions.js";

const AUTO = 0;
const RAW = 1;
const ZLIB = 2;
const GZIP = 3;

/** The window bits when none are given: the smallest window for RAW reads and for all writes. */
const DEFAULT_WBITS = 8;

// 32-bit sizes: mp_obj_deflateio_t, mp_obj_deflateio_read_t (uzlib_uncomp_t with its two Huffman
// trees, 1288 bytes, between a window pointer and an eof flag) and mp_obj_deflateio_write_t.
const OBJECT_BYTES = 20;
const READ_STATE_BYTES = 4 + 1288 + 4;
const WRITE_STATE_BYTES = 12 + 32;

interface Reader {
  readonly inflater: Inflater;
  windowBytes: number;
  eof: boolean;
}

interface Writer {
  readonly compressor: Compressor;
  readonly windowBytes: number;
  inputLen: number;
  checksum: number;
}

/** What a zlib header says of the window (CINFO, at least 512 bytes) with the check bits that make it a multiple of 31. */
function zlibHeader(wbits: number): Uint8Array {
  const cmf = 0x08 | (Math.max(wbits - 8, 1) << 4);
  return Uint8Array.of(cmf, 0x80 | (31 - ((cmf * 256 + 0x80) % 31)));
}

/** MTIME 0, XFL 4 (fastest), OS 3 (unix). */
const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x04, 0x03);

class DeflateStream extends Stream {
  readonly isText = false;
  reader: Reader | null = null;
  writer: Writer | null = null;
  /** The stream under this one; null once closed. */
  stream: Value | null;

  constructor(
    stream: Value,
    private readonly format: number,
    private readonly wbits: number,
    private readonly closeStream: boolean,
  ) {
    super();
    this.stream = stream;
  }

  heapBytes(): number {
    const r = this.reader ? blocks(READ_STATE_BYTES) + blocks(this.reader.windowBytes) : 0;
    const w = this.writer ? blocks(WRITE_STATE_BYTES) + blocks(this.writer.windowBytes) : 0;
    return blocks(OBJECT_BYTES) + r + w;
  }

  /** deflateio_init_read: false when the header is not one the format accepts (the state stays, uninitialised). */
  private initRead(stream: Value): boolean {
    if (this.reader) return true;
    const source = needStream(stream, "read");
    charge(READ_STATE_BYTES);
    const one = new Uint8Array(1);
    // Each input byte is one read of the stream; its end in mid-stream is EOFError, its errors
    // (EAGAIN too) are raised, not returned.
    const inflater = new Inflater(() => {
      if (raising(() => source.read!(one)) === 0) throw newException(EOF_ERROR);
      return one[0]!;
    });
    const reader: Reader = { inflater, windowBytes: 0, eof: false };
    this.reader = reader;
    let wbits = this.wbits;
    if (this.format === RAW) wbits ||= DEFAULT_WBITS;
    else {
      const header = inflater.parseHeader();
      if (header.type < 0) return false;
      if ((this.format === ZLIB && header.type !== HEADER_ZLIB) || (this.format === GZIP && header.type !== HEADER_GZIP)) return false;
      // No bigger window than the header asks for.
      if (wbits === 0 || header.wbits < wbits) wbits = header.wbits;
    }
    charge(1 << wbits);
    reader.windowBytes = 1 << wbits;
    inflater.init(new Uint8Array(1 << wbits));
    return true;
  }

  override read(into: Uint8Array): number {
    if (this.stream === null || !this.initRead(this.stream)) throw osError(EINVAL);
    const r = this.reader!;
    if (r.eof) return 0;
    const { produced, status } = r.inflater.inflate(into);
    if (status === DONE) r.eof = true;
    if (status < 0) throw osError(EINVAL);
    return produced;
  }

  /** deflateio_init_write: the window, the state, then the header (a failed header write is false). */
  private initWrite(stream: Value): boolean {
    if (this.writer) return true;
    const sink = needStream(stream, "write");
    const wbits = this.wbits || DEFAULT_WBITS;
    charge(1 << wbits);
    charge(WRITE_STATE_BYTES);
    const one = new Uint8Array(1);
    // Each output byte is one write to the stream, its count not looked at, its errors raised.
    const compressor = new Compressor(new Uint8Array(1 << wbits), (b) => {
      one[0] = b;
      raising(() => sink.write!(one));
    });
    this.writer = { compressor, windowBytes: 1 << wbits, inputLen: 0, checksum: 0 };
    const header = this.format === ZLIB ? zlibHeader(wbits) : this.format === GZIP ? GZIP_HEADER : null;
    if (header) {
      this.writer.checksum = this.format === ZLIB ? 1 : 0xffffffff;
      if (!streamCall(() => sink.write!(header))) return false;
    }
    compressor.startBlock();
    return true;
  }

  override write(data: Uint8Array): number {
    if (this.stream === null || !this.initWrite(this.stream)) throw osError(EINVAL);
    const w = this.writer!;
    w.inputLen = (w.inputLen + data.length) >>> 0;
    if (this.format === ZLIB) w.checksum = adler32(data, w.checksum);
    else if (this.format === GZIP) w.checksum = crc32(data, w.checksum);
    w.compressor.compress(data);
    return data.length;
  }

  override ioctl(request: number): number {
    if (request !== IOCTL_CLOSE) throw osError(EINVAL);
    if (this.stream === null) return 0;
    let failure: HostError | null = null;
    const w = this.writer;
    if (w) {
      w.compressor.finishBlock();
      const footer = this.format === ZLIB ? be32(w.checksum) : this.format === GZIP ? concat(le32(~w.checksum >>> 0), le32(w.inputLen)) : null;
      if (footer) {
        const sink = needStream(this.stream, "write");
        try {
          sink.write!(footer);
        } catch (e) {
          if (!isOsError(e)) throw e;
          failure = e;
        }
      }
    }
    // The stream under it is closed only when asked (a BytesIO stays open for getvalue()).
    if (this.closeStream) needStream(this.stream, "ioctl").ioctl(IOCTL_CLOSE, 0);
    this.stream = null;
    if (failure) throw failure;
    return 0;
  }
}

/** A stream operation whose error is raised as the Python exception (mp_raise_OSError), not passed on as a status. */
function raising<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw e instanceof HostError ? hostException(e) : e;
  }
}

/** A stream operation whose error comes back as a status (MP_STREAM_ERROR), not raised: false then. */
function streamCall(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (isOsError(e)) return false;
    throw e;
  }
}

const be32 = (v: number) => Uint8Array.of(v >>> 24, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
const le32 = (v: number) => Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** A DeflateIO: its state's heap cost, and the stream it keeps alive. */
class PyDeflateIO extends NativeObject<DeflateStream> {
  heapBytes(): number {
    return this.js.heapBytes();
  }
  heapRefs(): Value[] {
    return this.js.stream === null ? [] : [this.js.stream];
  }
}

const METHODS = ["read", "readinto", "readline", "write", "close", "__enter__", "__exit__"];

export const DEFLATE_IO = nativeClass<DeflateStream>("DeflateIO", { methods: streamMethods(METHODS) });

DEFLATE_IO.make = (cls: PyType, a: Value[], kw) =>
  hostCall(() => {
    checkArgCount(a, kw, 1, 4);
    const format = a.length > 1 ? toIndex(a[1]!) : AUTO;
    const wbits = a.length > 2 ? toIndex(a[2]!) : 0;
    if (format < AUTO || format > GZIP) throw pyErr(VALUE_ERROR, "format");
    if (wbits !== 0 && (wbits < 5 || wbits > 15)) throw pyErr(VALUE_ERROR, "wbits");
    charge(OBJECT_BYTES);
    return new PyDeflateIO(cls, new DeflateStream(a[0]!, format, wbits, a.length > 3 && truthy(a[3]!)));
  });

export function deflateNamespace() {
  return ns("deflate", { DeflateIO: DEFLATE_IO, AUTO, RAW, ZLIB, GZIP });
}
