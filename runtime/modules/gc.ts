// The `gc` and `micropython` modules over the Heap (py/modgc.c, py/modmicropython.c): collect by
// a mark callback the VM provides, mem_alloc/mem_free from the model, heap locking, mem_info text.

import type { Heap, HeapCell } from "../memory/heap.js";
import { memInfoText, type StackInfo } from "../memory/report.js";

/** Walks the VM's object graph from its roots, calling `keep` on each reachable cell. */
export type Marker = (keep: (cell: HeapCell) => boolean) => void;

export function gcModule(heap: Heap, mark: Marker) {
  heap.onPressure = () => heap.collect(mark);
  return {
    collect: (): void => {
      heap.collect(mark);
    },
    mem_alloc: (): number => heap.used,
    mem_free: (): number => heap.free,
    enable: (): void => {
      heap.autoCollect = true;
    },
    disable: (): void => {
      heap.autoCollect = false;
    },
    isenabled: (): boolean => heap.autoCollect,
    /** threshold() reads; threshold(n) sets (-1 turns it off). */
    threshold: (n?: number): number | undefined => {
      if (n === undefined) return heap.threshold;
      heap.threshold = n < 0 ? -1 : n;
      return undefined;
    },
  };
}

/** MicroPython's limit on pending micropython.schedule() calls (MICROPY_SCHEDULER_DEPTH). */
export const SCHEDULER_DEPTH = 4;

export function micropythonModule(
  heap: Heap,
  stack: () => StackInfo,
  print: (text: string) => void,
  /** The qstrs interned at run time (not the static ones), for qstr_info. */
  qstrs: () => readonly string[],
) {
  let emergencyBuf = 0;
  const pending: (() => void)[] = [];
  return {
    const: <T>(x: T): T => x,
    opt_level: (level?: number) => (level === undefined ? 0 : undefined),
    mem_info: (verbose?: unknown): void => print(memInfoText(heap, stack(), Boolean(verbose))),
    qstr_info: (): void => {
      const q = qstrs();
      // Each entry stores its text, NUL, a hash byte and a length byte; pools hold 10 entries first.
      const data = q.reduce((n, s) => n + new TextEncoder().encode(s).length + 3, 0);
      const pools = q.length === 0 ? 0 : 1 + Math.floor(Math.log2(Math.max(1, q.length / 10)));
      print(`qstr pool: n_pool=${pools}, n_qstr=${q.length}, n_str_data_bytes=${data}, n_total_bytes=${data + 4 * q.length + 16 * pools}\n`);
    },
    /** micropython.schedule(f, arg): queued to run between bytecodes; a full queue is RuntimeError. */
    schedule: (f: (arg: unknown) => void, arg: unknown): void => {
      if (pending.length >= SCHEDULER_DEPTH) throw Object.assign(new Error("schedule queue full"), { name: "RuntimeError" });
      pending.push(() => f(arg));
    },
    /** Called by the VM at safe points: runs what schedule() queued, oldest first. */
    runScheduled: (): void => {
      for (const run of pending.splice(0)) run();
    },
    stack_use: (): number => stack().used,
    heap_lock: (): void => heap.lock(),
    heap_unlock: (): number => heap.unlock(),
    heap_locked: (): number => heap.depth,
    alloc_emergency_exception_buf: (size: number): void => {
      emergencyBuf = heap.reserve(size);
    },
    get emergencyBytes() {
      return emergencyBuf;
    },
  };
}
