// Running .mpy files: loading a module into the VM, `import` over a search path of .mpy files and
// the built-in modules, uncaught exceptions printed as MicroPython prints them. This is the
// runtime's API; `mpyc run` is a thin layer over it.

import { ModuleNamespace } from "./objects/namespace.js";
import type { CompiledModule } from "../bytecode/rawcode.js";
import { loadMpy } from "./vm/loader.js";
import { Board, MachineHalt } from "./board/board.js";
import type { HwEvent } from "./board/events.js";
import { makeBuiltins } from "./modules/builtins.js";
import { type Output } from "./objects/args.js";
import { IMPORT_ERROR, pyErr, qstrName, VALUE_ERROR } from "./objects/exceptions.js";
import { BUILTIN_MODULE_NAMESPACES, callValue } from "./objects/call.js";
import { Code, constValue, setupFrame } from "./vm/code.js";
import { interp, type SourceCompiler } from "./vm/state.js";
import { BytecodeFunction } from "./vm/code.js";
import { execute, runFrame } from "./vm/interp.js";
import { PAUSE, RunStopped, type StopReason } from "./vm/pause.js";
import { StdinReader, type StdinSource } from "./lib/stdin.js";
import type { Frame } from "./vm/code.js";
import { toPyException } from "./objects/exceptions.js";
import { installEvalExec } from "./vm/evalexec.js";
import { reachableBytes, walkReachable } from "./vm/gc.js";
import { startRuns, WEBASSEMBLY_START_TABLE } from "./memory/port-start.js";
import { internUnplaced, type PlacedGlobals, placeImport } from "./memory/import-place.js";
import { charge, internStr, mem, qstrPoolBytes, uncharged } from "./memory/charge.js";
import { Heap } from "./memory/heap.js";
import { parseFrozenScript, placeFrozen } from "./memory/frozen-place.js";
import { WEBASSEMBLY_FROZEN, WEBASSEMBLY_FROZEN_QSTRS } from "./memory/frozen-webassembly.js";
import { chargeImport, type ImportCharge, type ImportCostReport, importCostReport, QstrArea } from "./memory/import-charge.js";
import { blocks, hashAllocAtLeast } from "./memory/sizes.js";
import { BUILTIN_MODULES, type ModuleContext } from "./modules/registry.js";
import { helpBuiltin } from "./modules/help.js";
import { runPending, sched } from "./vm/scheduler.js";
import { str } from "./objects/repr.js";
import { PyBytes, PyComplex, PyException, PyFloat, PyList, PyModule, PyTuple, type Namespace, type Value } from "./objects/value.js";
import { VirtualFs } from "./board/fs.js";
import { installFileBuiltins, loadModuleFile, statModule, statPyOrMpy, statTopLevel, type Found } from "./modules/files.js";
import { Vfs } from "./modules/vfs.js";
import { VFS_ROM } from "./modules/vfs-rom.js";
import { tracebackText } from "./objects/traceback.js";
import { HostError } from "./lib/host-error.js";
import { type Interp, newInterp, timePoll, useInterp } from "./vm/state.js";
import { type MemState, newMemState, useMem } from "./memory/charge.js";
import { type ObjectState, newObjectState, objectState, useObjectState } from "./objects/run-state.js";
import { newScheduler, useScheduler, type Scheduler } from "./vm/scheduler.js";
import { EXCEPTION_TYPES, newException } from "./objects/exceptions.js";

export interface RunOptions {
  /** The heap area of the board in bytes (`--heap 16k`); unlimited when absent. */
  readonly heapBytes?: number;
  /**
   * Whether a failed allocation collects and tries again, as gc_alloc does on a board (the
   * default). The WebAssembly port only schedules that collection for when control returns to
   * JavaScript, so its allocation fails at once: false reproduces that port.
   */
  readonly collectOnFailure?: boolean;
  /** Finds another module's .mpy bytes by its dotted name (the search path), or undefined. */
  readonly findModule?: (name: string) => Uint8Array | undefined;
  /** Called for everything the program prints; defaults to collecting into the result. */
  readonly write?: (text: string) => void;
  /** Called for what the program writes to sys.stderr (fd 2); defaults to `write`, as one console shows both. */
  readonly writeStderr?: (text: string) => void;
  /** The simulated board machine and time drive; a test scripts its inputs first. */
  readonly board?: Board;
  /** The board's filesystem, mounted at "/" (e.g. hostDirFs(dir) to show a host directory); empty when absent. */
  readonly fs?: VirtualFs;
  /** The flash size of the empty filesystem made when `fs` is absent (DEFAULT_FLASH_BYTES when absent). */
  readonly flashBytes?: number;
  /**
   * The main program's path on that filesystem as a command line would name it (e.g. "main.py"):
   * it becomes `__file__` and sys.argv, and its directory, made absolute, sys.path[0], as the unix
   * port sets them.
   */
  readonly scriptPath?: string;
  /**
   * A ROMFS image in the board's ROM partition: mounted at /rom before the program runs, with
   * "/rom" and "/rom/lib" appended to sys.path, as mp_init does on a board with a ROM partition.
   */
  readonly romfs?: Uint8Array;
  /**
   * Compiles Python source (compile(), exec(), eval(), execfile() and importing a .py file): pass
   * mpyc's `compile` from compiler/index.ts. Without one, those raise RuntimeError.
   */
  readonly compile?: SourceCompiler;
  /**
   * Called at every backward jump and call (the VM's pending check). A host that must stop a run
   * (a time budget) throws from it: the run then ends as an internal error with that message.
   */
  readonly poll?: () => void;
  /**
   * A flag another thread sets (Atomics.store(flag, 0, 1)) to interrupt the run, as Ctrl-C does on
   * the unix port: KeyboardInterrupt is raised in the program at the VM's next pending check.
   */
  readonly interrupt?: Int32Array;
  /**
   * Standard input for input() and sys.stdin: a string, or a function called each time the program
   * needs more, returning the next text or null at the end. Without it, stdin is at its end.
   */
  readonly stdin?: StdinSource;
}

