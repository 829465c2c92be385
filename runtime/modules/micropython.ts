// The `micropython` module (py/modmicropython.c) over the VM's heap model, scheduler and
// exception machinery. Its entries keep MicroPython's table order, which help(micropython) shows.
// What a port prints about its own memory (mem_info, qstr_info) follows MicroPython's layout with
// this model's numbers: a 32-bit port whose C stack and RAM addresses are modelled, not measured.

import { objectState } from "../objects/run-state.js";
import { BLOCK_BYTES } from "../memory/sizes.js";
import { memInfoText } from "../memory/report.js";
import { formatAllocTable } from "../memory/dump.js";
import { staticQstrIndex } from "../../bytecode/qstr-static.js";
import { fn, toIndex, type Output } from "../objects/args.js";
import { pyErr, RUNTIME_ERROR } from "../objects/exceptions.js";
import { interp } from "../vm/state.js";
import { charge, mem } from "../memory/charge.js";
import { schedule } from "../vm/scheduler.js";
import { PyBuiltin, PyType, type Namespace, type Value } from "../objects/value.js";
import { RINGIO } from "./ringio.js";
import { withArity } from "../objects/args.js";

/** The C stack a Python call nests in, as a 32-bit unix port sets its limit (mp_cstack_init 40000). */
const C_STACK_LIMIT = 40000;
/** Estimated C stack under the outermost frame, and per nested Python call (mp_execute_bytecode's frame). */
const C_STACK_BASE = 480;
const C_STACK_PER_CALL = 192;
/** Where the GC pool starts in the modelled RAM, for mem_info(1)'s "from" address. */
const GC_POOL_ADDRESS = 0x20004000;

/** A function taking `min`..`max` positional arguments, as MP_DEFINE_CONST_FUN_OBJ_* checks them. */
function fixed(name: string, min: number, max: number, f: (a: Value[]) => Value): PyBuiltin {
  const b = fn(name, f);
  withArity(b, [min, max], []);
  return b;
}

/** `moduleNames` lists the built-in modules, whose names and attributes are ROM qstrs on a port. */
export function micropythonNamespace(out: Output, moduleNames: () => Iterable<string>): Namespace {
  const d: Namespace = new Map<string, Value>([["__name__", "micropython"]]);
  const entries: [string, Value][] = [
    ["const", fixed("const", 1, 1, (a) => a[0]!)],
    [
      "opt_level",
      fixed("opt_level", 0, 1, (a) => {
        if (!a.length) return interp.optLevel;
        interp.optLevel = toIndex(a[0]);
        return null;
      }),
    ],
    ["mem_total", fixed("mem_total", 0, 0, () => mem.heap.allocated)],
    ["mem_current", fixed("mem_current", 0, 0, () => mem.heap.used)],
    ["mem_peak", fixed("mem_peak", 0, 0, () => mem.heap.peak)],
    ["mem_info", fixed("mem_info", 0, 1, (a) => (out.write(memInfo(a.length > 0)), null))],
    ["qstr_info", fixed("qstr_info", 0, 1, (a) => (out.write(qstrInfo(a.length > 0, romNames(d, moduleNames))), null))],
    ["stack_use", fixed("stack_use", 0, 0, stackUse)],
    [
      "alloc_emergency_exception_buf",
      fixed("alloc_emergency_exception_buf", 1, 1, (a) => {
        const size = toIndex(a[0]);
        if (size > 0) charge(size);
        if (objectState.emergencyBytes > 0) mem.heap.release(objectState.emergencyBytes);
        objectState.emergencyBytes = Math.max(0, size);
        return null;
      }),
    ],
    ["heap_lock", fixed("heap_lock", 0, 0, () => (mem.heap.lock(), null))],
    ["heap_unlock", fixed("heap_unlock", 0, 0, () => mem.heap.unlock())],
    ["heap_locked", fixed("heap_locked", 0, 0, () => mem.heap.depth)],
    ["kbd_intr", fixed("kbd_intr", 1, 1, (a) => (toIndex(a[0]), null))],
    ["RingIO", RINGIO],
    [
      "schedule",
      fixed("schedule", 2, 2, (a) => {
        if (!schedule(a[0]!, a[1]!)) throw pyErr(RUNTIME_ERROR, "schedule queue full");
        return null;
      }),
    ],
  ];
  for (const [k, v] of entries) d.set(k, v);
  return d;
}

/** mp_cstack_usage, estimated from how deep the Python calls are nested. */
function stackUse(): number {
  return C_STACK_BASE + C_STACK_PER_CALL * Math.max(0, interp.depth - 1);
}

/** micropython.mem_info(): the mem, stack and GC lines, and with an argument the block map. */
function memInfo(withTable: boolean): string {
  const h = mem.heap;
  let text = `mem: total=${h.allocated}, current=${h.used}, peak=${h.peak}\n`;
  text += memInfoText(h, { used: stackUse(), limit: C_STACK_LIMIT });
  return withTable ? text + allocTable() : text;
}

/** gc_dump_alloc_table: the heap's own table, 64 blocks a line, long free stretches folded. */
function allocTable(): string {
  return `GC memory layout; from ${GC_POOL_ADDRESS.toString(16)}:` + formatAllocTable(mem.heap.table);
}

/** Names a port has in ROM: the static qstrs, the builtins and built-in modules with their attributes. */
function romNames(self: Namespace, moduleNames: () => Iterable<string>): Set<string> {
  const names = new Set<string>([...moduleNames(), ...self.keys()]);
  for (const [k, v] of interp.builtins) {
    names.add(k);
    if (v instanceof PyType) for (const m of v.dict.keys()) names.add(m);
  }
  return names;
}

/** MICROPY_ALLOC_QSTR_ENTRIES_INIT: the first pool's entries; each further pool doubles. */
const QSTR_POOL_INIT = 10;
/** A pool's header and, per entry, a text pointer, a 2-byte hash and a 1-byte length (32-bit port). */
const poolBytes = (entries: number) => Math.ceil((16 + 7 * entries) / BLOCK_BYTES) * BLOCK_BYTES;

/** micropython.qstr_info(): the pools of names interned at run time (the loaded modules' new names). */
function qstrInfo(dump: boolean, rom: Set<string>): string {
  const made = [...mem.interned].filter((q) => staticQstrIndex(q) === undefined && !rom.has(q));
  let pools = 0;
  let poolTotal = 0;
  for (let room = 0, alloc = QSTR_POOL_INIT; room < made.length; alloc *= 2) {
    pools++;
    poolTotal += poolBytes(alloc);
    room += alloc;
  }
  const data = made.reduce((n, q) => n + new TextEncoder().encode(q).length + 1, 0);
  let text = `qstr pool: n_pool=${pools}, n_qstr=${made.length}, n_str_data_bytes=${data}, n_total_bytes=${poolTotal + data}\n`;
  // qstr_dump_data walks the newest pool first.
  if (dump) for (const q of poolsNewestFirst(made)) text += `Q(${q})\n`;
  return text;
}

function poolsNewestFirst(names: string[]): string[] {
  const pools: string[][] = [];
  for (let i = 0, alloc = QSTR_POOL_INIT; i < names.length; i += alloc, alloc *= 2) pools.unshift(names.slice(i, i + alloc));
  return pools.flat();
}
