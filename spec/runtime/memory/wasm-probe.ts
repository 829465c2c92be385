// Runs allocation probes and .mpy imports on MicroPython's 32-bit WebAssembly VM and returns the
// gc.mem_alloc() deltas: the ground truth that measured.json records and the live spec re-checks.

import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { PROBE_SETUP, probeSource } from "./cases.js";

interface VM {
  runPython(code: string): unknown;
  FS: { writeFile(path: string, data: Uint8Array): void };
}

export async function measure(probes_: readonly { expr: string; statement?: boolean }[], imports: Record<string, Uint8Array>): Promise<{
  probes: Record<string, number>;
  imports: Record<string, number>;
}> {
  let out = "";
  const mp = (await loadMicroPython({
    heapsize: 1024 * 1024,
    stdout: (s: string) => (out += s + "\n"),
    stderr: (s: string) => (out += s + "\n"),
  })) as unknown as VM;
  // Imports first, on a fresh VM: a full qstr pool would add a pool allocation to the import.
  mp.runPython("import gc\na = 0\nb = 0");
  const result: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(imports)) {
    mp.FS.writeFile(`/${name}.mpy`, bytes);
    out = "";
    mp.runPython(`gc.collect()\na = gc.mem_alloc()\nimport ${name}\nb = gc.mem_alloc()\nprint(b - a)`);
    result[name] = Number(out.trim());
  }
  mp.runPython(PROBE_SETUP);
  const probes: Record<string, number> = {};
  for (const p of probes_) {
    out = "";
    mp.runPython(probeSource(p.expr, p.statement));
    probes[p.expr] = Number(out.trim());
  }
  return { probes, imports: result };
}
