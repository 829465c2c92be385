// The MicroPython VM's verdict on source given as bytes: compiles (without running) the exact
// bytes with the VM's own compiler, as mpy-cross would read them from a file, and reports the
// error kind and line if it rejects them. Uses its own VM instance of the WebAssembly port.

import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

export interface Verdict {
  readonly kind: string;
  readonly message: string;
  readonly line: number;
}

interface VM {
  runPython(code: string): unknown;
  FS: { writeFile(path: string, data: Uint8Array): void };
}

let vm: Promise<VM> | null = null;

const encoder = new TextEncoder();

/** null if the VM's compiler accepts the source, else its error kind, message and line. */
export async function vmVerdict(source: string | Uint8Array): Promise<Verdict | null> {
  const mp = await (vm ??= loadMicroPython({ heapsize: 8 * 1024 * 1024, stdout: () => {}, stderr: () => {} }) as Promise<VM>);
  mp.FS.writeFile("/fuzz_src.py", typeof source === "string" ? encoder.encode(source) : source);
  try {
    mp.runPython("with open('/fuzz_src.py', 'rb') as fuzz_f:\n    compile(fuzz_f.read(), 'prog.py', 'exec')\nfuzz_f = None");
    return null;
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const line = /File "prog\.py", line (\d+)/.exec(text);
    const last = text.trim().split("\n").pop() ?? "";
    const m = /^(\w+): ?(.*)$/.exec(last);
    return { kind: m?.[1] ?? last, message: m?.[2] ?? "", line: line ? Number(line[1]) : 0 };
  }
}
