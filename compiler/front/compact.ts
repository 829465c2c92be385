// Lists the parser builds by pushing -> the same items in a list of exactly their length.
// A pushed-to JavaScript array keeps room for 16 more items (a one-target `x = 1` would hold a
// 160-byte array): copies take a third of the tree's memory back, and every empty list is one
// shared, frozen list. No MicroPython counterpart (py/parse.c allocates its nodes at their size).

/** The one empty list of every tree: frozen, as nothing may add to a list of the tree. */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

/** `list` (built by pushing, not kept by the caller) as the tree keeps it: an exact copy, or NO_ITEMS. */
export function fit<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NO_ITEMS : list.slice();
}
