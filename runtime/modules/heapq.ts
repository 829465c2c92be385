// The heapq module for the VM (extmod/modheapq.c): heappush, heappop and heapify on a list, with
// the VM's `<` comparing items; the algorithms are in runtime/lib/heapq.ts.

import * as heapq from "../lib/heapq.js";
import { checkArgCount } from "../objects/args.js";
import { INDEX_ERROR, pyErr, typeError } from "../objects/exceptions.js";
import { binaryOp } from "../objects/ops.js";
import { LIST, PyList, type Namespace, type Value } from "../objects/value.js";
import { jsFn, ns } from "../objects/native.js";

const lt = (a: Value, b: Value): Value => binaryOp("LESS", a, b);

/** The heap argument: a list itself, not a subclass (mp_obj_is_type). */
function heapOf(v: Value): PyList {
  if (!(v instanceof PyList) || v.type !== LIST) throw typeError("heap must be a list");
  return v;
}

export function heapqNamespace(): Namespace {
  return ns("heapq", {
    heappush: jsFn("heappush", (a, kw) => {
      checkArgCount(a, kw, 2, 2);
      const heap = heapOf(a[0]!);
      heap.append(a[1]!);
      heapq.pushed(heap.items, lt);
      return null;
    }),
    heappop: jsFn("heappop", (a, kw) => {
      checkArgCount(a, kw, 1, 1);
      const heap = heapOf(a[0]!);
      if (!heap.items.length) throw pyErr(INDEX_ERROR, "empty heap");
      return heapq.pop(heap.items, lt);
    }),
    heapify: jsFn("heapify", (a, kw) => {
      checkArgCount(a, kw, 1, 1);
      heapq.heapify(heapOf(a[0]!).items, lt);
      return null;
    }),
  });
}
