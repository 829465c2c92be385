// uctypes.struct objects (extmod/moductypes.c): a descriptor laid over memory at an address.
// Fields load and store through attributes; arrays and pointers through subscripts; the object is
// also a buffer of its descriptor's size. Scalars of a NATIVE layout are little-endian (the
// board's order); a pointer is a 4-byte address into the simulated address space.

import { toIndex } from "../objects/args.js";
import { ATTRIBUTE_ERROR, INDEX_ERROR, pyErr, STOP_ITERATION, typeError, VALUE_ERROR } from "../objects/exceptions.js";
import { callValue } from "../objects/call.js";
import { PyIterator } from "../objects/iter.js";
import { charge, uncharged } from "../memory/charge.js";
import { asInt } from "../objects/ops.js";
import { typeName } from "../objects/repr.js";
import { nativeType, PyByteArray, PyException, PyFloat, PyObject, type Value } from "../objects/value.js";
import { aggregate, ARRAY, arrayShape, BIG_ENDIAN, FLOAT32, FLOAT64, fieldOf, isBitfield, isStructDesc, isTuple, NATIVE, PTR, scalarField, scalarSize, sizeOf, smallInt, STRUCT, syntaxError, UINT8 } from "./uctypes-desc.js";
import { bytearrayAt, intValue, loadFloat, loadInt, memAt, storeFloat, storeInt } from "./uctypes-memory.js";
import { num } from "../objects/native.js";

export const STRUCT_TYPE = nativeType("struct");

/** mp_obj_get_int_truncated: an int argument as a 32-bit word (an address, here unsigned). */
export function truncatedWord(v: Value): number {
  const i = asInt(v);
  if (i === null) throw typeError(`can't convert ${typeName(v)} to int`);
  return Number(BigInt.asUintN(32, BigInt(i)));
}

/** What a subscript stands for when MicroPython reads an object that is no small int as one: a
 *  pointer, so a huge index (arrays refuse it; a pointer reads far-off memory). */
const POINTER_AS_INDEX = 0x3fffffff;

/** A null result of a type slot: the operation is not supported. */
const UNSUPPORTED = undefined;

export class UStruct extends PyObject {
  readonly type = STRUCT_TYPE;
  /** hash() of a struct is refused: its type's unary_op answers nothing but int(). */
  readonly unhashable = true;
  constructor(
    readonly desc: Value,
    readonly addr: number,
    /** The layout, an unsigned 32-bit word as given (only 0, 1 and 2 are meaningful). */
    readonly flags: number,
  ) {
    super();
    charge(16);
  }

  /** Scalars of the layout are big-endian: any layout but little-endian and native. */
  private get bigEndian(): boolean {
    return this.flags !== NATIVE && this.flags !== 0;
  }

  private at(offset: number): number {
    return (this.addr + offset) >>> 0;
  }

  repr(): string {
    let kind = "ERROR";
    if (isStructDesc(this.desc)) kind = "STRUCT";
    else if (isTuple(this.desc)) {
      const k = aggregate(this.desc).kind;
      kind = k === PTR ? "PTR" : k === ARRAY ? "ARRAY" : "unk";
    }
    return `<struct ${kind} ${this.addr.toString(16)}>`;
  }

  /** The buffer: the descriptor's size of memory at the address. */
  get bytes(): Uint8Array {
    return memAt(this.addr, this.size());
  }

  /** memoryview() views the same memory, through a bytearray that only stands for it. */
  get bufferOwner(): PyByteArray {
    return uncharged(() => bytearrayAt(this.addr, this.size()));
  }

  size(): number {
    return sizeOf(this.desc, this.flags | 0);
  }

  getAttr(name: string): Value {
    return this.field(name, undefined);
  }

  setAttr(name: string, value: Value): void {
    this.field(name, value);
  }

  /** Deleting a field loads it and changes nothing, as uctypes_struct_attr treats a delete. */
  delAttr(name: string): void {
    if (this.field(name, undefined) === UNSUPPORTED) throw pyErr(ATTRIBUTE_ERROR, `'struct' object has no attribute '${name}'`);
  }

  /** uctypes_struct_attr_op: loads a field, or stores `value` into a scalar one. */
  private field(name: string, value: Value): Value {
    if (!isStructDesc(this.desc)) throw typeError("struct: no fields");
    const d = fieldOf(this.desc, name);
    const w = smallInt(d);
    if (w !== null) {
      const f = scalarField(w);
      if (isBitfield(f.type)) return this.bitfield(f.type, this.at(f.offset), f.bitPos, f.bitLen, value);
      if (value === undefined) return loadScalar(f.type, this.at(f.offset), this.bigEndian);
      storeScalar(f.type, this.at(f.offset), this.bigEndian, value);
      return value;
    }
    if (!isTuple(d)) throw syntaxError();
    // An aggregate field cannot be assigned to.
    if (value !== undefined) throw syntaxError();
    if (d.items.length < 2) throw syntaxError();
    const { kind, offset } = aggregate(d);
    switch (kind) {
      case STRUCT:
        return new UStruct(d.items[1], this.at(offset), this.flags);
      case ARRAY:
        // An array of UINT8 is a bytearray over the memory (INT8's values would not fit one).
        if (d.items.length === 2) {
          const { count, type } = arrayShape(d);
          if (type === UINT8) return bytearrayAt(this.at(offset), count);
        }
        return new UStruct(d, this.at(offset), this.flags);
      case PTR:
        return new UStruct(d, this.at(offset), this.flags);
      default:
        return UNSUPPORTED;
    }
  }

