// uctypes descriptors (extmod/moductypes.c): how a field's small int packs its scalar type,
// offset and bitfield position, how a tuple packs an aggregate (struct, pointer, array), and the
// size of a descriptor under a layout, on a 32-bit port (pointers are 4 bytes).

import { KEY_ERROR, pyErr, typeError } from "../objects/exceptions.js";
import { PyDict } from "../objects/hashtable.js";
import { isSmallInt } from "../memory/charge.js";
import { DICT, PyTuple, TUPLE, type Value } from "../objects/value.js";
import { ORDERED_DICT } from "./collections.js";

export const LITTLE_ENDIAN = 0;
export const BIG_ENDIAN = 1;
export const NATIVE = 2;

/** Scalar types in moductypes.c's order: bit 0 is "signed", bits 1-2 the log2 of the size. */
export const SCALARS = [
  "UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64",
  "BFUINT8", "BFINT8", "BFUINT16", "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64",
] as const;
export const INT64 = 7;
export const BFUINT8 = 8;
export const BFINT32 = 13;
export const FLOAT32 = 14;
export const FLOAT64 = 15;
export const UINT8 = 0;

/** Aggregate kinds, from the top two bits of a tuple's first item. */
export const STRUCT = 0;
export const PTR = 1;
export const ARRAY = 2;

const VAL_TYPE_BITS = 4;
const AGG_TYPE_BITS = 2;
/** Bits of a field's byte offset; above them a bitfield's bit position (5 bits), then its length. */
export const OFFSET_BITS = 17;
export const LEN_BITS = OFFSET_BITS + 5;
const POINTER_SIZE = 4;

/** TYPE2SMALLINT: a type number in the top `nbits` of a 31-bit small int. */
export const typeConst = (t: number, nbits: number): number => (t << (32 - nbits)) >> 1;
const getType = (x: number, nbits: number): number => (x >> (31 - nbits)) & ((1 << nbits) - 1);
const valueMask = (nbits: number): number => ~(-0x80000000 >> nbits);

export const syntaxError = () => typeError("syntax error in uctypes descriptor");

/** A small int as the 32-bit port holds it in the object word (bools and long ints are objects). */
export function smallInt(v: Value): number | null {
  return typeof v === "number" && isSmallInt(v) ? v : null;
}

/** mp_obj_is_dict_or_ordereddict: a struct descriptor. */
export function isStructDesc(v: Value): v is PyDict {
  return v instanceof PyDict && (v.type === DICT || v.type === ORDERED_DICT);
}

export function isTuple(v: Value): v is PyTuple {
  return v instanceof PyTuple && v.type === TUPLE;
}

export function scalarSize(t: number): number {
  return t === FLOAT32 ? 4 : 1 << ((t & 7) >> 1);
}

export const isBitfield = (t: number): boolean => t >= BFUINT8 && t <= BFINT32;

/** A scalar field: its type and the byte offset, with a bitfield's bit position and length. */
export interface ScalarField {
  readonly type: number;
  readonly offset: number;
  readonly bitPos: number;
  readonly bitLen: number;
}

export function scalarField(word: number): ScalarField {
  const type = getType(word, VAL_TYPE_BITS);
  const offset = word & valueMask(VAL_TYPE_BITS);
  if (!isBitfield(type)) return { type, offset, bitPos: 0, bitLen: 0 };
  return { type, offset: offset & ((1 << OFFSET_BITS) - 1), bitPos: (offset >> OFFSET_BITS) & 31, bitLen: (offset >> LEN_BITS) & 31 };
}

/**
 * An aggregate's kind and byte offset. moductypes.c reads the first item as a small int without
 * checking; anything else is an object pointer there, read here as a struct at offset 0.
 */
export function aggregate(t: PyTuple): { kind: number; offset: number } {
  const w = smallInt(t.items[0]) ?? 0;
  return { kind: getType(w, AGG_TYPE_BITS), offset: w & valueMask(AGG_TYPE_BITS) };
}

/** An array's element count and, for an array of scalars, their type. */
export function arrayShape(t: PyTuple): { count: number; type: number } {
  const w = smallInt(t.items[1]);
  if (w === null) throw syntaxError();
  return { count: w & valueMask(VAL_TYPE_BITS), type: getType(w, VAL_TYPE_BITS) };
}

/** The field `name` of a struct descriptor: KeyError when absent (mp_obj_dict_get). */
export function fieldOf(desc: PyDict, name: string): Value {
  const v = desc.table.get(name);
  if (v === undefined) throw pyErr(KEY_ERROR, name);
  return v;
}

/** The widest scalar met so far: a native layout rounds a struct's size up to it. */
interface Widest {
  v: number;
}

/** uctypes_struct_size: the size of any descriptor (a long int or bool is no scalar here). */
export function sizeOf(desc: Value, layout: number, widest: Widest = { v: 0 }): number {
  if (!isStructDesc(desc)) {
    if (isTuple(desc)) return aggregateSize(desc, layout, widest);
    // A scalar field loads as a plain int, so sizeof cannot tell a type from a value.
    if (smallInt(desc) !== null) throw typeError("can't unambiguously get sizeof scalar");
    throw syntaxError();
  }
  let total = 0;
  // In table order, as the order decides what a nested struct is rounded up to.
  for (const [, v] of desc.table.entries()) {
    const w = smallInt(v);
    if (w !== null) {
      const f = scalarField(w);
      const s = scalarSize(f.type);
      widest.v = Math.max(widest.v, s);
      total = Math.max(total, f.offset + s);
    } else {
      if (!isTuple(v)) throw syntaxError();
      const s = aggregateSize(v, layout, widest);
      total = Math.max(total, aggregate(v).offset + s);
    }
  }
  if (layout === NATIVE) total = ((total + widest.v - 1) & ~(widest.v - 1)) >>> 0;
  return total;
}

function aggregateSize(t: PyTuple, layout: number, widest: Widest): number {
  if (t.items.length === 0) throw syntaxError();
  switch (aggregate(t).kind) {
    case STRUCT:
      if (t.items.length !== 2) throw syntaxError();
      return sizeOf(t.items[1], layout, widest);
    case PTR:
      // The pointed-to type is not looked at, but it must be there.
      if (t.items.length !== 2) throw syntaxError();
      widest.v = Math.max(widest.v, POINTER_SIZE);
      return POINTER_SIZE;
    case ARRAY: {
      if (t.items.length !== 2 && t.items.length !== 3) throw syntaxError();
      const { count, type } = arrayShape(t);
      if (t.items.length === 3) return sizeOf(t.items[2], layout, widest) * count;
      const s = scalarSize(type);
      widest.v = Math.max(widest.v, s);
      return s * count;
    }
    default:
      throw syntaxError();
  }
}
