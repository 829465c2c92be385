// VM speed: each bench/programs/*.py compiled once by mpyc, then run on our VM (runtime/index.ts) and
// on the MicroPython v1.27.0 WebAssembly VM from npm, which imports the same .mpy. Both must print
// the same checksum; the ratio ours/theirs per program and their geometric mean are the result.

import * as fs from "node:fs";
import * as path from "node:path";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { compile } from "../compiler/index.js";
import { runMpy } from "../runtime/index.js";
import { CORPUS_DIR } from "../spec/corpus/programs.js";

export const PROGRAMS_DIR = path.join(path.dirname(CORPUS_DIR), "bench", "programs");

export interface Program {
  readonly name: string;
  readonly mpy: Uint8Array;
}

/** The benchmark programs, compiled; `only` filters by name (substring). */
export function loadPrograms(only: readonly string[] = []): Program[] {
  return fs
    .readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), source: fs.readFileSync(path.join(PROGRAMS_DIR, f)) }))
    .filter((p) => only.length === 0 || only.some((o) => p.name.includes(o)))
    .map(({ name, source }) => {
      const r = compile(new Uint8Array(source), { sourceName: `${name}.py` });
      if (!r.ok) throw new Error(`bench program ${name}.py does not compile: ${r.error.message}`);
      return { name, mpy: r.mpy };
    });
}

/** Runs a program on our VM, returning what it printed and the wall time. */
export function runOurs(p: Program): { output: string; ms: number } {
  let output = "";
  const t0 = performance.now();
  runMpy(p.mpy, { compile, write: (t) => (output += t) });
  return { output, ms: performance.now() - t0 };
}

interface WasmVM {
  runPython(code: string): unknown;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
}

/** One WebAssembly VM for all runs; each run imports the .mpy as a fresh module. */
export async function wasmRunner(): Promise<(p: Program) => { output: string; ms: number }> {
  let buf = "";
  const mp = (await loadMicroPython({
    heapsize: 8 * 1024 * 1024,
    stdout: (s: string) => (buf += s + "\n"),
    stderr: (s: string) => (buf += s + "\n"),
  })) as unknown as WasmVM;
  let n = 0;
  return (p) => {
    const name = `bench_${p.name}_${++n}`;
    mp.FS.writeFile(`/${name}.mpy`, p.mpy);
    buf = "";
    const t0 = performance.now();
    try {
      mp.runPython(`import ${name}`);
    } catch (e) {
      buf += (e instanceof Error ? e.message : String(e)) + "\n";
    }
    const ms = performance.now() - t0;
    mp.FS.unlink(`/${name}.mpy`);
    mp.runPython(`import sys, gc\nsys.modules.pop(${JSON.stringify(name)}, None)\ngc.collect()`);
    return { output: buf, ms };
  };
}

/** Times every program on both VMs (the best of `reps` runs after one warm-up; the best resists load from other processes better than the median) and prints a table. */
export async function benchVm(reps: number, only: readonly string[] = []): Promise<{ mismatches: number }> {
  const programs = loadPrograms(only);
  const theirs = await wasmRunner();
  let mismatches = 0;
  const ratios: number[] = [];
  const row = (a: string, b: string, c: string, d: string, e = "") =>
    console.log(`${a.padEnd(16)} ${b.padStart(10)} ${c.padStart(10)} ${d.padStart(8)}  ${e}`);
  console.log(`VM: best of ${reps} runs after a warm-up, the two VMs taking turns; ratio = our VM time / MicroPython WebAssembly VM time (lower is better)`);
  row("program", "ours ms", "wasm ms", "ratio", "checksum");
  for (const p of programs) {
    const ours: number[] = [];
    const wasm: number[] = [];
    let outOurs = "";
    let outWasm = "";
    for (let i = 0; i <= reps; i++) {
      const a = runOurs(p);
      const b = theirs(p);
      outOurs = a.output;
      outWasm = b.output;
      if (i > 0) {
        ours.push(a.ms);
        wasm.push(b.ms);
      }
    }
    const mo = Math.min(...ours);
    const mw = Math.min(...wasm);
    ratios.push(mo / mw);
    const same = outOurs === outWasm;
    row(p.name, mo.toFixed(1), mw.toFixed(1), (mo / mw).toFixed(2), same ? outOurs.trim().split("\n").pop()! : "MISMATCH");
    if (!same) {
      mismatches++;
      console.log(`  !!! ${p.name}: outputs differ\n  ours: ${JSON.stringify(outOurs)}\n  wasm: ${JSON.stringify(outWasm)}`);
    }
  }
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  row("geometric mean", "", "", geo.toFixed(2));
  if (mismatches) console.log(`!!! ${mismatches} program(s) printed different output on the two VMs`);
  return { mismatches };
}
