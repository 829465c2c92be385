// Compiled modules -> the C source of a frozen-module collection, byte for byte as MicroPython's
// `tools/mpy-tool.py --freeze` prints it (freeze_mpy and the freeze methods of its CompiledModule
// and RawCode classes): new qstrs as a sorted pool, then per module its raw codes, qstr table and
// constants, then the tables of module names and contents. Machine code (native, viper, asm) is
// frozen as mpy-tool freezes it for the modules' one architecture (freezer/native.ts).

import { moduleHeader, opcodeName } from "../bytecode/disasm.js";
import { decodeInstruction } from "../bytecode/instr.js";
import { pyStrRepr } from "../bytecode/pyrepr.js";
import { type MpyModule, NATIVE_ARCHS, ScopeFlag, type TableObject } from "../bytecode/rawcode.js";
import { encodeWtf8 } from "../bytecode/wtf8.js";
import { ConstantWriter, type LongIntImpl, type Sizes } from "./constants.js";
import { FreezeError } from "./errors.js";
import { moduleIdent, type NamedRawCode, nameRawCodes } from "./names.js";
import { freezeNativeCode } from "./native.js";
import { qstrHash } from "../bytecode/qstr-hash.js";
import { cStringBody, compareCodePoints, DEFAULT_FIRMWARE_QSTRS, type FirmwareQstrs, qstrEscape, STATIC_QSTR_IDENTS } from "./qstr.js";
import { STATIC_QSTRS } from "../bytecode/qstr-static.js";

export { FreezeError } from "./errors.js";
export { parseQstrHeader, DEFAULT_FIRMWARE_QSTRS, type FirmwareQstrs } from "./qstr.js";
export type { LongIntImpl } from "./constants.js";

export interface FreezeInput {
  readonly module: MpyModule;
  /** The .mpy path as the user named it: only quoted in a comment. */
  readonly mpyFile: string;
}

export interface FreezeOptions {
  /** The firmware's qstrs and qstr configuration (default: static qstrs, 1-byte lengths and hashes). */
  readonly firmware?: FirmwareQstrs;
  /** MICROPY_LONGINT_IMPL of the target (mpy-tool's -mlongint-impl; default mpz). */
  readonly longInt?: LongIntImpl;
  /** MPZ_DIG_SIZE of the target (mpy-tool's -mmpz-dig-size; default 16, as the unix port forces). */
  readonly mpzDigitBits?: number;
}

export const LONGINT_IMPLS: readonly LongIntImpl[] = ["none", "longlong", "mpz"];
const LONGINT_NUMBER: Record<LongIntImpl, number> = { none: 0, longlong: 1, mpz: 2 };

/** Digit sizes with a uintN_t for the digit array: mpy-tool prints any N, a C compiler takes these. */
export const MPZ_DIGIT_SIZES: readonly number[] = [8, 16, 32];

/** Strs shorter than this (in code points) become qstrs when mpy-tool reads them. */
const STR_INTERN_THRESHOLD = 25;

const STRUCT_PRELUDE = [
  '#include "py/mpconfig.h"',
  '#include "py/objint.h"',
  '#include "py/objstr.h"',
  '#include "py/emitglue.h"',
  '#include "py/nativeglue.h"',
  "",
];

const FLOAT_TYPEDEFS = [
  "#if MICROPY_PY_BUILTINS_FLOAT",
  "typedef struct _mp_obj_float_t {",
  "    mp_obj_base_t base;",
  "    mp_float_t value;",
  "} mp_obj_float_t;",
  "#endif",
  "",
  "#if MICROPY_PY_BUILTINS_COMPLEX",
  "typedef struct _mp_obj_complex_t {",
  "    mp_obj_base_t base;",
  "    mp_float_t real;",
  "    mp_float_t imag;",
  "} mp_obj_complex_t;",
  "#endif",
];

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * mpy-tool reads every qstr and str constant as strict UTF-8 and fails on anything else: raw bytes
 * (surrogate escapes) and lone surrogates (WTF-8, as "\ud800" in a source compiles). Such a module
 * is refused rather than frozen to a C no reference can check.
 */
function isUtf8(m: MpyModule): boolean {
  const ok = (o: TableObject): boolean => (o.kind === "str" ? !LONE_SURROGATE.test(o.value) : o.kind === "tuple" ? o.items.every(ok) : true);
  return !m.surrogateEscapes && m.qstrs.every((q) => !LONE_SURROGATE.test(q)) && m.consts.every(ok);
}