/** All the state of one run, which the layers below read through their active pointers. */
interface RunState {
  mem: MemState;
  objects: ObjectState;
  interp: Interp;
  sched: Scheduler;
}

/** How often (in pending checks: backward jumps and calls) the interrupt flag is read. */
const INTERRUPT_CHECK_EVERY = 1024;

/** The VM's pending check: the host's own poll, and every so often the interrupt flag. */
function pollWith(poll: (() => void) | undefined, interrupt: Int32Array | undefined): () => void {
  let count = 0;
  return () => {
    if (interrupt && (++count & (INTERRUPT_CHECK_EVERY - 1)) === 0 && Atomics.exchange(interrupt, 0, 0) !== 0) {
      throw newException(EXCEPTION_TYPES.get("KeyboardInterrupt")!);
    }
    poll?.();
  };
}

/** The state the layers see now (null: their defaults, outside any Runtime). */
let active: RunState | null = null;

/** Makes `s` the active run state in every layer; returns the one it replaces. */
function activate(s: RunState | null): RunState | null {
  const prev = active;
  active = s;
  if (s) {
    useMem(s.mem);
    useObjectState(s.objects);
    useInterp(s.interp);
    useScheduler(s.sched);
  } else {
    useMem(DEFAULTS.mem);
    useObjectState(DEFAULTS.objects);
    useInterp(DEFAULTS.interp);
    useScheduler(DEFAULTS.sched);
  }
  return prev;
}

/** What the layers start with: used by code that runs outside any Runtime (unit tests of a layer). */
const DEFAULTS: RunState = { mem, objects: objectState, interp, sched };

export interface RunResult {
  /** Everything printed, including the traceback of an uncaught exception. */
  readonly output: string;
  /** The uncaught exception's type name, or null if the program ended normally. */
  readonly error: string | null;
  /** What the program did to the board, in virtual-time order. */
  readonly events: readonly HwEvent[];
  /** Why the board stopped the program, if it did (deepsleep, reset, watchdog, the time limit). */
  readonly halted?: MachineHalt["reason"];
  /**
   * The exit status the unix port gives: 0, 1 after an uncaught exception, and for SystemExit its
   * int value (modulo 256), 0 for None and 1 for anything else.
   */
  readonly exitCode: number;
  /**
   * Set when the run stopped on a bug of the VM or of host code (a JavaScript error that is not a
   * Python exception): its text. The program never sees such an error; exitCode is then
   * INTERNAL_ERROR_EXIT.
   */
  readonly internalError?: string;
  /** What importing the main program costs, measured as a collection after its body would find it (--mem-report). */
  readonly importCost?: ImportCostReport;
  /** The run's heap model (for a memory report: runtime/memory/report.ts memReport). */
  readonly heap?: Heap;
  /**
   * Set when the host stopped the run (runAsync's step or time budget, or its AbortSignal): the
   * program was ended where it was, with no Python exception it could catch; exitCode is then 1.
   */
  readonly stopped?: StopReason;
}

/** The exit status of a run stopped by an internal error (0, 1 and sys.exit's 0-255 are the program's). */
export const INTERNAL_ERROR_EXIT = 3;

/** One line saying what a JavaScript error inside the VM was. */
function internalErrorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split("\n")[0]!;
}

/** The built-in modules a file cannot stand in for (MP_REGISTER_MODULE rather than MP_REGISTER_EXTENSIBLE_MODULE). */
const NON_EXTENSIBLE = new Set(["builtins", ...BUILTIN_MODULES.filter((m) => !m.extensible).map((m) => m.name)]);

/** The heap a board gets when none is given: 1 MiB, as MicroPython's 32-bit unix port. */
export const DEFAULT_HEAP_BYTES = 1024 * 1024;

