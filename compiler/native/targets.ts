// -march names -> the native emitter for that target (py/compile.c emit_native_table, mpy-cross's
// -march list): the architecture number the .mpy header records and the backend assembler.

import type { Emitter } from "../emit/emitter.js";
import type { NativeAsm } from "./asm.js";
import { DebugAsm } from "./debug.js";
import type { NativeContext } from "./emit-core.js";
import { NativeEmitter } from "./emitter.js";
import { X64Asm } from "./x64.js";
import { ArmAsm } from "./arm.js";
import { ThumbAsm } from "./thumb.js";
import { Rv32Asm } from "./rv32.js";
import { X86Asm } from "./x86.js";
import { XtensaAsm } from "./xtensa.js";

/** Architecture number of -march=debug in the header (py/persistentcode.h MP_NATIVE_ARCH_DEBUG). */
export const ARCH_DEBUG = 13;

/** Arches mpy-cross has a native emitter for, by -march name, with their header number. */
const MP_NATIVE_ARCHS: Readonly<Record<string, number>> = {
  x86: 1, x64: 2, armv6: 3, armv6m: 4, armv7m: 5, armv7em: 6, armv7emsp: 7, armv7emdp: 8, xtensa: 9, xtensawin: 10, rv32imc: 11, debug: ARCH_DEBUG,
};

/** Backends mpyc has; `flags` are the -march-flags (rv32imc: bit 0 allows Zba). */
const BACKENDS: Readonly<Record<string, (flags: number) => NativeAsm>> = {
  debug: () => new DebugAsm(),
  x64: () => new X64Asm(),
  x86: () => new X86Asm(),
  armv6: () => new ArmAsm(),
  xtensa: () => new XtensaAsm(false),
  xtensawin: () => new XtensaAsm(true),
  rv32imc: (flags) => new Rv32Asm((flags & 1) !== 0),
  armv6m: () => new ThumbAsm("armv6m", false),
  armv7m: () => new ThumbAsm("armv7m", true),
  armv7em: () => new ThumbAsm("armv7em", true),
  armv7emsp: () => new ThumbAsm("armv7emsp", true),
  armv7emdp: () => new ThumbAsm("armv7emdp", true),
};

/** Arches whose mpy-cross has an inline assembler (py/compile.c emit_asm_table): Thumb, Xtensa, RV32. */
const INLINE_ASM_ARCHS: ReadonlySet<number> = new Set([3, 4, 5, 6, 7, 8, 9, 11]);

export interface NativeTarget {
  readonly arch: number;
  /** mpy-cross has an inline assembler for this arch (which mpyc does not have yet). */
  readonly inlineAsm: boolean;
  /** The emitter, or null when mpyc has no backend for the arch yet. */
  readonly makeEmitter: ((ctx: NativeContext) => Emitter & { readonly asm: NativeAsm }) | null;
}

/** The target for an -march name; null when the arch has no native emitter (rv64imc: "invalid arch"). */
export function nativeTarget(arch: string, flags = 0): NativeTarget | null {
  const n = MP_NATIVE_ARCHS[arch];
  if (n === undefined) return null;
  const backend = BACKENDS[arch];
  return {
    arch: n,
    inlineAsm: INLINE_ASM_ARCHS.has(n),
    makeEmitter: backend
      ? (ctx) => {
          const as = backend(flags);
          return Object.assign(new NativeEmitter(as, ctx), { asm: as });
        }
      : null,
  };
}
