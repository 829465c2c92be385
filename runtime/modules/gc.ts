// The gc module (py/modgc.c) over the run's heap model: collect, enable/disable, mem_alloc,
// mem_free and threshold, with the figures a 32-bit board reports (runtime/memory/MODEL.md).

import type { ModuleContext } from "./registry.js";
import { type Namespace, type Value } from "../objects/value.js";
import { asInt } from "../objects/ops.js";
import { fn } from "../objects/args.js";
import { mem } from "../memory/charge.js";

export function gcNamespace({ host }: ModuleContext): Namespace {
  return new Map<string, Value>(
    Object.entries({
      __name__: "gc",
      collect: fn("collect", () => {
        host.collect();
        return null;
      }),
      enable: fn("enable", () => ((mem.heap.autoCollect = true), null)),
      disable: fn("disable", () => ((mem.heap.autoCollect = false), null)),
      isenabled: fn("isenabled", () => mem.heap.autoCollect),
      mem_alloc: fn("mem_alloc", () => mem.heap.used),
      mem_free: fn("mem_free", () => (Number.isFinite(mem.heap.limit) ? mem.heap.free : -1)),
      threshold: fn("threshold", (a) => {
        if (!a.length) return mem.heap.threshold;
        // Kept in whole GC blocks, as py/modgc.c stores it.
        const n = Number(asInt(a[0]) ?? -1);
        mem.heap.threshold = n < 0 ? -1 : Math.floor(n / 16) * 16;
        return null;
      }),
    }),
  );
}
