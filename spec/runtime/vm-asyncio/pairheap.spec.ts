// The pairing heap of asyncio's task queues (runtime/lib/pairheap.ts): whatever the pushes, pops and
// removals, what comes out is in key order, and among equal keys in the order pushed (py/pairheap.c
// is stable), which is the order a board runs tasks due at the same tick in.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clearLinks, type HeapNode, pop, push, remove } from "../../../runtime/lib/pairheap.js";

class Node implements HeapNode<Node> {
  child: Node | null = null;
  childLast: Node | null = null;
  next: Node | null = null;
  nextIsParent = false;
  constructor(
    readonly key: number,
    readonly seq: number,
  ) {}
}
const less = (a: Node, b: Node) => a.key < b.key;

type Op = { kind: "push"; key: number } | { kind: "pop" } | { kind: "remove"; pick: number };

const ops = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant("push" as const), key: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant("pop" as const) }),
    fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  ),
  { maxLength: 200 },
);

/** Runs `list` on the heap and on a sorted list; returns what each popped. */
function run(list: readonly Op[]): { heap: number[]; model: number[] } {
  let heap: Node | null = null;
  const model: Node[] = [];
  const out = { heap: [] as number[], model: [] as number[] };
  let seq = 0;
  for (const op of list) {
    if (op.kind === "push") {
      const n = new Node(op.key, seq++);
      clearLinks(n);
      heap = push(less, heap, n);
      model.push(n);
      model.sort((a, b) => a.key - b.key || a.seq - b.seq);
    } else if (op.kind === "pop") {
      if (heap === null) {
        expect(model.length).toBe(0);
        continue;
      }
      const top: Node = heap;
      heap = pop(less, top);
      out.heap.push(top.seq);
      out.model.push(model.shift()!.seq);
    } else if (model.length) {
      const victim = model[op.pick % model.length]!;
      heap = remove(less, heap, victim);
      model.splice(model.indexOf(victim), 1);
    }
  }
  while (heap !== null) {
    const top: Node = heap;
    heap = pop(less, top);
    out.heap.push(top.seq);
    out.model.push(model.shift()!.seq);
  }
  expect(model.length).toBe(0);
  return out;
}

describe("the pairing heap", () => {
  it("gives keys in order and equal keys in the order pushed, through pushes, pops and removals", () => {
    fc.assert(
      fc.property(ops, (list) => {
        const r = run(list);
        expect(r.heap).toEqual(r.model);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves the heap as it is when asked to remove a node that is in none", () => {
    const a = new Node(1, 0);
    const b = new Node(2, 1);
    const heap = push(less, push(less, null, a), b);
    expect(remove(less, heap, new Node(0, 2))).toBe(heap);
  });
});
