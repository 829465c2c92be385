// Dev tool: where MemoryError comes on fixed heaps of 16k, 32k, 64k and 128k for growth of a list,
// dict, set, bytearray, a str built by concatenation, a list of instances, and the largest single
// bytearray after fragmenting the heap: the count at failure and the message, on mpyc's VM and on
// MicroPython (the fixed-heap WebAssembly VM; and the 32-bit unix port if MPY_UNIX32 names one).
// Usage: [MPY_UNIX32=path/to/micropython] node dist/spec/tools/memory/memory-errors.js [--json FILE] [--golden FILE]
// (--golden writes the device's outcomes alone, as spec/memory/memory-errors.json keeps them).
//
// The WebAssembly VM never collects during a call (its collections wait for control to return to
// JavaScript), so where a loop makes garbage (str concatenation) it fails earlier than a board;
// the unix port collects on a failed allocation, as a board does. That port starts with a heap of
// its own, and where str concatenation fails depends on the blocks in use before the loop (a few
// blocks move the count by up to a third), so that case is compared from the same table (boardLike).

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import * as os from "node:os";
import * as path from "node:path";
import { compile, formatError } from "../../../compiler/index.js";
import { Runtime, VirtualFs } from "../../../runtime/index.js";
import { PyModule } from "../../../runtime/objects/value.js";
import { MemoryOracle, type PyCallable } from "../../oracle/memory-oracle.js";
import { PortProxies } from "./ours.js";
import { concatFromTable, printedTable } from "./str-concat.js";

export const HEAPS = [16, 32, 64, 128].map((k) => k * 1024);

/**
 * Cases where the unix port is the reference: the WebAssembly VM cannot collect the loop's garbage
 * mid-call (str concatenation).
 */
export const BOARD_LIKE = new Set(["str concat"]);

/**
 * Each case counts items until MemoryError, then prints `RESULT <count> <message>`. `e` is bound
 * first: binding it in the handler could need a bigger globals table, and with the heap full the
 * WebAssembly VM cannot even format that MemoryError for JavaScript (its nlr_jump_fail loops).
 */
export const GROWTH: Record<string, string> = {
  list: "e = None\nx = []\nn = 0\ntry:\n    while True:\n        x.append(None)\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  dict: "e = None\nd = {}\nn = 0\ntry:\n    while True:\n        d[n] = None\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  set: "e = None\ns = set()\nn = 0\ntry:\n    while True:\n        s.add(n)\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  // (as instances below)
  bytearray: "e = None\nR = [None] * 64\nb = bytearray()\nn = 0\ntry:\n    while True:\n        b.append(0)\n        n += 1\nexcept MemoryError as e:\n    R.clear()\n    print('RESULT', n, e)",
  // The heap is collected and its table printed before the loop: from there the count depends on
  // that table alone (str-concat.ts), and each VM's table is recorded with its outcome.
  "str concat": "e = None\ns = ''\nn = 0\n__import__('gc').collect()\n__import__('micropython').mem_info(1)\ntry:\n    while True:\n        s = s + 'x'\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  // Where the heap ends up full, R is shrunk (which frees at once, collection or not): the
  // WebAssembly VM needs room after the body for the module's proxy, or it hangs (nlr_jump_fail).
  // The same program runs on every VM.
  instances: "class C:\n    def __init__(self):\n        self.a = 1\ne = None\nR = [None] * 64\nL = []\nn = 0\ntry:\n    while True:\n        L.append(C())\n        n += 1\nexcept MemoryError as e:\n    R.clear()\n    print('RESULT', n, e)",
};

/** Fragments the heap with bytearrays of 200 bytes, every other one freed. */
const fragment = (heap: number) => `import gc\nK = ${Math.floor(heap / 400)}\nL = [None] * K\nfor i in range(K):\n    L[i] = bytearray(200)\nfor i in range(0, K, 2):\n    L[i] = None\nX = None\n`;
const TRY = "def tryb(n):\n    global X\n    try:\n        X = bytearray(n)\n    except MemoryError as e:\n        return str(e)\n    X = None\n    return ''\n";
/** The search in one program, for VMs whose gc.collect() collects at once. */
const SEARCH = "lo = 0\nhi = 1 << 20\nwhile hi - lo > 1:\n    mid = (lo + hi) // 2\n    gc.collect()\n    if tryb(mid) == '':\n        lo = mid\n    else:\n        hi = mid\ngc.collect()\nprint('RESULT', lo, tryb(lo + 1))";
export const largestSource = (heap: number) => fragment(heap) + TRY + SEARCH;

