// .mpy bytes -> CompiledModule: the one reader of the format, used by the runtime's loader and the
// disassembler. It checks every length and count against the bytes left before using it, bounds
// nesting, and reports any problem as an MpyFormatError with a precise message; header problems
// use MicroPython's own text, "incompatible .mpy file" (py/persistentcode.c mp_raw_code_load).

import { decodeInstruction } from "./instr.js";
import { OP } from "./opcodes.js";
import { decodePrelude } from "./prelude.js";
import { staticQstr, STATIC_QSTRS } from "./qstr-static.js";
import { type CompiledModule, type ConstObject, MPY_MAGIC, MPY_VERSION, type RawCode } from "./rawcode.js";
import { ObjTag } from "./mpy-write.js";
import { decodeUint } from "./varint.js";
import { decodeWtf8 } from "./wtf8.js";

export class MpyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MpyFormatError";
  }
}

/** Small ints of a 32-bit MicroPython port have 31 bits; files needing more cannot load there. */
export const TARGET_SMALL_INT_BITS = 31;
const MAX_NESTING = 64;

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}

  get left(): number {
    return this.bytes.length - this.pos;
  }
  byte(what: string): number {
    if (this.pos >= this.bytes.length) throw new MpyFormatError(`truncated .mpy file: ${what}`);
    return this.bytes[this.pos++]!;
  }
  uint(what: string): number {
    const d = decodeUint(this.bytes, this.pos, 0x7fffffff);
    if (!d) throw new MpyFormatError(this.pos >= this.bytes.length ? `truncated .mpy file: ${what}` : `invalid .mpy file: ${what} out of range`);
    this.pos = d.next;
    return d.value;
  }
  take(n: number, what: string): Uint8Array {
    if (n > this.left) throw new MpyFormatError(`truncated .mpy file: ${what} needs ${n} bytes, ${this.left} left`);
    const b = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  text(n: number, what: string): string {
    const s = decodeWtf8(this.take(n, what));
    if (s === null) throw new MpyFormatError(`invalid .mpy file: ${what} is not valid UTF-8`);
    return s;
  }
}

export function readMpy(bytes: Uint8Array): CompiledModule {
  const r = new Reader(bytes);
  if (bytes.length < 4 || bytes[0] !== MPY_MAGIC || bytes[1] !== MPY_VERSION) throw new MpyFormatError("incompatible .mpy file");
  const features = bytes[2]!;
  const smallIntBits = bytes[3]!;
  if (features & 0x80) throw new MpyFormatError("incompatible .mpy file");
  if ((features >> 2) & 0xf) throw new MpyFormatError("incompatible .mpy arch");
  if (smallIntBits > TARGET_SMALL_INT_BITS) throw new MpyFormatError("incompatible .mpy file");
  r.pos = 4;
  if (features & 0x40) r.uint("architecture flags");
  const nQstr = r.uint("qstr count");
  const nObj = r.uint("constant count");
  if (nQstr > r.left || nObj > r.left) throw new MpyFormatError(`truncated .mpy file: ${nQstr} qstrs and ${nObj} constants cannot fit in ${r.left} bytes`);
  const qstrs: string[] = [];
  for (let i = 0; i < nQstr; i++) qstrs.push(readQstr(r));
  const consts: ConstObject[] = [];
  for (let i = 0; i < nObj; i++) consts.push(readObj(r, 0));
  const root = readRawCode(r, 0);
  if (r.left > 0) throw new MpyFormatError(`invalid .mpy file: ${r.left} unexpected bytes after the module`);
  const m = { smallIntBits, qstrs, consts, root };
  validate(m, root, 0);
  return m;
}

function readQstr(r: Reader): string {
  const v = r.uint("qstr");
  if (v & 1) {
    const s = staticQstr(v >> 1);
    if (s === undefined) throw new MpyFormatError(`invalid .mpy file: static qstr ${v >> 1} out of range (1..${STATIC_QSTRS.length})`);
    return s;
  }
  const len = v >> 1;
  const s = r.text(len, "qstr");
  if (r.byte("qstr terminator") !== 0) throw new MpyFormatError("invalid .mpy file: qstr not terminated");
  return s;
}

function readObj(r: Reader, depth: number): ConstObject {
  if (depth > MAX_NESTING) throw new MpyFormatError("invalid .mpy file: constant tuples nested too deeply");
  const tag = r.byte("constant");
  switch (tag) {
    case ObjTag.NONE: return { kind: "none" };
    case ObjTag.FALSE: return { kind: "false" };
    case ObjTag.TRUE: return { kind: "true" };
    case ObjTag.ELLIPSIS: return { kind: "ellipsis" };
    case ObjTag.STR:
    case ObjTag.BYTES: {
      const n = r.uint("string length");
      const obj: ConstObject = tag === ObjTag.STR ? { kind: "str", value: r.text(n, "string constant") } : { kind: "bytes", value: r.take(n, "bytes constant").slice() };
      if (r.byte("string terminator") !== 0) throw new MpyFormatError("invalid .mpy file: string constant not terminated");
      return obj;
    }
    case ObjTag.TUPLE: {
      const n = r.uint("tuple length");
      if (n > r.left) throw new MpyFormatError(`truncated .mpy file: tuple of ${n} items`);
      const items: ConstObject[] = [];
      for (let i = 0; i < n; i++) items.push(readObj(r, depth + 1));
      return { kind: "tuple", items };
    }
    case ObjTag.INT:
    case ObjTag.FLOAT:
    case ObjTag.COMPLEX: {
      const n = r.uint("number length");
      const t = r.text(n, "number constant");
      return parseNumber(tag, t);
    }
    default:
      throw new MpyFormatError(`invalid .mpy file: unknown constant tag ${tag}`);
  }
}

