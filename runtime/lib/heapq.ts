// The heap queue algorithms of the `heapq` module (extmod/modheapq.c, modelled on CPython's
// heapq.py) over a plain array. `lt` is the `<` of the VM; as MicroPython does, only a result that
// is exactly true (sift down) or exactly false (choosing the right child) counts.

export type Less<T> = (a: T, b: T) => unknown;

/** Moves the item at `pos` up towards `start` while it is less than its parent. */
function siftDown<T>(heap: T[], start: number, pos: number, lt: Less<T>): void {
  const item = heap[pos]!;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos]!;
    if (lt(item, parent) !== true) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** Moves the smaller child up until a leaf is reached, puts the item there and sifts it down. */
function siftUp<T>(heap: T[], pos: number, lt: Less<T>): void {
  const start = pos;
  const end = heap.length;
  const item = heap[pos]!;
  for (let child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
    if (child + 1 < end && lt(heap[child]!, heap[child + 1]!) === false) child++;
    heap[pos] = heap[child]!;
    pos = child;
  }
  heap[pos] = item;
  siftDown(heap, start, pos, lt);
}

/** heappush, once the item has been appended to the heap. */
export function pushed<T>(heap: T[], lt: Less<T>): void {
  siftDown(heap, 0, heap.length - 1, lt);
}

/** heappop of a non-empty heap: the smallest item. */
export function pop<T>(heap: T[], lt: Less<T>): T {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length) {
    heap[0] = last;
    siftUp(heap, 0, lt);
  }
  return top;
}

export function heapify<T>(heap: T[], lt: Less<T>): void {
  for (let i = heap.length >> 1; i > 0; ) siftUp(heap, --i, lt);
}
