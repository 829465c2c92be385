// The one opcode table of MicroPython v1.27.0 bytecode, shared by the compiler's emitter and
// assembler, the disassembler and the runtime's dispatch. Numbers and formats are copied from
// MicroPython's py/bc0.h and py/runtime0.h; spec/bytecode/opcodes.spec.ts checks them against
// MicroPython's own format rule (MP_BC_FORMAT) and against the reference .mpy files in corpus/.

/** How the argument that follows an opcode byte is encoded (py/bc0.h MP_BC_FORMAT_*). */
export type ArgFormat =
  | "none" //     no argument
  | "qstr" //     var-uint index into the module's qstr table
  | "uint" //     var-uint
  | "sint" //     signed var-uint (LOAD_CONST_SMALL_INT only)
  | "const" //    var-uint index into the module's constant-object table
  | "child" //    var-uint index into the raw code's children
  | "jump" //     signed relative offset, 1 or 2 bytes
  | "ujump"; //   unsigned (forward) relative offset, 1 or 2 bytes

export interface OpcodeInfo {
  /** MicroPython's name without the MP_BC_ prefix, e.g. "LOAD_FAST_N". */
  readonly name: string;
  /** The opcode byte (the first of its range for the MULTI families). */
  readonly code: number;
  readonly arg: ArgFormat;
  /** MAKE_CLOSURE*, UNWIND_JUMP: one raw byte follows the argument. */
  readonly extraByte: boolean;
  /**
   * Stack adjustment as MicroPython's emitter counts it (py/emitbc.c), given the decoded
   * argument and extra byte. Null where it depends on the emit context (SETUP_WITH etc.);
   * such ops are given an explicit adjustment by the code generator.
   */
  readonly stack: ((arg: number, extra: number) => number) | number | null;
  /** For MULTI families: how many consecutive opcode bytes the family covers. */
  readonly count: number;
}

function op(
  name: string,
  code: number,
  arg: ArgFormat,
  stack: OpcodeInfo["stack"],
  extra: { extraByte?: boolean; count?: number } = {},
): OpcodeInfo {
  return { name, code, arg, stack, extraByte: extra.extraByte ?? false, count: extra.count ?? 1 };
}

const callEffect = (extraForMethod: number, varKw: number) => (arg: number) =>
  -extraForMethod - varKw - (arg & 0xff) - 2 * ((arg >> 8) & 0xff);

/** Unary operators encoded in UNARY_OP_MULTI (py/runtime0.h, bytecode subset). */
export const UNARY_OPS = ["POSITIVE", "NEGATIVE", "INVERT", "NOT"] as const;

/** Binary operators encoded in BINARY_OP_MULTI (py/runtime0.h, bytecode subset, in order). */
export const BINARY_OPS = [
  "LESS", "MORE", "EQUAL", "LESS_EQUAL", "MORE_EQUAL", "NOT_EQUAL", "IN", "IS", "EXCEPTION_MATCH",
  "INPLACE_OR", "INPLACE_XOR", "INPLACE_AND", "INPLACE_LSHIFT", "INPLACE_RSHIFT", "INPLACE_ADD",
  "INPLACE_SUBTRACT", "INPLACE_MULTIPLY", "INPLACE_MAT_MULTIPLY", "INPLACE_FLOOR_DIVIDE",
  "INPLACE_TRUE_DIVIDE", "INPLACE_MODULO", "INPLACE_POWER",
  "OR", "XOR", "AND", "LSHIFT", "RSHIFT", "ADD", "SUBTRACT", "MULTIPLY", "MAT_MULTIPLY",
  "FLOOR_DIVIDE", "TRUE_DIVIDE", "MODULO", "POWER",
] as const;

export type UnaryOpName = (typeof UNARY_OPS)[number];
export type BinaryOpName = (typeof BINARY_OPS)[number];

/**
 * The special-method name of each operator, as MicroPython's qstrs spell them (py/runtime0.h
 * order; tools/mpy-tool.py prints them after UNARY_OP/BINARY_OP). Used by the disassembler.
 */
