// CompiledModule (or MpyModule, with machine code) -> .mpy bytes, laid out as MicroPython's mp_raw_code_save writes them
// (py/persistentcode.c): header, qstr and constant tables, then the raw code tree. Numbers are
// stored as their MicroPython repr text.

import { floatRepr } from "./floatrepr.js";
import { ObjTag } from "./mpy-tags.js";
import { staticQstrIndex } from "./qstr-static.js";
import { type AnyRawCode, type ConstObject, MPY_MAGIC, MPY_SUB_VERSION, MPY_VERSION, type MpyModule, RAW_CODE_KINDS, type TableObject } from "./rawcode.js";
import { putUint, uintSize } from "./varint.js";
import { encodeWtf8 } from "./wtf8.js";

export { ObjTag } from "./mpy-tags.js";

/** Feature-byte bit saying architecture flags follow the header (py/persistentcode.h). */
const FEATURE_ARCH_FLAGS = 0x40;

/** A growable byte buffer: appends without a JS array per byte. */
class ByteSink {
  buf = new Uint8Array(256);
  len = 0;
  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  byte(v: number): void {
    this.room(1);
    this.buf[this.len++] = v;
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  uint(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`varint out of range: ${v}`);
    this.room(uintSize(v));
    this.len = putUint(v, this.buf, this.len);
  }
  /**
   * A string's WTF-8 bytes (bytecode/wtf8.ts) after their count times `scale`: names and str values
   * are nearly all ASCII, written here without encoding them into a buffer of their own first.
   */
  text(s: string, escapes: boolean, scale: number): void {
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x80) {
        const b = encodeWtf8(s, escapes);
        this.uint(b.length * scale);
        this.bytes(b);
        return;
      }
    }
    this.uint(s.length * scale);
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len + i] = s.charCodeAt(i);
    this.len += s.length;
  }
}

export function writeMpy(m: MpyModule): Uint8Array {
  const out = new ByteSink();
  const archFlags = m.archFlags ?? 0;
  // mp_raw_code_save: the feature byte is 0 for bytecode, plus the flags bit when flags are set;
  // with machine code, the arch and the sub-version.
  const native = m.arch ? (m.arch << 2) | MPY_SUB_VERSION : 0;
  for (const b of [MPY_MAGIC, MPY_VERSION, (archFlags ? FEATURE_ARCH_FLAGS : 0) | native, m.smallIntBits & 0xff]) out.byte(b);
  if (archFlags) out.uint(archFlags);
  out.uint(m.qstrs.length);
  out.uint(m.consts.length);
  const escapes = m.surrogateEscapes ?? false;
  for (const q of m.qstrs) writeQstr(q, escapes, out);
  for (const c of m.consts) writeTableObj(c, escapes, out);
  writeRawCode(m.root, out);
  return out.buf.slice(0, out.len);
}

function writeQstr(q: string, escapes: boolean, out: ByteSink): void {
  const s = staticQstrIndex(q);
  if (s !== undefined) {
    out.uint((s << 1) | 1);
    return;
  }
  out.text(q, escapes, 2);
  out.byte(0);
}

const isNegative = (v: number) => v < 0 || Object.is(v, -0);

/** The text MicroPython stores for an int, float or complex constant: its repr. */
export function numberText(o: ConstObject): string {
  switch (o.kind) {
    case "int":
      return o.value.toString();
    case "float":
      return floatRepr(o.value);
    case "complex": {
      // py/objcomplex.c complex_print: format 'g' (the float repr without its ".0"); the real part
      // only when it is non-zero, and then the imaginary part with its sign always shown.
      const g = (v: number) => floatRepr(v).replace(/\.0$/, "");
      if (o.real !== 0) return `(${g(o.real)}${isNegative(o.imag) ? "" : "+"}${g(o.imag)}j)`;
      return `${g(o.imag)}j`;
    }
    default:
      throw new RangeError(`not a number constant: ${o.kind}`);
  }
}

function writeTableObj(o: TableObject, escapes: boolean, out: ByteSink): void {
  if (o.kind === "funTable") out.byte(ObjTag.FUN_TABLE);
  else writeObj(o, escapes, out);
}

function writeObj(o: ConstObject, escapes: boolean, out: ByteSink): void {
  switch (o.kind) {
    case "none": out.byte(ObjTag.NONE); return;
    case "false": out.byte(ObjTag.FALSE); return;
    case "true": out.byte(ObjTag.TRUE); return;
    case "ellipsis": out.byte(ObjTag.ELLIPSIS); return;
    case "str":
      out.byte(ObjTag.STR);
      out.text(o.value, escapes, 1);
      out.byte(0);
      return;
    case "bytes":
      out.byte(ObjTag.BYTES);
      out.uint(o.value.length);
      out.bytes(o.value);
      out.byte(0);
      return;
    case "tuple":
      out.byte(ObjTag.TUPLE);
      out.uint(o.items.length);
      for (const i of o.items) writeObj(i, escapes, out);
      return;
    case "int":
    case "float":
    case "complex": {
      out.byte(o.kind === "int" ? ObjTag.INT : o.kind === "float" ? ObjTag.FLOAT : ObjTag.COMPLEX);
      out.text(numberText(o), false, 1);
      return;
    }
  }
}

/** Writes the raw code tree in pre-order, from a stack of its own (a tree may nest thousands deep). */
function writeRawCode(root: AnyRawCode, out: ByteSink): void {
  const pending = [root];
  while (pending.length > 0) {
    const rc = pending.pop()!;
    writeOneRawCode(rc, out);
    for (let k = rc.children.length - 1; k >= 0; k--) pending.push(rc.children[k]!);
  }
}

/** One raw code, up to and with the count of its children. */
function writeOneRawCode(rc: AnyRawCode, out: ByteSink): void {
  out.uint(rc.data.length * 8 + (rc.children.length > 0 ? 4 : 0) + RAW_CODE_KINDS.indexOf(rc.kind));
  out.bytes(rc.data);
  if (rc.kind === "native") out.uint(rc.preludeOffset ?? 0);
  else if (rc.kind !== "bytecode") {
    const flags = rc.scopeFlags ?? 0;
    out.uint(flags);
    if (rc.kind === "asm") {
      out.uint(rc.nPosArgs ?? 0);
      out.uint(rc.typeSig ?? 0);
    } else {
      if (rc.rodata) out.uint(rc.rodata.length);
      if (rc.bssSize !== undefined) out.uint(rc.bssSize);
      if (rc.rodata) out.bytes(rc.rodata);
      if (rc.relocations) out.bytes(rc.relocations);
    }
  }
  if (rc.children.length > 0) out.uint(rc.children.length);
}