export class Runtime {
  /** The loaded modules, as sys.modules shows them (a program may put any object there). */
  readonly modules: Namespace = new ModuleNamespace();
  private readonly builtinModules = new Map<string, PyModule>();
  private out = "";
  /** What sys.atexit registered (None: nothing). */
  exitFunc: Value = null;
  readonly builtins: Namespace;
  private readonly native: Map<string, () => Namespace>;
  readonly board: Board;
  readonly vfs: Vfs;
  private initialSys: Namespace | undefined;
  /** Where sys.stderr writes. */
  readonly stderr: Output;
  /** Everything this run changes as it goes: the heap model, ids, the interpreter and the scheduler. */
  private readonly state: RunState;
  constructor(private readonly options: RunOptions = {}) {
    const output: Output = { write: (t) => this.write(t) };
    const writeStderr = options.writeStderr;
    this.stderr = writeStderr ? { write: writeStderr } : output;
    this.state = {
      mem: newMemState(new Heap({ limit: options.heapBytes ?? DEFAULT_HEAP_BYTES, collectOnFailure: options.collectOnFailure ?? true })),
      objects: newObjectState(),
      interp: newInterp(),
      sched: newScheduler(output),
    };
    this.state.mem.heap.onPressure = () => this.collect();
    this.state.mem.heap.placeStart(startRuns(WEBASSEMBLY_START_TABLE));
    const prev = activate(this.state);
    try {
      this.builtins = uncharged(() => makeBuiltins(output));
      installEvalExec(this.builtins);
      this.board = options.board ?? new Board();
      const rootFs = options.fs ?? new VirtualFs(undefined, options.flashBytes);
      rootFs.now = () => Math.floor(this.board.clock.us / 1e6);
      this.vfs = new Vfs(rootFs);
      const open = uncharged(() => installFileBuiltins(this.vfs, this.builtins));
      const ctx: ModuleContext = { host: this, out: output, board: this.board, vfs: this.vfs, open, moduleNames: () => this.native.keys() };
      this.native = new Map(BUILTIN_MODULES.map((m) => [m.name, () => m.make(ctx)]));
      if (options.romfs) this.mountRomfs(options.romfs);
      this.builtins.set("help", uncharged(() => helpBuiltin(output, () => ["__main__", "builtins", ...this.native.keys()])));
      const i = this.state.interp;
      i.builtins = this.builtins;
      i.importName = (n, from, level, globals) => this.importName(n, from, level, globals);
      i.compile = options.compile ?? null;
      if (options.stdin !== undefined) i.stdin = new StdinReader(options.stdin);
      // The poll turns the code run since the last few polls into virtual time on the board's model,
      // then runs the host's own check.
      const execution = this.board.execution;
      const objects = this.state.objects;
      const passTime = () => {
        const bytes = i.work;
        const native = objects.nativeCycles;
        i.work = 0;
        objects.nativeCycles = 0;
        execution.executed(bytes, native);
      };
      i.passTime = passTime;
      // A read of the clock while a program runs includes the code run since the last hand-over.
      this.board.clock.sync = () => {
        if ((i.work > 0 || objects.nativeCycles > 0) && i.top !== null && active === this.state) passTime();
      };
      const hostPoll = options.poll || options.interrupt ? pollWith(options.poll, options.interrupt) : undefined;
      i.poll = hostPoll
        ? () => {
            timePoll();
            hostPoll();
          }
        : timePoll;
    } finally {
      activate(prev);
    }
  }

  /**
   * Runs `f` with this run's state active, and the previous one back afterwards: two Runtimes, one
   * after the other or one inside the other (a host callback running a second program), never share
   * a heap, ids, frames or a scheduler queue.
   */
  private within<T>(f: () => T): T {
    if (active === this.state) return f();
    const prev = activate(this.state);
    try {
      return f();
    } finally {
      activate(prev);
    }
  }

  /**
   * mp_vfs_mount_romfs_protected: vfs.mount(vfs.VfsRom(rom), "/rom") and the two sys.path entries.
   * The image is flash, not heap; the VfsRom object and its mount are on the heap, as on a board.
   * An image that is no ROMFS is skipped, as the board skips it (the error is swallowed).
   */
  private mountRomfs(image: Uint8Array): void {
    const rom = uncharged(() => new PyBytes(image));
    try {
      const romVfs = VFS_ROM.make!(VFS_ROM, [rom], null);
      this.vfs.mount(romVfs, "/rom", false, false);
    } catch (e) {
      toPyException(e); // a Python error is swallowed; a bug is not
      return;
    }
    const makeSys = this.native.get("sys")!;
    this.native.set("sys", () => {
      const ns = makeSys();
      const path = ns.get("path");
      if (path instanceof PyList) path.items.push("/rom", "/rom/lib");
      return ns;
    });
  }

  /** The main program's import cost, once its body has run. */
  private mainCost: ImportCostReport | null = null;
  /**
   * A module whose load is kept when it is imported (runtime/measure-import.ts): what its
   * loader charged, to split a measured import cost into parts.
   */
  loadOf: { readonly name: string; found?: { load: ImportCharge; m: CompiledModule; qstrs: number } } | null = null;
  /** sys.modules' table (MICROPY_LOADED_MODULES_DICT_SIZE slots at start), grown as modules are added. */
  private sysModulesAlloc = 3;
  /**
   * Where sys.modules' table is: the port's first allocation at start (WEBASSEMBLY_START_TABLE),
   * then each table it grows into, counted with what no collection frees; null once it has grown
   * while charging was off (its blocks are then not placed).
   */
  private sysModulesTable: { head: number; fixed: boolean } | null = { head: 0, fixed: false };