/** The qstrs mpy-tool learns while reading the files, in the order it learns them. */
function collectQstrs(inputs: readonly FreezeInput[]): string[] {
  const seen = new Set<string>(STATIC_QSTRS);
  const order: string[] = [];
  const add = (s: string) => {
    order.push(s);
    seen.add(s);
  };
  const visitConst = (o: TableObject): void => {
    if (o.kind === "tuple") o.items.forEach(visitConst);
    else if (o.kind === "str" && [...o.value].length < STR_INTERN_THRESHOLD && !seen.has(o.value)) add(o.value);
  };
  for (const { module } of inputs) {
    for (const q of module.qstrs) add(q);
    module.consts.forEach(visitConst);
  }
  return order;
}

const codePointLength = (s: string) => [...s].length;

export function freezeModules(inputs: readonly FreezeInput[], options: FreezeOptions = {}): string {
  const firmware = options.firmware ?? DEFAULT_FIRMWARE_QSTRS;
  const longInt = options.longInt ?? "mpz";
  const mpzDigitBits = options.mpzDigitBits ?? 16;
  if (!LONGINT_IMPLS.includes(longInt)) throw new FreezeError(`long-int implementation ${String(longInt)} is not one of ${LONGINT_IMPLS.join(", ")}`);
  if (!MPZ_DIGIT_SIZES.includes(mpzDigitBits)) {
    throw new FreezeError(`mpz digit size ${mpzDigitBits} is not supported (${MPZ_DIGIT_SIZES.join(", ")})`);
  }
  let arch = 0;
  for (const { module } of inputs) {
    if (!isUtf8(module)) throw new FreezeError(`${module.qstrs[0] ?? "?"}: strings that are not UTF-8 cannot be frozen`);
    // mpy-tool takes the architecture of the first file with machine code and refuses any other.
    if (module.arch && arch && module.arch !== arch) throw new FreezeError(`${module.qstrs[0] ?? "?"}: native architecture mismatch`);
    if (module.arch) arch = module.arch;
  }
  if (arch >= NATIVE_ARCHS.length) throw new FreezeError(`native architecture ${arch} cannot be frozen`);

  const learned = collectQstrs(inputs);
  const knownQstrs = new Set<string>([...STATIC_QSTRS, ...learned]);
  // New qstrs: one per identifier not already in the firmware, the first spelling read winning.
  const byIdent = new Map<string, string>();
  for (const s of learned) {
    const id = qstrEscape(s);
    if (!firmware.idents.has(id) && !STATIC_QSTR_IDENTS.has(id) && !byIdent.has(id)) byIdent.set(id, s);
  }
  const fresh = [...byIdent].map(([id, s]) => ({ id, s, bytes: encodeWtf8(s) }));
  fresh.sort((a, b) => compareCodePoints(a.s, b.s));

  const out: string[] = [...STRUCT_PRELUDE];
  out.push(`#if MICROPY_LONGINT_IMPL != ${LONGINT_NUMBER[longInt]}`, '#error "incompatible MICROPY_LONGINT_IMPL"', "#endif", "");
  if (longInt === "mpz") out.push(`#if MPZ_DIG_SIZE != ${mpzDigitBits}`, '#error "incompatible MPZ_DIG_SIZE"', "#endif", "");
  out.push(...FLOAT_TYPEDEFS, "");

  if (fresh.length > 0) {
    out.push("enum {");
    fresh.forEach((q, i) => out.push(i === 0 ? `    MP_QSTR_${q.id} = MP_QSTRnumber_of,` : `    MP_QSTR_${q.id},`));
    out.push("};");
  }
  let qstrContent = 0;
  if (firmware.bytesInHash) {
    out.push("", "const qstr_hash_t mp_qstr_frozen_const_hashes[] = {");
    for (const q of fresh) out.push(`    ${qstrHash(q.bytes, firmware.bytesInHash)},`);
    out.push("};");
    qstrContent += fresh.length * firmware.bytesInHash;
  }
  out.push("", "const qstr_len_t mp_qstr_frozen_const_lengths[] = {");
  for (const q of fresh) {
    out.push(`    ${q.bytes.length},`);
    qstrContent += firmware.bytesInLen + q.bytes.length + 1;
  }
  out.push("};", "");
  out.push(
    "extern const qstr_pool_t mp_qstr_const_pool;",
    "const qstr_pool_t mp_qstr_frozen_const_pool = {",
    "    &mp_qstr_const_pool, // previous pool",
    "    MP_QSTRnumber_of, // previous pool size",
    "    true, // is_sorted",
    // As py/qstr.c sizes pools: the first dynamic pool is to be twice this.
    `    ${Math.min(fresh.length, 10)}, // allocated entries`,
    `    ${fresh.length}, // used entries`,
  );
  if (firmware.bytesInHash) out.push("    (qstr_hash_t *)mp_qstr_frozen_const_hashes,");
  out.push("    (qstr_len_t *)mp_qstr_frozen_const_lengths,", "    {");
  for (const q of fresh) out.push(`        "${cStringBody(q.s, q.bytes)}",`);
  out.push("    },", "};");

  const sizes: Sizes = { bc: 0, constStr: 0, constInt: 0, constObj: 0, constTablePtr: 0, rawCodeCount: 0 };
  const usedNames = new Set<string>();
  const modules = inputs.map((input) => {
    const sourceFile = input.module.qstrs[0] ?? "";
    const ident = moduleIdent(sourceFile);
    return { ...input, sourceFile, ident, root: nameRawCodes(input.module, ident, usedNames) };
  });

  for (const m of modules) {
    const { module, ident } = m;
    const header = Array.from(moduleHeader(module), (b) => b.toString(16).padStart(2, "0")).join(":");
    out.push("", "/".repeat(80), `// frozen module ${ident}`, `// - original source file: ${m.mpyFile}`);
    out.push(`// - frozen file name: ${m.sourceFile}`, `// - .mpy header: ${header}`, "");
    freezeRawCode(out, module, m.root, sizes, arch);
    out.push("");
    if (module.qstrs.length > 0) {
      out.push(`static const qstr_short_t const_qstr_table_data_${ident}[${module.qstrs.length}] = {`);
      for (const q of module.qstrs) out.push(`    MP_QSTR_${qstrEscape(q)},`);
      out.push("};");
    }
    if (module.consts.length > 0) {
      const writer = new ConstantWriter(out, { longInt, mpzDigitBits, bytesInHash: firmware.bytesInHash }, sizes, knownQstrs, m.sourceFile);
      out.push("", "// constants");
      const refs = module.consts.map((c, i) => (c.kind === "funTable" ? "&mp_fun_table" : writer.ref(`const_obj_${ident}_${i}`, c)));
      out.push("", "// constant table", `static const mp_rom_obj_t const_obj_table_data_${ident}[${module.consts.length}] = {`);
      for (const r of refs) out.push(`    ${r},`);
      out.push("};");
      sizes.constTablePtr += module.consts.length;
    }
    out.push("", `static const mp_frozen_module_t frozen_module_${ident} = {`, "    .constants = {");
    out.push(module.qstrs.length > 0 ? `        .qstr_table = (qstr_short_t *)&const_qstr_table_data_${ident},` : "        .qstr_table = NULL,");
    out.push(module.consts.length > 0 ? `        .obj_table = (mp_obj_t *)&const_obj_table_data_${ident},` : "        .obj_table = NULL,");
    out.push("    },", `    .proto_fun = &proto_fun_${m.root.name},`, "};");
  }

  out.push("", "/".repeat(80), "// collection of all frozen modules", "");
  out.push("const char mp_frozen_names[] = {", "    #ifdef MP_FROZEN_STR_NAMES", "    MP_FROZEN_STR_NAMES", "    #endif");
  let namesContent = 1;
  for (const m of modules) {
    out.push(`    "${m.sourceFile}\\0"`);
    namesContent += codePointLength(m.sourceFile) + 1;
  }
  out.push('    "\\0"', "};", "");
  out.push("const mp_frozen_module_t *const mp_frozen_mpy_content[] = {");
  for (const m of modules) out.push(`    &frozen_module_${m.ident},`);
  out.push("};", "", "#ifdef MICROPY_FROZEN_LIST_ITEM");
  for (const m of modules) {
    const cps = [...m.sourceFile];
    const short = m.sourceFile.endsWith("/__init__.py") ? cps.slice(0, -12).join("") : cps.slice(0, Math.max(0, cps.length - 3)).join("");
    out.push(`MICROPY_FROZEN_LIST_ITEM("${short}", "${m.sourceFile}")`);
  }
  out.push("#endif", "");

  const contentSize = 4 * modules.length;
  const rawCodeContent = 16 * sizes.rawCodeCount;
  const total = qstrContent + sizes.bc + sizes.constStr + sizes.constInt + sizes.constObj + sizes.constTablePtr * 4 + rawCodeContent + namesContent + contentSize;
  out.push(
    "/*",
    "byte sizes:",
    `qstr content: ${fresh.length} unique, ${qstrContent} bytes`,
    `bc content: ${sizes.bc}`,
    `const str content: ${sizes.constStr}`,
    `const int content: ${sizes.constInt}`,
    `const obj content: ${sizes.constObj}`,
    "const table qstr content: 0 entries, 0 bytes",
    `const table ptr content: ${sizes.constTablePtr} entries, ${sizes.constTablePtr * 4} bytes`,
    `raw code content: ${sizes.rawCodeCount} * 4 = ${rawCodeContent}`,
    `mp_frozen_mpy_names_content: ${namesContent}`,
    `mp_frozen_mpy_content_size: ${contentSize}`,
    `total: ${total}`,
    "*/",
  );
  return out.join("\n") + "\n";
}

