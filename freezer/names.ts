// The C names mpy-tool gives a frozen module and its raw codes (tools/mpy-tool.py read_mpy and
// RawCode.__init__): the module's from its source file name, each raw code's from its parent's and
// its own simple name, made unique across everything frozen together.

import { decodePrelude, type Prelude } from "../bytecode/prelude.js";
import type { AnyRawCode, MpyModule } from "../bytecode/rawcode.js";
import { FreezeError } from "./errors.js";
import { qstrEscape } from "./qstr.js";

export interface NamedRawCode {
  readonly rc: AnyRawCode;
  readonly name: string;
  /** Bytecode's and native Python's prelude (native: the one at its prelude offset); null for viper and asm. */
  readonly prelude: Prelude | null;
  readonly children: readonly NamedRawCode[];
}

/** "pkg/mod.py" -> "pkg_mod": slashes become underscores and the last three characters go. */
export function moduleIdent(sourceFile: string): string {
  const cps = [...sourceFile.replaceAll("/", "_")];
  return cps.slice(0, Math.max(0, cps.length - 3)).join("");
}

/** Names raw codes in the order mpy-tool reads them; `used` spans all modules frozen together. */
export function nameRawCodes(m: MpyModule, moduleName: string, used: Set<string>): NamedRawCode {
  const visit = (rc: AnyRawCode, parent: string): NamedRawCode => {
    const hasPrelude = rc.kind === "bytecode" || rc.kind === "native";
    const prelude = hasPrelude ? decodePrelude(rc.kind === "native" ? rc.data.subarray(rc.preludeOffset ?? 0) : rc.data) : null;
    // Viper and asm code have no prelude: mpy-tool names them after the file.
    const simple = prelude ? m.qstrs[prelude.nameQstr] : hasPrelude ? undefined : m.qstrs[0];
    if ((hasPrelude && !prelude) || simple === undefined) throw new FreezeError(`${m.qstrs[0] ?? "?"}: malformed prelude`);
    const base = `${parent}_${qstrEscape(simple)}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = base + i;
    used.add(name);
    // Children of the module body keep the module's name as prefix, not "..._lt_module_gt_".
    const childParent = name.endsWith("_lt_module_gt_") ? parent : name;
    const children = rc.children.map((c) => visit(c, childParent));
    return { rc, name, prelude, children };
  };
  return visit(m.root, moduleName);
}
