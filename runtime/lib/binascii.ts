// The `binascii` module on byte arrays (extmod/modbinascii.c, objstr.c's hex/fromhex): hexlify with
// an optional separator, unhexlify, base64 both ways, crc32. Errors carry MicroPython's messages.

import { HostError } from "./host-error.js";

const HEX = "0123456789abcdef";

export function hexlify(data: Uint8Array, sep?: Uint8Array): Uint8Array {
  const out: number[] = [];
  data.forEach((b, i) => {
    if (i > 0 && sep && sep.length > 0) out.push(sep[0]!);
    out.push(HEX.charCodeAt(b >> 4), HEX.charCodeAt(b & 15));
  });
  return Uint8Array.from(out);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

/** unhexlify: an odd length fails as a bad digit does, with "non-hex digit", as MicroPython does. */
export function unhexlify(text: Uint8Array): Uint8Array {
  if (text.length % 2) throw new HostError("ValueError", "non-hex digit");
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(text[2 * i]!);
    const lo = hexDigit(text[2 * i + 1]!);
    if (hi < 0 || lo < 0) throw new HostError("ValueError", "non-hex digit");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function b2aBase64(data: Uint8Array, newline = true): Uint8Array {
  let s = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    s += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    s += i + 1 < data.length ? B64[(n >> 6) & 63]! : "=";
    s += i + 2 < data.length ? B64[n & 63]! : "=";
  }
  if (newline) s += "\n";
  return new TextEncoder().encode(s);
}

/**
 * a2b_base64: characters outside the alphabet are skipped; padding ends the data only where it
 * completes a group (after 2 spare bits, or a second '=' after 4); bits left over are "incorrect padding".
 */
export function a2bBase64(text: Uint8Array): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let hadPad = false;
  for (const c of text) {
    if (c === 61) {
      if (bits === 2 || (bits === 4 && hadPad)) {
        bits = 0;
        break;
      }
      hadPad = true;
    }
    const v = B64.indexOf(String.fromCharCode(c));
    if (v < 0) continue;
    hadPad = false;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  if (bits) throw new HostError("ValueError", "incorrect padding");
  return Uint8Array.from(out);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array, start = 0): number {
  let c = ~start >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
