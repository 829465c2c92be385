// Takes a heap size; gives MicroPython v1.27.0's (the WebAssembly port's) heap readings taken from
// JavaScript between calls into the VM, on its own growing heap or on a fixed one (fixed-heap.ts).
// Corresponds to gc.mem_alloc/mem_free and micropython.mem_info (py/gc.c gc_info) on the device.
//
// The port defers every collection (gc.collect() included) until control returns to JavaScript
// (ports/webassembly/main.c gc_collect_top_level), so a reading taken inside one runPython() still
// counts all garbage made since that call began. Here each reading is a separate call from
// JavaScript into a Python function object held by a proxy (no source compiled, nothing allocated),
// and collect() is such a call to gc.collect(), whose collection runs as the call returns.

import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { withFixedHeapWasm } from "./fixed-heap.js";
import { importNames } from "../../runtime/measure-import.js";

export type PyCallable = (...args: unknown[]) => unknown;

interface WasmVM {
  runPython(code: string): unknown;
  pyimport(name: string): Record<string, unknown>;
  FS: { writeFile(path: string, data: Uint8Array): void; mkdir(path: string): void; unlink(path: string): void };
  _module: { getValue(ptr: number, type: string): number };
}

/** One allocation on the device's heap: its head block, length in blocks, mem_info's letter for it. */
export interface HeapRun {
  readonly block: number;
  readonly blocks: number;
  readonly kind: string;
}

export interface MemoryOracleOptions {
  /** The heap as a board's linker script would give it, in bytes. */
  readonly heapsize: number;
  /** A heap that never grows (the patched wasm): allocation beyond it raises MemoryError. */
  readonly fixed?: boolean;
  /**
   * Keep the port's own collection threshold (16 KiB of allocation). Off by default: a board has
   * no threshold unless the program sets gc.threshold().
   */
  readonly portThreshold?: boolean;
}

/** micropython.mem_info()'s "GC:" lines (py/gc.c gc_dump_info); sizes in bytes, run lengths in blocks. */
export interface GcInfo {
  readonly total: number;
  readonly used: number;
  readonly free: number;
  readonly maxNewSplit: number;
  readonly oneBlocks: number;
  readonly twoBlocks: number;
  readonly maxBlock: number;
  readonly maxFree: number;
}

export interface CallResult {
  /** What was printed. */
  readonly output: string;
  /** The uncaught exception as the port formats it (type, traceback, message), or null. */
  readonly error: string | null;
}

/** The names importing `module` interns: every dotted prefix and every component. */
export { importNames };

export function parseGcInfo(text: string): GcInfo {
  const m = /GC: total: (\d+), used: (\d+), free: (\d+)(?:, max new split: (\d+))?\s+No\. of 1-blocks: (\d+), 2-blocks: (\d+), max blk sz: (\d+), max free sz: (\d+)/.exec(text);
  if (!m) throw new Error(`mem_info output not understood: ${JSON.stringify(text)}`);
  const n = (i: number) => Number(m[i] ?? 0);
  return { total: n(1), used: n(2), free: n(3), maxNewSplit: n(4), oneBlocks: n(5), twoBlocks: n(6), maxBlock: n(7), maxFree: n(8) };
}

export class MemoryOracle {
  private out = "";
  private constructor(
    private readonly mp: WasmVM,
    private readonly memAllocFn: PyCallable,
    private readonly memFreeFn: PyCallable,
    private readonly collectFn: PyCallable,
    private readonly memInfoFn: PyCallable,
  ) {}

  static async load(opts: MemoryOracleOptions): Promise<MemoryOracle> {
    let sink = (_: string) => {};
    const load = (url?: string) =>
      loadMicroPython({
        heapsize: opts.heapsize,
        ...(url ? { url } : {}),
        stdout: (s: string) => sink(s + "\n"),
        stderr: (s: string) => sink(s + "\n"),
      });
    const mp = (await (opts.fixed ? withFixedHeapWasm(load) : load())) as unknown as WasmVM;
    const gc = mp.pyimport("gc");
    const micropython = mp.pyimport("micropython");
    const oracle = new MemoryOracle(mp, gc.mem_alloc as PyCallable, gc.mem_free as PyCallable, gc.collect as PyCallable, micropython.mem_info as PyCallable);
    sink = (s) => (oracle.out += s);
    if (!opts.portThreshold) oracle.run("import gc\ngc.threshold(-1)\ndel gc");
    oracle.collect();
    return oracle;
  }

  /** The glue reads results through a global that the newest loaded instance owns; point it at ours. */
  private enter(): void {
    (globalThis as { Module?: unknown }).Module = this.mp._module;
    this.out = "";
  }

