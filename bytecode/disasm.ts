// CompiledModule -> text, line for line as MicroPython's `tools/mpy-tool.py -d` prints it (and the
// hex dump of `-x`), so the two diff directly: header and tables, then per raw code its prelude,
// line table and one line per instruction. Instructions are decoded with the shared opcode table.

import { decodeInstruction } from "./instr.js";
import type { MpySegment } from "./mpy-read.js";
import { BINARY_OPS, OP, OP_METHOD_NAMES, UNARY_OPS, type OpcodeInfo } from "./opcodes.js";
import { decodePrelude } from "./prelude.js";
import { pyRepr, pyStr, pyStrRepr } from "./pyrepr.js";
import { type AnyRawCode, type MixedBytecodeRawCode, MPY_MAGIC, MPY_SUB_VERSION, MPY_VERSION, type MpyModule, NATIVE_ARCHS, type NativeRawCode } from "./rawcode.js";

/** Native architecture names by feature-byte index, as mpy-tool prints them. */
const ARCH_NAMES = NATIVE_ARCHS.map((a) => a.toUpperCase());

const hexlify = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, "0")).join(":");

export interface DisassembleOptions {
  /** The .mpy path as given, printed as mpy-tool's `mpy_source_file:` line. */
  readonly mpySourceFile?: string;
  /** The file's 4 header bytes; rebuilt from the module when absent. */
  readonly header?: Uint8Array;
}

/** The module's header bytes as mpy-cross writes them (py/persistentcode.c mp_raw_code_save). */
export function moduleHeader(m: MpyModule): Uint8Array {
  const native = m.arch ? (m.arch << 2) | MPY_SUB_VERSION : 0;
  return Uint8Array.from([MPY_MAGIC, MPY_VERSION, (m.archFlags ? 0x40 : 0) | native, m.smallIntBits & 0xff]);
}

export function disassemble(m: MpyModule, options: DisassembleOptions = {}): string {
  const header = options.header ?? moduleHeader(m);
  const out: string[] = [];
  out.push(`mpy_source_file: ${options.mpySourceFile ?? ""}`);
  out.push(`source_file: ${m.qstrs[0] ?? ""}`);
  out.push(`header: ${hexlify(header.subarray(0, 4))}`);
  out.push(`arch: ${ARCH_NAMES[(header[2]! >> 2) & 0x2f] ?? "UNKNOWN"}`);
  if (header[2]! & 0x40) out.push(`arch_flags: 0x${(m.archFlags ?? 0).toString(16)}`);
  out.push(`qstr_table[${m.qstrs.length}]:`);
  for (const q of m.qstrs) out.push(`    ${q}`);
  out.push(`obj_table: [${m.consts.map(pyRepr).join(", ")}]`);
  // Depth first, parents before children, without recursion.
  const stack: AnyRawCode[] = [m.root];
  while (stack.length > 0) {
    const rc = stack.pop()!;
    if (rc.kind === "bytecode") rawCode(m, rc, out);
    // mpy-tool stops at viper and asm code: their children are not shown.
    else if (!nativeCode(m, rc, out)) continue;
    for (let i = rc.children.length - 1; i >= 0; i--) stack.push(rc.children[i]!);
  }
  return out.join("\n") + "\n";
}

/** mpy-tool's name for an opcode byte, including the argument folded into MULTI opcodes. */
export function opcodeName(info: OpcodeInfo, byte: number): string {
  const k = byte - info.code;
  if (info === OP.LOAD_CONST_SMALL_INT_MULTI) return `LOAD_CONST_SMALL_INT ${k - 16}`;
  if (info === OP.LOAD_FAST_MULTI) return `LOAD_FAST ${k}`;
  if (info === OP.STORE_FAST_MULTI) return `STORE_FAST ${k}`;
  if (info === OP.UNARY_OP_MULTI) return `UNARY_OP ${k} ${OP_METHOD_NAMES[UNARY_OPS[k]!]}`;
  if (info === OP.BINARY_OP_MULTI) return `BINARY_OP ${k} ${OP_METHOD_NAMES[BINARY_OPS[k]!]}`;
  return info.name;
}

/** A raw code's name: from its prelude; viper and asm code have none and take the file's name. */
function simpleName(m: MpyModule, rc: AnyRawCode): string {
  const p = rc.kind === "bytecode" ? decodePrelude(rc.data) : rc.kind === "native" ? decodePrelude(rc.data.subarray(rc.preludeOffset ?? 0)) : null;
  return (p && m.qstrs[p.nameQstr]) ?? m.qstrs[0] ?? "?";
}

/** Python's repr of bytes, as mpy-tool prints a native function's line info. */
function bytesRepr(b: Uint8Array): string {
  return pyRepr({ kind: "bytes", value: b });
}

