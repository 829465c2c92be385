// asyncio's Stream (StreamReader and StreamWriter are the one class) as a board's frozen
// asyncio/stream.py gives it, over any object with the stream methods (a UART, an io.IOBase
// subclass): each read first waits, through the IOQueue's poll, until the stream is readable; write
// writes what the stream takes at once and keeps the rest for drain(), which waits until it is
// writable. open_connection and start_server import socket first, which a board without a network
// interface does not have.

import { callValue } from "../objects/call.js";
import { EOF_ERROR, typeError } from "../objects/exceptions.js";
import { PyBuiltin, PyBytes, PySlice, type PyType, type Value } from "../objects/value.js";
import { binaryOp, truthy } from "../objects/ops.js";
import { toIndex } from "../objects/args.js";
import { jsFn, nativeClass, NativeObject } from "../objects/native.js";
import { interp } from "../vm/state.js";
import { subscr } from "../objects/subscr.js";
import { awaitValue, callMethod, inPackage, NativeCoroutine, type PackageFrame, type PyGen } from "./asyncio-coro.js";
import type { EventLoop } from "./asyncio-loop.js";

const STREAM_FILE = "asyncio/stream.py";

class StreamState {
  outBuf: Value = new PyBytes(new Uint8Array(0));
  constructor(
    readonly s: Value,
    readonly e: Value,
  ) {}
}

const len = (v: Value): number => toIndex(callValue(interp.builtins.get("len")!, [v], null));

export function streamClasses(loop: EventLoop, sleepMs: Value): Record<string, Value> {
  const call = (st: StreamState, name: string, args: Value[]) => callMethod(st.s, name, args);
  const coro = (name: string, body: (frame: PackageFrame) => PyGen) => new NativeCoroutine(STREAM_FILE, name, body);
  const readable = (st: StreamState): null => (loop.io.queueRead(st.s), null);
  const STREAM: PyType = nativeClass<StreamState>("Stream", {
    methods: {
      get_extra_info: (st, a) => subscr(st.e, a[0] ?? null),
      close: () => null,
      wait_closed: (st) =>
        coro("wait_closed", function* () {
          call(st, "close", []);
          return null;
        }),
      read: (st, a) =>
        coro("read", function* () {
          const n = a.length ? toIndex(a[0]!) : -1;
          let r: Value = new PyBytes(new Uint8Array(0));
          for (;;) {
            yield readable(st);
            const r2 = call(st, "read", [n]);
            if (r2 !== null) {
              if (n >= 0) return r2;
              if (!len(r2)) return r;
              r = binaryOp("INPLACE_ADD", r, r2);
            }
          }
        }),
      readinto: (st, a) =>
        coro("readinto", function* () {
          yield readable(st);
          return call(st, "readinto", [a[0] ?? null]);
        }),
      readexactly: (st, a) =>
        coro("readexactly", function* (frame) {
          let n = toIndex(a[0] ?? null);
          let r: Value = new PyBytes(new Uint8Array(0));
          while (n) {
            yield readable(st);
            const r2 = call(st, "read", [n]);
            if (r2 !== null) {
              if (!len(r2)) throw frame.raise(EOF_ERROR);
              r = binaryOp("INPLACE_ADD", r, r2);
              n -= len(r2);
            }
          }
          return r;
        }),
      readline: (st) =>
        coro("readline", function* () {
          let l: Value = new PyBytes(new Uint8Array(0));
          for (;;) {
            yield readable(st);
            const l2 = call(st, "readline", []);
            if (l2 === null) continue;
            l = binaryOp("INPLACE_ADD", l, l2);
            if (!truthy(l2) || subscr(l, -1) === 10) return l;
          }
        }),
      write: (st, a) => inPackage(STREAM_FILE, "write", () => {
        let buf: Value = a[0] ?? null;
        if (!truthy(st.outBuf)) {
          const ret = call(st, "write", [buf]);
          if (ret === len(buf)) return null;
          if (ret !== null) buf = subscr(buf, sliceFrom(ret));
        }
        st.outBuf = binaryOp("INPLACE_ADD", st.outBuf, buf);
        return null;
      }),
      drain: (st) =>
        coro("drain", function* () {
          if (!truthy(st.outBuf)) return yield* awaitValue(callValue(sleepMs, [0], null));
          const mv = callValue(interp.builtins.get("memoryview")!, [st.outBuf], null);
          let off = 0;
          while (off < len(mv)) {
            loop.io.queueWrite(st.s);
            yield null;
            const ret = call(st, "write", [subscr(mv, sliceFrom(off))]);
            if (ret !== null) off += toIndex(ret);
          }
          st.outBuf = new PyBytes(new Uint8Array(0));
          return null;
        }),
    },
  });
  // Made with the attributes the package's instance has (s, e, out_buf).
  STREAM.make = (cls, a) => new StreamObject(cls, new StreamState(a[0] ?? null, a[1] ?? null));
  // Stream.aclose is wait_closed; awrite and awritestr write a part of `buf` and drain.
  STREAM.dict.set("aclose", STREAM.dict.get("wait_closed")!);
  const awrite = new PyBuiltin(
    "awrite",
    (a) => {
      const stream = a[0] ?? null;
      if (!(stream instanceof StreamObject)) throw typeError("argument should be a 'Stream'");
      return coro("stream_awrite", function* () {
        let buf: Value = a[1] ?? null;
        const off = a.length > 2 ? toIndex(a[2]!) : 0;
        let sz = a.length > 3 ? toIndex(a[3]!) : -1;
        if (off !== 0 || sz !== -1) {
          buf = callValue(interp.builtins.get("memoryview")!, [buf], null);
          if (sz === -1) sz = len(buf);
          buf = subscr(buf, sliceOf(off, off + sz));
        }
        callMethod(stream, "write", [buf]);
        return yield* awaitValue(callMethod(stream, "drain", []));
      });
    },
    true,
  );
  STREAM.dict.set("awrite", awrite);
  STREAM.dict.set("awritestr", awrite);
  const needsSocket = (name: string) => () =>
    coro(name, function* () {
      interp.importName("errno", null, 0, new Map());
      return interp.importName("socket", null, 0, new Map());
    });
  return {
    StreamReader: STREAM,
    StreamWriter: STREAM,
    open_connection: jsFn("open_connection", needsSocket("open_connection")),
    start_server: jsFn("start_server", needsSocket("start_server")),
  };
}

/** A Stream, whose `s`, `e` and `out_buf` a program may read as the package's instance attributes. */
class StreamObject extends NativeObject<StreamState> {
  getAttr(name: string): Value {
    if (name === "s") return this.js.s;
    if (name === "e") return this.js.e;
    if (name === "out_buf") return this.js.outBuf;
    return undefined;
  }
  heapRefs(): Value[] {
    return [this.js.s, this.js.e, this.js.outBuf];
  }
}

const sliceFrom = (start: Value): PySlice => new PySlice(start, null, null);
const sliceOf = (start: number, stop: number): PySlice => new PySlice(start, stop, null);
