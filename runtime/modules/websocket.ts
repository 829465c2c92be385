// The websocket module (extmod/modwebsocket.c): websocket.websocket(stream[, is_client]) frames
// what is written as one unmasked text (or, after ioctl SET_DATA_OPTS, binary) frame, and reads
// frames back unmasking them, joining fragments, skipping ping/pong and answering a close frame.
// Any object with the stream protocol can carry it (a socket, BytesIO, an io.IOBase subclass).

import { EAGAIN, EINVAL } from "../board/fs.js";
import { checkArgCount, toIndex } from "../objects/args.js";
import { callValue, getAttr } from "../objects/call.js";
import { PyArray } from "../objects/array.js";
import { charge } from "../memory/charge.js";
import { PyByteArray, PyMemoryView, type Value } from "../objects/value.js";
import { setArity, STREAM_ARITY } from "./arity.js";
import { nativeClass, NativeObject, ns } from "../objects/native.js";
import { IOCTL_CLOSE, needStream, Stream, streamMethods, transfer } from "./stream.js";
import { addressOf } from "./uctypes.js";
import { truncatedWord } from "./uctypes-struct.js";
import { HostError, isOsError, osError } from "../lib/host-error.js";

const EIO = 5;
const ENOBUFS = 105;
// Stream ioctl requests of py/stream.h that only message streams answer.
const IOCTL_GET_DATA_OPTS = 8;
const IOCTL_SET_DATA_OPTS = 9;

// Frame opcodes (RFC 6455), as extmod/modwebsocket.h names them.
const OPCODE_MASK = 0x0f;
const FRAME_CONT = 0x0;
const FRAME_TXT = 0x1;
const FRAME_CLOSE = 0x8;

/** Where the reader is within a frame. */
const enum State {
  Header,
  /** The extended length and/or the mask. */
  Opt,
  Payload,
  /** The payload of a control frame (close, ping, pong). */
  Control,
}

/** mp_obj_websocket_t on a 32-bit port: 29 bytes of fields in two GC blocks. */
const WEBSOCKET_BYTES = 32;
/** The opts bit that makes each write call setblocking(True) then setblocking(False) on the stream. */
const BLOCKING_WRITE = 0x80;

/** The framing state machine over the underlying stream (websocket_read/write/ioctl). */
class WebSocketStream extends Stream {
  readonly isText = false;
  private state = State.Header;
  /** Header or option bytes still to read into `buf`, and how many are there already. */
  private toRecv = 2;
  private bufPos = 0;
  private readonly buf = new Uint8Array(6);
  private msgSize = 0;
  private readonly mask = new Uint8Array(4);
  private maskPos = 0;
  /** Flags of the last data frame (a continuation keeps the first fragment's opcode). */
  private wsFlags = 0;
  /** Flags of the frame being read. */
  private lastFlags = 0;

  constructor(
    readonly sock: Value,
    private readonly inner: Stream,
    private opts: number,
  ) {
    super();
  }

  override read(into: Uint8Array): number {
    for (;;) {
      if (this.toRecv !== 0) {
        const n = this.inner.read!(this.buf.subarray(this.bufPos, this.bufPos + this.toRecv));
        if (n === 0) return 0;
        this.bufPos += n;
        this.toRecv -= n;
        // A header that arrives in pieces: the caller is to come back for the rest.
        if (this.toRecv !== 0) throw osError(EAGAIN);
      }
      switch (this.state) {
        case State.Header: {
          const flags = this.buf[0]!;
          this.lastFlags = flags;
          // Control frames may come between fragments: only data frames set wsFlags.
          this.wsFlags = (flags & OPCODE_MASK) === FRAME_CONT ? (this.wsFlags & OPCODE_MASK) | (flags & ~OPCODE_MASK) : flags;
          this.mask.fill(0);
          const len = this.buf[1]! & 0x7f;
          let toRecv = 0;
          if (len === 126) toRecv += 2;
          else if (len === 127) {
            // A 64-bit length is not supported, and the framing cannot be recovered.
            this.inner.ioctl(IOCTL_CLOSE, 0);
            throw osError(EIO);
          }
          if (this.buf[1]! & 0x80) toRecv += 4;
          this.bufPos = 0;
          this.toRecv = toRecv;
          this.msgSize = len;
          this.state = toRecv !== 0 ? State.Opt : this.payloadState();
          continue;
        }
        case State.Opt:
          // Two length bytes (when 2 or 6 came), then four mask bytes (when 4 or 6 came).
          if (this.bufPos & 2) this.msgSize = (this.buf[0]! << 8) | this.buf[1]!;
          if (this.bufPos & 4) this.mask.set(this.buf.subarray(this.bufPos - 4, this.bufPos));
          this.bufPos = 0;
          this.state = this.payloadState();
          continue;
        case State.Payload:
        case State.Control: {
          let n = 0;
          if (this.msgSize !== 0) {
            n = this.inner.read!(into.subarray(0, Math.min(into.length, this.msgSize)));
            if (n === 0) return 0;
            for (let i = 0; i < n; i++) into[i]! ^= this.mask[this.maskPos++ & 3]!;
            this.msgSize -= n;
          }
          if (this.msgSize === 0) {
            const was = this.state;
            this.state = State.Header;
            this.toRecv = 2;
            this.maskPos = 0;
            this.bufPos = 0;
            if (was === State.Control) {
              // A close frame is answered with one and ends the stream; ping and pong are dropped.
              if ((this.lastFlags & OPCODE_MASK) === FRAME_CLOSE) {
                try {
                  this.writeFrame(Uint8Array.of(0x88, 0), new Uint8Array(0));
                } catch (e) {
                  if (!isOsError(e)) throw e;
                }
                return 0;
              }
              continue;
            }
          }
          // An empty data frame is not the end of the stream.
          if (n !== 0) return n;
          continue;
        }
      }
    }
  }

