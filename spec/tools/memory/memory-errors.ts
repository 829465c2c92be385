// Dev tool: where MemoryError comes on fixed heaps of 16k, 32k, 64k and 128k for growth of a list,
// dict, set, bytearray, a str built by concatenation, a list of instances, and the largest single
// bytearray after fragmenting the heap: the count at failure and the message, on mpyc's VM and on
// MicroPython (the fixed-heap WebAssembly VM; and the 32-bit unix port if MPY_UNIX32 names one).
// Usage: [MPY_UNIX32=path/to/micropython] node dist/spec/tools/memory/memory-errors.js [--json FILE] [--golden FILE]
// (--golden writes the device's outcomes alone, as spec/memory/memory-errors.json keeps them).
//
// The WebAssembly VM never collects during a call (its collections wait for control to return to
// JavaScript), so where a loop makes garbage (str concatenation) it fails earlier than a board;
// the unix port collects on a failed allocation, as a board does.

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { MemoryOracle } from "../../oracle/memory-oracle.js";
import { runOurs } from "./ours.js";

export const HEAPS = [16, 32, 64, 128].map((k) => k * 1024);

/**
 * Cases where the unix port is the reference: the WebAssembly VM cannot collect the loop's garbage
 * mid-call (str concatenation).
 */
export const BOARD_LIKE = new Set(["str concat"]);

/** Each case counts items until MemoryError, then prints `RESULT <count> <message>`. */
export const GROWTH: Record<string, string> = {
  list: "x = []\nn = 0\ntry:\n    while True:\n        x.append(None)\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  dict: "d = {}\nn = 0\ntry:\n    while True:\n        d[n] = None\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  set: "s = set()\nn = 0\ntry:\n    while True:\n        s.add(n)\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  bytearray: "b = bytearray()\nn = 0\ntry:\n    while True:\n        b.append(0)\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  "str concat": "s = ''\nn = 0\ntry:\n    while True:\n        s = s + 'x'\n        n += 1\nexcept MemoryError as e:\n    print('RESULT', n, e)",
  // R is shrunk (which frees at once, collection or not) so the report can be printed: filled
  // with small objects, the WebAssembly VM cannot even format the uncaught MemoryError and hangs
  // (nlr_jump_fail). `e` is bound first: binding it in the handler could need a bigger globals
  // table. The same program runs on every VM.
  instances: "class C:\n    def __init__(self):\n        self.a = 1\ne = None\nR = [None] * 64\nL = []\nn = 0\ntry:\n    while True:\n        L.append(C())\n        n += 1\nexcept MemoryError as e:\n    R.clear()\n    print('RESULT', n, e)",
};

/** Fragments the heap with bytearrays of 200 bytes, every other one freed. */
const fragment = (heap: number) => `import gc\nK = ${Math.floor(heap / 400)}\nL = [None] * K\nfor i in range(K):\n    L[i] = bytearray(200)\nfor i in range(0, K, 2):\n    L[i] = None\nX = None\n`;
const TRY = "def tryb(n):\n    global X\n    try:\n        X = bytearray(n)\n    except MemoryError as e:\n        return str(e)\n    X = None\n    return ''\n";
/** The search in one program, for VMs whose gc.collect() collects at once. */
const SEARCH = "lo = 0\nhi = 1 << 20\nwhile hi - lo > 1:\n    mid = (lo + hi) // 2\n    gc.collect()\n    if tryb(mid) == '':\n        lo = mid\n    else:\n        hi = mid\ngc.collect()\nprint('RESULT', lo, tryb(lo + 1))";
export const largestSource = (heap: number) => fragment(heap) + TRY + SEARCH;

export interface Outcome {
  readonly count: number | null;
  readonly message: string;
}

function parse(output: string, error: string | null): Outcome {
  const m = /RESULT (\d+) (.*)/.exec(output);
  return m ? { count: Number(m[1]), message: m[2]!.trim() } : { count: null, message: (error ?? output).trim().split("\n").pop() ?? "" };
}

export async function wasmOutcome(kase: string, heap: number): Promise<Outcome> {
  const o = await MemoryOracle.load({ heapsize: heap, fixed: true });
  if (kase !== "largest") {
    const r = o.run(GROWTH[kase]!);
    return parse(r.output, r.error);
  }
  o.run(fragment(heap) + TRY);
  o.collect();
  const [tryb] = o.functions("__main__", ["tryb"]);
  let lo = 0;
  let hi = 1 << 20;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    o.collect();
    if (o.call(tryb!, mid).value === "") lo = mid;
    else hi = mid;
  }
  o.collect();
  return { count: lo, message: String(o.call(tryb!, lo + 1).value) };
}

/**
 * mpyc's outcome, its VM set up as the reference of the case is: a board (collection on a failed
 * allocation) for BOARD_LIKE cases, else the WebAssembly port, whose failed allocation fails at once.
 */
export function oursOutcome(kase: string, heap: number): Outcome {
  const r = runOurs(kase === "largest" ? largestSource(heap) : GROWTH[kase]!, { heapBytes: heap, collectOnFailure: BOARD_LIKE.has(kase) });
  return parse(r.output, r.error);
}

export function unixOutcome(binary: string, kase: string, heap: number): Outcome {
  const src = kase === "largest" ? largestSource(heap) : GROWTH[kase]!;
  let out = "";
  try {
    out = execFileSync(binary, ["-X", `heapsize=${heap}`, "-c", src], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? "") + String((e as { stderr?: string }).stderr ?? "");
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
      const wasm = await wasmOutcomeGuarded(kase, heap);
      const ours = oursOutcome(kase, heap);
      const ux = unix ? unixOutcome(unix, kase, heap) : null;
      const ref = ux && BOARD_LIKE.has(kase) ? ux : wasm;
      const ok = ours.count !== null && ref.count !== null && Math.abs(ours.count - ref.count) <= 1 && ours.message === ref.message;
      total++;
      if (ok) agree++;
      rows.push({ kase, heap, wasm, ours, ...(ux ? { unix32: ux } : {}) });
      console.log(`${ok ? "ok  " : "DIFF"} ${kase.padEnd(10)} ${String(heap / 1024).padStart(3)}k  device ${show(wasm)}${ux ? `  unix32 ${show(ux)}` : ""}  ours ${show(ours)}`);
    }
  }
  console.log(`within one item and same message: ${agree} of ${total}`);
  const i = process.argv.indexOf("--json");
  if (i > 0 && process.argv[i + 1]) fs.writeFileSync(process.argv[i + 1]!, JSON.stringify(rows, null, 1));
  const g = process.argv.indexOf("--golden");
  if (g > 0 && process.argv[g + 1]) {
    const golden = rows.map((r) => ({ kase: r.kase, heap: r.heap, wasm: r.wasm, ...(r.unix32 ? { unix32: r.unix32 } : {}) }));
    fs.writeFileSync(process.argv[g + 1]!, JSON.stringify(golden, null, 1) + "\n");
  }
}
