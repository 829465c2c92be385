// The real MicroPython v1.27.0 VM (the WebAssembly port from npm) as a test oracle: run source
// compiled by MicroPython itself, or import a .mpy we compiled, capturing what it prints and the
// traceback of an uncaught exception, normalised so the two can be compared line for line.

import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

export interface RunResult {
  /** Everything printed, then the traceback of an uncaught exception, if any. */
  readonly output: string;
}

interface MicroPythonVM {
  runPython(code: string): unknown;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
}

let vm: Promise<{ mp: MicroPythonVM; take: () => string }> | null = null;

async function instance(): Promise<{ mp: MicroPythonVM; take: () => string }> {
  if (!vm) {
    vm = (async () => {
      let buf = "";
      const mp = (await loadMicroPython({
        heapsize: 4 * 1024 * 1024,
        stdout: (s: string) => {
          buf += s + "\n";
        },
        stderr: (s: string) => {
          buf += s + "\n";
        },
      })) as unknown as MicroPythonVM;
      const take = () => {
        const out = buf;
        buf = "";
        return out;
      };
      return { mp, take };
    })();
  }
  return vm;
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
  const { mp, take } = await instance();
  take();
  let err = "";
  try {
    mp.runPython(`exec(compile(${JSON.stringify(source)}, ${JSON.stringify(fileName)}, "exec"), {"__name__": "__main__"})`);
  } catch (e) {
    err = errorText(e).replace(/^  File "<stdin>", line \d+, in <module>\n/m, "");
  }
  return { output: take() + err };
}

let counter = 0;

/** Imports a .mpy as a fresh module; the importing frame is dropped from tracebacks. */
export async function runMpy(mpy: Uint8Array): Promise<RunResult> {
  const { mp, take } = await instance();
  const name = `m_${++counter}`;
  mp.FS.writeFile(`/${name}.mpy`, mpy);
  take();
  let err = "";
  try {
    mp.runPython(`import ${name}`);
  } catch (e) {
    err = errorText(e).replace(/^  File "<stdin>", line 1, in <module>\n/m, "");
  } finally {
    mp.FS.unlink(`/${name}.mpy`);
    try {
      mp.runPython(`import sys\nsys.modules.pop(${JSON.stringify(name)}, None)`);
    } catch {
      /* the module may not have been registered */
    }
  }
  return { output: take() + err };
}

/** The VM's own verdict on source: null if it compiles, else the error kind, message and line. */
export async function checkSyntax(source: string): Promise<{ kind: string; message: string; line: number } | null> {
  const { mp, take } = await instance();
  take();
  try {
    mp.runPython(`compile(${JSON.stringify(source)}, "prog.py", "exec")`);
    return null;
  } catch (e) {
    const text = errorText(e);
    const line = /File "prog\.py", line (\d+)/.exec(text);
    const last = text.trim().split("\n").pop() ?? "";
    const m = /^(\w+): ?(.*)$/.exec(last);
    return { kind: m?.[1] ?? last, message: m?.[2] ?? "", line: line ? Number(line[1]) : 0 };
  } finally {
    take();
  }
}
