// Deep validation of a CompiledModule read from a .mpy: every raw code's prelude, line table and
// instructions are checked against the module's tables, so a VM can execute it without bounds
// checks on indices and jumps. MicroPython itself trusts its input here (py/persistentcode.c).

import { decodeInstruction } from "./instr.js";
import { MpyFormatError } from "./mpy-error.js";
import { OP, OPCODE_BY_BYTE, type OpcodeInfo } from "./opcodes.js";
import { decodePrelude } from "./prelude.js";
import { type AnyRawCode, type MpyModule, type NativeRawCode, ScopeFlag } from "./rawcode.js";

const LOCAL_ARG: ReadonlySet<OpcodeInfo> = new Set([OP.LOAD_FAST_N, OP.STORE_FAST_N, OP.DELETE_FAST, OP.LOAD_DEREF, OP.STORE_DEREF, OP.DELETE_DEREF]);
const LOCAL_MULTI: ReadonlySet<OpcodeInfo> = new Set([OP.LOAD_FAST_MULTI, OP.STORE_FAST_MULTI]);
/** Arguments packing two 8-bit counts (py/emitbc.c: n_positional | n_keyword << 8 and friends). */
const PACKED_ARG: ReadonlySet<OpcodeInfo> = new Set([OP.CALL_FUNCTION, OP.CALL_FUNCTION_VAR_KW, OP.CALL_METHOD, OP.CALL_METHOD_VAR_KW, OP.UNPACK_EX]);
/** Instructions after which execution never reaches the next byte. */
const NO_FALL_THROUGH: ReadonlySet<OpcodeInfo> = new Set([OP.RETURN_VALUE, OP.RAISE_LAST, OP.RAISE_OBJ, OP.RAISE_FROM, OP.JUMP, OP.UNWIND_JUMP]);

/** Validates every raw code of the module. Throws MpyFormatError on the first problem. */
export function validateModule(m: MpyModule): void {
  if (m.qstrs.length === 0) throw new MpyFormatError("invalid .mpy file: empty qstr table (entry 0 is the source file name)");
  const stack: AnyRawCode[] = [m.root];
  while (stack.length > 0) {
    const rc = stack.pop()!;
    validateRawCode(m, rc);
    for (const c of rc.children) stack.push(c);
  }
}

