// A module's constant objects as static C objects, each referenced from its constant table
// (tools/mpy-tool.py CompiledModule.freeze_constant_obj), and the byte counts mpy-tool reports.

import { numberText } from "../bytecode/mpy-write.js";
import type { ConstObject } from "../bytecode/rawcode.js";
import { encodeWtf8 } from "../bytecode/wtf8.js";
import { formatG, reprCWord, reprDWord } from "./cnum.js";
import { FreezeError } from "./errors.js";
import { qstrHash } from "../bytecode/qstr-hash.js";
import { hexEscapes, qstrEscape } from "./qstr.js";

export type LongIntImpl = "none" | "longlong" | "mpz";

export interface TargetConfig {
  readonly longInt: LongIntImpl;
  readonly mpzDigitBits: number;
  readonly bytesInHash: number;
}

/** Running byte counts for the summary comment at the end of the file. */
export interface Sizes {
  bc: number;
  constStr: number;
  constInt: number;
  constObj: number;
  constTablePtr: number;
  rawCodeCount: number;
}

/** Numbers as mpy-tool has them: it parses the stored text with CPython's float() and complex(). */
function storedFloat(v: number): number {
  const t = numberText({ kind: "float", value: v });
  if (t === "nan" || t === "-nan") return NaN;
  if (t === "inf" || t === "-inf") return t[0] === "-" ? -Infinity : Infinity;
  return Number(t);
}

export class ConstantWriter {
  constructor(
    private readonly out: string[],
    private readonly config: TargetConfig,
    private readonly sizes: Sizes,
    /** Every qstr known while freezing: firmware statics plus all modules' qstrs and short strs. */
    private readonly knownQstrs: ReadonlySet<string>,
    private readonly sourceFile: string,
  ) {}

  /** Emits what `obj` needs and returns the mp_rom_obj_t expression that refers to it. */
  ref(name: string, obj: ConstObject): string {
    const out = this.out;
    switch (obj.kind) {
      case "none": return "MP_ROM_NONE";
      case "false": return "MP_ROM_FALSE";
      case "true": return "MP_ROM_TRUE";
      case "ellipsis": return "MP_ROM_PTR(&mp_const_ellipsis_obj)";
      case "str":
      case "bytes": {
        if (obj.kind === "str" && obj.value === "") return "MP_ROM_QSTR(MP_QSTR_)";
        if (obj.kind === "bytes" && obj.value.length === 0) return "MP_ROM_PTR(&mp_const_empty_bytes_obj)";
        if (obj.kind === "str" && this.knownQstrs.has(obj.value)) return `MP_ROM_QSTR(MP_QSTR_${qstrEscape(obj.value)})`;
        const bytes = obj.kind === "str" ? encodeWtf8(obj.value) : obj.value;
        const type = obj.kind === "str" ? "mp_type_str" : "mp_type_bytes";
        const hash = qstrHash(bytes, this.config.bytesInHash);
        out.push(`static const mp_obj_str_t ${name} = {{&${type}}, ${hash}, ${bytes.length}, (const byte*)"${hexEscapes(bytes)}"};`);
        this.sizes.constStr += bytes.length;
        this.sizes.constObj += 16;
        return `MP_ROM_PTR(&${name})`;
      }
      case "int":
        return this.int(name, obj.value);
      case "float": {
        const v = storedFloat(obj.value);
        const word = reprCWord(v);
        if (word === null) throw new FreezeError(`${this.sourceFile}: float ${formatG(v)} too large for a single-precision object`);
        const macro = `${name}_macro`;
        out.push("#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B");
        out.push(`static const mp_obj_float_t ${name} = {{&mp_type_float}, (mp_float_t)${formatG(v)}};`);
        out.push(`#define ${macro} MP_ROM_PTR(&${name})`);
        out.push("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C");
        out.push(`#define ${macro} ((mp_rom_obj_t)(0x${word}))`);
        out.push("#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D");
        out.push(`#define ${macro} ((mp_rom_obj_t)(0x${reprDWord(v)}))`);
        out.push("#endif");
        this.sizes.constObj += 12;
        return macro;
      }
      case "complex": {
        // complex(text) gives a zero real part when the text has none.
        const real = obj.real !== 0 ? storedFloat(obj.real) : 0;
        const imag = storedFloat(obj.imag);
        out.push(`static const mp_obj_complex_t ${name} = {{&mp_type_complex}, (mp_float_t)${formatG(real)}, (mp_float_t)${formatG(imag)}};`);
        return `MP_ROM_PTR(&${name})`;
      }
      case "tuple": {
        if (obj.items.length === 0) return "MP_ROM_PTR(&mp_const_empty_tuple_obj)";
        const refs = obj.items.map((item, i) => this.ref(`${name}_${i}`, item));
        out.push(`static const mp_rom_obj_tuple_t ${name} = {{&mp_type_tuple}, ${obj.items.length}, {`);
        for (const r of refs) out.push(`    ${r},`);
        out.push("}};");
        return `MP_ROM_PTR(&${name})`;
      }
    }
  }

  private int(name: string, value: bigint): string {
    // mpy-tool's own small-int range (14 bits), whatever the target's.
    if (value >= -0x2000n && value <= 0x1fffn) return `MP_ROM_INT(${value})`;
    switch (this.config.longInt) {
      case "none":
        throw new FreezeError(`${this.sourceFile}: target does not support long int`);
      case "longlong":
        this.out.push(`static const mp_obj_int_t ${name} = {{&mp_type_int}, ${value}};`);
        return `MP_ROM_PTR(&${name})`;
      case "mpz": {
        const bits = this.config.mpzDigitBits;
        const neg = value < 0n ? 1 : 0;
        let z = value < 0n ? -value : value;
        const digs: string[] = [];
        const mask = (1n << BigInt(bits)) - 1n;
        for (; z !== 0n; z >>= BigInt(bits)) digs.push("0x" + (z & mask).toString(16));
        const n = digs.length;
        this.out.push(
          `static const mp_obj_int_t ${name} = {{&mp_type_int}, {.neg=${neg}, .fixed_dig=1, .alloc=${n}, .len=${n}, .dig=(uint${bits}_t*)(const uint${bits}_t[]){${digs.join(",")}}}};`,
        );
        this.sizes.constInt += (n * bits) >> 3;
        this.sizes.constObj += 16;
        return `MP_ROM_PTR(&${name})`;
      }
    }
  }
}
