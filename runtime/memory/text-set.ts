// Takes strings; gives a Set of them whose has() first asks a small table of their shapes (length,
// first and last character), so that the many new strs a program makes, looked up once each as
// qstr_find_strn looks them up, are mostly answered without hashing their text.
// The VM's own structure: py/qstr.c hashes every lookup.

/** Bits of the shape table: 2^16, a few percent set for the firmware's thousands of qstrs. */
const SHAPE_BITS = 16;
const SHAPE_MASK = (1 << SHAPE_BITS) - 1;

/** The shape table's index for `text` (the same for every TextSet, so one lookup in several computes it once). */
export function shapeOf(text: string): number {
  const n = text.length;
  // "" gives NaN for both characters: 0 after `| 0`.
  return (Math.imul(n, 0x9e3779b1) ^ Math.imul(text.charCodeAt(0) | 0, 0x85ebca6b) ^ ((text.charCodeAt(n - 1) | 0) << 7)) & SHAPE_MASK;
}

export class TextSet extends Set<string> {
  /** One bit per shape that some member has; a text whose shape's bit is clear is no member. */
  private readonly shapes = new Uint8Array((SHAPE_MASK + 1) >> 3);
  /** One bit per UTF-16 unit that is a member on its own: a one-character text (str indexing, iteration) is answered exactly. */
  private readonly singles = new Uint8Array(0x10000 >> 3);

  constructor(texts?: Iterable<string>) {
    super();
    if (texts) for (const t of texts) this.add(t);
  }

  override add(text: string): this {
    if (text.length === 1) {
      const c = text.charCodeAt(0);
      this.singles[c >> 3]! |= 1 << (c & 7);
    }
    const k = shapeOf(text);
    this.shapes[k >> 3]! |= 1 << (k & 7);
    return super.add(text);
  }

  override has(text: string): boolean {
    return this.hasShaped(text, shapeOf(text));
  }

  /** has() for a text whose shapeOf is `k`. */
  hasShaped(text: string, k: number): boolean {
    if (text.length === 1) {
      const c = text.charCodeAt(0);
      return (this.singles[c >> 3]! & (1 << (c & 7))) !== 0;
    }
    return (this.shapes[k >> 3]! & (1 << (k & 7))) !== 0 && super.has(text);
  }

  override delete(text: string): boolean {
    if (text.length === 1) {
      const c = text.charCodeAt(0);
      this.singles[c >> 3]! &= ~(1 << (c & 7));
    }
    return super.delete(text);
  }

  override clear(): void {
    this.shapes.fill(0);
    this.singles.fill(0);
    super.clear();
  }
}
