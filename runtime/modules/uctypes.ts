// uctypes for the VM (extmod/moductypes.c): struct objects over memory described by descriptors,
// sizeof, addressof, bytes_at and bytearray_at, over a simulated 32-bit address space
// (runtime/lib/addrspace.ts), with the module's layout and type constants.

import { PyArray } from "../objects/array.js";
import { checkArgCount, fn, toIndex } from "../objects/args.js";
import { MEMORY_ERROR, newException, pyErr, TYPE_ERROR, typeError } from "../objects/exceptions.js";
import { BYTEARRAY, PyByteArray, PyBytes, PyMemoryView, PyObject, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { int, ns } from "../objects/native.js";
import { ARRAY, BIG_ENDIAN, LEN_BITS, LITTLE_ENDIAN, NATIVE, OFFSET_BITS, PTR, SCALARS, sizeOf, typeConst } from "./uctypes-desc.js";
import { addressSpace, byRefAddressOf, bytearrayAt } from "./uctypes-memory.js";
import { STRUCT_TYPE, truncatedWord, UStruct } from "./uctypes-struct.js";


/** uctypes.addressof: where the object's buffer starts (a str's UTF-8 data included). */
export function addressOf(v: Value): number {
  if (typeof v === "string") {
    const data = new TextEncoder().encode(v);
    return addressSpace.addressOf(v, () => data);
  }
  if (v instanceof UStruct) {
    v.size(); // the buffer protocol sizes the struct, which may find its descriptor wrong
    return v.addr;
  }
  if (v instanceof PyMemoryView) return addressOf(v.obj) + v.start;
  if (v instanceof PyByteArray) return byRefAddressOf(v) ?? addressSpace.addressOf(v, () => v.b);
  // Bytes are immutable: their data is the owner, so a constant mapped from a ROM keeps its place.
  if (v instanceof PyBytes) return addressSpace.addressOf(v.b, () => v.b);
  if (v instanceof PyArray) return addressSpace.addressOf(v, () => v.bytes);
  // An object that lends memory at a fixed address (a file in a ROM filesystem).
  const mapped = (v as { address?: unknown }).address;
  if (v instanceof PyObject && typeof mapped === "function") return mapped.call(v) as number;
  throw typeError("object with buffer protocol required");
}

/** The largest memory a by-reference bytearray may stand for here (a simulation limit). */
const MAX_VIEW = 1 << 26;

function bytearrayAtFn(a: Value[]): Value {
  const n = int(a[1]!);
  if (n > MAX_VIEW) throw pyErr(MEMORY_ERROR, `memory allocation failed, allocating ${n} bytes`);
  return bytearrayAt(truncatedWord(a[0]!), n);
}

/** A fixed-arity function, with mp_arg_check_num's errors. */
function fixed(name: string, n: number, f: (a: Value[]) => Value) {
  return fn(name, (a: Value[], kw: KwArgs | null) => {
    checkArgCount(a, kw, n, n);
    return f(a);
  });
}

/** uctypes.sizeof(desc[, layout]) or sizeof(struct): a struct brings its own layout. */
function sizeofFn(a: Value[], kw: KwArgs | null): Value {
  checkArgCount(a, kw, 1, 2);
  const o = a[0]!;
  if (o instanceof PyByteArray && o.type === BYTEARRAY) return o.b.length;
  if (o instanceof UStruct) {
    if (a.length !== 1) throw newException(TYPE_ERROR);
    return o.size();
  }
  return sizeOf(o, a.length === 2 ? toIndex(a[1]!) : NATIVE);
}

STRUCT_TYPE.make = (_cls, a, kw) => {
  checkArgCount(a, kw, 2, 3);
  const addr = truncatedWord(a[0]!);
  return new UStruct(a[1]!, addr, a.length === 3 ? toIndex(a[2]!) >>> 0 : NATIVE);
};

const VAL_TYPE_BITS = 4;
const AGG_TYPE_BITS = 2;
const scalar = (name: (typeof SCALARS)[number]) => typeConst(SCALARS.indexOf(name), VAL_TYPE_BITS);

export function uctypesNamespace(): Namespace {
  const types = Object.fromEntries(SCALARS.map((name, i) => [name, typeConst(i, VAL_TYPE_BITS)]));
  return ns("uctypes", {
    struct: STRUCT_TYPE,
    sizeof: fn("sizeof", sizeofFn),
    addressof: fixed("addressof", 1, (a) => addressOf(a[0]!)),
    bytes_at: fixed("bytes_at", 2, (a) => new PyBytes(addressSpace.read(truncatedWord(a[0]!), Math.max(0, int(a[1]!))))),
    bytearray_at: fixed("bytearray_at", 2, bytearrayAtFn),
    NATIVE,
    LITTLE_ENDIAN,
    BIG_ENDIAN,
    VOID: scalar("UINT8"),
    ...types,
    BF_POS: OFFSET_BITS,
    BF_LEN: LEN_BITS,
    // The C type aliases of a 32-bit port: int and long are 4 bytes.
    SHORT: scalar("INT16"),
    USHORT: scalar("UINT16"),
    INT: scalar("INT32"),
    UINT: scalar("UINT32"),
    LONG: scalar("INT32"),
    ULONG: scalar("UINT32"),
    LONGLONG: scalar("INT64"),
    ULONGLONG: scalar("UINT64"),
    PTR: typeConst(PTR, AGG_TYPE_BITS),
    ARRAY: typeConst(ARRAY, AGG_TYPE_BITS),
  });
}