  /** Runs source in __main__ as one call (compiled by the VM itself: its compile garbage counts until collected). */
  run(code: string): CallResult {
    this.enter();
    let error: string | null = null;
    try {
      this.mp.runPython(code);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { output: this.out, error };
  }

  /** Calls a Python callable held by a proxy, as one call from JavaScript. */
  call(fn: PyCallable, ...args: unknown[]): CallResult & { value: unknown } {
    this.enter();
    let error: string | null = null;
    let value: unknown;
    try {
      value = fn(...args);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { output: this.out, error, value };
  }

  /**
   * `pyimport(module)` as one call (main.c mp_js_do_import: nothing compiled): what its body
   * printed, its error, and the module's proxy (one more entry in the port's proxy list).
   */
  importModule(module: string): CallResult & { module: Record<string, unknown> | null } {
    this.enter();
    let error: string | null = null;
    let m: Record<string, unknown> | null = null;
    try {
      m = this.mp.pyimport(module);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { output: this.out, error, module: m };
  }

  /** The functions `names` of an (already imported or importable) module, as proxies to call(). */
  functions(module: string, names: readonly string[]): PyCallable[] {
    this.enter();
    const m = this.mp.pyimport(module);
    return names.map((n) => {
      const f = m[n];
      if (typeof f !== "function") throw new Error(`${module}.${n} is not a function`);
      return f as PyCallable;
    });
  }

  /** gc.collect(): the collection runs when this call returns to JavaScript. */
  collect(): void {
    this.call(this.collectFn);
  }

  memAlloc(): number {
    return Number(this.call(this.memAllocFn).value);
  }

  memFree(): number {
    return Number(this.call(this.memFreeFn).value);
  }

  gcInfo(): GcInfo {
    return parseGcInfo(this.call(this.memInfoFn).output);
  }

  /**
   * The allocation table as mem_info(1) prints it, and where the pool starts in the VM's memory:
   * one cell per block ('.' free, '=' tail, else a head's letter).
   */
  allocTable(): { poolStart: number; cells: string } {
    const out = this.call(this.memInfoFn, 1).output;
    const from = /GC memory layout; from ([0-9a-f]+):/.exec(out);
    if (!from) throw new Error("mem_info(1) printed no allocation table");
    let cells = "";
    for (const line of out.slice(from.index).split(/\r?\n/).slice(1)) {
      const free = /^\s+\((\d+) lines all free\)/.exec(line);
      const row = /^([0-9a-f]{8}): (.*)$/.exec(line);
      if (free) cells += ".".repeat(Number(free[1]) * 64);
      else if (row) cells = cells.padEnd(parseInt(row[1]!, 16) / 16, ".") + row[2]!;
    }
    return { poolStart: parseInt(from[1]!, 16), cells };
  }

  /** The 32-bit word at a byte address of the VM's memory. */
  word(address: number): number {
    return this.mp._module.getValue(address, "i32") >>> 0;
  }

  /** Every allocation on the heap now. */
  runs(): HeapRun[] {
    const { cells } = this.allocTable();
    const runs: HeapRun[] = [];
    for (let b = 0; b < cells.length; b++) {
      const c = cells[b]!;
      if (c === "." || c === "=") continue;
      let n = 1;
      while (cells[b + n] === "=") n++;
      runs.push({ block: b, blocks: n, kind: c });
    }
    return runs;
  }

  /**
   * Which allocations hold a word equal to the address of `block` (and at which word): what keeps
   * it alive, as the device's conservative collector sees it. A debugging aid for the model.
   */
  referrersOf(block: number): { run: HeapRun; word: number }[] {
    const { poolStart } = this.allocTable();
    const target = poolStart + 16 * block;
    const found: { run: HeapRun; word: number }[] = [];
    for (const run of this.runs()) {
      for (let i = 0; i < run.blocks * 4; i++) if (this.word(poolStart + 16 * run.block + 4 * i) === target) found.push({ run, word: i });
    }
    return found;
  }

  writeFile(file: string, data: Uint8Array): void {
    this.mp.FS.writeFile(file, data);
  }

  mkdir(dir: string): void {
    try {
      this.mp.FS.mkdir(dir);
    } catch {
      // exists already
    }
  }

  /**
   * Puts /lib first on sys.path (once). The pyscript variant freezes many micropython-lib modules
   * (time, os, datetime, logging, ...) and searches `.frozen` before `/lib`: without this, an
   * import of one of them would run the frozen copy from ROM, not the .mpy written to /lib.
   */
  libFirst(): void {
    this.run("if __import__('sys').path[0] != '/lib':\n    __import__('sys').path.insert(0, '/lib')");
  }

  /**
   * The import cost read with nothing compiled on the device: `driver` (a module in /lib, see
   * spec/tools/memory/ours.ts costDriverSource) is imported, then a collection, a reading,
   * `driver.imp(module)` (which returns None: no proxy made), a collection and a reading.
   */
  importCostVia(driver: string, module: string): { bytes: number; error: string | null } {
    const d = this.importModule(driver);
    if (!d.module) return { bytes: 0, error: d.error ?? "driver not imported" };
    const imp = d.module.imp as PyCallable;
    this.collect();
    const a = this.memAlloc();
    const r = this.call(imp, module);
    this.collect();
    return { bytes: this.memAlloc() - a, error: r.error };
  }

  /**
   * `gc.mem_alloc()` growth that an import leaves after a collection: the import cost as measured.
   * The names the import interns for itself (each dotted prefix and each component,
   * py/builtinimport.c) are interned first, as a program's `import M` has them in its own qstr
   * table, loaded before the import runs.
   */
  importCost(module: string): { bytes: number; error: string | null } {
    this.run(importNames(module).map((n) => `hasattr(len, ${JSON.stringify(n)})`).join("\n"));
    this.libFirst();
    this.collect();
    const a = this.memAlloc();
    // An expression statement: the module is not bound in __main__, so only sys.modules holds it.
    const r = this.run(`__import__(${JSON.stringify(module)})`);
    this.collect();
    return { bytes: this.memAlloc() - a, error: r.error };
  }
}
