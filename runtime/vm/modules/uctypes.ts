// uctypes for the VM (extmod/moductypes.c): addressof, bytes_at and bytearray_at over a simulated
// address space (runtime/modules/addrspace.ts), with the module's layout and type constants.
// Structure descriptors (uctypes.struct, sizeof) are not modelled.

import { AddressSpace } from "../../modules/addrspace.js";
import { PyArray } from "../array.js";
import { fn } from "../builtins.js";
import { MEMORY_ERROR, pyErr, typeError } from "../exceptions.js";
import { charge, uncharged } from "../memory.js";
import { asInt } from "../ops.js";
import { PyByteArray, PyBytes, PyMemoryView, type Namespace, type Value } from "../value.js";
import { int, ns } from "./native.js";

/** The one address space of the board: struct's 'S' fields read strings through it too. */
export const addressSpace = new AddressSpace();

/** uctypes.addressof: where the object's buffer starts (a str's UTF-8 data included). */
export function addressOf(v: Value): number {
  if (typeof v === "string") {
    const data = new TextEncoder().encode(v);
    return addressSpace.addressOf(v, () => data);
  }
  if (v instanceof PyMemoryView) return addressOf(v.obj) + v.start;
  if (v instanceof PyBytes || v instanceof PyByteArray) return addressSpace.addressOf(v, () => v.b);
  if (v instanceof PyArray) return addressSpace.addressOf(v, () => v.bytes);
  throw typeError("object with buffer protocol required");
}

/** An address argument: truncated to a machine word, as mp_obj_int_get_truncated does. */
function address(v: Value): number {
  const i = asInt(v);
  if (i === null) throw typeError("can't convert to int");
  return Number(BigInt.asUintN(32, BigInt(i)));
}

/** The largest memory a by-reference bytearray may stand for here (a simulation limit). */
const MAX_VIEW = 1 << 26;

function bytearrayAt(a: Value[]): Value {
  const at = address(a[0]!);
  const n = int(a[1]!);
  if (n > MAX_VIEW) throw pyErr(MEMORY_ERROR, `memory allocation failed, allocating ${n} bytes`);
  const view = addressSpace.view(at, n) ?? new Uint8Array(Math.max(0, n));
  // mp_obj_new_bytearray_by_ref: only the array object is allocated, never its data.
  charge(16);
  return uncharged(() => new PyByteArray(view));
}

// Field types as uctypes encodes them in small ints (scalar type in the top bits).
const TYPES: Record<string, number> = {
  VOID: 0, UINT8: 0, INT8: 0x08000000, UINT16: 0x10000000, INT16: 0x18000000, UINT32: 0x20000000, INT32: 0x28000000,
  UINT64: 0x30000000, INT64: 0x38000000, BFUINT8: -0x40000000, BFINT8: -0x38000000, BFUINT16: -0x30000000,
  BFINT16: -0x28000000, BFUINT32: -0x20000000, BFINT32: -0x18000000, FLOAT32: -0x10000000, FLOAT64: -0x08000000,
  SHORT: 0x18000000, USHORT: 0x10000000, INT: 0x28000000, UINT: 0x20000000, LONG: 0x28000000, ULONG: 0x20000000,
  LONGLONG: 0x38000000, ULONGLONG: 0x30000000, PTR: 0x20000000, ARRAY: -0x40000000, BF_POS: 17, BF_LEN: 22,
};

export function uctypesNamespace(): Namespace {
  return ns("uctypes", {
    addressof: fn("addressof", (a) => addressOf(a[0]!)),
    bytes_at: fn("bytes_at", (a) => new PyBytes(addressSpace.read(address(a[0]!), Math.max(0, int(a[1]!))))),
    bytearray_at: fn("bytearray_at", bytearrayAt),
    NATIVE: 2,
    LITTLE_ENDIAN: 0,
    BIG_ENDIAN: 1,
    ...TYPES,
  });
}
