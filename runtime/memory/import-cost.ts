// RAM a .mpy import takes: reads a CompiledModule (bytecode/rawcode.ts), gives the bytes
// py/persistentcode.c and py/builtinimport.c reserve: bytecode copies, raw-code records, child and
// constant tables, constant objects, interned qstrs, the module, its globals and its functions.

import type { CompiledModule, ConstObject, RawCode } from "../../bytecode/rawcode.js";
import { staticQstrIndex } from "../../bytecode/qstr-static.js";
import { blocks, hashAllocAfterInserts, mpzDigits, SIZES } from "./sizes.js";

export interface ImportCost {
  /** Bytecode and prelude copied to the heap, summed over every raw code. */
  readonly codeBytes: number;
  /** Raw-code records and child tables. */
  readonly rawCodeBytes: number;
  /** The qstr and object tables plus the constant objects themselves. */
  readonly constantBytes: number;
  /** Pool space for qstrs that are not already static (amortised: text, length, hash, NUL). */
  readonly qstrBytes: number;
  /** Module object, module context and its globals dictionary. */
  readonly moduleBytes: number;
  /** Function objects made while loading: the module body and each top-level definition. */
  readonly functionBytes: number;
  /** Number of raw codes (module body, functions, classes, comprehensions). */
  readonly rawCodes: number;
  readonly total: number;
}

function constCost(c: ConstObject): number {
  switch (c.kind) {
    case "str":
      return SIZES.str(new TextEncoder().encode(c.value).length);
    case "bytes":
      return SIZES.bytes(c.value.length);
    case "float":
      return SIZES.float();
    case "complex":
      return SIZES.complex();
    case "int":
      return SIZES.bigint(mpzDigits(c.value));
    case "tuple":
      return SIZES.tuple(c.items.length) + c.items.reduce((s, i) => s + constCost(i), 0);
    default:
      return 0;
  }
}

function walk(rc: RawCode, visit: (rc: RawCode) => void): void {
  visit(rc);
  for (const ch of rc.children) walk(ch, visit);
}

/**
 * The modelled cost of importing `m`. `globals` is the number of names the module body stores
 * (the loader's caller knows it after running the body; the default counts none).
 */
export function importCost(m: CompiledModule, globals = 0): ImportCost {
  let codeBytes = 0;
  let rawCodeBytes = 0;
  let rawCodes = 0;
  walk(m.root, (rc) => {
    rawCodes++;
    codeBytes += blocks(rc.data.length);
    // mp_raw_code_t on 32 bits: kind bytes, fun_data, children pointer.
    rawCodeBytes += blocks(12);
    if (rc.children.length > 0) rawCodeBytes += blocks(4 * rc.children.length);
  });
  let qstrBytes = 0;
  for (const q of m.qstrs) {
    if (staticQstrIndex(q) !== undefined) continue;
    qstrBytes += new TextEncoder().encode(q).length + 3;
  }
  const constantBytes =
    blocks(2 * m.qstrs.length) + blocks(4 * m.consts.length) + m.consts.reduce((s, c) => s + constCost(c), 0);
  // mp_module_context_t, then the globals dict holding __name__, __file__ and the stored names.
  const moduleBytes = blocks(16) + SIZES.dict(hashAllocAfterInserts(2 + globals));
  const functionBytes = SIZES.function() * (1 + m.root.children.length);
  const total = codeBytes + rawCodeBytes + constantBytes + qstrBytes + moduleBytes + functionBytes;
  return { codeBytes, rawCodeBytes, constantBytes, qstrBytes, moduleBytes, functionBytes, rawCodes, total };
}
