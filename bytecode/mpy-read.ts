// .mpy bytes -> CompiledModule: the one reader of the format (py/persistentcode.c mp_raw_code_load),
// used by the runtime's loader, the disassembler and the tests. readMpy refuses machine code as a
// bytecode-only port does; readMpyFile also takes native, viper and asm code (MpyModule). Every length and count is checked
// against the bytes left before anything is allocated for it, nesting is bounded, and every problem
// is an MpyFormatError; header problems carry MicroPython's own text.

import { ObjTag } from "./mpy-tags.js";
import { validateModule } from "./mpy-validate.js";
import { parseFloatLiteral } from "./longdouble.js";
import { staticQstr, STATIC_QSTR_COUNT } from "./qstr-static.js";
import {
  type AnyRawCode, type CompiledModule, type ConstObject, MPY_MAGIC, MPY_SUB_VERSION, MPY_VERSION, type MpyModule,
  type NativeRawCode, RAW_CODE_KINDS, type TableObject, ViperFlag,
} from "./rawcode.js";
import { decodeUint } from "./varint.js";
import { decodeStored } from "./wtf8.js";

export { MpyFormatError } from "./mpy-error.js";
export { validateModule, validateRawCode } from "./mpy-validate.js";
import { MpyFormatError } from "./mpy-error.js";

/** Small ints of a 32-bit MicroPython port have 31 bits; files needing more cannot load there. */
export const TARGET_SMALL_INT_BITS = 31;

/** Deepest nesting of constant tuples and of functions the reader accepts. */
export const MAX_NESTING = 1000;

export interface ReadOptions {
  /**
   * Small-int width of the machine that will load the file (default 31). A file needing more is
   * refused, as are architecture flags, as a bytecode-only 32-bit port refuses them. Null reads
   * anything the format allows (for disassembly).
   */
  readonly targetSmallIntBits?: number | null;
  /** Also check every raw code's prelude and instructions (validateModule). Default true. */
  readonly validate?: boolean;
  /**
   * Also refuse what mpy-cross never writes although MicroPython's loader ignores it: bytes after
   * the module, string terminators that are not NUL, and an unused sub-version in the feature
   * byte. Default true; a loader that must accept whatever MicroPython accepts passes false.
   */
  readonly strict?: boolean;
  /** Told where each qstr, constant and function body lies in the file, in file order (hex dumps). */
  readonly onSegment?: (segment: MpySegment) => void;
}

/**
 * A span of the file, as tools/mpy-tool.py colours its hex dump: a static qstr (empty span at its
 * index), a qstr's or a constant's bytes (after the length), or a function's data.
 */
export type MpySegment =
  | { readonly kind: "static-qstr" | "qstr"; readonly start: number; readonly end: number; readonly qstr: string }
  | { readonly kind: "obj"; readonly start: number; readonly end: number; readonly obj: ConstObject }
  | { readonly kind: "code"; readonly start: number; readonly end: number; readonly code: AnyRawCode };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

class Reader {
  pos = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly strict: boolean,
    readonly onSegment: ((segment: MpySegment) => void) | undefined,
    /** Strings are read with surrogate escapes (a second reading, after one was not WTF-8). */
    readonly escapes: boolean,
    /** Machine code is accepted (readMpyFile) rather than refused as a bytecode-only port does. */
    readonly native: boolean,
  ) {}

  get left(): number {
    return this.bytes.length - this.pos;
  }

  byte(what: string): number {
    if (this.pos >= this.bytes.length) throw truncated(what);
    return this.bytes[this.pos++]!;
  }

  uint(what: string): number {
    const d = decodeUint(this.bytes, this.pos, 0x7fffffff);
    if (!d) {
      // Either the bytes ran out inside the number, or it does not fit a 32-bit size_t.
      let p = this.pos;
      while (p < this.bytes.length && this.bytes[p]! & 0x80) p++;
      throw p >= this.bytes.length ? truncated(what) : invalid(`${what} too large`);
    }
    this.pos = d.next;
    return d.value;
  }

  take(n: number, what: string): Uint8Array {
    if (n > this.left) throw truncated(`${what} needs ${n} bytes, ${this.left} left`);
    const b = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }

  /** Text that must be UTF-8 (number constants). */
  text(n: number, what: string): string {
    const b = this.take(n, what);
    try {
      return utf8.decode(b);
    } catch {
      throw invalid(`${what} is not valid UTF-8`);
    }
  }

  /**
   * A qstr's or str constant's text. MicroPython's loader takes any bytes; when some string is not
   * WTF-8 the whole file is read again with surrogate escapes (bytecode/wtf8.ts).
   */
  str(n: number, what: string): string {
    const b = this.take(n, what);
    try {
      return utf8.decode(b);
    } catch {
      const s = decodeStored(b, this.escapes);
      if (s === null) throw new NeedsEscapes();
      return s;
    }
  }

  terminator(what: string): void {
    const b = this.byte(`${what} terminator`);
    // MicroPython skips this byte without looking at it.
    if (b !== 0 && this.strict) throw invalid(`${what} not NUL-terminated`);
  }
}