/** RawCodeNative.disassemble: returns whether children follow (native Python only). */
function nativeCode(m: MpyModule, rc: NativeRawCode, out: string[]): boolean {
  const data = rc.data;
  out.push(`simple_name: ${simpleName(m, rc)}`);
  out.push(`  raw data: ${data.length} ${hexlify(data.subarray(0, 32))} ${data.length > 32 ? "..." : ""}`);
  if (rc.kind !== "native") return false;
  const at = rc.preludeOffset ?? 0;
  const p = decodePrelude(data.subarray(at));
  if (!p) {
    out.push("  (prelude runs past the function data)");
    return false;
  }
  out.push(`  prelude: (${p.nState}, ${p.nExcStack}, ${p.scopeFlags}, ${p.nPosArgs}, ${p.nKwonlyArgs}, ${p.nDefPosArgs})`);
  out.push(`  args: [${p.argQstrs.map((q) => pyStrRepr(m.qstrs[q] ?? "?")).join(", ")}]`);
  out.push(`  line info: ${bytesRepr(data.subarray(at + p.lineInfoStart, at + p.codeStart))}`);
  for (let ip = 0; ip < at; ip += 16) out.push(`  ${hexlify(data.subarray(ip, Math.min(ip + 16, at)))}`);
  out.push(`  children: [${rc.children.map((c) => simpleName(m, c)).join(", ")}]`);
  return true;
}

function rawCode(m: MpyModule, rc: MixedBytecodeRawCode, out: string[]): void {
  const bc = rc.data;
  const p = decodePrelude(bc);
  out.push(`simple_name: ${simpleName(m, rc)}`);
  out.push(`  raw bytecode: ${bc.length} ${hexlify(bc)}`);
  if (!p) {
    out.push("  (prelude runs past the function data)");
    return;
  }
  out.push(`  prelude: (${p.nState}, ${p.nExcStack}, ${p.scopeFlags}, ${p.nPosArgs}, ${p.nKwonlyArgs}, ${p.nDefPosArgs})`);
  out.push(`  args: [${p.argQstrs.map((q) => pyStrRepr(m.qstrs[q] ?? "?")).join(", ")}]`);
  // mpy-tool's "line info" runs up to the first opcode, so it includes the cell bytes.
  out.push(`  line info: ${hexlify(bc.subarray(p.lineInfoStart, p.codeStart))}`);
  for (let ip = p.codeStart; ip < bc.length; ) {
    const ins = decodeInstruction(bc, ip);
    if (!ins) {
      out.push(`  ${hexlify(bc.subarray(ip)).padEnd(11)} unknown `);
      break;
    }
    const info = ins.info;
    let arg: string;
    if (info === OP.LOAD_CONST_OBJ) {
      const c = m.consts[ins.arg];
      arg = c ? pyRepr(c) : String(ins.arg);
    } else if (info.arg === "qstr") arg = m.qstrs[ins.arg] ?? String(ins.arg);
    else if (info.arg === "none") arg = "";
    else arg = String(ins.bigArg ?? ins.arg); // var-uint values and jump displacements, as mpy-tool shows them
    out.push(`  ${hexlify(bc.subarray(ip, ip + ins.size)).padEnd(11)} ${opcodeName(info, ins.byte)} ${arg}`);
    ip += ins.size;
  }
  out.push(`  children: [${rc.children.map((c) => simpleName(m, c)).join(", ")}]`);
}

// mpy-tool's hex dump colours: qstrs red, constants green, code blue, alternating shades.
const COL_OFF = "\x1b[0m";
const COLOURS: Record<MpySegment["kind"], readonly [string, string]> = {
  "static-qstr": ["", ""],
  qstr: ["\x1b[0;31m", "\x1b[0;91m"],
  obj: ["\x1b[0;32m", "\x1b[0;92m"],
  code: ["\x1b[0;34m", "\x1b[0;94m"],
};

/** The hex dump `mpy-tool.py -x` prints: 16 bytes a line, segments coloured and named. */
export function hexdump(m: MpyModule, bytes: Uint8Array, segments: readonly MpySegment[]): string {
  const WIDTH = 16;
  const lines: string[] = [];
  let cur = "";
  let shade = 0;
  let seg = 0;
  const name = (s: MpySegment) => (s.kind === "obj" ? pyStr(s.obj) : s.kind === "code" ? simpleName(m, s.code) : s.qstr);
  for (let offset = 0; offset < bytes.length; offset += WIDTH) {
    const data = bytes.subarray(offset, offset + WIDTH);
    let hex = cur;
    let chr = cur;
    let comment = "";
    for (let i = 0; i < data.length; i++) {
      while (seg < segments.length) {
        const s = segments[seg]!;
        if (offset + i === s.start) {
          cur = COLOURS[s.kind][shade]!;
          shade = 1 - shade;
          hex += cur;
          chr += cur;
          comment += ` ${cur}${name(s)}${COL_OFF}`;
        }
        if (offset + i === s.end) {
          cur = "";
          hex += COL_OFF;
          chr += COL_OFF;
          seg++;
        } else break;
      }
      if (i % 2 === 0) hex += " ";
      hex += data[i]!.toString(16).padStart(2, "0");
      chr += data[i]! >= 0x20 && data[i]! <= 0x7e ? String.fromCharCode(data[i]!) : ".";
    }
    if (cur) {
      hex += COL_OFF;
      chr += COL_OFF;
    }
    const pad = " ".repeat(Math.floor(((WIDTH - data.length) * 5) / 2));
    lines.push(`${offset.toString(16).padStart(8, "0")}:${hex}${pad}  ${chr} ${comment}`);
  }
  return lines.join("\n") + (lines.length ? "\n" : "");
}