export const OP_METHOD_NAMES: { readonly [K in UnaryOpName | BinaryOpName]: string } = {
  POSITIVE: "__pos__", NEGATIVE: "__neg__", INVERT: "__invert__", NOT: "<not>",
  LESS: "__lt__", MORE: "__gt__", EQUAL: "__eq__", LESS_EQUAL: "__le__", MORE_EQUAL: "__ge__", NOT_EQUAL: "__ne__",
  IN: "<in>", IS: "<is>", EXCEPTION_MATCH: "<exception match>",
  INPLACE_OR: "__ior__", INPLACE_XOR: "__ixor__", INPLACE_AND: "__iand__", INPLACE_LSHIFT: "__ilshift__",
  INPLACE_RSHIFT: "__irshift__", INPLACE_ADD: "__iadd__", INPLACE_SUBTRACT: "__isub__", INPLACE_MULTIPLY: "__imul__",
  INPLACE_MAT_MULTIPLY: "__imatmul__", INPLACE_FLOOR_DIVIDE: "__ifloordiv__", INPLACE_TRUE_DIVIDE: "__itruediv__",
  INPLACE_MODULO: "__imod__", INPLACE_POWER: "__ipow__",
  OR: "__or__", XOR: "__xor__", AND: "__and__", LSHIFT: "__lshift__", RSHIFT: "__rshift__", ADD: "__add__",
  SUBTRACT: "__sub__", MULTIPLY: "__mul__", MAT_MULTIPLY: "__matmul__", FLOOR_DIVIDE: "__floordiv__",
  TRUE_DIVIDE: "__truediv__", MODULO: "__mod__", POWER: "__pow__",
};

export const SMALL_INT_MULTI_EXCESS = 16;

export const OPCODES = [
  // Constants.
  op("LOAD_CONST_FALSE", 0x50, "none", 1),
  op("LOAD_CONST_NONE", 0x51, "none", 1),
  op("LOAD_CONST_TRUE", 0x52, "none", 1),
  op("LOAD_CONST_SMALL_INT", 0x22, "sint", 1),
  op("LOAD_CONST_STRING", 0x10, "qstr", 1),
  op("LOAD_CONST_OBJ", 0x23, "const", 1),
  op("LOAD_NULL", 0x53, "none", 1),
  // Loads.
  op("LOAD_FAST_N", 0x24, "uint", 1),
  op("LOAD_DEREF", 0x25, "uint", 1),
  op("LOAD_NAME", 0x11, "qstr", 1),
  op("LOAD_GLOBAL", 0x12, "qstr", 1),
  op("LOAD_ATTR", 0x13, "qstr", 0),
  op("LOAD_METHOD", 0x14, "qstr", 1),
  op("LOAD_SUPER_METHOD", 0x15, "qstr", -1),
  op("LOAD_BUILD_CLASS", 0x54, "none", 1),
  op("LOAD_SUBSCR", 0x55, "none", -1),
  // Stores.
  op("STORE_FAST_N", 0x26, "uint", -1),
  op("STORE_DEREF", 0x27, "uint", -1),
  op("STORE_NAME", 0x16, "qstr", -1),
  op("STORE_GLOBAL", 0x17, "qstr", -1),
  op("STORE_ATTR", 0x18, "qstr", -2),
  op("STORE_SUBSCR", 0x56, "none", -3),
  // Deletes.
  op("DELETE_FAST", 0x28, "uint", 0),
  op("DELETE_DEREF", 0x29, "uint", 0),
  op("DELETE_NAME", 0x19, "qstr", 0),
  op("DELETE_GLOBAL", 0x1a, "qstr", 0),
  // Stack shuffles.
  op("DUP_TOP", 0x57, "none", 1),
  op("DUP_TOP_TWO", 0x58, "none", 2),
  op("POP_TOP", 0x59, "none", -1),
  op("ROT_TWO", 0x5a, "none", 0),
  op("ROT_THREE", 0x5b, "none", 0),
  // Jumps and blocks.
  op("UNWIND_JUMP", 0x40, "jump", 0, { extraByte: true }),
  op("JUMP", 0x42, "jump", 0),
  op("POP_JUMP_IF_TRUE", 0x43, "jump", -1),
  op("POP_JUMP_IF_FALSE", 0x44, "jump", -1),
  op("JUMP_IF_TRUE_OR_POP", 0x45, "ujump", -1),
  op("JUMP_IF_FALSE_OR_POP", 0x46, "ujump", -1),
  op("SETUP_WITH", 0x47, "ujump", null),
  op("SETUP_EXCEPT", 0x48, "ujump", null),
  op("SETUP_FINALLY", 0x49, "ujump", null),
  op("POP_EXCEPT_JUMP", 0x4a, "ujump", 0),
  op("FOR_ITER", 0x4b, "ujump", 1),
  op("WITH_CLEANUP", 0x5c, "none", null),
  op("END_FINALLY", 0x5d, "none", -1),
  op("GET_ITER", 0x5e, "none", 0),
  op("GET_ITER_STACK", 0x5f, "none", null),
  // Building collections.
  op("BUILD_TUPLE", 0x2a, "uint", (n) => 1 - n),
  op("BUILD_LIST", 0x2b, "uint", (n) => 1 - n),
  op("BUILD_MAP", 0x2c, "uint", 1),
  op("STORE_MAP", 0x62, "none", -2),
  op("BUILD_SET", 0x2d, "uint", (n) => 1 - n),
  op("BUILD_SLICE", 0x2e, "uint", (n) => 1 - n),
  op("STORE_COMP", 0x2f, "uint", (a) => ((a & 3) === 1 ? -2 : -1)), // a dict pops key and value
  op("UNPACK_SEQUENCE", 0x30, "uint", (n) => -1 + n),
  op("UNPACK_EX", 0x31, "uint", (a) => -1 + (a & 0xff) + ((a >> 8) & 0xff) + 1),
  // Returns, raises, yields.
  op("RETURN_VALUE", 0x63, "none", -1),
  op("RAISE_LAST", 0x64, "none", 0),
  op("RAISE_OBJ", 0x65, "none", -1),
  op("RAISE_FROM", 0x66, "none", -2),
  op("YIELD_VALUE", 0x67, "none", 0),
  op("YIELD_FROM", 0x68, "none", -1),
  // Functions and calls.
  op("MAKE_FUNCTION", 0x32, "child", 1),
  op("MAKE_FUNCTION_DEFARGS", 0x33, "child", -1),
  op("MAKE_CLOSURE", 0x20, "child", (_a, nClosed) => 1 - nClosed, { extraByte: true }),
  op("MAKE_CLOSURE_DEFARGS", 0x21, "child", (_a, nClosed) => -1 - nClosed, { extraByte: true }),
  op("CALL_FUNCTION", 0x34, "uint", callEffect(0, 0)),
  op("CALL_FUNCTION_VAR_KW", 0x35, "uint", callEffect(0, 1)),
  op("CALL_METHOD", 0x36, "uint", callEffect(1, 0)),
  op("CALL_METHOD_VAR_KW", 0x37, "uint", callEffect(1, 1)),
  // Imports.
  op("IMPORT_NAME", 0x1b, "qstr", -1),
  op("IMPORT_FROM", 0x1c, "qstr", 1),
  op("IMPORT_STAR", 0x69, "none", -1),
  // Families with the argument folded into the opcode byte.
  op("LOAD_CONST_SMALL_INT_MULTI", 0x70, "none", 1, { count: 64 }),
  op("LOAD_FAST_MULTI", 0xb0, "none", 1, { count: 16 }),
  op("STORE_FAST_MULTI", 0xc0, "none", -1, { count: 16 }),
  op("UNARY_OP_MULTI", 0xd0, "none", 0, { count: UNARY_OPS.length }),
  op("BINARY_OP_MULTI", 0xd7, "none", -1, { count: BINARY_OPS.length }),
] as const satisfies readonly OpcodeInfo[];