  /** A bitfield, read as a whole word of its base type; a store rewrites that word. */
  private bitfield(type: number, addr: number, pos: number, len: number, value: Value): Value {
    const size = scalarSize(type);
    const native = this.flags === NATIVE;
    // A native read is unsigned; a packed one sign-extends a signed type (its bits show past the field).
    const word = Number(BigInt.asUintN(32, loadInt(addr, size, !native && (type & 1) === 1, this.bigEndian)));
    const mask = ((1 << len) - 1) >>> 0;
    if (value === undefined) return (word >>> pos) & mask;
    const bits = (toIndex(value) & mask) << pos;
    const updated = ((word & ~(mask << pos)) | bits) >>> 0;
    // The store takes big-endian only for BIG_ENDIAN itself, where the load took any other layout.
    storeInt(addr, size, !native && this.flags === BIG_ENDIAN, BigInt(updated));
    return value;
  }

  getItem(index: Value): Value {
    const r = this.subscr(index, undefined);
    if (r === UNSUPPORTED) throw typeError("'struct' object isn't subscriptable");
    return r;
  }

  setItem(index: Value, value: Value): void {
    if (this.subscr(index, value) === UNSUPPORTED) throw typeError("'struct' object doesn't support item assignment");
  }

  /** uctypes_struct_subscr: an array's item, or what a pointer points to (never stored through). */
  private subscr(index: Value, value: Value): Value {
    if (!isTuple(this.desc)) throw typeError("struct: can't index");
    const t = this.desc;
    const { kind } = aggregate(t);
    const i = smallInt(index) ?? POINTER_AS_INDEX;
    if (kind === ARRAY) {
      const { count, type } = arrayShape(t);
      // No check below zero: a negative index reads before the array.
      if (i >= count) throw pyErr(INDEX_ERROR, "struct: index out of range");
      if (t.items.length === 2) {
        const at = (this.addr + Math.imul(scalarSize(type), i)) >>> 0;
        if (this.flags === NATIVE) return nativeItem(type, at, value);
        // A packed layout reads items through struct-module codes, which bitfield types lack.
        if (isBitfield(type)) throw pyErr(VALUE_ERROR, "bad typecode");
        if (value === undefined) return loadScalar(type, at, this.bigEndian);
        storeScalar(type, at, this.bigEndian, value);
        return value;
      }
      if (value !== undefined) return UNSUPPORTED;
      const item = t.items[2];
      return new UStruct(item, (this.addr + Math.imul(sizeOf(item, this.flags | 0), i)) >>> 0, this.flags);
    }
    if (kind === PTR) {
      const target = Number(loadInt(this.addr, 4, false, false));
      const pointee = t.items[1];
      const w = smallInt(pointee);
      // A store through a pointer is a load whose result is dropped: nothing is written.
      if (w !== null) {
        const type = scalarField(w).type;
        return nativeItem(type, (target + Math.imul(scalarSize(type), i)) >>> 0, undefined);
      }
      return new UStruct(pointee, (target + Math.imul(sizeOf(pointee, this.flags | 0), i)) >>> 0, this.flags);
    }
    return UNSUPPORTED;
  }

  /** int() of a pointer is its address; other structs have no int (int() then parses the buffer). */
  intMaybe(): Value {
    if (isTuple(this.desc) && aggregate(this.desc).kind === PTR) return intValue(loadInt(this.addr, 4, false, false));
    return UNSUPPORTED;
  }

  /** mp_getiter looks __getitem__ up as a field (a KeyError, mostly) and calls what it finds. */
  iter(): PyObject {
    const getitem = this.field("__getitem__", undefined);
    if (getitem === UNSUPPORTED) throw typeError("'struct' object isn't iterable");
    let i = 0;
    return new PyIterator(() => {
      try {
        return callValue(getitem, [i++], null);
      } catch (e) {
        if (e instanceof PyException && (e.type.isSubtypeOf(INDEX_ERROR) || e.type.isSubtypeOf(STOP_ITERATION))) return undefined;
        throw e;
      }
    });
  }
}

/** A scalar of any layout (bitfields aside). */
function loadScalar(type: number, addr: number, bigEndian: boolean): Value {
  if (type === FLOAT32 || type === FLOAT64) return new PyFloat(loadFloat(addr, scalarSize(type) as 4 | 8, bigEndian));
  return intValue(loadInt(addr, scalarSize(type), (type & 1) === 1, bigEndian));
}

/** A store keeps the low bits of any int (a long one too), or the float rounded to the field. */
function storeScalar(type: number, addr: number, bigEndian: boolean, value: Value): void {
  if (type === FLOAT32 || type === FLOAT64) return storeFloat(addr, scalarSize(type) as 4 | 8, bigEndian, num(value));
  const i = asInt(value);
  if (i === null) throw typeError(`can't convert ${typeName(value)} to int`);
  storeInt(addr, scalarSize(type), bigEndian, BigInt(i));
}

/** get_aligned / set_aligned: a native item, which a bitfield type cannot be (its load is unsupported, its store ignored). */
function nativeItem(type: number, addr: number, value: Value): Value {
  if (value === undefined) return isBitfield(type) ? UNSUPPORTED : loadScalar(type, addr, false);
  if (isBitfield(type)) {
    truncatedWord(value);
    return value;
  }
  storeScalar(type, addr, false, value);
  return value;
}
