// A parsed statement -> the same tree with every list in it copied to its exact length.
// The parser builds lists by pushing, and a pushed-to JavaScript array keeps room for 16 more items
// (a one-target `x = 1` holds a 160-byte array): copies take a third of the tree's memory back.
// No MicroPython counterpart (py/parse.c allocates its nodes at their size).

/** Replaces, in place, each array reachable from `root` through plain objects and arrays by an exact copy. */
export function compactTree(root: object): void {
  const todo: object[] = [root];
  for (let o = todo.pop(); o !== undefined; o = todo.pop()) {
    const fields = o as Record<string, unknown>;
    for (const key in fields) {
      const v = fields[key];
      if (typeof v !== "object" || v === null) continue;
      if (Array.isArray(v)) {
        const copy = v.slice();
        fields[key] = copy;
        todo.push(copy);
      } else if (Object.getPrototypeOf(v) === Object.prototype) todo.push(v);
    }
  }
}
