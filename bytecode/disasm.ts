// CompiledModule -> text, in the layout of MicroPython's `tools/mpy-tool.py -d` so the two can
// be diffed: tables, then per raw code its prelude, line table and one line per instruction.

import { decodeInstruction } from "./instr.js";
import { BINARY_OPS, OP, UNARY_OPS } from "./opcodes.js";
import { numberText } from "./mpy-write.js";
import { decodePrelude } from "./prelude.js";
import type { CompiledModule, ConstObject, RawCode } from "./rawcode.js";

const hex = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, "0")).join(":");

function pyRepr(o: ConstObject): string {
  switch (o.kind) {
    case "none": return "None";
    case "true": return "True";
    case "false": return "False";
    case "ellipsis": return "Ellipsis";
    case "str": return `'${o.value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
    case "bytes": return `b'${Array.from(o.value, (c) => (c >= 32 && c < 127 && c !== 39 && c !== 92 ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, "0")}`)).join("")}'`;
    case "tuple": return o.items.length === 1 ? `(${pyRepr(o.items[0]!)},)` : `(${o.items.map(pyRepr).join(", ")})`;
    default: return numberText(o);
  }
}

export function disassemble(m: CompiledModule, header?: Uint8Array): string {
  const out: string[] = [];
  out.push(`source_file: ${m.qstrs[0] ?? ""}`);
  if (header) out.push(`header: ${hex(header.subarray(0, 4))}`);
  out.push(`qstr_table[${m.qstrs.length}]:`);
  for (const q of m.qstrs) out.push(`    ${q}`);
  out.push(`obj_table: [${m.consts.map(pyRepr).join(", ")}]`);
  rawCode(m, m.root, out);
  return out.join("\n") + "\n";
}

function rawCode(m: CompiledModule, rc: RawCode, out: string[]): void {
  const p = decodePrelude(rc.data);
  if (!p) {
    out.push(`  (bad prelude) ${hex(rc.data)}`);
    return;
  }
  out.push(`simple_name: ${m.qstrs[p.nameQstr]}`);
  out.push(`  raw bytecode: ${rc.data.length} ${hex(rc.data)}`);
  out.push(`  prelude: (${p.nState}, ${p.nExcStack}, ${p.scopeFlags}, ${p.nPosArgs}, ${p.nKwonlyArgs}, ${p.nDefPosArgs})`);
  out.push(`  args: [${p.argQstrs.map((q) => m.qstrs[q]).join(", ")}]`);
  out.push(`  line info: ${hex(rc.data.subarray(p.lineInfoStart, p.lineInfoEnd))}`);
  for (let ip = p.codeStart; ip < rc.data.length; ) {
    const ins = decodeInstruction(rc.data, ip);
    if (!ins) {
      out.push(`  ${hex(rc.data.subarray(ip, ip + 1))}  (unknown)`);
      break;
    }
    const bytes = hex(rc.data.subarray(ip, ip + ins.size)).padEnd(12);
    const i = ins.info;
    let text: string = i.name;
    if (i === OP.LOAD_CONST_SMALL_INT_MULTI) text = `LOAD_CONST_SMALL_INT ${ins.byte - i.code - 16}`;
    else if (i === OP.LOAD_FAST_MULTI) text = `LOAD_FAST ${ins.byte - i.code}`;
    else if (i === OP.STORE_FAST_MULTI) text = `STORE_FAST ${ins.byte - i.code}`;
    else if (i === OP.UNARY_OP_MULTI) text = `UNARY_OP ${ins.byte - i.code} ${UNARY_OPS[ins.byte - i.code]}`;
    else if (i === OP.BINARY_OP_MULTI) text = `BINARY_OP ${ins.byte - i.code} ${BINARY_OPS[ins.byte - i.code]}`;
    else if (i.arg === "qstr") text += ` ${m.qstrs[ins.arg]}`;
    else if (i.arg === "const") text += ` ${m.consts[ins.arg] ? pyRepr(m.consts[ins.arg]!) : ins.arg}`;
    else if (i.arg === "jump" || i.arg === "ujump") text += ` ${ins.target - p.codeStart}`;
    else if (i.arg !== "none") text += ` ${ins.arg}`;
    if (i.extraByte) text += ` ${ins.extra}`;
    out.push(`  ${bytes}${text}`);
    ip += ins.size;
  }
  out.push(`  children: [${rc.children.map((c) => { const cp = decodePrelude(c.data); return cp ? m.qstrs[cp.nameQstr] : "?"; }).join(", ")}]`);
  for (const c of rc.children) rawCode(m, c, out);
}
