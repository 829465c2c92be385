// A source's identifiers, interned as the lexer meets them: a name's characters in the source ->
// its one string, found by a hash of the characters, so a name met again costs no copy of its text.
// Corresponds to the qstr table py/lexer.c and py/parse.c intern names into (py/qstr.c qstr_find_strn).

/**
 * A str literal this long or shorter is always a qstr (py/parse.c, MICROPY_ALLOC_PARSE_INTERN_STRING_LEN);
 * a longer one only if something interned it before.
 */
export const INTERNED_STRING_LEN = 10;

/** A name's hash, extended by one more character (hashOf's step: the lexer runs it as it scans a name). */
export function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

export function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/**
 * Slots a lookup tries before it gives up on the table: names made to share hashes would otherwise
 * make each lookup walk them all. Past it, V8's own (seeded) hashing of a copy of the name serves.
 */
const MAX_PROBES = 32;

/** Room for the names of most modules without growing. */
const INITIAL_SLOTS = 512;

/**
 * Open addressing on the hash, which is not kept: a slot holds the name, whose length and characters
 * tell it apart; the table grows at half full.
 */
export class NameTable {
  // Holes read as undefined: a free slot.
  private texts: (string | undefined)[] = new Array<string | undefined>(INITIAL_SLOTS);
  private count = 0;
  /** The names that found no slot within MAX_PROBES. */
  private readonly overflow = new Map<string, string>();

  /** The one string for `text[start, end)`, whose hash (hashOf) is `hash`. */
  intern(text: string, start: number, end: number, hash: number): string {
    const texts = this.texts;
    const mask = texts.length - 1;
    let slot = hash & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      const found = texts[slot];
      if (found === undefined) {
        let made = start === 0 && end === text.length ? text : text.slice(start, end);
        // A name that overflowed before the table grew may find a slot now: it keeps its string.
        if (this.overflow.size > 0) made = this.overflow.get(made) ?? made;
        if (2 * (this.count + 1) > texts.length) this.grow();
        if (!this.put(made, hash)) this.overflow.set(made, made);
        return made;
      }
      if (sameText(found, text, start, end)) return found;
    }
    const made = text.slice(start, end);
    const known = this.overflow.get(made);
    if (known !== undefined) return known;
    this.overflow.set(made, made);
    return made;
  }

  /** Files `text` in a free slot near its hash's; false if there is none within MAX_PROBES. */
  private put(text: string, hash: number): boolean {
    const mask = this.texts.length - 1;
    let slot = hash & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
      if (this.texts[slot] !== undefined) continue;
      this.texts[slot] = text;
      this.count++;
      return true;
    }
    return false;
  }

  private grow(): void {
    const texts = this.texts;
    this.texts = new Array<string | undefined>(texts.length * 2);
    this.count = 0;
    for (const t of texts) if (t !== undefined && !this.put(t, hashOf(t))) this.overflow.set(t, t);
  }
}

function sameText(a: string, text: string, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let k = 0; k < a.length; k++) if (a.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