  /**
   * A module goes into sys.modules: its table grows as any map's, the new one made before the old
   * is freed, as mp_obj_new_module adds the name before it makes the module.
   */
  private growSysModules(): void {
    const n = [...this.modules.keys()].filter((k) => k !== "__main__").length;
    if (n <= this.sysModulesAlloc) return;
    const next = hashAllocAtLeast(this.sysModulesAlloc + 1);
    const old = blocks(8 * this.sysModulesAlloc);
    const now = blocks(8 * next);
    const t = this.sysModulesTable;
    if (mem.off === 0 && t !== null) {
      this.sysModulesTable = { head: mem.heap.renewFixed(t.head, 8 * next), fixed: true };
      mem.fixed += t.fixed ? now - old : now;
    } else {
      this.sysModulesTable = null;
      charge(now);
      mem.heap.release(old);
      mem.fixed += now - old;
    }
    this.sysModulesAlloc = next;
  }

  /** gc.collect(): the fixed import costs plus everything still reachable. */
  collect(): void {
    this.within(() => {
      const roots = [...this.modules.values(), ...this.builtinModules.values()];
      mem.heap.collect((visit) => walkReachable(roots, visit), mem.fixed);
    });
  }
  write(text: string): void {
    if (this.options.write) this.options.write(text);
    else this.out += text;
  }
  get output(): string {
    return this.out;
  }
  /** This run's heap model. */
  get heap(): Heap {
    return this.state.mem.heap;
  }

  /** Executes a compiled module as `name` (with `preset` globals such as __file__), returning its module object. */
  execModule(m: CompiledModule, name: string, preset: Record<string, Value> = {}): PyModule {
    return this.within(() => this.execModuleHere(m, name, preset, false));
  }

  /** A main program a pending check paused (run-async.ts): its globals and what ends its import. */
  private suspended: { globals: Namespace; finish: () => void } | null = null;

  private execModuleHere(m: CompiledModule, name: string, preset: Record<string, Value>, resumable: boolean): PyModule {
    const globals = new ModuleNamespace();
    globals.set("__name__", name);
    for (const [k, v] of Object.entries(preset)) globals.set(k, v);
    const mod = new PyModule(name, globals);
    // sys.modules' table is charged by growSysModules, as the import machinery grows it, not again
    // through the dict a program may have asked for: mp_obj_new_module adds the name (growing the
    // table) before it allocates the module.
    uncharged(() => this.modules.set(name, mod));
    this.growSysModules();
    // What the loader allocates (module, tables, qstrs, constants, code) is charged; what a
    // collection leaves of it is kept: functions' code is counted while a function holds it.
    const file = typeof preset.__file__ === "string" ? preset.__file__ : (m.qstrs[0] ?? "");
    const inPlace = this.options.romfs !== undefined && file.startsWith("/rom/");
    // The main program's report counts the qstr pools as `import` of it would grow them: its name
    // interned first (on a copy of the pools as they are now, which are a fresh run's).
    const reportQstrs = name === "__main__" ? mainQstrBytes(this.heap.area, mem.interned, m, file) : undefined;
    // A package's __path__ is stored before its __init__ is read (import-load.ts packagePath).
    const packagePath = typeof preset.__path__ === "string" ? preset.__path__ : undefined;
    const load = chargeImport(mem.interned, m, file, inPlace, packagePath);
    // The loader's allocations, placed as the device's land: what a collection leaves is kept.
    const qstrsBefore = qstrPoolBytes();
    let placed: PlacedGlobals | null = null;
    if (mem.off === 0) placed = placeImport(mem.heap, mem.pool, mem.interned, m, file, inPlace, load, packagePath);
    if (placed?.codeRoot) mem.codeRoots.push(placed.codeRoot);
    else internUnplaced(mem.interned, m, file);
    // A name stored in the module's globals may grow its table: the new one is placed before the
    // old one is freed (mp_map_rehash), both kept by no collection but the module's.
    const addGlobal = () => {
      const grown = load.addGlobal();
      if (grown <= 0) return;
      mem.fixed += grown;
      // The table is the module's whether or not charging is on.
      if (placed !== null) {
        placed.alloc = hashAllocAtLeast(placed.alloc + 1);
        placed.head = mem.heap.renewFixed(placed.head, 8 * placed.alloc);
      } else charge(grown);
    };
    const loadQstrs = qstrPoolBytes() - qstrsBefore;
    if (this.loadOf?.name === name) this.loadOf.found = { load, m, qstrs: loadQstrs };
    // What the object-table pointer keeps is decided where the blocks really landed (Heap.pinPointer).
    const kept = placed === null ? load.kept : load.kept - load.pinnedBytes;
    mem.fixed += kept;
    const fixedBefore = mem.fixed - kept;
    // A __path__ that is not a str (none here but a program's own) is one more entry the loader did not make.
    if ("__path__" in preset && packagePath === undefined) addGlobal();
    const consts = uncharged(() => m.consts.map(constValue));
    for (const c of consts) markConst(c);
    // __name__ and __file__ are in the loader's table; each name the module stores from now on may grow it.
    globals.table = { add: addGlobal, remove: () => load.removeGlobal() };
    const ctx = { name, fileName: m.qstrs[0] ?? "", qstrs: m.qstrs, consts, globals, inPlace };
    const code = new Code(m.root, ctx);
    const fn = new BytecodeFunction(code, [], null, null);
    const frame = setupFrame(fn, [], null);
    frame.direct = resumable;
    // The module's globals are the current locals while its body runs (restored either way).
    const oldLocals = interp.locals;
    interp.locals = globals;
    // What `import` of this program would leave after a collection: the loader's kept part and
    // everything its globals reach (its functions' code included). Taken when the body ends, also
    // by an exception, and after a pause only when it has run to its end.
    const finish = () => {
      if (name === "__main__") {
        const kept = mem.fixed - fixedBefore + qstrPoolBytes() - qstrsBefore + reachableBytes([mod]);
        this.mainCost = importCostReport(load, m, kept, loadQstrs, reportQstrs);
      }
    };
    try {
      runFrame(frame);
    } catch (e) {
      if (e === PAUSE) this.suspended = { globals, finish };
      else {
        this.modules.delete(name);
        finish();
      }
      throw e;
    } finally {
      interp.locals = oldLocals;
    }
    finish();
    return mod;
  }

