// Refusing, before any host work, what the board's heap could never hold: the size of a result
// known in advance (a shift, a power, a repeated sequence, a struct tuple) against the heap's pool.
// Gives HeapExhausted, which the VM raises as MemoryError (py/gc.c's m_malloc_fail).

import { HeapExhausted } from "./heap.js";
import { mem } from "./charge.js";

/**
 * Bytes no run may have the host allocate at once, heap limit or not (`--heap` unbounded, the API's
 * default): a 32-bit board addresses 4 GiB, and nothing near it is RAM.
 */
export const HOST_CAP = 256 * 1024 * 1024;

/** The largest single allocation the active heap could ever satisfy. */
export function heapCapacity(): number {
  return Math.min(mem.heap.limit, HOST_CAP);
}

/** Throws MemoryError ("allocating N bytes") when `bytes` cannot fit the heap even when empty. */
export function refuseBeyondHeap(bytes: number): void {
  if (mem.off === 0 && bytes > heapCapacity()) throw new HeapExhausted(bytes, false);
  if (bytes > HOST_CAP) throw new HeapExhausted(bytes, false);
}

/** Bits of |v| (0 for 0), in time linear in its size; v an int (a safe integer, or a bigint). */
export function bitLength(v: bigint | number): number {
  if (typeof v === "number") {
    // Exact in a double: its two 32-bit halves give the length, with no bigint made.
    const a = Math.abs(v);
    return a < 0x100000000 ? 32 - Math.clz32(a) : 64 - Math.clz32(Math.floor(a / 0x100000000));
  }
  if (v < 0n) v = -v;
  // The ints of ordinary arithmetic (a few words) in a few shifts; the text of a long one is made once.
  if (v < SHIFTED_BELOW) {
    let bits = 0;
    while (v > 0xffffffffn) {
      v >>= 32n;
      bits += 32;
    }
    return bits + 32 - Math.clz32(Number(v));
  }
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** Below this, bitLength shifts (at most 8 times); from here it reads the hexadecimal text. */
const SHIFTED_BELOW = 1n << 256n;

/** Data bytes of an mpz of `bits` bits with 16-bit digits, as mpz_shl_inpl sizes it (one spare digit). */
export function mpzShiftBytes(bits: number): number {
  return (Math.ceil(bits / 16) + 1) * 2;
}

/** log2 |v| for |v| >= 1, from its top bits. */
export function log2Abs(v: bigint): number {
  const n = bitLength(v);
  if (n <= 53) return Math.log2(Math.abs(Number(v)));
  const top = Number((v < 0n ? -v : v) >> BigInt(n - 53));
  return Math.log2(top) + (n - 53);
}

/**
 * `x ** e` for ints: refuses when a step of mpz_pow_inpl's square-and-multiply (a product of na + nb
 * digits, with its operands) could not fit in an empty heap; the request named is that product.
 */
export function refusePower(x: bigint, e: bigint): void {
  if (x >= -1n && x <= 1n) return;
  const cap = mem.off === 0 ? heapCapacity() : HOST_CAP;
  const digits = (log: number) => Math.ceil((Math.floor(log) + 1) / 16);
  let base = log2Abs(x);
  let acc = 0;
  for (let rest = e; rest > 0n; rest >>= 1n) {
    // The operands stay live while the product is made, so they count against the heap with it.
    if (rest & 1n) {
      const bytes = (digits(acc) + digits(base)) * 2;
      if (2 * bytes > cap) throw new HeapExhausted(bytes, false);
      acc += base;
    }
    if (rest > 1n) {
      const bytes = digits(base) * 4;
      if (bytes + (digits(base) + digits(acc)) * 2 > cap) throw new HeapExhausted(bytes, false);
      base *= 2;
    }
  }
}
