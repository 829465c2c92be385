// Two Runtimes in one process keep apart: interleaved runs, and a run started inside another
// (from a host callback), print what each prints alone, with the same heap figures and ids.

import { describe, expect, it } from "vitest";
import { compile } from "../../../compiler/index.js";
import { Board } from "../../../runtime/board/board.js";
import { Runtime, runMpy } from "../../../runtime/index.js";

function module(source: string, name: string) {
  const r = compile(source, { sourceName: `${name}.py` });
  if (!r.ok) throw r.error;
  return r.module;
}

const A1 = module("import gc\nx = [1, 2, 3] * 10\nd = {'k': object()}\nprint('A1', gc.mem_alloc(), id(d['k']))\n", "a1");
const A2 = module("import gc\nfrom a1 import x, d\nx.append(bytearray(300))\nprint('A2', len(x), gc.mem_alloc(), id(d['k']), id('text'))\n", "a2");
const B1 = module("import gc\ny = [bytearray(100) for i in range(20)]\nprint('B1', gc.mem_alloc(), id(y))\n", "b1");
const B2 = module("import gc\nfrom b1 import y\ndel y[:10]\ngc.collect()\nprint('B2', gc.mem_alloc(), id('text'))\n", "b2");

function runtime(heapBytes: number): { rt: Runtime; out: () => string } {
  let text = "";
  const rt = new Runtime({ compile, heapBytes, write: (t) => (text += t) });
  return { rt, out: () => text };
}

describe("two runtimes in one process", () => {
  it("interleaved module runs print what each run prints alone", () => {
    const soloA = runtime(64 * 1024);
    soloA.rt.execModule(A1, "a1");
    soloA.rt.execModule(A2, "a2");
    const soloB = runtime(16 * 1024);
    soloB.rt.execModule(B1, "b1");
    soloB.rt.execModule(B2, "b2");

    const a = runtime(64 * 1024);
    const b = runtime(16 * 1024);
    a.rt.execModule(A1, "a1");
    b.rt.execModule(B1, "b1");
    a.rt.execModule(A2, "a2");
    b.rt.execModule(B2, "b2");

    expect(a.out()).toBe(soloA.out());
    expect(b.out()).toBe(soloB.out());
    expect(a.out()).toMatch(/^A1 \d+ \d+\nA2 31 \d+ \d+ \d+\n$/);
    expect(b.out()).toMatch(/^B1 \d+ \d+\nB2 \d+ \d+\n$/);
    // The two heaps are not one: each run's figures are its own.
    const figure = (text: string, tag: string) => Number(new RegExp(`${tag} (\\d+)`).exec(text)![1]);
    expect(figure(a.out(), "A1")).not.toBe(figure(b.out(), "B1"));
  });

  it("a run started inside another (from a host callback) leaves the outer run's heap, ids and frames alone", () => {
    const inner = compile("import gc\nz = [0] * 500\nprint('inner', gc.mem_alloc(), id(z))\n", { sourceName: "inner.py" });
    const outer = compile(
      "import gc, machine\nadc = machine.ADC(0)\nbefore = gc.mem_alloc()\nr = adc.read_u16()\nprint('outer', r, gc.mem_alloc() - before, id(adc))\n",
      { sourceName: "outer.py" },
    );
    if (!inner.ok || !outer.ok) throw new Error("compile failed");
    const innerAlone = runMpy(inner.mpy, { compile }).output;
    const outerAlone = runMpy(outer.mpy, { compile, board: new Board().adc(0, 1234) }).output;

    let innerNested = "";
    const nested = runMpy(outer.mpy, {
      compile,
      board: new Board().adc(0, () => {
        innerNested = runMpy(inner.mpy, { compile }).output;
        return 1234;
      }),
    });
    expect(innerNested).toBe(innerAlone);
    expect(nested.output).toBe(outerAlone);
    expect(nested.internalError).toBeUndefined();
  });
});
