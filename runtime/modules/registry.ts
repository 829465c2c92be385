// The built-in modules, one row each (py/objmodule.c's mp_builtin_module_table, which each
// module's MP_REGISTER_MODULE fills): the name import finds, whether a file on sys.path may stand
// in for it (MP_REGISTER_EXTENSIBLE_MODULE) and how a run makes its namespace. A new built-in
// module is its file in this folder and one row here; import, `u`-prefixed names and
// help('modules') all read this table.

import type { Board } from "../board/board.js";
import { Yasmarang } from "../lib/random.js";
import type { Output } from "../objects/args.js";
import type { Namespace, Value } from "../objects/value.js";
import { arrayNamespace } from "./array.js";
import { asyncioNamespace } from "./asyncio.js";
import { collectionsNamespace } from "./collections.js";
import { deflateNamespace } from "./deflate.js";
import { framebufNamespace } from "./framebuf.js";
import { gcNamespace } from "./gc.js";
import { heapqNamespace } from "./heapq.js";
import { ioNamespace } from "./io.js";
import { machineNamespace } from "./machine.js";
import { mathNamespace } from "./math.js";
import { micropythonNamespace } from "./micropython.js";
import { platformNamespace } from "./platform.js";
import { reNamespace } from "./re.js";
import { selectNamespace } from "./select.js";
import { binasciiNamespace } from "./binascii.js";
import { cmathNamespace } from "./cmath.js";
import { errnoNamespace } from "./errno.js";
import { hashlibNamespace } from "./hashlib.js";
import { jsonNamespace } from "./json.js";
import { randomNamespace } from "./random.js";
import { structNamespace } from "./struct.js";
import { timeNamespace } from "./time.js";
import { sysNamespace } from "./sys.js";
import { uctypesNamespace } from "./uctypes.js";
import { osNamespace, Vfs, vfsNamespace } from "./vfs.js";
import { websocketNamespace } from "./websocket.js";

/** What the run (runtime/index.ts Runtime) offers the modules it makes. */
export interface ModuleHost {
  readonly modules: Namespace;
  /** What sys.atexit registered, called as the program ends. */
  exitFunc: Value;
  /** Where sys.stderr writes, when not with the rest of the output. */
  readonly stderr?: Output;
  /** gc.collect(). */
  collect(): void;
}

/** Everything a module's namespace may be made from: one run's host, output, board and filesystem. */
export interface ModuleContext {
  readonly host: ModuleHost;
  readonly out: Output;
  readonly board: Board;
  readonly vfs: Vfs;
  /** The builtins' open(), which io.open is. */
  readonly open: Value;
  /** The names of the built-in modules (help('modules') and micropython's qstr tables list them). */
  readonly moduleNames: () => Iterable<string>;
}

export interface BuiltinModule {
  readonly name: string;
  /**
   * MP_REGISTER_EXTENSIBLE_MODULE: a module of the same name on sys.path is found first, and
   * `u` + the name imports the built-in one. The others are found before the filesystem.
   */
  readonly extensible: boolean;
  /** Makes the module's namespace, once per run, when it is first imported. */
  readonly make: (ctx: ModuleContext) => Namespace;
}

/** The built-in modules, in the order MicroPython's table lists them for this port. */
export const BUILTIN_MODULES: readonly BuiltinModule[] = [
  { name: "array", extensible: true, make: arrayNamespace },
  { name: "micropython", extensible: false, make: ({ out, moduleNames }) => micropythonNamespace(out, moduleNames) },
  { name: "sys", extensible: false, make: sysNamespace },
  { name: "gc", extensible: false, make: gcNamespace },
  { name: "math", extensible: false, make: mathNamespace },
  { name: "time", extensible: true, make: ({ board }) => timeNamespace(board) },
  { name: "machine", extensible: true, make: ({ board }) => machineNamespace(board) },
  { name: "struct", extensible: true, make: structNamespace },
  { name: "json", extensible: true, make: jsonNamespace },
  { name: "binascii", extensible: true, make: binasciiNamespace },
  { name: "hashlib", extensible: true, make: hashlibNamespace },
  { name: "random", extensible: true, make: () => randomNamespace(new Yasmarang()) },
  { name: "errno", extensible: true, make: errnoNamespace },
  { name: "cmath", extensible: false, make: cmathNamespace },
  { name: "uctypes", extensible: false, make: uctypesNamespace },
  { name: "collections", extensible: true, make: collectionsNamespace },
  { name: "framebuf", extensible: false, make: framebufNamespace },
  { name: "re", extensible: true, make: reNamespace },
  { name: "asyncio", extensible: true, make: ({ board }) => asyncioNamespace(board) },
  { name: "heapq", extensible: true, make: heapqNamespace },
  { name: "deflate", extensible: false, make: deflateNamespace },
  { name: "platform", extensible: true, make: platformNamespace },
  { name: "select", extensible: true, make: ({ board }) => selectNamespace(board) },
  { name: "websocket", extensible: true, make: websocketNamespace },
  { name: "io", extensible: true, make: ({ open }) => ioNamespace(open) },
  { name: "os", extensible: true, make: ({ vfs }) => osNamespace(vfs) },
  { name: "vfs", extensible: false, make: ({ vfs }) => vfsNamespace(vfs) },
];
