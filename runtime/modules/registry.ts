// The built-in modules as the VM sees them: each is a namespace of Python values. Modules written
// on plain JS values (runtime/modules, runtime/machine) are wrapped with explicit argument
// conversions, so an int stays an int and a float a float; the wrappers live in ./modules/.
// machine, time and asyncio share the run's Board, so timers fire while the program sleeps.

import { namespaceDict } from "../objects/namespace.js";
import type { Board } from "../board/board.js";
import * as math from "../lib/math.js";
import { Yasmarang } from "../lib/random.js";
import { fn, toIndex, type Output } from "../objects/args.js";
import { EXCEPTION_TYPES, pyErr, typeError } from "../objects/exceptions.js";
import { asInt } from "../objects/ops.js";
import { floatOf } from "../objects/format.js";
import { ARRAY, makeArray } from "../objects/array.js";
import { attrTuple } from "../objects/attrtuple.js";
import { uctypesNamespace } from "./uctypes.js";
import { callValue, getAttrOrUndefined } from "../objects/call.js";
import { interp } from "../vm/state.js";
import { mem } from "../memory/charge.js";
import { toArray } from "../objects/iter.js";
import { asyncioNamespace } from "./asyncio.js";
import { collectionsNamespace } from "./collections.js";
import { framebufNamespace } from "./framebuf.js";
import { stdioStream } from "./io.js";
import { heapqNamespace } from "./heapq.js";
import { deflateNamespace } from "./deflate.js";
import { machineNamespace } from "./machine.js";
import { platformNamespace } from "./platform.js";
import { micropythonNamespace } from "./micropython.js";
import { reNamespace } from "./re.js";
import { selectNamespace } from "./select.js";
import { websocketNamespace } from "./websocket.js";
import { binasciiNamespace, cmathNamespace, errnoNamespace, hashlibNamespace, jsonNamespace, randomNamespace, structNamespace, timeNamespace } from "./stdlib.js";
import { PyFloat, PyList, PyTuple, normInt, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { tracebackText } from "../objects/traceback.js";
import { PyException } from "../objects/value.js";
import { hostCall } from "../objects/exceptions.js";

interface Host {
  readonly modules: Namespace;
  /** What sys.atexit registered, called as the program ends. */
  exitFunc: Value;
  /** Where sys.stderr writes, when not with the rest of the output. */
  readonly stderr?: Output;
}

/** mp_obj_get_float: math's arguments may be anything with __float__. */
const num = floatOf;

function ns(entries: Record<string, Value>): Namespace {
  return new Map(Object.entries(entries));
}

export function nativeModules(host: Host, out: Output, board: Board): Map<string, () => Namespace> {
  const m = new Map<string, () => Namespace>();
  m.set("array", () => {
    ARRAY.make = (_c, a) => makeArray(a, toArray);
    return ns({ __name__: "array", array: ARRAY });
  });
  m.set("micropython", () => micropythonNamespace(out, () => m.keys()));
  m.set("sys", () => {
    const d = ns({
      __name__: "sys",
      byteorder: "little",
      maxsize: 2147483647,
      platform: "webassembly",
      version: "3.4.0; MicroPython v1.27.0",
      version_info: new PyTuple([3, 4, 0]),
      implementation: attrTuple({ name: "micropython", version: new PyTuple([1, 27, 0, ""]), _machine: "JS with Emscripten", _mpy: 0x0306, _build: "pyscript" }),
      argv: new PyList([]),
      path: new PyList(["", ".frozen", "/lib"]),
      atexit: fn("atexit", (a) => {
        const old = host.exitFunc;
        host.exitFunc = a[0] ?? null;
        return old;
      }),
      exit: fn("exit", (a) => {
        throw pyErr(EXCEPTION_TYPES.get("SystemExit")!, a[0] as string);
      }),
      stdout: stdioStream(out, 1),
      stderr: stdioStream(host.stderr ?? out, 2),
      stdin: stdioStream(out, 0),
      exc_info: fn("exc_info", () => {
        const e = interp.currentException;
        return new PyTuple(e ? [e.type, e, null] : [null, null, null]);
      }),
      print_exception: fn("print_exception", (a) => {
        // The stream is checked first, as mp_get_stream_raise does: a non-stream is OSError.
        const write = a.length > 1 && a[1] !== null ? getAttrOrUndefined(a[1], "write") : null;
        if (write === undefined) throw pyErr(EXCEPTION_TYPES.get("OSError")!, 22 as unknown as string);
        const text = tracebackOf(a[0]);
        if (write) callValue(write, [text], null);
        else out.write(text);
        return null;
      }),
    });
    d.set("modules", namespaceDict(host.modules));
    return d;
  });
  m.set("gc", () =>
    ns({
      __name__: "gc",
      collect: fn("collect", () => {
        (host as unknown as { collect(): void }).collect();
        return null;
      }),
      enable: fn("enable", () => ((mem.heap.autoCollect = true), null)),
      disable: fn("disable", () => ((mem.heap.autoCollect = false), null)),
      isenabled: fn("isenabled", () => mem.heap.autoCollect),
      mem_alloc: fn("mem_alloc", () => mem.heap.used),
      mem_free: fn("mem_free", () => (Number.isFinite(mem.heap.limit) ? mem.heap.free : -1)),
      threshold: fn("threshold", (a) => {
        if (!a.length) return mem.heap.threshold;
        // Kept in whole GC blocks, as py/modgc.c stores it.
        const n = Number(asInt(a[0]) ?? -1);
        mem.heap.threshold = n < 0 ? -1 : Math.floor(n / 16) * 16;
        return null;
      }),
    }),
  );
  m.set("math", () => {
    const d: Namespace = new Map();
    d.set("__name__", "math");
    for (const [k, v] of Object.entries(math.MATH_CONSTANTS)) d.set(k, new PyFloat(v));
    for (const [k, f] of Object.entries(math.MATH_1)) d.set(k, fn(k, (a) => hostCall(() => new PyFloat(f(num(a[0]))))));
    for (const [k, f] of Object.entries(math.MATH_2)) d.set(k, fn(k, (a) => hostCall(() => new PyFloat(f(num(a[0]), num(a[1]))))));
    // MATH_FUN_1_TO_INT: the argument goes through float first, even an int.
    for (const k of ["ceil", "floor", "trunc"] as const) d.set(k, fn(k, (a) => hostCall(() => normInt(math.toInt(k, num(a[0]))))));
    d.set("log", fn("log", (a) => hostCall(() => new PyFloat(math.log(num(a[0]), a.length > 1 ? num(a[1]) : undefined)))));
    d.set("factorial", fn("factorial", (a) => hostCall(() => normInt(math.factorial(BigInt(toIndex(a[0])))))));
    d.set("frexp", fn("frexp", (a) => {
      const [x, e] = math.frexp(num(a[0]));
      return new PyTuple([new PyFloat(x), e]);
    }));
    d.set("ldexp", fn("ldexp", (a) => new PyFloat(math.ldexp(num(a[0]), toIndex(a[1])))));
    d.set("modf", fn("modf", (a) => {
      const [f, i] = math.modf(num(a[0]));
      return new PyTuple([new PyFloat(f), new PyFloat(i)]);
    }));
    d.set("isclose", fn("isclose", (a, kw) => math.isclose(num(a[0]), num(a[1]), kwNum(kw, "rel_tol", 1e-9), kwNum(kw, "abs_tol", 0))));
    d.set("isnan", fn("isnan", (a) => Number.isNaN(num(a[0]))));
    d.set("isinf", fn("isinf", (a) => Math.abs(num(a[0])) === Infinity));
    d.set("isfinite", fn("isfinite", (a) => Number.isFinite(num(a[0]))));
    d.set("gcd", fn("gcd", (a) => {
      let x = BigInt(asInt(a[0]) ?? 0);
      let y = BigInt(asInt(a[1]) ?? 0);
      if (x < 0n) x = -x;
      if (y < 0n) y = -y;
      while (y) [x, y] = [y, x % y];
      return normInt(x);
    }));
    return d;
  });
  m.set("time", () => timeNamespace(board));
  m.set("machine", () => machineNamespace(board));
  m.set("struct", structNamespace);
  m.set("json", jsonNamespace);
  m.set("binascii", binasciiNamespace);
  m.set("hashlib", hashlibNamespace);
  const gen = new Yasmarang();
  m.set("random", () => randomNamespace(gen));
  m.set("errno", errnoNamespace);
  m.set("cmath", cmathNamespace);
  m.set("uctypes", uctypesNamespace);
  m.set("collections", collectionsNamespace);
  m.set("framebuf", framebufNamespace);
  m.set("re", reNamespace);
  m.set("asyncio", () => asyncioNamespace(board));
  m.set("heapq", heapqNamespace);
  m.set("deflate", deflateNamespace);
  m.set("platform", platformNamespace);
  m.set("select", () => selectNamespace(board));
  m.set("websocket", websocketNamespace);
  return m;
}

function kwNum(kw: KwArgs | null, name: string, dflt: number): number {
  const hit = kw?.find(([k]) => k === name);
  return hit ? num(hit[1]) : dflt;
}

function tracebackOf(v: Value): string {
  if (!(v instanceof PyException)) throw typeError("print_exception expects an exception");
  return tracebackText(v);
}
