// The import cost of the frozen asyncio package (runtime/memory/frozen-webassembly.ts) against the
// WebAssembly VM, live: a driver module compiled by mpyc imports asyncio on both VMs, readings
// taken between calls after a collection; then the names a program reads from the package, which
// load nothing more on this port (its __init__ imports funcs, event and lock itself).

import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { Runtime, VirtualFs } from "../../runtime/index.js";
import { parseFrozenScript } from "../../runtime/memory/frozen-place.js";
import { ASYNCIO_IMPORT } from "../../runtime/memory/frozen-webassembly.js";
import { PyModule, type Value } from "../../runtime/objects/value.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { PortProxies } from "../tools/memory/ours.js";

/**
 * run("imp") imports asyncio; run("get", name) reads one of its names; run("make", name, i) stores
 * a new `asyncio.<name>()` (`asyncio.<name>(c(), 1)` for wait_for and wait_for_ms) in slot i of a list made beforehand (so the list never grows). One
 * function, so that the host holds as many proxies on both VMs as the port's table model has seen
 * checked (ours.ts PortProxies); it returns None (no proxy made).
 */
const DRIVER = [
  "import sys",
  "if sys.path[0] != '/lib':",
  "    sys.path.insert(0, '/lib')",
  "K = [None, None, None, None, None, None]",
  "async def c():",
  "    return 1",
  "def run(op, n=None, i=0):",
  "    if op == 'imp':",
  "        import asyncio",
  "    elif op == 'get':",
  "        getattr(__import__('asyncio'), n)",
  "    elif n.startswith('wait_for'):",
  "        K[i] = getattr(__import__('asyncio'), n)(c(), 1)",
  "    else:",
  "        K[i] = getattr(__import__('asyncio'), n)()",
  "",
].join("\n");

/**
 * asyncio's core imports time, and its event module io. The WebAssembly VM freezes
 * micropython-lib's time.py and io.py (a board has the built-in modules): the same small modules in
 * /lib on both VMs stand in for them.
 */
const STAND_INS: [string, string][] = [
  ["time", "from utime import *\n"],
  ["io", "from uio import *\n"],
];

const NAMES = ["Event", "Lock", "wait_for", "gather", "sleep_ms", "create_task"];
/**
 * Objects made after the import: each keeps what the device's keeps (an Event or a Lock: 48
 * bytes; wait_for(c(), 1) and wait_for_ms: the coroutine of wait_for, and c()).
 */
const MADE = ["Event", "Event", "Lock", "Lock", "wait_for", "wait_for_ms"];

function mpy(source: string, name: string): Uint8Array {
  const r = compile(source, { sourceName: `${name}.py` });
  if (!r.ok) throw new Error(r.error.message);
  return r.mpy;
}

/** A run whose /lib holds `files` (name -> source) as .mpy, with `name` imported by the host. */
function hostModule(files: Record<string, string>, name: string, heapBytes: number): { rt: Runtime; module: PyModule } {
  const fs = new VirtualFs();
  fs.mkdir("/lib");
  for (const [file, source] of Object.entries(files)) fs.writeFile(`/lib/${file}.mpy`, mpy(source, file));
  const rt = new Runtime({ fs, heapBytes });
  const d = rt.hostImport(name);
  if (!(d.value instanceof PyModule)) throw new Error(rt.output + d.error);
  return { rt, module: d.value };
}

interface Readings {
  /** Bytes after importing asyncio, then after each of NAMES and MADE, all after a collection. */
  readonly costs: number[];
  readonly modules: string[];
  /** The allocation table ('.' free, '=' tail, 'h' head) right after the import, and after the collection. */
  readonly tables: [string, string];
}

const heads = (cells: string) => cells.replace(/[^.=]/g, "h").replace(/\.+$/, "");

function ourCells(rt: Runtime): string {
  const t = rt.heap.table;
  let s = "";
  for (let b = 0; b <= t.lastUsedBlock; b++) s += t.kinds[b] === 0 ? "." : t.kinds[b] === 2 ? "=" : "h";
  return heads(s);
}