/** Thrown by a first reading that met a string that is not WTF-8. */
class NeedsEscapes extends Error {}

function truncated(what: string): MpyFormatError {
  return new MpyFormatError(`truncated .mpy file: ${what}`);
}

function invalid(what: string): MpyFormatError {
  return new MpyFormatError(`invalid .mpy file: ${what}`);
}

/**
 * Parses a whole .mpy file as a bytecode-only port loads it: machine code is refused with
 * MicroPython's "native code in .mpy unsupported". Throws only MpyFormatError.
 */
export function readMpy(bytes: Uint8Array, options: ReadOptions = {}): CompiledModule {
  // Without native code, every raw code is bytecode and no table entry is mp_fun_table.
  return readAny(bytes, options, false) as CompiledModule;
}

/** Parses a whole .mpy file, machine code included (for dis, freeze and round trips). */
export function readMpyFile(bytes: Uint8Array, options: ReadOptions = {}): MpyModule {
  return readAny(bytes, options, true);
}

function readAny(bytes: Uint8Array, options: ReadOptions, native: boolean): MpyModule {
  // Segments are told once the reading that counts is known, even if it then fails.
  const segments: MpySegment[] = [];
  const onSegment = options.onSegment && ((s: MpySegment) => void segments.push(s));
  try {
    try {
      return readOnce(bytes, options, onSegment, false, native);
    } catch (e) {
      if (!(e instanceof NeedsEscapes)) throw e;
      segments.length = 0;
      return readOnce(bytes, options, onSegment, true, native);
    }
  } finally {
    for (const s of segments) options.onSegment!(s);
  }
}

function readOnce(bytes: Uint8Array, options: ReadOptions, onSegment: ReadOptions["onSegment"], escapes: boolean, native: boolean): MpyModule {
  const target = options.targetSmallIntBits === undefined ? TARGET_SMALL_INT_BITS : options.targetSmallIntBits;
  const strict = options.strict ?? true;
  const r = new Reader(bytes, strict, onSegment, escapes, native);
  const { smallIntBits, archFlags, arch } = readHeader(r, target, strict, native);
  const nQstr = r.uint("qstr count");
  const nObj = r.uint("constant count");
  // Every qstr and constant takes at least one byte: refuse counts the file cannot hold.
  if (nQstr > r.left || nObj > r.left - nQstr) {
    throw truncated(`${nQstr} qstrs and ${nObj} constants cannot fit in ${r.left} bytes`);
  }
  const qstrs: string[] = new Array(nQstr);
  for (let i = 0; i < nQstr; i++) qstrs[i] = readQstr(r);
  const consts: TableObject[] = new Array(nObj);
  for (let i = 0; i < nObj; i++) consts[i] = readTableObj(r);
  const root = readRawCode(r, 0);
  if (r.left > 0 && strict) throw invalid(`${r.left} unexpected bytes after the module`);
  const m: MpyModule = {
    ...(arch ? { arch } : {}),
    smallIntBits,
    ...(archFlags ? { archFlags } : {}),
    ...(escapes ? { surrogateEscapes: true } : {}),
    qstrs,
    consts,
    root,
  };
  if (options.validate ?? true) validateModule(m);
  return m;
}

