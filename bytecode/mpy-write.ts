// CompiledModule -> .mpy bytes, laid out as MicroPython's mp_raw_code_save writes them
// (py/persistentcode.c): header, qstr and constant tables, then the raw code tree.

import { floatRepr } from "./floatrepr.js";
import { staticQstrIndex } from "./qstr-static.js";
import { encodeWtf8 } from "./wtf8.js";
import { type CompiledModule, type ConstObject, MPY_MAGIC, MPY_VERSION, type RawCode } from "./rawcode.js";
import { encodeUint } from "./varint.js";

/** Tags of constant objects in a .mpy (py/persistentcode.h MP_PERSISTENT_OBJ_*). */
export const ObjTag = { FUN_TABLE: 0, NONE: 1, FALSE: 2, TRUE: 3, ELLIPSIS: 4, STR: 5, BYTES: 6, INT: 7, FLOAT: 8, COMPLEX: 9, TUPLE: 10 } as const;

const utf8 = new TextEncoder();

export function writeMpy(m: CompiledModule): Uint8Array {
  const out: number[] = [MPY_MAGIC, MPY_VERSION, 0, m.smallIntBits];
  encodeUint(m.qstrs.length, out);
  encodeUint(m.consts.length, out);
  for (const q of m.qstrs) writeQstr(q, out);
  for (const c of m.consts) writeObj(c, out);
  writeRawCode(m.root, out);
  return Uint8Array.from(out);
}

function pushBytes(bytes: Uint8Array, out: number[]): void {
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]!);
}

function writeQstr(q: string, out: number[]): void {
  const s = staticQstrIndex(q);
  if (s !== undefined) {
    encodeUint((s << 1) | 1, out);
    return;
  }
  const b = encodeWtf8(q);
  encodeUint(b.length << 1, out);
  pushBytes(b, out);
  out.push(0);
}

/** The text MicroPython stores for an int, float or complex constant (its repr). */
export function numberText(o: ConstObject): string {
  switch (o.kind) {
    case "int": return o.value.toString();
    case "float": return floatRepr(o.value);
    case "complex": return o.real !== 0 ? `(${floatRepr(o.real).replace(/\.0$/, "")}${o.imag >= 0 || Number.isNaN(o.imag) ? "+" : ""}${complexPart(o.imag)}j)` : `${complexPart(o.imag)}j`;
    default: throw new Error(`not a number: ${o.kind}`);
  }
}

function complexPart(v: number): string {
  return floatRepr(v).replace(/\.0$/, "");
}

function writeObj(o: ConstObject, out: number[]): void {
  switch (o.kind) {
    case "none": out.push(ObjTag.NONE); return;
    case "false": out.push(ObjTag.FALSE); return;
    case "true": out.push(ObjTag.TRUE); return;
    case "ellipsis": out.push(ObjTag.ELLIPSIS); return;
    case "str":
    case "bytes": {
      const b = o.kind === "str" ? encodeWtf8(o.value) : o.value;
      out.push(o.kind === "str" ? ObjTag.STR : ObjTag.BYTES);
      encodeUint(b.length, out);
      pushBytes(b, out);
      out.push(0);
      return;
    }
    case "tuple":
      out.push(ObjTag.TUPLE);
      encodeUint(o.items.length, out);
      for (const i of o.items) writeObj(i, out);
      return;
    default: {
      const t = utf8.encode(numberText(o));
      out.push(o.kind === "int" ? ObjTag.INT : o.kind === "float" ? ObjTag.FLOAT : ObjTag.COMPLEX);
      encodeUint(t.length, out);
      pushBytes(t, out);
    }
  }
}

function writeRawCode(rc: RawCode, out: number[]): void {
  encodeUint(rc.data.length * 8 + (rc.children.length > 0 ? 4 : 0), out);
  pushBytes(rc.data, out);
  if (rc.children.length > 0) {
    encodeUint(rc.children.length, out);
    for (const c of rc.children) writeRawCode(c, out);
  }
}
