// The sys module (py/modsys.c): MicroPython v1.27.0's version facts; the platform, machine and
// build as os.uname() names mpyc's board,
// argv and path (set by the run for a script), stdio streams, exit, atexit, exc_info,
// print_exception, and modules: the run's loaded modules as a dict.

import type { ModuleContext } from "./registry.js";
import { EXCEPTION_TYPES, pyErr, typeError } from "../objects/exceptions.js";
import { type Namespace, PyException, PyList, PyTuple, type Value } from "../objects/value.js";
import { attrTuple } from "../objects/attrtuple.js";
import { callValue, getAttrOrUndefined } from "../objects/call.js";
import { fn } from "../objects/args.js";
import { interp } from "../vm/state.js";
import { namespaceDict } from "../objects/namespace.js";
import { stdioStream } from "./io.js";
import { tracebackText } from "../objects/traceback.js";
import { UNAME } from "../board/fs.js";

export function sysNamespace({ host, out }: ModuleContext): Namespace {
  const d: Namespace = new Map<string, Value>(Object.entries({
    __name__: "sys",
    byteorder: "little",
    maxsize: 2147483647,
    // As on a board, the port's name and its machine are what os.uname() says (sysname, machine).
    platform: UNAME.sysname,
    version: "3.4.0; MicroPython v1.27.0",
    version_info: new PyTuple([3, 4, 0]),
    implementation: attrTuple({ name: "micropython", version: new PyTuple([1, 27, 0, ""]), _machine: UNAME.machine, _mpy: 0x0306, _build: "mpyc" }),
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
  }));
  d.set("modules", namespaceDict(host.modules));
  return d;
}

function tracebackOf(v: Value): string {
  if (!(v instanceof PyException)) throw typeError("print_exception expects an exception");
  return tracebackText(v);
}