async function device(heapsize: number): Promise<Readings> {
  const o = await MemoryOracle.load({ heapsize, fixed: true });
  o.mkdir("/lib");
  o.writeFile("/lib/_fa.mpy", mpy(DRIVER, "_fa"));
  for (const [name, source] of STAND_INS) o.writeFile(`/lib/${name}.mpy`, mpy(source, name));
  const d = o.importModule("_fa");
  if (!d.module) throw new Error(d.error ?? "driver");
  const run = d.module.run as (...a: unknown[]) => unknown;
  o.collect();
  const a = o.memAlloc();
  const costs: number[] = [];
  expect(o.call(run, "imp").error).toBeNull();
  const imported = heads(o.allocTable().cells);
  o.collect();
  const collected = heads(o.allocTable().cells);
  costs.push(o.memAlloc() - a);
  for (const n of NAMES) {
    expect(o.call(run, "get", n).error).toBeNull();
    o.collect();
    costs.push(o.memAlloc() - a);
  }
  for (const [i, n] of MADE.entries()) {
    expect(o.call(run, "make", n, i).error).toBeNull();
    o.collect();
    costs.push(o.memAlloc() - a);
  }
  const modules = o.run("import sys\nprint(sorted(sys.modules))").output.trim();
  return { costs, modules: JSON.parse(modules.replace(/'/g, '"')) as string[], tables: [imported, collected] };
}

function ours(heapBytes: number): Readings {
  const { rt, module } = hostModule({ _fa: DRIVER, ...Object.fromEntries(STAND_INS) }, "_fa", heapBytes);
  // The port's table of the objects JavaScript holds grows as the device's does (ours.ts).
  const proxies = new PortProxies(rt);
  proxies.add();
  const run = module.dict.get("run") as Value;
  proxies.add();
  rt.collect();
  const a = rt.heap.used;
  const costs: number[] = [];
  expect(rt.hostCall(run, ["imp"]).error).toBeNull();
  const imported = ourCells(rt);
  rt.collect();
  const collected = ourCells(rt);
  costs.push(rt.heap.used - a);
  for (const n of NAMES) {
    expect(rt.hostCall(run, ["get", n]).error).toBeNull();
    rt.collect();
    costs.push(rt.heap.used - a);
  }
  for (const [i, n] of MADE.entries()) {
    expect(rt.hostCall(run, ["make", n, i]).error).toBeNull();
    rt.collect();
    costs.push(rt.heap.used - a);
  }
  return { costs, modules: [...rt.modules.keys()].sort(), tables: [imported, collected] };
}

describe("frozen asyncio", () => {
  it("its script frees only garbage it allocated before", () => {
    const steps = parseFrozenScript(ASYNCIO_IMPORT);
    const allocs = steps.filter((s) => s.kind === "alloc");
    const freed = new Set<number>();
    for (const s of steps) {
      if (s.kind !== "free") continue;
      expect(allocs[s.alloc]!.keep).toBe(false);
      expect(freed.has(s.alloc)).toBe(false);
      freed.add(s.alloc);
    }
    expect(steps.filter((s) => s.kind === "module").map((s) => s.kind === "module" && s.name)).toEqual(["asyncio", "asyncio.core", "asyncio.funcs", "asyncio.event", "asyncio.lock"]);
    expect(() => parseFrozenScript("16 -1")).toThrow(/internal error/);
  });

  it("import asyncio, the names programs read and Event() and Lock() cost what they cost on the WebAssembly VM", async () => {
    const dev = await device(64 * 1024);
    const our = ours(64 * 1024);
    expect(dev.costs[0]).toBeGreaterThan(3000);
    expect(our.costs).toEqual(dev.costs);
    expect(our.modules).toEqual(dev.modules);
    // Block for block: every allocation lands where the device's does, and the same ones stay.
    expect(our.tables[0]).toEqual(dev.tables[0]);
    expect(our.tables[1]).toEqual(dev.tables[1]);
  });

  it("a task keeps its coroutine while it is pending, as the device's task queue does", () => {
    const source = [
      "import asyncio",
      "async def c():",
      "    return 1",
      "def spawn():",
      "    asyncio.create_task(c())",
      "def coro():",
      "    K[0] = c()",
      "def run():",
      "    asyncio.run(c())",
      "K = [None]",
      "",
    ].join("\n");
    const { rt, module } = hostModule({ _ft: source }, "_ft", 64 * 1024);
    const call = (n: string) => expect(rt.hostCall(module.dict.get(n)!, []).error).toBeNull();
    rt.collect();
    const a = rt.heap.used;
    call("coro");
    rt.collect();
    const coroutine = rt.heap.used - a;
    expect(coroutine).toBeGreaterThan(0);
    call("spawn");
    rt.collect();
    // mp_obj_task_t is 32 bytes on a 32-bit port.
    expect(rt.heap.used - a).toBe(2 * coroutine + 32);
    call("run");
    rt.collect();
    expect(rt.heap.used - a).toBe(coroutine);
  });

  it("an import that runs out of heap leaves asyncio out of sys.modules, and the next one starts again", () => {
    const source = [
      "import sys",
      "def run():",
      "    try:",
      "        import asyncio",
      "        print('imported')",
      "    except MemoryError:",
      "        print('MemoryError', [m for m in sys.modules if m.startswith('asyncio')])",
      "",
    ].join("\n");
    const { rt, module } = hostModule({ _fm: source }, "_fm", 4096);
    const run = module.dict.get("run")!;
    expect(rt.hostCall(run, []).error).toBeNull();
    expect(rt.hostCall(run, []).error).toBeNull();
    expect(rt.output).toBe("MemoryError []\nMemoryError []\n");
  });
});

