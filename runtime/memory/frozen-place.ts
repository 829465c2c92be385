// Takes the run's Heap and a frozen package's import script (frozen-webassembly.ts); gives its
// allocations placed first fit in the device's order, the kept ones held for good (FIXED) and the
// rest garbage until the next collection, the script's sys.modules entries and imports made
// through the caller. Corresponds to py/builtinimport.c running a frozen module from ROM (no
// bytecode copied), and the allocations of its body landing in py/gc.c's heap.

import { FIXED, type Heap, HeapExhausted } from "./heap.js";

export type FrozenStep =
  | { readonly kind: "alloc"; readonly bytes: number; readonly keep: boolean }
  | { readonly kind: "free"; readonly alloc: number }
  | { readonly kind: "module"; readonly name: string }
  | { readonly kind: "import"; readonly name: string };

/** The steps of a script; a malformed one is an internal error (the scripts are the VM's own data). */
export function parseFrozenScript(script: string): FrozenStep[] {
  const steps: FrozenStep[] = [];
  let allocs = 0;
  for (const t of script.split(/\s+/).filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+)(k?)$/.exec(t))) {
      steps.push({ kind: "alloc", bytes: Number(m[1]), keep: m[2] === "k" });
      allocs++;
    } else if ((m = /^-(\d+)$/.exec(t)) && Number(m[1]) < allocs) steps.push({ kind: "free", alloc: Number(m[1]) });
    else if ((m = /^S:([\w.]+)$/.exec(t))) steps.push({ kind: "module", name: m[1]! });
    else if ((m = /^I:([\w.]+)$/.exec(t))) steps.push({ kind: "import", name: m[1]! });
    else throw new Error(`internal error: frozen import script step '${t}'`);
  }
  return steps;
}

export interface FrozenHooks {
  /** The module `name` enters sys.modules (its table may grow), before its objects are allocated. */
  module(name: string): void;
  /** The body imports `name`. */
  import(name: string): void;
}

/** Bytes all allocations of the steps take at once: what the import needs free at its peak (at most). */
function totalBytes(steps: readonly FrozenStep[]): number {
  return steps.reduce((s, st) => s + (st.kind === "alloc" ? Math.ceil(st.bytes / 16) * 16 : 0), 0);
}

/**
 * Runs the script on `heap` (null when charging is off: only the hooks run). Gives the bytes it
 * keeps, which the caller adds to what no collection frees.
 */
export function placeFrozen(heap: Heap | null, steps: readonly FrozenStep[], hooks: FrozenHooks): number {
  if (heap === null) {
    for (const st of steps) if (st.kind === "module") hooks.module(st.name);
    else if (st.kind === "import") hooks.import(st.name);
    return 0;
  }
  if (heap.locked) throw new HeapExhausted(totalBytes(steps), true);
  // As for a loaded module: collect first when the whole import cannot fit, then no collection
  // while the body's objects are only referenced from where the device's stack holds them.
  if (heap.autoCollect && heap.used + totalBytes(steps) > heap.limit) heap.onPressure?.();
  // The garbage's owner: reached by nothing, so the next collection frees it.
  const scratch = {};
  const heads: number[] = [];
  const keptHeads: number[] = [];
  let kept = 0;
  try {
    for (const st of steps) {
      if (st.kind === "module") hooks.module(st.name);
      else if (st.kind === "import") hooks.import(st.name);
      else if (st.kind === "free") heap.freeFor(scratch, heads[st.alloc]!);
      else {
        const t = heap.table;
        const auto = t.autoCollect;
        t.autoCollect = false;
        let b: number | null;
        try {
          b = heap.allocFor(st.keep ? FIXED : scratch, st.bytes);
        } finally {
          t.autoCollect = auto;
        }
        heads.push(b!);
        if (st.keep) {
          keptHeads.push(b!);
          kept += t.nbytes(b!);
        }
      }
    }
  } catch (e) {
    // A failed import leaves its objects to the next collection on the device; here they are
    // freed at once (nothing may hold them: the caller takes the modules out of sys.modules).
    for (const b of keptHeads) heap.freeFor(FIXED, b);
    throw e;
  }
  return kept;
}