/** The module each case is: imported from /lib on every VM, the same .mpy bytes, nothing compiled on the device. */
export const CASE_MODULE = "memcase";

/**
 * The case's module, compiled by mpyc. Its body runs the growth and prints the result; for
 * "largest" it fragments the heap and defines `tryb`, which the host calls with a collection
 * before each call (`whole`: the search too, for a VM whose gc.collect() collects at once).
 */
export function caseMpy(kase: string, heap: number, whole = false): Uint8Array {
  const source = kase !== "largest" ? GROWTH[kase]! : whole ? largestSource(heap) : fragment(heap) + TRY;
  const r = compile(source, { sourceName: `${CASE_MODULE}.py` });
  if (!r.ok) throw new Error(`${kase} does not compile: ${formatError(r.error, `${CASE_MODULE}.py`, source)}`);
  return r.mpy;
}

export interface Outcome {
  readonly count: number | null;
  readonly message: string;
  /** The allocation table the case printed before its loop, after a collection (str concat). */
  readonly table?: string;
}

function parse(output: string, error: string | null): Outcome {
  const m = /RESULT (\d+) (.*)/.exec(output);
  const table = printedTable(output);
  const outcome = m ? { count: Number(m[1]), message: m[2]!.trim() } : { count: null, message: (error ?? output).trim().split("\n").pop() ?? "" };
  return table === undefined ? outcome : { ...outcome, table };
}

/** The largest n for which `tryb(n)` succeeds, a collection before each call, and the message of n + 1. */
function search(tryb: (n: number) => string, collect: () => void): Outcome {
  let lo = 0;
  let hi = 1 << 20;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    collect();
    if (tryb(mid) === "") lo = mid;
    else hi = mid;
  }
  collect();
  return { count: lo, message: tryb(lo + 1) };
}

/** The outcome on the fixed-heap WebAssembly VM: pyimport of the case's .mpy from /lib, then (largest) calls from JavaScript. */
export async function wasmOutcome(kase: string, heap: number): Promise<Outcome> {
  const o = await MemoryOracle.load({ heapsize: heap, fixed: true });
  o.mkdir("/lib");
  o.writeFile(`/lib/${CASE_MODULE}.mpy`, caseMpy(kase, heap));
  const r = o.importModule(CASE_MODULE);
  if (kase !== "largest" || !r.module) return parse(r.output, r.error);
  o.collect();
  const tryb = r.module.tryb as PyCallable;
  return search((n) => String(o.call(tryb, n).value), () => o.collect());
}

/**
 * mpyc's outcome, its VM set up as the reference of the case is: a board (collection on a failed
 * allocation) for BOARD_LIKE cases, else the WebAssembly port, whose failed allocation fails at
 * once. The host imports and calls as the WebAssembly VM's JavaScript does.
 */
export function oursOutcome(kase: string, heap: number): Outcome {
  const fs = new VirtualFs();
  fs.mkdir("/lib");
  fs.writeFile(`/lib/${CASE_MODULE}.mpy`, caseMpy(kase, heap));
  const rt = new Runtime({ fs, heapBytes: heap, collectOnFailure: BOARD_LIKE.has(kase) });
  const r = rt.hostImport(CASE_MODULE);
  if (kase !== "largest" || !(r.value instanceof PyModule)) return parse(rt.output, r.error);
  // As the device's JavaScript, the host holds the module (a proxy made before any collection), then tryb.
  const proxies = new PortProxies(rt);
  proxies.add();
  rt.collect();
  const tryb = r.value.dict.get("tryb")!;
  proxies.add();
  return search((n) => {
    const c = rt.hostCall(tryb, [n]);
    return c.error ?? String(c.value);
  }, () => rt.collect());
}

/** Same message, and a count within one item of the reference's. */
export function withinOne(ours: Outcome, ref: Outcome): boolean {
  return ours.count !== null && ref.count !== null && Math.abs(ours.count - ref.count) <= 1 && ours.message === ref.message;
}

/**
 * A board-like case compared from the same start: mpyc's heap model run forward from the table the
 * unix port printed before its loop must give the port's outcome, and run from the table mpyc's VM
 * printed, the VM's own outcome (so the VM concatenates and collects as the model does). The tables
 * differ because the two ports start differently (the VM reproduces the WebAssembly port's start).
 */
