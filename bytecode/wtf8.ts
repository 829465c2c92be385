// UTF-8 that also carries lone surrogates (as 3-byte sequences), which is how MicroPython stores a
// str such as "\ud800": its lexer encodes every code point the same way (py/lexer.c vstr_add_char).
// Everything else is strict UTF-8.

export function encodeWtf8(s: string): Uint8Array {
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
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Decodes WTF-8; returns null for anything that is not (overlong forms, stray bytes, > U+10FFFF). */
export function decodeWtf8(b: Uint8Array): string | null {
  let out = "";
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    let c: number;
    let n: number;
    if (x < 0x80) {
      c = x;
      n = 0;
    } else if (x >= 0xc2 && x < 0xe0) {
      c = x & 0x1f;
      n = 1;
    } else if (x >= 0xe0 && x < 0xf0) {
      c = x & 0x0f;
      n = 2;
    } else if (x >= 0xf0 && x < 0xf5) {
      c = x & 0x07;
      n = 3;
    } else return null;
    for (let k = 1; k <= n; k++) {
      const y = b[i + k];
      if (y === undefined || (y & 0xc0) !== 0x80) return null;
      c = (c << 6) | (y & 0x3f);
    }
    if ((n === 2 && c < 0x800) || (n === 3 && (c < 0x10000 || c > 0x10ffff))) return null;
    out += String.fromCodePoint(c);
    i += n + 1;
  }
  return out;
}
