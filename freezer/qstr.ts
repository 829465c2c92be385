// Qstr spelling for frozen C: identifier escapes, hashes, pool string literals and the firmware's
// qstr header, as py/makeqstrdata.py computes them (qstr_escape, compute_hash, escape_bytes,
// parse_input_headers). Pure functions of text; the caller reads any file.

import { STATIC_QSTRS } from "../bytecode/qstr-static.js";
import { FreezeError } from "./errors.js";
import { CODEPOINT_NAMES } from "./qstr-names-data.js";

const IDENT_CHAR = /^[a-zA-Z0-9_]$/;

/** The part after MP_QSTR_ in a qstr's C identifier. */
export function qstrEscape(s: string): string {
  let out = "";
  for (const ch of s) {
    if (IDENT_CHAR.test(ch)) {
      out += ch;
      continue;
    }
    const c = ch.codePointAt(0)!;
    out += `_${CODEPOINT_NAMES.get(c) ?? "0x" + c.toString(16).padStart(2, "0")}_`;
  }
  return out;
}

/** A C string literal body: printable ASCII as is, anything else as \xNN of every UTF-8 byte. */
export function cStringBody(s: string, bytes: Uint8Array): string {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 32 || c > 126 || ch === "\\" || ch === '"') return hexEscapes(bytes);
  }
  return s;
}

export function hexEscapes(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += "\\x" + b.toString(16).padStart(2, "0");
  return out;
}

/** Orders strings by code point, as Python sorts str (UTF-16 order differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

export const STATIC_QSTR_IDENTS: ReadonlySet<string> = new Set(STATIC_QSTRS.map(qstrEscape));

/** What a firmware's generated qstr header (qstrdefs.preprocessed.h style) tells the freezer. */
export interface FirmwareQstrs {
  readonly bytesInLen: number;
  readonly bytesInHash: number;
  /** Escaped names of every qstr the firmware already has, static ones included. */
  readonly idents: ReadonlySet<string>;
}

/** The firmware mpy-tool assumes without a header: static qstrs only, 1-byte lengths and hashes. */
export const DEFAULT_FIRMWARE_QSTRS: FirmwareQstrs = { bytesInLen: 1, bytesInHash: 1, idents: STATIC_QSTR_IDENTS };

// Python's regexes on one line: `.` matches anything but a newline, which a line no longer has.
const QCFG_LINE = /^QCFG\((.+), (.+)\)/s;
const Q_LINE = /^Q\((.*)\)$/s;

/** What Python's str.strip() removes (str.isspace): not U+FEFF, as JS trim() does, but U+001C..U+001F and U+0085. */
const PY_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** Python's int() of a decimal string: spaces around, a sign, '_' between digits. */
function pyInt(text: string): number | null {
  const m = /^([+-]?)([0-9]+(?:_[0-9]+)*)$/.exec(text.replace(PY_SPACE, ""));
  return m ? Number(m[1] + m[2]!.replace(/_/g, "")) : null;
}

/**
 * Reads a firmware qstr header as makeqstrdata.py's parse_input_headers does: per line (split at
 * \n, \r\n or \r, as Python's text files are), QCFG(NAME, VALUE) sets a configuration value
 * (without one pair of parentheses), Q(text) names a qstr the firmware has, and any other line is
 * ignored. A header without QCFG lines is refused, as are hash and length widths py/qstr.h lacks.
 */
export function parseQstrHeader(text: string): FirmwareQstrs {
  const cfg = new Map<string, string>();
  const idents = new Set(STATIC_QSTR_IDENTS);
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(PY_SPACE, "");
    const c = QCFG_LINE.exec(line);
    if (c) {
      let v = c[2]!;
      if (v.startsWith("(") && v.endsWith(")")) v = v.slice(1, -1);
      cfg.set(c[1]!, v);
      continue;
    }
    const q = Q_LINE.exec(line);
    if (!q) continue;
    let s = q[1]!;
    // The two control-character spellings a header can carry.
    if (s === "\\n") s = "\n";
    else if (s === "\\r\\n") s = "\r\n";
    idents.add(qstrEscape(s));
  }
  if (cfg.size === 0) throw new FreezeError("qstr header has no QCFG lines (empty preprocessor output?)");
  const num = (k: string, allowed: readonly number[]) => {
    const v = cfg.get(k);
    if (v === undefined) throw new FreezeError(`qstr header has no QCFG(${k}, ...) line`);
    const n = pyInt(v);
    if (n === null) throw new FreezeError(`qstr header: QCFG(${k}, ${v}) is not an integer`);
    if (!allowed.includes(n)) throw new FreezeError(`qstr header: QCFG(${k}, ${v}) is not supported (${allowed.join(", ")})`);
    return n;
  };
  return { bytesInLen: num("BYTES_IN_LEN", [1, 2]), bytesInHash: num("BYTES_IN_HASH", [0, 1, 2]), idents };
}
