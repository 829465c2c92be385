// Machine code in a frozen module, as tools/mpy-tool.py --freeze writes it (RawCodeNative.freeze):
// the code bytes in a text-section array aligned for the architecture, a macro for the prelude of
// native Python, the children table with that prelude after the children, and the raw code.

import type { MpyModule, NativeRawCode } from "../bytecode/rawcode.js";
import { ScopeFlag } from "../bytecode/rawcode.js";
import type { Sizes } from "./constants.js";
import { FreezeError } from "./errors.js";
import type { NamedRawCode } from "./names.js";

const KIND_NAMES: Record<NativeRawCode["kind"], string> = { native: "MP_CODE_NATIVE_PY", viper: "MP_CODE_NATIVE_VIPER", asm: "MP_CODE_NATIVE_ASM" };

/** The section and alignment attributes of native code for an architecture (py/persistentcode.h numbers). */
function funDataAttributes(arch: number): string {
  // x86, x64, xtensa, xtensawin, rv32imc, rv64imc take "#" as the assembler comment; Arm takes "@".
  const hash = [1, 2, 9, 10, 11, 12].includes(arch);
  let a = hash ? '__attribute__((section(".text,\\"ax\\",@progbits # ")))' : '__attribute__((section(".text,\\"ax\\",%progbits @ ")))';
  if (arch === 3 || arch === 9 || arch === 10) a += " __attribute__ ((aligned (4)))";
  else if ((arch >= 4 && arch <= 8) || arch === 11 || arch === 12) a += " __attribute__ ((aligned (2)))";
  return a;
}

type FreezeRawCode = (out: string[], m: MpyModule, nrc: NamedRawCode, sizes: Sizes, arch: number) => void;

/** Freezes machine code; `freezeChild` freezes a child raw code of either kind. */
export function freezeNativeCode(out: string[], m: MpyModule, nrc: NamedRawCode, sizes: Sizes, arch: number, freezeChild: FreezeRawCode): void {
  const rc = nrc.rc as NativeRawCode;
  const name = nrc.name;
  const data = rc.data;
  // Natmod code carries relocations (and rodata, bss): mpy-tool refuses to freeze it.
  if ((rc.scopeFlags ?? 0) & ~0x0f) throw new FreezeError(`${m.qstrs[0] ?? "?"}: unable to freeze code with relocations`);
  out.push("", `// frozen native code for file ${m.qstrs[0] ?? "?"}, scope ${name}`);
  out.push(`static const byte fun_data_${name}[${data.length}] ${funDataAttributes(arch)} = {`);
  for (let i = 0; i < data.length; i += 16) {
    out.push("   " + Array.from(data.subarray(i, Math.min(i + 16, data.length)), (b) => ` 0x${b.toString(16).padStart(2, "0")},`).join(""));
  }
  out.push("};");
  let preludePtr: string | null = null;
  const preludeOffset = rc.preludeOffset ?? 0;
  if (rc.kind === "native") {
    preludePtr = `fun_data_${name}_prelude_macro`;
    const n = data.length - preludeOffset;
    out.push("#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE");
    out.push(`static const byte fun_data_${name}_prelude[${n}] = {` + Array.from(data.subarray(preludeOffset), (b) => ` 0x${b.toString(16).padStart(2, "0")},`).join("") + "};");
    out.push(`#define ${preludePtr} &fun_data_${name}_prelude[0]`, "#else", `#define ${preludePtr} &fun_data_${name}[${preludeOffset}]`, "#endif");
  }
  if (nrc.children.length > 0) {
    for (const c of nrc.children) {
      out.push(`// child of ${name}`);
      freezeChild(out, m, c, sizes, arch);
      out.push("");
    }
    out.push(`static const mp_raw_code_t *const children_${name}[] = {`);
    for (const c of nrc.children) out.push(`    (const mp_raw_code_t *)&proto_fun_${c.name},`);
    if (preludePtr) out.push(`    (void *)${preludePtr},`);
    out.push("};", "");
  }
  const scopeFlags = rc.kind === "native" ? (nrc.prelude?.scopeFlags ?? 0) : (rc.scopeFlags ?? 0);
  out.push(
    `static const ${rc.kind === "asm" ? "mp_raw_code_t" : "mp_raw_code_truncated_t"} proto_fun_${name} = {`,
    "    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,",
    "    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,",
    `    .kind = ${KIND_NAMES[rc.kind]},`,
    `    .is_generator = ${scopeFlags & ScopeFlag.GENERATOR ? 1 : 0},`,
    `    .fun_data = fun_data_${name},`,
    nrc.children.length > 0 ? `    .children = (void *)&children_${name},` : preludePtr ? `    .children = (void *)${preludePtr},` : "    .children = NULL,",
    "    #if MICROPY_PERSISTENT_CODE_SAVE",
    `    .fun_data_len = ${data.length},`,
    `    .n_children = ${nrc.children.length},`,
    "    #if MICROPY_EMIT_MACHINE_CODE",
    `    .prelude_offset = ${preludeOffset},`,
    "    #endif",
    "    #endif",
  );
  if (rc.kind === "asm") out.push(`    .asm_n_pos_args = ${rc.nPosArgs ?? 0},`, `    .asm_type_sig = ${rc.typeSig ?? 0},`);
  out.push("};");
  sizes.rawCodeCount += 1;
}
