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

/** djb2-xor hash truncated to `bytesInHash` bytes (0 means 2, as py/qstr.c); never 0. */
export function qstrHash(bytes: Uint8Array, bytesInHash: number): number {
  let h = 5381;
  const bits = 8 * (bytesInHash || 2);
  // Only the low `bits` bits survive, so the product can be kept in range as it goes.
  const mask = bits >= 32 ? 0xffffffff : (1 << bits) - 1;
  for (const b of bytes) h = (Math.imul(h, 33) ^ b) >>> 0;
  return (bits >= 32 ? h : h & mask) || 1;
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

const QCFG_LINE = /^QCFG\((.+), (.+)\)/;
const Q_LINE = /^Q\((.*)\)$/;

/** Reads QCFG(...) and Q(...) lines; throws if the header has no QCFG line at all. */
export function parseQstrHeader(text: string): FirmwareQstrs {
  const cfg = new Map<string, string>();
  const idents = new Set(STATIC_QSTR_IDENTS);
  for (const raw of text.split("\n")) {
    const line = raw.trim();
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
    if (s === "\\n") s = "\n";
    else if (s === "\\r\\n") s = "\r\n";
    idents.add(qstrEscape(s));
  }
  if (cfg.size === 0) throw new FreezeError("qstr header has no QCFG lines");
  const num = (k: string) => {
    const v = cfg.get(k);
    const n = v === undefined ? NaN : Number(v);
    if (!Number.isInteger(n)) throw new FreezeError(`qstr header: QCFG(${k}, ...) missing or not an integer`);
    return n;
  };
  return { bytesInLen: num("BYTES_IN_LEN"), bytesInHash: num("BYTES_IN_HASH"), idents };
}