function readHeader(r: Reader, target: number | null, strict: boolean, native: boolean): { smallIntBits: number; archFlags: number; arch: number } {
  const incompatible = () => new MpyFormatError("incompatible .mpy file");
  if (r.left < 4) throw r.left > 0 && r.bytes[0] !== MPY_MAGIC ? incompatible() : truncated("header");
  const [magic, version, features, smallIntBits] = [r.byte(""), r.byte(""), r.byte(""), r.byte("")];
  // The same tests, in the same order, as mp_raw_code_load (MPY_FEATURE_DECODE_ARCH keeps bit 7).
  const arch = (features! >> 2) & 0x2f;
  if (magic !== MPY_MAGIC || version !== MPY_VERSION || (arch !== 0 && (features! & 3) !== MPY_SUB_VERSION)) throw incompatible();
  if (target !== null && smallIntBits! > target) throw incompatible();
  // A bytecode-only port says this for any native architecture.
  if (arch !== 0 && !native) throw new MpyFormatError("native code in .mpy unsupported");
  if (strict && arch === 0 && features! & 3) throw invalid(`feature byte 0x${features!.toString(16).padStart(2, "0")}`);
  if (strict && features! & 0x80) throw invalid(`feature byte 0x${features!.toString(16).padStart(2, "0")}`);
  let archFlags = 0;
  if (features! & 0x40) {
    if (target !== null) throw incompatible();
    archFlags = r.uint("architecture flags");
  }
  return { smallIntBits: smallIntBits!, archFlags, arch };
}

function readQstr(r: Reader): string {
  const at = r.pos;
  const v = r.uint("qstr");
  if (v & 1) {
    const s = staticQstr(v >>> 1);
    if (s === undefined) throw invalid(`static qstr ${v >>> 1} out of range (1..${STATIC_QSTR_COUNT - 1})`);
    r.onSegment?.({ kind: "static-qstr", start: at, end: at, qstr: s });
    return s;
  }
  const start = r.pos;
  const s = r.str(v >>> 1, "qstr");
  r.terminator("qstr");
  r.onSegment?.({ kind: "qstr", start, end: r.pos, qstr: s });
  return s;
}

/** An object-table entry: a constant, or mp_fun_table in a file with machine code. */
function readTableObj(r: Reader): TableObject {
  if (r.native && r.left > 0 && r.bytes[r.pos] === ObjTag.FUN_TABLE) {
    r.pos++;
    return { kind: "funTable" };
  }
  return readObj(r, 0);
}

function readObj(r: Reader, depth: number): ConstObject {
  if (depth > MAX_NESTING) throw invalid("constant tuples nested too deeply");
  const tag = r.byte("constant");
  switch (tag) {
    case ObjTag.NONE: return { kind: "none" };
    case ObjTag.FALSE: return { kind: "false" };
    case ObjTag.TRUE: return { kind: "true" };
    case ObjTag.ELLIPSIS: return { kind: "ellipsis" };
    case ObjTag.STR: {
      const n = r.uint("str length");
      const start = r.pos;
      const obj: ConstObject = { kind: "str", value: r.str(n, "str constant") };
      r.terminator("str constant");
      r.onSegment?.({ kind: "obj", start, end: r.pos, obj });
      return obj;
    }
    case ObjTag.BYTES: {
      const n = r.uint("bytes length");
      const start = r.pos;
      const obj: ConstObject = { kind: "bytes", value: r.take(n, "bytes constant").slice() };
      r.terminator("bytes constant");
      r.onSegment?.({ kind: "obj", start, end: r.pos, obj });
      return obj;
    }
    case ObjTag.TUPLE: {
      const n = r.uint("tuple length");
      if (n > r.left) throw truncated(`tuple of ${n} items`);
      const items: ConstObject[] = new Array(n);
      for (let i = 0; i < n; i++) items[i] = readObj(r, depth + 1);
      return { kind: "tuple", items };
    }
    case ObjTag.INT:
    case ObjTag.FLOAT:
    case ObjTag.COMPLEX: {
      const n = r.uint("number length");
      const start = r.pos;
      const obj = parseNumber(tag, r.text(n, "number constant"));
      r.onSegment?.({ kind: "obj", start, end: r.pos, obj });
      return obj;
    }
    case ObjTag.FUN_TABLE:
      if (r.native) throw invalid("mp_fun_table inside a constant tuple");
      throw new MpyFormatError("native code in .mpy unsupported");
    default:
      throw invalid(`unknown constant tag ${tag}`);
  }
}

// What mp_parse_num_integer (base 10) and mp_parse_num_float accept: ASCII spaces around, a
// sign, '_' between digits; inf, infinity and nan in any case; a trailing j for complex only.
// Spaces are trimmed first so that no pattern can backtrack over them.
const INT_TEXT = /^([+-]?)([0-9_]+)$/;
const FLOAT_TEXT = /^([+-]?)(infinity|inf|nan|[0-9_.]*(?:e[+-]?[0-9_]*)?)(j?)$/i;

