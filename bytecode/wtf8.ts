// Strings as MicroPython stores them: bytes, almost always UTF-8. Its lexer is byte-based, so a str
// may also carry lone surrogates (from "\ud800", encoded as 3 bytes like any code point:
// py/lexer.c vstr_add_char) and even bytes that are no UTF-8 at all (copied from the source). In
// JS such a string is the WTF-8 decoding of its bytes; a string whose bytes are not WTF-8 uses
// "surrogate escapes" instead: each byte outside well-formed UTF-8 is the lone surrogate U+DC00+byte.

/** The bytes MicroPython stores for code point `c` (py/lexer.c vstr_add_char: surrogates too). */
export function pushUtf8(out: number[], c: number): void {
  if (c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
}

/** True if `c` (a UTF-16 code unit) is a surrogate escape of a raw byte. */
export const isEscapedByte = (c: number): boolean => c >= 0xdc80 && c <= 0xdcff;

/**
 * String -> bytes. A surrogate pair is one code point, a lone surrogate 3 bytes; with `escapes`,
 * a lone U+DC80..U+DCFF is the raw byte it stands for.
 */
export function encodeWtf8(s: string, escapes = false): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (escapes && isEscapedByte(c)) out.push(c & 0xff);
    else pushUtf8(out, c);
  }
  return Uint8Array.from(out);
}

/** Length of the well-formed UTF-8 sequence at `i` (surrogates and overlong forms are not), else 0. */
function utf8SequenceAt(b: Uint8Array, i: number, allowSurrogates: boolean): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const y = b[i + k];
    return y !== undefined && y >= lo && y <= hi;
  };
  if (x >= 0xc2 && x <= 0xdf) return cont(1) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    const lo = x === 0xe0 ? 0xa0 : 0x80;
    const hi = x === 0xed && !allowSurrogates ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const lo = x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes -> text with surrogate escapes for every byte outside well-formed UTF-8 (in linear time);
 * `escaped` says whether there were any. A BOM is kept: MicroPython's lexer does not skip one.
 */
export function decodeEscaped(b: Uint8Array): { text: string; escaped: boolean } {
  try {
    return { text: fatalUtf8.decode(b), escaped: false };
  } catch {
    /* decoded below, byte by byte where needed */
  }
  const parts: string[] = [];
  let runStart = 0;
  const units: number[] = [];
  const flushUnits = () => {
    for (let k = 0; k < units.length; k += 4096) parts.push(String.fromCharCode(...units.slice(k, k + 4096)));
    units.length = 0;
  };
  for (let i = 0; i < b.length; ) {
    const n = utf8SequenceAt(b, i, false);
    if (n > 0) {
      i += n;
      continue;
    }
    if (runStart < i) parts.push(fatalUtf8.decode(b.subarray(runStart, i)));
    // Consecutive stray bytes collect in `units` until the next well-formed run.
    units.push(0xdc00 | b[i]!);
    i++;
    while (i < b.length && utf8SequenceAt(b, i, false) === 0) units.push(0xdc00 | b[i++]!);
    flushUnits();
    runStart = i;
  }
  if (runStart < b.length) parts.push(fatalUtf8.decode(b.subarray(runStart)));
  return { text: parts.join(""), escaped: true };
}

/**
 * Decodes WTF-8: UTF-8 that may carry lone surrogates. Returns null for anything else (overlong
 * forms, stray bytes, > U+10FFFF), and for an encoded high surrogate followed by an encoded low
 * one, which a JS string could not tell from the 4-byte form of the pair.
 */
export function decodeWtf8(b: Uint8Array): string | null {
  let out = "";
  let prevHigh = false;
  for (let i = 0; i < b.length; ) {
    const n = utf8SequenceAt(b, i, true);
    if (n === 0) return null;
    const x = b[i]!;
    let c = n === 1 ? x : x & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) c = (c << 6) | (b[i + k]! & 0x3f);
    if (prevHigh && c >= 0xdc00 && c <= 0xdfff) return null;
    prevHigh = c >= 0xd800 && c <= 0xdbff;
    out += String.fromCodePoint(c);
    i += n;
  }
  return out;
}

/** Decodes stored string bytes: WTF-8, or with surrogate escapes when `escapes` (see above). */
export function decodeStored(b: Uint8Array, escapes: boolean): string | null {
  return escapes ? decodeEscaped(b).text : decodeWtf8(b);
}