  /**
   * Continues a main program paused at `top` (the innermost frame when the pending check threw
   * PAUSE): each frame of the chain runs on from where it stopped, its callee's result or
   * exception handed to it; PAUSE again leaves it suspended once more.
   */
  resumeMain(top: Frame): RunResult {
    try {
      return this.within(() => {
        const s = this.suspended;
        if (!s) throw new Error("no paused program to resume");
        this.suspended = null;
        try {
          const oldLocals = interp.locals;
          interp.locals = s.globals;
          try {
            resumeChain(top);
          } catch (e) {
            if (e === PAUSE) this.suspended = s;
            else {
              this.modules.delete("__main__");
              s.finish();
            }
            throw e;
          } finally {
            interp.locals = oldLocals;
          }
          s.finish();
          return this.withImportCost(this.mainReturned());
        } catch (thrown) {
          return this.withImportCost(this.mainRaised(thrown));
        }
      });
    } catch (e) {
      return this.endedByHost(e);
    }
  }

  importName(name: string, fromList: Value, level: number, globals: Namespace): Value {
    let full = name;
    if (level > 0) {
      const pkg = String(globals.get("__name__") ?? "").split(".");
      const base = pkg.slice(0, Math.max(0, pkg.length - level + (globals.has("__path__") ? 1 : 0)));
      full = [...base, ...(name ? [name] : [])].join(".");
      // evaluate_relative_import interns the resolved name first.
      qstrName(full);
    }
    const parts = full.split(".");
    let first: Value = undefined;
    let last: Value = undefined;
    for (let i = 1; i <= parts.length; i++) {
      const parent = last instanceof PyModule ? last : null;
      // Each dotted prefix is interned as the module's name, then the component's own name
      // (py/builtinimport.c: full_mod_name, level_mod_name).
      const prefix = qstrName(parts.slice(0, i).join("."));
      qstrName(parts[i - 1]!);
      const m = this.importOne(prefix, parent);
      last = m;
      if (first === undefined) first = m;
    }
    const wantsLeaf = fromList !== null && fromList !== undefined;
    return wantsLeaf ? last : first;
  }

  /** The sys module's namespace (a program that replaced sys in sys.modules gets an empty one). */
  private sysDict(): Namespace {
    const sys = this.importOne("sys", null);
    return sys instanceof PyModule ? sys.dict : new Map();
  }

  /** sys.path's entries (a list or a tuple), as the import machinery reads them whatever sys.modules holds. */
  private sysPath(): readonly Value[] {
    // Until the program imports sys, its path is the initial one (read from a namespace kept aside,
    // so that the heap model does not see a sys module the program never made).
    const sys = this.builtinModules.get("sys")?.dict ?? (this.initialSys ??= uncharged(this.native.get("sys")!));
    const path = sys.get("path");
    return path instanceof PyList || path instanceof PyTuple ? path.items : [];
  }

  /** A built-in module by its own name, made on first use; null if there is none. */
  private builtinModule(name: string): PyModule | null {
    // Built-in modules live in ROM on a board: found by name, never listed in sys.modules.
    const builtin = this.builtinModules.get(name);
    if (builtin) return builtin;
    if (name === "builtins") {
      const mod = new PyModule(name, this.builtins);
      this.builtinModules.set(name, mod);
      return mod;
    }
    const native = this.native.get(name);
    if (!native) return null;
    const mod = new PyModule(name, uncharged(native));
    BUILTIN_MODULE_NAMESPACES.add(mod.dict);
    // A built-in module's values are ROM, or the port's own (markRom).
    for (const v of mod.dict.values()) markRom(v);
    this.builtinModules.set(name, mod);
    const frozen = WEBASSEMBLY_FROZEN.get(name);
    if (frozen !== undefined) this.importFrozen(mod, frozen);
    return mod;
  }

