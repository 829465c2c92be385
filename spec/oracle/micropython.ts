// The real MicroPython v1.27.0 VM (the WebAssembly port from npm) as a test oracle: run source
// compiled by MicroPython itself, import a .mpy we compiled, or ask its compiler for a verdict on
// source bytes, capturing what it prints and the traceback of an uncaught exception, normalised so
// the two can be compared line for line.
//
// One VM instance serves every call and is replaced by a fresh one (a few ms) after RECYCLE_AFTER
// calls: MicroPython never frees an interned name and looks names up by a linear scan of its qstr
// pools, so a VM that has compiled thousands of programs compiles each new one several times slower.

import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

export interface RunResult {
  /** Everything printed, then the traceback of an uncaught exception, if any. */
  readonly output: string;
}

interface MicroPythonVM {
  runPython(code: string): unknown;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
  _module: unknown;
}

interface Instance {
  readonly mp: MicroPythonVM;
  readonly heapsize: number;
  uses: number;
}

/** Calls one VM instance serves before a fresh one replaces it. */
export const RECYCLE_AFTER = 200;

/** Heap of the VM that runs programs (like a board's), and of the one that only compiles (deep nesting needs more). */
const RUN_HEAP = 4 * 1024 * 1024;
const COMPILE_HEAP = 8 * 1024 * 1024;

let current: Promise<Instance> | null = null;
let buf = "";
const take = () => {
  const out = buf;
  buf = "";
  return out;
};

async function load(heapsize: number): Promise<Instance> {
  const mp = (await loadMicroPython({
    heapsize,
    stdout: (s: string) => {
      buf += s + "\n";
    },
    stderr: (s: string) => {
      buf += s + "\n";
    },
  })) as unknown as MicroPythonVM;
  return { mp, heapsize, uses: 0 };
}

/** The live instance with this heap size, fresh if the last one has served its calls. */
async function instance(heapsize: number): Promise<MicroPythonVM> {
  let inst = current && (await current);
  if (!inst || inst.heapsize !== heapsize || inst.uses >= RECYCLE_AFTER) {
    current = load(heapsize);
    inst = await current;
  }
  inst.uses++;
  // The port's glue reads results through a global that the newest loaded instance (perhaps
  // another module's) owns; point it back at ours.
  (globalThis as { Module?: unknown }).Module = inst.mp._module;
  take();
  return inst.mp;
}

function errorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.endsWith("\n") ? msg : msg + "\n";
}

/**
 * Runs source compiled by MicroPython itself, in a fresh global namespace each time so that runs
 * cannot see each other's names; tracebacks name the file `fileName`, without the exec frame.
 */
export async function runSource(source: string, fileName: string): Promise<RunResult> {
  const mp = await instance(RUN_HEAP);
  let err = "";
  try {
    mp.runPython(`exec(compile(${JSON.stringify(source)}, ${JSON.stringify(fileName)}, "exec"), {"__name__": "__main__"})`);
  } catch (e) {
    err = errorText(e).replace(/^ {2}File "<stdin>", line \d+, in <module>\n/m, "");
  }
  return { output: take() + err };
}

/** Name under which each .mpy is imported; the module is dropped from sys.modules afterwards. */
const MODULE = "fuzz_mod";

/** Imports a .mpy as a fresh module; the importing frame is dropped from tracebacks. */
export async function runMpy(mpy: Uint8Array): Promise<RunResult> {
  const mp = await instance(RUN_HEAP);
  mp.FS.writeFile(`/${MODULE}.mpy`, mpy);
  let err = "";
  try {
    // One call: the import, then (even if it raised) the module forgotten, so the next import loads the next file.
    mp.runPython(`try:\n    import ${MODULE}\nfinally:\n    __import__('sys').modules.pop('${MODULE}', None)`);
  } catch (e) {
    err = errorText(e).replace(/^ {2}File "<stdin>", line 2, in <module>\n/m, "");
  }
  return { output: take() + err };
}

export interface Verdict {
  readonly kind: string;
  readonly message: string;
  readonly line: number;
}

function verdictOf(e: unknown): Verdict {
  const text = errorText(e);
  const line = /File "prog\.py", line (\d+)/.exec(text);
  const last = text.trim().split("\n").pop() ?? "";
  const m = /^(\w+): ?(.*)$/.exec(last);
  return { kind: m?.[1] ?? last, message: m?.[2] ?? "", line: line ? Number(line[1]) : 0 };
}

/** The VM's own verdict on source: null if it compiles, else the error kind, message and line. */
export async function checkSyntax(source: string): Promise<Verdict | null> {
  const mp = await instance(RUN_HEAP);
  try {
    mp.runPython(`compile(${JSON.stringify(source)}, "prog.py", "exec")`);
    return null;
  } catch (e) {
    return verdictOf(e);
  } finally {
    take();
  }
}

const encoder = new TextEncoder();

/**
 * The VM's verdict on source given as bytes: compiles (without running) the exact bytes, as
 * mpy-cross would read them from a file; null if they compile, else the error kind, message and line.
 */
export async function compileVerdict(source: string | Uint8Array): Promise<Verdict | null> {
  const mp = await instance(COMPILE_HEAP);
  mp.FS.writeFile("/fuzz_src.py", typeof source === "string" ? encoder.encode(source) : source);
  try {
    mp.runPython("with open('/fuzz_src.py', 'rb') as fuzz_f:\n    compile(fuzz_f.read(), 'prog.py', 'exec')\nfuzz_f = None");
    return null;
  } catch (e) {
    return verdictOf(e);
  } finally {
    take();
  }
}
