// The VM's heap model against MicroPython's 32-bit WebAssembly VM: every allocation probe of
// spec/runtime/memory/cases.ts run as a program on our VM must report the same gc.mem_alloc()
// delta the real VM reported (measured.json), and importing the fixture modules must cost what
// the real VM's import costs, within 12% (the spec prints by how much).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { decodePrelude } from "../../../bytecode/prelude.js";
import { writeMpy } from "../../../bytecode/mpy-write.js";
import { runMpy } from "../../../runtime/index.js";
import { PROBES, PROBE_SETUP, probeSource } from "../memory/cases.js";
import measured from "../memory/measured.json" with { type: "json" };

const fixtures = new URL("../fixtures/modules/", import.meta.url);

function run(source: string, modules: Record<string, Uint8Array> = {}, heapBytes?: number) {
  const r = compile(source, { sourceName: "probe.py" });
  if (!r.ok) throw r.error;
  return runMpy(r.mpy, { compile, findModule: (n) => modules[n], ...(heapBytes ? { heapBytes } : {}) });
}

describe("heap model on the VM", () => {
  const src = `${PROBE_SETUP}\n${PROBES.map((p) => probeSource(p.expr, p.statement)).join("\n")}\n`;
  const lines = run(src).output.trim().split("\n");
  PROBES.forEach((p, i) => {
    it(`${p.expr.split("\n")[0]} allocates what the real VM allocates`, () => {
      expect(Number(lines[i])).toBe((measured.probes as Record<string, number>)[p.expr]);
    });
  });

  for (const [name, m] of Object.entries(measured.imports)) {
    it(`import ${name} costs within 12% of the real VM's ${m.bytes} bytes`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(`${name}.mpy`, fixtures)));
      const out = run(`import gc\ngc.collect()\na = gc.mem_alloc()\nimport ${name}\nb = gc.mem_alloc()\nprint(b - a)\n`, { [name]: bytes }).output;
      const ours = Number(out.trim().split("\n").pop());
      if (ours !== m.bytes) console.log(`import ${name}: ours ${ours} bytes, real VM ${m.bytes} (${ours - m.bytes > 0 ? "+" : ""}${ours - m.bytes})`);
      // The loader's own allocations are modelled, not replayed (runtime/memory/MODEL.md).
      expect(Math.abs(ours - m.bytes) / m.bytes).toBeLessThan(0.12);
    });
  }

  it("a small heap runs out where a board of that size would", () => {
    const r = run("x = []\nfor i in range(100000):\n    x.append(str(i) * 3)\n", {}, 16 * 1024);
    expect(r.error).toBe("MemoryError");
    // The message itself needs heap (py/objexcept.c): on a heap full to the last block it is left
    // out, with no room for its buffer it is the format, and with no room to grow the buffer for
    // the number it is cut to the buffer's 45 characters.
    const m = /MemoryError(?:: (.*))?\n$/.exec(r.output);
    expect(m).not.toBeNull();
    const text = m![1] ?? "";
    const n = /allocating (\d+)/.exec(text)?.[1] ?? "";
    const full = `memory allocation failed, allocating ${n} bytes`;
    expect(["", "memory allocation failed, allocating %u bytes", full, full.slice(0, 45)]).toContain(text);
  });

  it("a function whose prelude claims a huge n_state raises MemoryError, not a host array of that size", () => {
    const r = compile("def f():\n    return 1\ntry:\n    f()\nexcept MemoryError as e:\n    print('MemoryError', e)\n", { sourceName: "big.py" });
    if (!r.ok) throw r.error;
    const fn = r.module.root.children[0]!;
    const p = decodePrelude(fn.data)!;
    let sigLen = 0;
    while (fn.data[sigLen]! & 0x80) sigLen++;
    const data = new Uint8Array([...encodeSignature(50_000_000, p.nExcStack, p.scopeFlags, p.nPosArgs, p.nKwonlyArgs, p.nDefPosArgs), ...fn.data.subarray(sigLen + 1)]);
    expect(decodePrelude(data)!.nState).toBe(50_000_000);
    const mpy = writeMpy({ ...r.module, root: { ...r.module.root, children: [{ ...fn, data }] } });
    expect(runMpy(mpy, {}).output).toMatch(/^MemoryError memory allocation failed, allocating \d+ bytes\n$/);
  });

  it("garbage is reclaimed by gc.collect(), and automatically before failing", () => {
    const r = run("import gc\nfor i in range(2000):\n    s = [i] * 50\ngc.collect()\nprint(gc.mem_alloc() < 4000)\n", {}, 16 * 1024);
    expect(r.output).toBe("True\n");
  });

  it("heap_lock makes any allocation a MemoryError", () => {
    // The message of this MemoryError lives in the emergency exception buffer (a board has none until allocated).
    const r = run("import micropython\ntry:\n    micropython.alloc_emergency_exception_buf(100)\nexcept AttributeError:\n    pass\nmicropython.heap_lock()\ntry:\n    x = [1, 2]\nexcept MemoryError as e:\n    micropython.heap_unlock()\n    print('locked:', e)\n");
    expect(r.output).toBe("locked: memory allocation failed, heap is locked\n");
  });
});

/** MP_BC_PRELUDE_SIG_ENCODE (py/bc0.h): n_state - 1, exception-stack size, flags and argument counts, 7 bits a byte. */
function encodeSignature(nState: number, e: number, f: number, a: number, k: number, d: number): number[] {
  const out: number[] = [];
  let s = nState - 1;
  let z = ((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3);
  s >>= 4;
  e >>= 1;
  a >>= 2;
  while (s | e | f | a | k | d) {
    out.push(0x80 | z);
    z = ((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) | ((e & 1) << 1) | (d & 1);
    s >>= 2;
    f >>= 1;
    k >>= 1;
    a >>= 1;
    e >>= 1;
    d >>= 1;
  }
  out.push(z);
  return out;
}
