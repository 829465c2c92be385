// The hash MicroPython keeps with every qstr and str/bytes object (py/qstr.c qstr_compute_hash):
// djb2 with xor over the bytes, cut to the port's MICROPY_QSTR_BYTES_IN_HASH bytes, never 0. The
// runtime hashes str and bytes with it (2 bytes, as a 32-bit port); the freezer writes it into C.

/** The hash of `bytes` in `bytesInHash` bytes (0, meaning a port that stores none, computes 2). */
export function qstrHash(bytes: Uint8Array, bytesInHash = 2): number {
  let h = 5381;
  for (const b of bytes) h = (Math.imul(h, 33) ^ b) >>> 0;
  const bits = 8 * (bytesInHash || 2);
  return (bits >= 32 ? h : h & ((1 << bits) - 1)) || 1;
}