const hexList = (bytes: Uint8Array, sep: string) => Array.from(bytes, (b) => "0x" + b.toString(16).padStart(2, "0")).join(sep);

/** One raw code: its data with a comment per section and per instruction, its children, its proto_fun. */
function freezeRawCode(out: string[], m: MpyModule, nrc: NamedRawCode, sizes: Sizes, arch: number): void {
  if (nrc.rc.kind !== "bytecode") return freezeNativeCode(out, m, nrc, sizes, arch, freezeRawCode);
  const { rc, name } = nrc;
  const p = nrc.prelude!;
  const bc = rc.data;
  const q = (i: number) => m.qstrs[i] ?? "?";
  const sourceInfo = p.lineInfoEnd - p.nInfo;
  out.push(`// frozen bytecode for file ${q(0)}, scope ${name}`);
  out.push(`static const byte fun_data_${name}[${bc.length}] = {`);
  const section = (from: number, to: number) => "    " + Array.from(bc.subarray(from, to), (b) => `0x${b.toString(16).padStart(2, "0")},`).join("");
  out.push(`${section(0, sourceInfo)} // prelude`);
  out.push(`${section(sourceInfo, p.lineInfoStart)} // names: ${[p.nameQstr, ...p.argQstrs].map(q).join(", ")}`);
  out.push(`${section(p.lineInfoStart, p.codeStart)} // code info`);
  for (let ip = p.codeStart; ip < bc.length; ) {
    const ins = decodeInstruction(bc, ip);
    if (!ins) throw new FreezeError(`${q(0)}: bad opcode at offset ${ip} in ${name}`);
    let text = opcodeName(ins.info, ins.byte);
    if (ins.info.arg === "qstr") text += " " + pyStrRepr(q(ins.arg));
    else if (ins.info.arg !== "none") text += " " + String(ins.bigArg ?? ins.arg);
    out.push(`    ${hexList(bc.subarray(ip, ip + ins.size), ",")}, // ${text}`);
    ip += ins.size;
  }
  out.push("};");

  if (nrc.children.length > 0) {
    for (const c of nrc.children) {
      out.push(`// child of ${name}`);
      freezeRawCode(out, m, c, sizes, arch);
      out.push("");
    }
    out.push(`static const mp_raw_code_t *const children_${name}[] = {`);
    for (const c of nrc.children) out.push(`    (const mp_raw_code_t *)&proto_fun_${c.name},`);
    out.push("};", "");
  }

  // A childless bytecode function needs no mp_raw_code_t unless code is saved again at run time.
  const minimal = nrc.children.length === 0;
  if (minimal) out.push("#if MICROPY_PERSISTENT_CODE_SAVE");
  out.push(
    `static const mp_raw_code_truncated_t proto_fun_${name} = {`,
    "    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,",
    "    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,",
    "    .kind = MP_CODE_BYTECODE,",
    `    .is_generator = ${p.scopeFlags & ScopeFlag.GENERATOR ? 1 : 0},`,
    `    .fun_data = fun_data_${name},`,
    nrc.children.length > 0 ? `    .children = (void *)&children_${name},` : "    .children = NULL,",
    "    #if MICROPY_PERSISTENT_CODE_SAVE",
    `    .fun_data_len = ${bc.length},`,
    `    .n_children = ${nrc.children.length},`,
    "    #if MICROPY_EMIT_MACHINE_CODE",
    "    .prelude_offset = 0,",
    "    #endif",
    "    #if MICROPY_PY_SYS_SETTRACE",
    "    .line_of_definition = 0,",
    "    .prelude = {",
    `        .n_state = ${p.nState},`,
    `        .n_exc_stack = ${p.nExcStack},`,
    `        .scope_flags = ${p.scopeFlags},`,
    `        .n_pos_args = ${p.nPosArgs},`,
    `        .n_kwonly_args = ${p.nKwonlyArgs},`,
    `        .n_def_pos_args = ${p.nDefPosArgs},`,
    `        .qstr_block_name_idx = ${p.nameQstr},`,
    `        .line_info = fun_data_${name} + ${p.lineInfoStart},`,
    `        .line_info_top = fun_data_${name} + ${p.lineInfoEnd},`,
    `        .opcodes = fun_data_${name} + ${p.codeStart},`,
    "    },",
    "    #endif",
    "    #endif",
    "};",
  );
  if (minimal) out.push("#else", `#define proto_fun_${name} fun_data_${name}[0]`, "#endif");
  sizes.bc += bc.length;
  sizes.rawCodeCount += 1;
}