  private payloadState(): State {
    return (this.lastFlags & OPCODE_MASK) >= FRAME_CLOSE ? State.Control : State.Payload;
  }

  /** websocket_write: one final frame of the current opcode, its length in the fewest bytes. */
  override write(data: Uint8Array): number {
    if (data.length >= 0x10000) throw osError(ENOBUFS);
    const first = 0x80 | (this.opts & OPCODE_MASK);
    const header = data.length < 126 ? Uint8Array.of(first, data.length) : Uint8Array.of(first, 126, data.length >> 8, data.length & 0xff);
    return this.writeFrame(header, data);
  }

  /**
   * websocket_write_raw: the header then the payload, each written in full. A stream error still
   * lets a blocking write's setblocking(False) run; a Python exception does not.
   */
  private writeFrame(header: Uint8Array, payload: Uint8Array): number {
    const setblocking = this.opts & BLOCKING_WRITE ? getAttr(this.sock, "setblocking") : null;
    if (setblocking) callValue(setblocking, [true], null);
    let written = 0;
    let failed: HostError | null = null;
    try {
      transfer(this.inner, header, true);
      written = transfer(this.inner, payload, true);
    } catch (e) {
      if (!isOsError(e)) throw e;
      failed = e;
    }
    if (setblocking) callValue(setblocking, [false], null);
    if (failed) throw failed;
    return written;
  }

  override ioctl(request: number, arg: number): number {
    switch (request) {
      case IOCTL_CLOSE:
        this.inner.ioctl(IOCTL_CLOSE, 0);
        return 0;
      case IOCTL_GET_DATA_OPTS:
        return this.wsFlags & OPCODE_MASK;
      case IOCTL_SET_DATA_OPTS: {
        const cur = this.opts & OPCODE_MASK;
        this.opts = (this.opts & ~OPCODE_MASK) | (arg & OPCODE_MASK);
        return cur;
      }
      default:
        throw osError(EINVAL);
    }
  }
}

/** A websocket object; the underlying stream stays reachable through it. */
class WebSocketObject extends NativeObject<Stream> {
  heapBytes(): number {
    return WEBSOCKET_BYTES;
  }
  heapRefs(): Value[] {
    return [(this.js as WebSocketStream).sock];
  }
}

/** mp_stream_ioctl_obj: ioctl(request[, arg]), arg an int (truncated to a word) or a writable buffer's address. */
function ioctlMethod(s: Stream, a: Value[]): Value {
  let arg = 0;
  if (a.length > 1) {
    const v = a[1]!;
    arg = v instanceof PyByteArray || v instanceof PyArray || (v instanceof PyMemoryView && !v.readonly) ? addressOf(v) : truncatedWord(v);
  }
  return s.ioctl(toIndex(a[0]!) >>> 0, arg >>> 0);
}

export const WEBSOCKET = nativeClass<Stream>("websocket", {
  methods: {
    ...streamMethods(["read", "readinto", "readline", "write", "close"]),
    ioctl: (s, a) => ioctlMethod(s, a),
  },
});
setArity(WEBSOCKET, STREAM_ARITY);

WEBSOCKET.make = (cls, a, kw) => {
  checkArgCount(a, kw, 1, 2);
  const sock = a[0]!;
  const inner = needStream(sock, "read");
  if (!inner.write) needStream(sock, "write");
  charge(WEBSOCKET_BYTES);
  const opts = FRAME_TXT | (a.length > 1 && a[1] === true ? BLOCKING_WRITE : 0);
  return new WebSocketObject(cls, new WebSocketStream(sock, inner, opts));
};

export const websocketNamespace = () => ns("websocket", { websocket: WEBSOCKET });
