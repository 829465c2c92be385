// A pairing heap over nodes that carry their own links, as MicroPython's py/pairheap.c keeps them
// (asyncio's task queues are made of these). Which of two equal keys comes out first, and so the
// order tasks due at the same tick run in, follows from exactly how melds and pairings link the
// nodes, so this keeps that structure: a node's children form a list from `child`, the parent
// remembers its last child, and the last child's `next` leads back to the parent (`nextIsParent`).

export interface HeapNode<N extends HeapNode<N>> {
  child: N | null;
  childLast: N | null;
  /** The next sibling, or the parent when `nextIsParent`; null for a heap's top or a node in no heap. */
  next: N | null;
  nextIsParent: boolean;
}

/** Whether `a` must come out before `b`. */
export type Less<N> = (a: N, b: N) => boolean;

/** Resets a node's links so that it may be pushed. */
export function clearLinks<N extends HeapNode<N>>(n: N): void {
  n.child = null;
  n.childLast = null;
  n.next = null;
  n.nextIsParent = false;
}

/** Joins two heaps; on equal keys the first stays on top (O(1), stable). */
export function meld<N extends HeapNode<N>>(lt: Less<N>, h1: N | null, h2: N | null): N | null {
  if (h1 === null) return h2;
  if (h2 === null) return h1;
  if (lt(h1, h2)) {
    if (h1.child === null) h1.child = h2;
    else {
      h1.childLast!.next = h2;
      h1.childLast!.nextIsParent = false;
    }
    h1.childLast = h2;
    h2.next = h1;
    h2.nextIsParent = true;
    return h1;
  }
  h1.next = h2.child;
  h1.nextIsParent = false;
  h2.child = h1;
  if (h1.next === null) {
    h2.childLast = h1;
    h1.next = h2;
    h1.nextIsParent = true;
  }
  return h2;
}

/** Detaches `n` from its sibling list; gives the sibling after it, or null after the last. */
function unlink<N extends HeapNode<N>>(n: N): N | null {
  const after = n.nextIsParent ? null : n.next;
  n.next = null;
  n.nextIsParent = false;
  return after;
}

/** Makes one heap of the sibling list starting at `child`: pairs from the left, then melds them in turn. */
export function pairing<N extends HeapNode<N>>(lt: Less<N>, child: N | null): N | null {
  if (child === null) return null;
  let heap: N | null = null;
  let at: N | null = child;
  while (at !== null) {
    let n1: N = at;
    at = unlink(n1);
    if (at !== null) {
      const n2: N = at;
      at = unlink(n2);
      n1 = meld(lt, n1, n2)!;
    }
    heap = meld(lt, heap, n1);
  }
  heap!.next = null;
  heap!.nextIsParent = false;
  return heap;
}

export function push<N extends HeapNode<N>>(lt: Less<N>, heap: N | null, node: N): N {
  // The new node first, so that among equal keys the earlier pushed stays on top.
  return meld(lt, node, heap)!;
}

/** The heap without its top (which must be `heap`, not null). */
export function pop<N extends HeapNode<N>>(lt: Less<N>, heap: N): N | null {
  const child = heap.child;
  heap.child = null;
  return pairing(lt, child);
}

/** The heap without `node` (amortised O(log n)); a node in no heap leaves it as it is. */
export function remove<N extends HeapNode<N>>(lt: Less<N>, heap: N | null, node: N): N | null {
  if (node === heap) {
    const child = node.child;
    node.child = null;
    return pairing(lt, child);
  }
  if (node.next === null) return heap;
  let last: N = node;
  while (!last.nextIsParent) last = last.next!;
  const parent = last.next!;
  if (node === parent.child && node.child === null) {
    parent.child = node.nextIsParent ? null : node.next;
    node.next = null;
    node.nextIsParent = false;
    return heap;
  }
  const next = node.next;
  const nextIsParent = node.nextIsParent;
  let put: N;
  if (node === parent.child) {
    const child = node.child;
    node.child = null;
    node.next = null;
    node.nextIsParent = false;
    put = pairing(lt, child)!;
    parent.child = put;
  } else {
    let before = parent.child!;
    while (before.next !== node || before.nextIsParent) before = before.next!;
    const child = node.child;
    node.child = null;
    node.next = null;
    node.nextIsParent = false;
    const paired = pairing(lt, child);
    if (paired === null) put = before;
    else {
      before.next = paired;
      before.nextIsParent = false;
      put = paired;
    }
  }
  put.next = next;
  put.nextIsParent = nextIsParent;
  if (nextIsParent) parent.childLast = put;
  return heap;
}
