// The frozen C around mpy-tool's part, as tools/makemanifest.py writes it (generate_frozen_str_content
// and main): the table of modules frozen as source strings, and the stand-in for the .mpy part when
// nothing is frozen as bytecode.

export interface FrozenStr {
  /** The name on the device, such as "foo/bar.py". */
  readonly targetPath: string;
  readonly source: Uint8Array;
}

const ESCAPES: Readonly<Record<number, string>> = { 10: "\\n", 13: "\\r", 34: '\\"', 92: "\\\\" };

/** A file's bytes as one C string, hex escapes split from a following printable character. */
function cString(data: Uint8Array): string {
  let out = '"';
  let breakStr = false;
  for (const c of data) {
    const esc = ESCAPES[c];
    if (esc !== undefined) out += esc;
    else if (c >= 32 && c <= 126) {
      if (breakStr) out += '" "';
      breakStr = false;
      out += String.fromCharCode(c);
    } else {
      out += `\\x${c.toString(16).padStart(2, "0")}`;
      breakStr = true;
    }
  }
  return out + '\\0"\n';
}

/** MICROPY_MODULE_FROZEN_STR's content: names, sizes and the sources. */
export function frozenStrContent(modules: readonly FrozenStr[]): string {
  let out = "#include <stdint.h>\n#define MP_FROZEN_STR_NAMES \\\n";
  for (const m of modules) out += `"${m.targetPath}\\0" \\\n`;
  out += "\nconst uint32_t mp_frozen_str_sizes[] = { ";
  for (const m of modules) out += `${m.source.length}, `;
  out += "0 };\nconst char mp_frozen_str_content[] = {\n";
  for (const m of modules) out += cString(m.source);
  return out + '"\\0"\n};\n\n';
}

/** What makemanifest.py writes for MICROPY_MODULE_FROZEN_MPY when no module is frozen as bytecode. */
export const NO_FROZEN_MPY =
  '#include "py/emitglue.h"\n' +
  "extern const qstr_pool_t mp_qstr_const_pool;\n" +
  "const qstr_pool_t mp_qstr_frozen_const_pool = {\n" +
  "    #if MICROPY_QSTR_BYTES_IN_HASH\n" +
  "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, NULL, {},\n" +
  "    #else\n" +
  "    (qstr_pool_t*)&mp_qstr_const_pool, MP_QSTRnumber_of, 0, 0, 0, NULL, {},\n" +
  "    #endif\n" +
  "};\n" +
  'const char mp_frozen_names[] = { MP_FROZEN_STR_NAMES "\\0"};\n' +
  "const mp_raw_code_t *const mp_frozen_mpy_content[] = {NULL};\n";

/** The whole file makemanifest.py writes, given mpy-tool's output (or NO_FROZEN_MPY). */
export function frozenContent(strModules: readonly FrozenStr[], mpyPart: string): string {
  return "//\n// Content for MICROPY_MODULE_FROZEN_STR\n//\n" + frozenStrContent(strModules) + "//\n// Content for MICROPY_MODULE_FROZEN_MPY\n//\n" + mpyPart;
}