function trimAsciiSpace(t: string): string {
  let a = 0;
  let b = t.length;
  const space = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
  while (a < b && space(t.charCodeAt(a))) a++;
  while (b > a && space(t.charCodeAt(b - 1))) b--;
  return t.slice(a, b);
}

function parseNumber(tag: number, text: string): ConstObject {
  const bad = (what: string) => invalid(`bad ${what} constant ${JSON.stringify(text.length > 40 ? text.slice(0, 40) + "..." : text)}`);
  const t = trimAsciiSpace(text);
  if (tag === ObjTag.INT) {
    const m = INT_TEXT.exec(t);
    if (!m || !/[0-9]/.test(m[2]!)) throw bad("int");
    const v = BigInt(m[2]!.replace(/_/g, ""));
    return { kind: "int", value: m[1] === "-" ? -v : v };
  }
  const what = tag === ObjTag.FLOAT ? "float" : "complex";
  const m = FLOAT_TEXT.exec(t);
  if (!m || (m[3] && tag !== ObjTag.COMPLEX)) throw bad(what);
  const body = m[2]!.toLowerCase();
  let v: number;
  if (body.startsWith("inf")) v = Infinity;
  else if (body === "nan") v = NaN;
  else if (body === "" && m[3]) v = 1; // "j" alone is 1j
  else {
    v = parseFloatLiteral(body);
    if (Number.isNaN(v)) throw bad(what);
  }
  if (m[1] === "-") v = -v;
  // Without a j, MicroPython's loader makes a float even under the complex tag.
  return m[3] ? { kind: "complex", real: 0, imag: v } : { kind: "float", value: v };
}

function readRawCode(r: Reader, depth: number): AnyRawCode {
  if (depth > MAX_NESTING) throw invalid("functions nested too deeply");
  const head = r.uint("raw code header");
  // Native, viper and asm kinds need a machine-code emitter; a bytecode-only port refuses them.
  if (head & 3 && !r.native) throw new MpyFormatError("incompatible .mpy file");
  const start = r.pos;
  const data = r.take(head >>> 3, "function data").slice();
  const end = r.pos;
  const children: AnyRawCode[] = [];
  const rc: AnyRawCode = head & 3 ? readNativeTail(r, RAW_CODE_KINDS[head & 3] as NativeRawCode["kind"], data, children) : { kind: "bytecode", data, children };
  r.onSegment?.({ kind: "code", start, end, code: rc });
  if (!(head & 4)) return rc;
  const n = r.uint("child count");
  if (n > r.left) throw truncated(`${n} children`);
  for (let i = 0; i < n; i++) children.push(readRawCode(r, depth + 1));
  return rc;
}

/** What follows machine code (py/persistentcode.c load_raw_code): prelude offset, or scope info. */
function readNativeTail(r: Reader, kind: NativeRawCode["kind"], data: Uint8Array, children: AnyRawCode[]): NativeRawCode {
  if (kind === "native") {
    const preludeOffset = r.uint("prelude offset");
    if (preludeOffset > data.length) throw invalid(`prelude offset ${preludeOffset} past the function data (${data.length} bytes)`);
    return { kind, data, children, preludeOffset };
  }
  const scopeFlags = r.uint("scope flags");
  if (kind === "asm") return { kind, data, children, scopeFlags, nPosArgs: r.uint("asm argument count"), typeSig: r.uint("asm type signature") };
  // Natmod extras, in the order mp_raw_code_load and mpy-tool read them.
  const rodataSize = scopeFlags & ViperFlag.RODATA ? r.uint("rodata size") : 0;
  const bssSize = scopeFlags & ViperFlag.BSS ? r.uint("bss size") : undefined;
  const rodata = scopeFlags & ViperFlag.RODATA ? r.take(rodataSize, "rodata").slice() : undefined;
  const relocations = scopeFlags & ViperFlag.RELOC ? readRelocations(r) : undefined;
  return {
    kind, data, children, scopeFlags,
    ...(rodata ? { rodata } : {}),
    ...(bssSize !== undefined ? { bssSize } : {}),
    ...(relocations ? { relocations } : {}),
  };
}

/** A viper relocation list (py/persistentcode.c mp_native_relocate), kept as its bytes. */
function readRelocations(r: Reader): Uint8Array {
  const start = r.pos;
  for (;;) {
    let op = r.byte("relocation");
    if (op === 0xff) break;
    if (op & 1) r.uint("relocation address");
    op >>= 1;
    if (op <= 5 && op & 1) r.uint("relocation count");
  }
  return r.bytes.slice(start, r.pos);
}