const FLOAT_RE = /^[+-]?(?:inf|nan|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)$/;

function parseFloatText(t: string): number | null {
  if (!FLOAT_RE.test(t)) return null;
  if (/inf$/.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  if (/nan$/.test(t)) return NaN;
  return Number(t);
}

function parseNumber(tag: number, t: string): ConstObject {
  if (tag === ObjTag.INT) {
    if (!/^-?\d{1,20000}$/.test(t)) throw new MpyFormatError(`invalid .mpy file: bad int constant ${JSON.stringify(t.slice(0, 40))}`);
    return { kind: "int", value: BigInt(t) };
  }
  if (tag === ObjTag.FLOAT) {
    const v = parseFloatText(t);
    if (v === null) throw new MpyFormatError(`invalid .mpy file: bad float constant ${JSON.stringify(t.slice(0, 40))}`);
    return { kind: "float", value: v };
  }
  const m = /^\(?([^()j]*?)(?:([+-][^()j]*))?j\)?$/.exec(t);
  const real = m && m[2] !== undefined ? parseFloatText(m[1]!) : 0;
  const imag = m ? parseFloatText(m[2] ?? m[1]!) : null;
  if (real === null || imag === null) throw new MpyFormatError(`invalid .mpy file: bad complex constant ${JSON.stringify(t.slice(0, 40))}`);
  return { kind: "complex", real, imag };
}

function readRawCode(r: Reader, depth: number): RawCode {
  if (depth > MAX_NESTING) throw new MpyFormatError("invalid .mpy file: functions nested too deeply");
  const head = r.uint("raw code header");
  const kind = head & 3;
  if (kind !== 0) throw new MpyFormatError("incompatible .mpy arch");
  const len = Math.floor(head / 8);
  const data = r.take(len, "function data").slice();
  const children: RawCode[] = [];
  if (head & 4) {
    const n = r.uint("child count");
    if (n > r.left) throw new MpyFormatError(`truncated .mpy file: ${n} children`);
    for (let i = 0; i < n; i++) children.push(readRawCode(r, depth + 1));
  }
  return { kind: "bytecode", data, children };
}

/** Checks a raw code's prelude and every instruction against the module's tables. */
function validate(m: CompiledModule, rc: RawCode, depth: number): void {
  const fail = (why: string): never => {
    throw new MpyFormatError(`invalid .mpy file: ${why}`);
  };
  const p = decodePrelude(rc.data);
  if (!p) fail("bad function prelude");
  const pre = p!;
  if (pre.nameQstr >= m.qstrs.length || pre.argQstrs.some((q) => q >= m.qstrs.length)) fail("prelude names a qstr out of range");
  if (pre.nPosArgs + pre.nKwonlyArgs > pre.nState) fail("more arguments than state slots");
  if (pre.cells.some((c) => c >= pre.nState)) fail("cell index out of range");
  const starts = new Set<number>();
  const jumps: number[] = [];
  for (let ip = pre.codeStart; ip < rc.data.length; ) {
    const ins = decodeInstruction(rc.data, ip);
    if (!ins) fail(`unknown or truncated instruction at offset ${ip}`);
    const i = ins!;
    starts.add(ip);
    const a = i.info.arg;
    if (a === "qstr" && i.arg >= m.qstrs.length) fail(`qstr index ${i.arg} out of range at offset ${ip}`);
    if (a === "const" && i.arg >= m.consts.length) fail(`constant index ${i.arg} out of range at offset ${ip}`);
    if (a === "child" && i.arg >= rc.children.length) fail(`child index ${i.arg} out of range at offset ${ip}`);
    if ((i.info === OP.LOAD_FAST_N || i.info === OP.STORE_FAST_N || i.info === OP.DELETE_FAST || i.info === OP.LOAD_DEREF || i.info === OP.STORE_DEREF || i.info === OP.DELETE_DEREF) && i.arg >= pre.nState) {
      fail(`local ${i.arg} out of range at offset ${ip}`);
    }
    if ((i.info === OP.LOAD_FAST_MULTI || i.info === OP.STORE_FAST_MULTI) && i.byte - i.info.code >= pre.nState) {
      fail(`local ${i.byte - i.info.code} out of range at offset ${ip}`);
    }
    if (i.target >= 0) jumps.push(i.target);
    ip += i.size;
  }
  for (const t of jumps) {
    if (t !== rc.data.length && !starts.has(t)) fail(`jump to offset ${t}, not an instruction`);
  }
  for (const c of rc.children) validate(m, c, depth + 1);
}