export type OpName = (typeof OPCODES)[number]["name"];

/** Opcode info by name. */
export const OP: { readonly [K in OpName]: OpcodeInfo } = Object.fromEntries(
  OPCODES.map((o) => [o.name, o]),
) as { [K in OpName]: OpcodeInfo };

/** Opcode info for each of the 256 byte values, undefined where the byte is not an opcode. */
export const OPCODE_BY_BYTE: readonly (OpcodeInfo | undefined)[] = (() => {
  const table: (OpcodeInfo | undefined)[] = new Array(256).fill(undefined);
  for (const o of OPCODES) {
    for (let i = 0; i < o.count; i++) table[o.code + i] = o;
  }
  return table;
})();

/** The value pushed by LOAD_CONST_SMALL_INT_MULTI + i is i - 16. */
export function smallIntMultiValue(byte: number): number {
  return byte - OP.LOAD_CONST_SMALL_INT_MULTI.code - SMALL_INT_MULTI_EXCESS;
}

/** True if `v` fits LOAD_CONST_SMALL_INT_MULTI (-16..47). */
export function fitsSmallIntMulti(v: number): boolean {
  return v >= -SMALL_INT_MULTI_EXCESS && v < OP.LOAD_CONST_SMALL_INT_MULTI.count - SMALL_INT_MULTI_EXCESS;
}

/** Signed jumps (the ones a loop may take backwards) are the opcodes up to POP_JUMP_IF_FALSE. */
export function isSignedJump(code: number): boolean {
  return code <= OP.POP_JUMP_IF_FALSE.code;
}
