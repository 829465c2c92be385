// Raw memory for uctypes (extmod/moductypes.c): loads and stores of integers and floats at an
// address of the simulated 32-bit address space, and bytearrays that stand for memory by
// reference (mp_obj_new_bytearray_by_ref). Memory no buffer owns reads as zeros and drops writes.

import { AddressSpace } from "../lib/addrspace.js";
import { chargeBig, charge, isSmallInt, uncharged } from "../memory/charge.js";
import { normInt, PyByteArray } from "../objects/value.js";

/** The one address space of the board: struct's 'S' fields read strings through it too. */
export const addressSpace = new AddressSpace();

/** The `n` bytes at `addr`: owned memory shared, else a scratch of zeros (a store there is lost). */
export function memAt(addr: number, n: number): Uint8Array {
  return addressSpace.view(addr >>> 0, n) ?? new Uint8Array(n);
}

/** mp_binary_get_int: `size` bytes at `addr` in either byte order, sign-extended when `signed`. */
export function loadInt(addr: number, size: number, signed: boolean, bigEndian: boolean): bigint {
  const b = memAt(addr, size);
  let v = 0n;
  for (let i = 0; i < size; i++) v = (v << 8n) | BigInt(b[bigEndian ? i : size - 1 - i]!);
  return signed ? BigInt.asIntN(size * 8, v) : v;
}

/** The low `size` bytes of `v` (two's complement) stored at `addr`. */
export function storeInt(addr: number, size: number, bigEndian: boolean, v: bigint): void {
  const b = memAt(addr, size);
  let x = BigInt.asUintN(size * 8, v);
  for (let i = 0; i < size; i++) {
    b[bigEndian ? size - 1 - i : i] = Number(x & 0xffn);
    x >>= 8n;
  }
}

export function loadFloat(addr: number, size: 4 | 8, bigEndian: boolean): number {
  const b = memAt(addr, size);
  const dv = new DataView(b.buffer, b.byteOffset, size);
  return size === 4 ? dv.getFloat32(0, !bigEndian) : dv.getFloat64(0, !bigEndian);
}

export function storeFloat(addr: number, size: 4 | 8, bigEndian: boolean, x: number): void {
  const b = memAt(addr, size);
  const dv = new DataView(b.buffer, b.byteOffset, size);
  if (size === 4) dv.setFloat32(0, x, !bigEndian);
  else dv.setFloat64(0, x, !bigEndian);
}

/** A loaded integer as a Python int: a long int (an mpz on the heap) beyond the small-int range. */
export function intValue(v: bigint): number | bigint {
  const r = normInt(v);
  if (typeof r === "bigint" || !isSmallInt(r)) chargeBig(r);
  return r;
}

/** Where each by-reference bytearray's memory starts (it may stand for memory nobody owns). */
const byRefAddress = new WeakMap<PyByteArray, number>();

/** mp_obj_new_bytearray_by_ref: only the array object is allocated, never its data. */
export function bytearrayAt(addr: number, n: number): PyByteArray {
  charge(16);
  const a = uncharged(() => new PyByteArray(memAt(addr, Math.max(0, n))));
  byRefAddress.set(a, addr >>> 0);
  return a;
}

export function byRefAddressOf(a: PyByteArray): number | undefined {
  return byRefAddress.get(a);
}
