// The raw-code model: what a compiled module is, independent of how it is stored.
// The compiler produces it, the .mpy writer and the freezer serialise it, the .mpy reader
// produces it again and the runtime executes it. Mirrors MicroPython's mp_compiled_module_t
// and mp_raw_code_t (py/emitglue.h, py/persistentcode.c).

/** A constant object as stored in a module's constant table (py/persistentcode.h MP_PERSISTENT_OBJ_*). */
export type ConstObject =
  | { readonly kind: "none" }
  | { readonly kind: "false" }
  | { readonly kind: "true" }
  | { readonly kind: "ellipsis" }
  | { readonly kind: "str"; readonly value: string }
  | { readonly kind: "bytes"; readonly value: Uint8Array }
  /** An int too big for a small int on the target (stored as decimal text). */
  | { readonly kind: "int"; readonly value: bigint }
  /** `shared` names the single object a module constant (math.nan) folds to, for de-duplication. */
  | { readonly kind: "float"; readonly value: number; readonly shared?: string }
  | { readonly kind: "complex"; readonly real: number; readonly imag: number }
  | { readonly kind: "tuple"; readonly items: readonly ConstObject[] };

/** Where an instruction came from in the source, for source maps and tracebacks. */
export interface SourcePosition {
  /** Bytecode offset of the instruction from the start of the raw code's data. */
  readonly offset: number;
  /** 1-based line and 0-based column, as source maps count them. */
  readonly line: number;
  readonly column: number;
}

/** One code object: a module body, function, lambda, class body or comprehension. */
export interface RawCode {
  readonly kind: "bytecode";
  /** The whole function data as stored in the .mpy: prelude, line info, cells, then bytecode. */
  readonly data: Uint8Array;
  /** Children referenced by MAKE_FUNCTION/MAKE_CLOSURE, in index order. */
  readonly children: readonly RawCode[];
  /** Compiler-side only (never stored in a .mpy): positions of emitted instructions. */
  readonly positions?: readonly SourcePosition[];
}

/** mp_fun_table, the runtime's table of entry points: an object-table entry of native modules. */
export interface FunTable {
  readonly kind: "funTable";
}

/** An object-table entry of any module: a constant, or mp_fun_table where native code needs it. */
export type TableObject = ConstObject | FunTable;

/** A bytecode raw code of a module that may hold machine code: its children may be native. */
export interface MixedBytecodeRawCode {
  readonly kind: "bytecode";
  readonly data: Uint8Array;
  readonly children: readonly AnyRawCode[];
  readonly positions?: readonly SourcePosition[];
}

/**
 * Machine code (py/emitglue.h MP_CODE_NATIVE_PY, _VIPER, _ASM), as the .mpy stores it. Native
 * Python keeps a bytecode-style prelude inside its data, at `preludeOffset`; viper and asm store
 * scope flags after the data, asm also its argument count and type signature.
 */
export interface NativeRawCode {
  readonly kind: "native" | "viper" | "asm";
  readonly data: Uint8Array;
  readonly children: readonly AnyRawCode[];
  /** Native only: where the prelude starts in `data`. */
  readonly preludeOffset?: number;
  /** Viper and asm: the scope flags stored after the data (mpy-cross writes 0). */
  readonly scopeFlags?: number;
  /** Asm only. */
  readonly nPosArgs?: number;
  readonly typeSig?: number;
  /**
   * Viper code of a native module (natmod) may carry read-only data, a bss size and relocations
   * (flagged in scopeFlags); mpy-cross never writes them. Kept as read, to write back the same bytes.
   */
  readonly rodata?: Uint8Array;
  readonly bssSize?: number;
  readonly relocations?: Uint8Array;
}

export type AnyRawCode = MixedBytecodeRawCode | NativeRawCode;

/** Raw-code kinds as the .mpy header of each raw code stores them (kind - MP_CODE_BYTECODE). */
export const RAW_CODE_KINDS = ["bytecode", "native", "viper", "asm"] as const;

/**
 * Native architectures by their number in the .mpy feature byte (py/persistentcode.h
 * MP_NATIVE_ARCH_*), as mpy-cross -march and mpy-tool name them.
 */
export const NATIVE_ARCHS = ["none", "x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa", "xtensawin", "rv32imc", "rv64imc"] as const;
export type NativeArch = (typeof NATIVE_ARCHS)[number];

/** Viper scope flags of natmod code (py/runtime0.h MP_SCOPE_FLAG_VIPER*). */
export const ViperFlag = { RELOC: 0x10, RODATA: 0x20, BSS: 0x40 } as const;

/**
 * Any .mpy file's content: a CompiledModule, or one holding machine code for `arch` (a number of
 * NATIVE_ARCHS, 0 for bytecode only). The runtime takes CompiledModule only.
 */
export interface MpyModule extends Omit<CompiledModule, "consts" | "root"> {
  readonly arch?: number;
  readonly consts: readonly TableObject[];
  readonly root: AnyRawCode;
}

/** A whole compiled module: the per-module tables plus the outer raw code. */
export interface CompiledModule {
  /** Number of bits of a small int on the target (mpy-cross default 31). */
  readonly smallIntBits: number;
  /**
   * Architecture flags (feature bit 0x40): mpy-cross writes them for -march=rv32imc with
   * -march-flags even when all code is bytecode. Absent or 0 for everything else.
   */
  readonly archFlags?: number;
  /**
   * The strings (qstrs and str constants) carry surrogate escapes: a lone U+DC80..U+DCFF is one
   * raw byte, as when a source had bytes that are not UTF-8 (bytecode/wtf8.ts). Absent: WTF-8.
   */
  readonly surrogateEscapes?: boolean;
  /** The module's qstr table; entry 0 is the source file name. */
  readonly qstrs: readonly string[];
  /** The module's constant-object table. */
  readonly consts: readonly ConstObject[];
  /** The module body. */
  readonly root: RawCode;
}

export const MPY_MAGIC = 0x4d; // 'M'
export const MPY_VERSION = 6;
export const MPY_SUB_VERSION = 3;
export const DEFAULT_SMALL_INT_BITS = 31;

/** Scope flags stored in the prelude signature (py/runtime0.h MP_SCOPE_FLAG_*). */
export const ScopeFlag = {
  GENERATOR: 0x01,
  VARKEYWORDS: 0x02,
  VARARGS: 0x04,
  DEFKWARGS: 0x08,
} as const;