/** Validates one raw code (not its children) against the module's tables. */
export function validateRawCode(m: MpyModule, rc: AnyRawCode): void {
  if (rc.kind !== "bytecode") return validateNative(m, rc);
  const data = rc.data;
  const p = decodePrelude(data);
  const where = p && p.nameQstr < m.qstrs.length ? `in ${m.qstrs[p.nameQstr]}: ` : "";
  const fail = (why: string): never => {
    throw new MpyFormatError(`invalid .mpy file: ${where}${why}`);
  };
  if (!p) return fail("function prelude runs past the function data");
  const nQstr = m.qstrs.length;
  if (p.nameQstr >= nQstr) fail(`function name is qstr ${p.nameQstr}, table has ${nQstr}`);
  for (const q of p.argQstrs) if (q >= nQstr) fail(`argument name is qstr ${q}, table has ${nQstr}`);
  if (p.nDefPosArgs > p.nPosArgs) fail(`${p.nDefPosArgs} defaults for ${p.nPosArgs} positional arguments`);
  const nArgSlots = p.nPosArgs + p.nKwonlyArgs + (p.scopeFlags & ScopeFlag.VARARGS ? 1 : 0) + (p.scopeFlags & ScopeFlag.VARKEYWORDS ? 1 : 0);
  if (nArgSlots > p.nState) fail(`${nArgSlots} argument slots but only ${p.nState} state slots`);
  for (const c of p.cells) if (c >= p.nState) fail(`cell ${c} out of range (${p.nState} state slots)`);
  checkLineInfo(data, p.lineInfoStart, p.lineInfoEnd, fail);
  if (p.codeStart >= data.length) fail("no bytecode after the prelude");

  // One pass over the instructions; jump targets are checked against instruction starts after it.
  const isStart = new Uint8Array(data.length + 1);
  const jumpTargets: number[] = [];
  let last: OpcodeInfo | null = null;
  const smallIntLimit = m.smallIntBits >= 2 && m.smallIntBits <= 53 ? 2 ** (m.smallIntBits - 1) : Infinity;
  for (let ip = p.codeStart; ip < data.length; ) {
    const ins = decodeInstruction(data, ip);
    if (!ins) {
      const b = data[ip]!;
      fail(OPCODE_BY_BYTE[b] ? `instruction at offset ${ip} runs past the end` : `unknown opcode 0x${b.toString(16).padStart(2, "0")} at offset ${ip}`);
    }
    const i = ins!;
    const info = i.info;
    isStart[ip] = 1;
    switch (info.arg) {
      case "qstr":
        if (i.arg >= nQstr) fail(`${info.name} at offset ${ip}: qstr ${i.arg} out of range (${nQstr})`);
        break;
      case "const":
        if (i.arg >= m.consts.length) fail(`${info.name} at offset ${ip}: constant ${i.arg} out of range (${m.consts.length})`);
        if (m.consts[i.arg]!.kind === "funTable") fail(`${info.name} at offset ${ip}: constant ${i.arg} is mp_fun_table`);
        break;
      case "child":
        if (i.arg >= rc.children.length) fail(`${info.name} at offset ${ip}: child ${i.arg} out of range (${rc.children.length})`);
        break;
      case "sint":
        if (!(i.arg >= -smallIntLimit && i.arg < smallIntLimit)) fail(`${info.name} at offset ${ip}: ${i.arg} is not a ${m.smallIntBits}-bit small int`);
        break;
      case "jump":
      case "ujump":
        jumpTargets.push(ip, i.target);
        break;
      default:
        break;
    }
    if (LOCAL_ARG.has(info) && i.arg >= p.nState) fail(`${info.name} at offset ${ip}: local ${i.arg} out of range (${p.nState})`);
    if (LOCAL_MULTI.has(info) && i.byte - info.code >= p.nState) fail(`${info.name} at offset ${ip}: local ${i.byte - info.code} out of range (${p.nState})`);
    if (PACKED_ARG.has(info) && i.arg > 0xffff) fail(`${info.name} at offset ${ip}: argument ${i.arg} out of range`);
    last = info;
    ip += i.size;
  }
  for (let k = 0; k < jumpTargets.length; k += 2) {
    const from = jumpTargets[k]!;
    const to = jumpTargets[k + 1]!;
    if (to < p.codeStart || to >= data.length || !isStart[to]) fail(`jump at offset ${from} to offset ${to}, not an instruction`);
  }
  if (last && !NO_FALL_THROUGH.has(last)) fail(`execution runs off the end after ${last.name}`);
}

/** Line-table entries are 1 or 2 bytes (py/bc.h); the last must end exactly at the table's end. */
function checkLineInfo(data: Uint8Array, start: number, end: number, fail: (why: string) => never): void {
  let i = start;
  while (i < end) i += data[i]! & 0x80 ? 2 : 1;
  if (i !== end) fail("line table entry runs past the table");
}

/**
 * Machine code cannot be checked, but what the loader reads around it can: a native function's
 * prelude (its name and argument qstrs) and the absence of natmod data in what mpy-cross writes.
 */
function validateNative(m: MpyModule, rc: NativeRawCode): void {
  const fail = (why: string): never => {
    throw new MpyFormatError(`invalid .mpy file: ${rc.kind} code: ${why}`);
  };
  if (!m.arch) fail("in a file whose header names no architecture");
  if (rc.kind !== "native") return;
  const p = decodePrelude(rc.data.subarray(rc.preludeOffset ?? 0));
  if (!p) return fail("prelude runs past the function data");
  const nQstr = m.qstrs.length;
  if (p.nameQstr >= nQstr) fail(`function name is qstr ${p.nameQstr}, table has ${nQstr}`);
  for (const q of p.argQstrs) if (q >= nQstr) fail(`argument name is qstr ${q}, table has ${nQstr}`);
}
