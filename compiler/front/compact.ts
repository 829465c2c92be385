// A parsed statement -> the same tree with every list in it copied to its exact length.
// The parser builds lists by pushing, and a pushed-to JavaScript array keeps room for 16 more items
// (a one-target `x = 1` holds a 160-byte array): copies take a third of the tree's memory back, and
// every empty list is one shared, frozen list.
// No MicroPython counterpart (py/parse.c allocates its nodes at their size).

/** The one empty list of every tree: frozen, as nothing may add to a list of the tree. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** Replaces, in place, each array reachable from `root` through plain objects and arrays by an exact copy. */
export function compactTree(root: object): void {
  const todo: object[] = [root];
  for (let o = todo.pop(); o !== undefined; o = todo.pop()) {
    const fields = o as Record<string, unknown>;
    for (const key in fields) {
      const v = fields[key];
      if (typeof v !== "object" || v === null) continue;
      if (Array.isArray(v)) {
        if (v.length === 0) {
          fields[key] = NO_ITEMS;
          continue;
        }
        const copy = v.slice();
        fields[key] = copy;
        todo.push(copy);
      } else if (Object.getPrototypeOf(v) === Object.prototype) todo.push(v);
    }
  }
}