  /**
   * A package the firmware freezes (its code in ROM) and this VM implements natively: its import
   * places what the device's import allocates (frozen-place.ts), and its modules enter sys.modules
   * and become the package's attributes as on the device.
   */
  private importFrozen(mod: PyModule, script: string): void {
    const added: string[] = [];
    let kept: number;
    try {
      kept = this.placeFrozenModules(mod, script, added);
    } catch (e) {
      // As py/builtinimport.c unregisters a module whose import raised (MemoryError, most
      // likely), and a later import starts again.
      for (const name of added) uncharged(() => this.modules.delete(name));
      this.builtinModules.delete(mod.name);
      throw e;
    }
    mem.fixed += kept;
  }

  private placeFrozenModules(mod: PyModule, script: string, added: string[]): number {
    return placeFrozen(mem.off === 0 ? mem.heap : null, parseFrozenScript(script), {
      module: (name) => {
        // The import machinery makes the module's name a qstr first (the firmware's, or interned now).
        if (WEBASSEMBLY_FROZEN_QSTRS.has(name)) mem.interned.add(name);
        else internStr(name);
        // A submodule the native package already has (asyncio.core) is that one.
        const own = mod.dict.get(name.slice(name.lastIndexOf(".") + 1));
        const m = name === mod.name ? mod : own instanceof PyModule && own.name === name ? own : new PyModule(name, new Map([["__name__", name]]));
        uncharged(() => {
          this.modules.set(name, m);
          if (m !== mod) mod.dict.set(name.slice(name.lastIndexOf(".") + 1), m);
        });
        added.push(name);
        this.growSysModules();
      },
      import: (name) => void this.importName(name, null, 0, new Map()),
    });
  }

  /**
   * mp_module_get_builtin: the modules that are not extensible (and usys, and `u` + the name of an
   * extensible one) come before the filesystem; the extensible ones only when it has no such module.
   */
  private findBuiltin(name: string, extensible: boolean): PyModule | null {
    if (extensible) return NON_EXTENSIBLE.has(name) ? null : this.builtinModule(name);
    if (NON_EXTENSIBLE.has(name)) return this.builtinModule(name);
    if (name === "usys") return this.builtinModule("sys");
    if (name.startsWith("u") && !NON_EXTENSIBLE.has(name.slice(1))) return this.builtinModule(name.slice(1));
    return null;
  }

  private importOne(name: string, parent: PyModule | null): Value {
    // An empty sys.path asks for a built-in: even modules already loaded are passed over.
    if (this.sysPath().length) {
      const have = this.modules.get(name);
      if (have !== undefined) return have;
    }
    if (!parent) {
      const builtin = this.findBuiltin(name, false);
      if (builtin) return builtin;
    }
    const bytes = this.options.findModule?.(name);
    if (!bytes) return this.importFromFs(name, parent);
    let m: CompiledModule;
    try {
      m = loadMpy(bytes);
    } catch (e) {
      if (e instanceof HostError) throw pyErr(VALUE_ERROR, e.message);
      throw e;
    }
    const mod = this.execModule(m, name);
    parent?.dict.set(name.slice(name.lastIndexOf(".") + 1), mod);
    return mod;
  }

  /**
   * A module found on the filesystem (py/builtinimport.c): a top-level name through sys.path, a
   * submodule in its package's __path__; a directory is a package, run from its __init__ if it has one.
   */
  private importFromFs(name: string, parent: PyModule | null): PyModule {
    const leaf = name.slice(name.lastIndexOf(".") + 1);
    const pkgPath = parent?.dict.get("__path__");
    const found = parent
      ? typeof pkgPath === "string" ? statModule(this.vfs, `${pkgPath}/${leaf}`) : null
      : statTopLevel(this.vfs, leaf, this.sysPath());
    if (!found) {
      const builtin = parent ? null : this.findBuiltin(name, true);
      if (builtin) return builtin;
      throw pyErr(IMPORT_ERROR, `no module named '${name}'`);
    }
    const mod = this.loadFound(name, found);
    // Only a module loaded now becomes its package's attribute (an existing name is replaced).
    parent?.dict.set(leaf, mod);
    return mod;
  }

  private loadFound(name: string, found: Found): PyModule {
    // Reading the file leaves nothing behind on the heap (import-load.ts places the loader's part).
    const read = (path: string) => this.within(() => uncharged(() => loadModuleFile(this.vfs, path)));
    if (found.kind === "file") return this.execModule(read(found.path), name, { __file__: found.path });
    const init = statPyOrMpy(this.vfs, `${found.path}/__init__.py`);
    if (init) return this.execModule(read(init), name, { __path__: found.path, __file__: init });
    return this.namespacePackage(name, found.path);
  }

