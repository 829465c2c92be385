// Variable-length unsigned integers as MicroPython stores them (py/bc.h, py/persistentcode.c):
// 7 bits per byte, most significant group first, high bit set on every byte but the last.
// Used for .mpy lengths and counts and for opcode arguments.

/** Appends the encoding of a non-negative integer to `out`. */
export function encodeUint(value: number, out: number[]): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
  const bytes = new Uint8Array(uintSize(value));
  putUint(value, bytes, 0);
  for (const b of bytes) out.push(b);
}

/** Writes the encoding of a non-negative integer into `out` at `at` (which has room); returns the index past it. */
export function putUint(value: number, out: Uint8Array, at: number): number {
  const n = uintSize(value);
  for (let i = n - 1; i >= 0; i--) {
    out[at + i] = (value % 128) | (i < n - 1 ? 0x80 : 0);
    value = Math.floor(value / 128);
  }
  return at + n;
}

/** Byte length of the encoding of `value`. */
export function uintSize(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

/**
 * Appends a signed integer as LOAD_CONST_SMALL_INT encodes it (py/emitbc.c): 7-bit groups,
 * most significant first, with enough groups that bit 6 of the first carries the sign. Takes a
 * bigint for small ints wider than a double holds exactly (-msmall-int-bits=63).
 */
export function encodeSint(value: number | bigint, out: number[]): void {
  const groups: number[] = [];
  let v = BigInt(value);
  for (;;) {
    const g = Number(v & 127n);
    groups.push(g);
    v >>= 7n;
    if ((v === 0n && (g & 0x40) === 0) || (v === -1n && (g & 0x40) !== 0)) break;
  }
  for (let i = groups.length - 1; i >= 0; i--) out.push(groups[i]! | (i > 0 ? 0x80 : 0));
}

/** A decoded value and the offset just past it. */
export interface Decoded {
  readonly value: number;
  readonly next: number;
  /** The exact value, for a signed varint beyond a double's exact range (63-bit small ints). */
  readonly big?: bigint;
}

/**
 * Decodes an unsigned varint at `offset`. Returns null when the bytes run out before the last
 * group or the value would exceed `max` (default: the largest safe integer).
 */
export function decodeUint(bytes: Uint8Array, offset: number, max = Number.MAX_SAFE_INTEGER): Decoded | null {
  let value = 0;
  for (let i = offset; i < bytes.length; i++) {
    const b = bytes[i]!;
    value = value * 128 + (b & 0x7f);
    if (value > max) return null;
    if ((b & 0x80) === 0) return { value, next: i + 1 };
  }
  return null;
}

/**
 * Decodes a signed varint (LOAD_CONST_SMALL_INT's argument); null if truncated. Like a 64-bit
 * MicroPython, the value wraps at 64 bits; beyond a double's exact range it is also given exactly.
 */
export function decodeSint(bytes: Uint8Array, offset: number): Decoded | null {
  if (offset >= bytes.length) return null;
  let value = bytes[offset]! & 0x40 ? -1 : 0;
  let big: bigint | null = null;
  for (let i = offset; i < bytes.length; i++) {
    const b = bytes[i]!;
    const low = b & 0x7f;
    if (big === null) {
      const next = value * 128 + low;
      if (Number.isSafeInteger(next)) value = next;
      else big = BigInt.asIntN(64, (BigInt(value) << 7n) | BigInt(low));
    } else big = BigInt.asIntN(64, (big << 7n) | BigInt(low));
    if ((b & 0x80) === 0) return big === null ? { value, next: i + 1 } : { value: Number(big), big, next: i + 1 };
  }
  return null;
}
