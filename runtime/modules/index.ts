// Every built-in module this layer implements, on plain JS values, bound to one run's board and
// heap: the VM's module registry wraps each entry as a Python module (converting arguments and
// results, mapping thrown errors by their `name` to Python exception types).

import { Board } from "../machine/board.js";
import { machineModule } from "../machine/index.js";
import type { Heap } from "../memory/heap.js";
import type { StackInfo } from "../memory/report.js";
import * as binascii from "./binascii.js";
import * as cmath from "./cmath.js";
import { ByteStream, Deque } from "./containers.js";
import { gcModule, micropythonModule, type Marker } from "./gc.js";
import { Sha256 } from "./hashlib.js";
import * as json from "./json.js";
import * as math from "./math.js";
import { randomModule, Yasmarang } from "./random.js";
import * as struct from "./struct.js";
import { UNAME, VirtualFs } from "./os.js";
import { ERRNO, SYS } from "./sysinfo.js";
import { timeModule } from "./time.js";

export interface HostContext {
  readonly board: Board;
  readonly heap: Heap;
  /** Marks the VM's reachable objects for gc.collect(). */
  readonly mark: Marker;
  /** Writes program output (sys.stdout, mem_info). */
  readonly print: (text: string) => void;
  readonly stack: () => StackInfo;
  /** qstrs interned while running, for micropython.qstr_info(). */
  readonly qstrs: () => readonly string[];
  /** time.time() at virtual time zero. */
  readonly startEpochSeconds?: number;
}

export function hostModules(ctx: HostContext) {
  const fs = new VirtualFs();
  fs.now = () => (ctx.startEpochSeconds ?? 0) + Math.floor(ctx.board.clock.us / 1e6);
  return {
    /** The filesystem os and open() share. */
    fs,
    os: { fs, uname: () => UNAME, sep: "/" },
    machine: machineModule(ctx.board),
    time: timeModule(ctx.board, ctx.startEpochSeconds),
    gc: gcModule(ctx.heap, ctx.mark),
    micropython: micropythonModule(ctx.heap, ctx.stack, ctx.print, ctx.qstrs),
    random: randomModule(new Yasmarang()),
    struct,
    math,
    cmath,
    binascii,
    json,
    hashlib: { sha256: (data?: Uint8Array) => new Sha256(data) },
    errno: ERRNO,
    sys: SYS,
    collections: { deque: <T>(initial: Iterable<T>, maxlen: number, flags = 0) => new Deque<T>(maxlen, (flags & 1) !== 0, initial) },
    io: { BytesIO: (initial?: Uint8Array) => new ByteStream(initial) },
  };
}

export type HostModules = ReturnType<typeof hostModules>;