  /**
   * A directory without __init__: mp_obj_new_module (context, globals dict of one slot holding
   * __name__), then __path__ stored (its str is counted where the globals reach it). Its table
   * grows as submodules are stored on it.
   */
  private namespacePackage(name: string, path: string): PyModule {
    const globals = new ModuleNamespace();
    globals.set("__name__", name);
    globals.set("__path__", path);
    let alloc = 1;
    let used = 1;
    const keep = (bytes: number) => {
      charge(bytes);
      mem.fixed += bytes;
    };
    const add = () => {
      used++;
      if (used <= alloc) return;
      const next = hashAllocAtLeast(alloc + 1);
      keep(blocks(8 * next) - blocks(8 * alloc));
      alloc = next;
    };
    // sys.modules takes the name first (mp_obj_new_module), then the context, the globals dict and
    // its table are allocated in that order.
    const mod = new PyModule(name, globals);
    uncharged(() => this.modules.set(name, mod));
    this.growSysModules();
    keep(16);
    keep(16);
    keep(blocks(8 * alloc));
    add();
    globals.table = { add, remove: () => void used-- };
    return mod;
  }

  /**
   * What a host holding no program does through the WebAssembly port's API: `pyimport(name)`
   * (main.c mp_js_do_import: `import name` from outside any frame) and calling what it got. A
   * Python exception comes back as its traceback text, as the port hands it to JavaScript.
   */
  hostImport(name: string): { value: Value; error: string | null } {
    return this.hostRun(() => this.importName(name, null, 0, new Map()));
  }

  hostCall(f: Value, args: Value[]): { value: Value; error: string | null } {
    return this.hostRun(() => callValue(f, args, null));
  }

  private hostRun(f: () => Value): { value: Value; error: string | null } {
    return this.within(() => {
      try {
        return { value: f(), error: null };
      } catch (e) {
        return { value: null, error: tracebackText(toPyException(e)) };
      }
    });
  }

  /** A result with the main program's import cost, once its body has ended (--mem-report). */
  private withImportCost(r: RunResult): RunResult {
    return this.mainCost ? { ...r, importCost: this.mainCost } : r;
  }

  /** Runs a main program: prints a traceback for an uncaught exception instead of throwing. */
  runMain(m: CompiledModule, resumable = false): RunResult {
    try {
      return this.withImportCost(this.within(() => this.runMainOrThrow(m, resumable)));
    } catch (e) {
      return this.endedByHost(e);
    }
  }

  /** A run that ended by a JavaScript throw: PAUSE goes on to the driver, a host's stop is a result, anything else a bug. */
  private endedByHost(e: unknown): RunResult {
    if (e === PAUSE) throw e;
    if (e instanceof RunStopped) return { output: this.out, error: null, events: this.board.log.events, heap: this.heap, exitCode: 1, stopped: e.reason };
    return this.internalError(e);
  }

  /** The result of a run that a JavaScript error (a bug, not a Python exception) stopped. */
  internalError(e: unknown): RunResult {
    return { output: this.out, error: null, events: this.board.log.events, heap: this.heap, exitCode: INTERNAL_ERROR_EXIT, internalError: internalErrorText(e) };
  }

  private runMainOrThrow(m: CompiledModule, resumable: boolean): RunResult {
    try {
      const script = this.options.scriptPath;
      if (script !== undefined) {
        const sys = this.sysDict();
        const sysPath = sys.get("path");
        if (sysPath instanceof PyList) sysPath.items[0] = scriptDir(str(this.vfs.getcwd()), script);
        sys.set("argv", new PyList([script]));
      }
      this.execModuleHere(m, "__main__", script === undefined ? {} : { __file__: script }, resumable);
      return this.mainReturned();
    } catch (thrown) {
      return this.mainRaised(thrown);
    }
  }

  private mainReturned(): RunResult {
    // As the unix port's main, one scheduled callback still due runs before the end.
    if (sched.pending) runPending();
    return this.atExit(null, 0);
  }

  private mainRaised(thrown: unknown): RunResult {
    if (thrown === PAUSE) throw thrown;
    // deepsleep, machine.reset or the watchdog end the program without a Python error.
    if (thrown instanceof MachineHalt) return { output: this.out, error: null, events: this.board.log.events, heap: this.heap, exitCode: 0, halted: thrown.reason };
    const e = toPyException(thrown);
    if (sched.pending) runPending();
    if (e.type.name === "SystemExit") {
      // A value that is not an int is printed to stderr, and the status is 1 (shared/runtime/pyexec.c).
      const v = e.args.items[0] ?? null;
      if (v !== null && !isIntValue(v)) this.stderr.write(str(v) + "\n");
      return this.atExit(null, systemExitCode(e));
    }
    this.write(tracebackText(e));
    return this.atExit(e.type.name, 1);
  }