export function boardLike(heap: number, ours: Outcome, device: Outcome): { ok: boolean; fromDevice: Outcome; fromOurs: Outcome } {
  const none: Outcome = { count: null, message: "no table printed" };
  const fromDevice = device.table !== undefined ? concatFromTable(heap, device.table) : none;
  const fromOurs = ours.table !== undefined ? concatFromTable(heap, ours.table) : none;
  const ok = withinOne(fromDevice, device) && fromOurs.count === ours.count && fromOurs.message === ours.message;
  return { ok, fromDevice, fromOurs };
}

/** The outcome on the 32-bit unix port: `micropython -m` of the same module (the search in it for "largest"). */
export function unixOutcome(binary: string, kase: string, heap: number): Outcome {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "memcase-"));
  let out = "";
  try {
    fs.writeFileSync(path.join(dir, `${CASE_MODULE}.mpy`), caseMpy(kase, heap, true));
    out = execFileSync(binary, ["-X", `heapsize=${heap}`, "-m", CASE_MODULE], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, MICROPYPATH: dir } });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? "") + String((e as { stderr?: string }).stderr ?? "");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return parse(out, null);
}

/**
 * wasmOutcome in a worker thread, given up after `ms`: the WebAssembly VM hangs when a MemoryError
 * cannot even be formatted for JavaScript (its nlr_jump_fail loops), and a hang must not stop the tool.
 */
export function wasmOutcomeGuarded(kase: string, heap: number, ms = 15_000): Promise<Outcome> {
  return new Promise((resolve) => {
    const w = new Worker(new URL(import.meta.url), { workerData: { kase, heap } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve({ count: null, message: `no answer in ${ms / 1000} s (the VM hangs)` });
    }, ms);
    w.once("message", (m: Outcome) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once("error", (e) => {
      clearTimeout(timer);
      resolve({ count: null, message: String(e) });
    });
  });
}

if (!isMainThread && workerData?.kase) {
  parentPort!.postMessage(await wasmOutcome(workerData.kase as string, workerData.heap as number));
}

const isMain = isMainThread && process.argv[1]?.endsWith("memory-errors.js");
if (isMain) {
  const unix = process.env.MPY_UNIX32;
  const rows: Record<string, unknown>[] = [];
  let agree = 0;
  let total = 0;
  const show = (x: Outcome) => `${x.count ?? "-"} (${x.message.replace("memory allocation failed, ", "")})`;
  for (const kase of [...Object.keys(GROWTH), "largest"]) {
    for (const heap of HEAPS) {
      // A board-like case fills the WebAssembly VM's heap with garbage it cannot collect mid-call,
      // and it then hangs formatting the MemoryError: not run there.
      const wasm = BOARD_LIKE.has(kase) ? null : await wasmOutcomeGuarded(kase, heap);
      const ours = oursOutcome(kase, heap);
      const ux = unix ? unixOutcome(unix, kase, heap) : null;
      const board = BOARD_LIKE.has(kase) && ux ? boardLike(heap, ours, ux) : null;
      const ok = board ? board.ok : wasm !== null && withinOne(ours, wasm);
      total++;
      if (ok) agree++;
      rows.push({ kase, heap, ...(wasm ? { wasm } : {}), ours, ...(ux ? { unix32: ux } : {}) });
      const like = board ? `  ours from unix32's table ${show(board.fromDevice)}, from its own ${show(board.fromOurs)}` : "";
      console.log(`${ok ? "ok  " : "DIFF"} ${kase.padEnd(10)} ${String(heap / 1024).padStart(3)}k  device ${wasm ? show(wasm) : "(not run)"}${ux ? `  unix32 ${show(ux)}` : ""}  ours ${show(ours)}${like}`);
    }
  }
  console.log(`within one item and same message: ${agree} of ${total}`);
  const i = process.argv.indexOf("--json");
  if (i > 0 && process.argv[i + 1]) fs.writeFileSync(process.argv[i + 1]!, JSON.stringify(rows, null, 1));
  const g = process.argv.indexOf("--golden");
  if (g > 0 && process.argv[g + 1]) {
    const golden = rows.map((r) => ({ kase: r.kase, heap: r.heap, ...(r.wasm ? { wasm: r.wasm } : {}), ...(r.unix32 ? { unix32: r.unix32 } : {}) }));
    fs.writeFileSync(process.argv[g + 1]!, JSON.stringify(golden, null, 1) + "\n");
  }
}
