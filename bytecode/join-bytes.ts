// Byte strings joined end to end: adjacent bytes literals (the parser) and a line read in pieces
// (the runtime's stdin). Takes the pieces; gives one array.

/** The pieces in order, as one new array. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