  /** The function sys.atexit registered, called once the program has ended (even by SystemExit). */
  private atExit(error: string | null, exitCode: number): RunResult {
    const f = this.exitFunc;
    const callable = this.builtins.get("callable");
    if (f !== null && callable !== undefined && callValue(callable, [f], null) === true) {
      try {
        callValue(f, [], null);
      } catch (thrown) {
        if (thrown instanceof MachineHalt) return { output: this.out, error, events: this.board.log.events, heap: this.heap, exitCode, halted: thrown.reason };
        const e = toPyException(thrown);
        if (e.type.name !== "SystemExit") {
          this.write(tracebackText(e));
          error = e.type.name;
        }
      }
    }
    return { output: this.out, error, events: this.board.log.events, heap: this.heap, exitCode };
  }
}

const isIntValue = (v: Value): v is number | bigint => typeof v === "number" || typeof v === "bigint";

/** The unix port's exit status for SystemExit: its int value modulo 256, 0 for None, else 1. */
function systemExitCode(e: PyException): number {
  const v = e.args.items[0] ?? null;
  if (v === null) return 0;
  return isIntValue(v) ? Number(BigInt.asUintN(8, BigInt(v))) : 1;
}

/** The absolute directory of a script path relative to `cwd`, as realpath(dirname(script)). */
function scriptDir(cwd: string, script: string): string {
  const slash = script.lastIndexOf("/");
  const dir = slash < 0 ? "." : script.slice(0, slash) || "/";
  const out: string[] = [];
  for (const p of (dir.startsWith("/") ? dir : `${cwd}/${dir}`).split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return "/" + out.join("/");
}

/** Loads and runs one .mpy as the main program. */
/**
 * Runs what a pause left of a main program: from the innermost frame out, each frame continues with
 * its callee's result at s[sp] or its exception raised at the call. The frames were entered by
 * CALL opcodes alone (Frame.direct), so no native code stood between them.
 */
function resumeChain(top: Frame): void {
  const chain: Frame[] = [];
  for (let f: Frame | null = top; f; f = f.parent) chain.push(f);
  let value: Value = null;
  let raised: PyException | null = null;
  for (let i = 0; i < chain.length; i++) {
    const f = chain[i]!;
    if (i > 0) {
      if (raised) f.inject = raised;
      else f.state[f.sp] = value;
      raised = null;
    }
    interp.top = f.parent;
    interp.depth = chain.length - 1 - i;
    try {
      value = execute(f) as Value;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      raised = e;
    }
  }
  interp.top = null;
  interp.depth = 0;
  if (raised) throw raised;
}

export function runMpy(bytes: Uint8Array, options: RunOptions = {}): RunResult {
  const rt = new Runtime(options);
  let m: CompiledModule;
  try {
    m = loadMpy(bytes);
  } catch (e) {
    if (e instanceof HostError) {
      const text = `ValueError: ${e.message}\n`;
      rt.write(text);
      return { output: rt.output, error: "ValueError", events: [], heap: rt.heap, exitCode: 1 };
    }
    return rt.internalError(e);
  }
  return rt.runMain(m);
}

/**
 * A built-in module's value: ROM (floats, strs, ints, tuples and what they hold) or made by the port
 * at start (sys.path, sys.argv): counted nowhere, though what a program later puts in a list is.
 */
function markRom(v: Value): void {
  if (v instanceof PyFloat || v instanceof PyComplex) mem.consts.add(v);
  else if (typeof v === "string" || typeof v === "bigint" || typeof v === "number") mem.constStrs.add(v);
  else if (typeof v === "object" && v !== null && !mem.rom.has(v)) {
    mem.rom.add(v);
    if (v instanceof PyTuple) v.items.forEach(markRom);
  }
}

/** Marks a module's constant objects, counted with its tables rather than when reached. */
function markConst(v: Value): void {
  // An int constant beyond the small ints is an mpz of the module's (held by the VM as a number when it fits one).
  if (typeof v === "string" || typeof v === "bigint" || typeof v === "number") mem.constStrs.add(v);
  else if (v instanceof PyTuple) {
    mem.consts.add(v);
    v.items.forEach(markConst);
  } else if (typeof v === "object" && v !== null) mem.consts.add(v);
}

/** The qstr pools' growth for a main program's names had its module name been interned before. */
function mainQstrBytes(heapArea: number, interned: ReadonlySet<string>, m: CompiledModule, file: string): number {
  const pools = new QstrArea(Number.isFinite(heapArea) ? heapArea : 1024 * 1024);
  const known = new Set(interned);
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.(py|mpy)$/, "");
  pools.intern(known, [base]);
  return pools.intern(known, [file, ...m.qstrs]);
}

// What a host needs beside Runtime and runMpy: the loader, the scripted board, the event log, the filesystem.
export { loadMpy } from "./vm/loader.js";
export { HostError } from "./lib/host-error.js";
export { Board, MachineHalt, type I2CDevice, type SpiDevice } from "./board/board.js";
export { formatEvent, formatTrace, type HwEvent } from "./board/events.js";
export { VirtualFs, type HostTree } from "./board/fs.js";
export { tracebackText };
export { runAsync, type AsyncRunOptions, type AbortSignalLike } from "./run-async.js";
export { type StopReason } from "./vm/pause.js";
export { type StdinSource } from "./lib/stdin.js";
