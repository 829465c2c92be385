// -march names -> the native emitter for that target (py/compile.c emit_native_table, mpy-cross's
// -march list): the architecture number the .mpy header records and the backend assembler.

import type { Emitter } from "./emit/emitter.js";
import type { NativeAsm } from "./native/asm.js";
import { DebugAsm } from "./native/debug.js";
import type { NativeContext } from "./native/emit-core.js";
import { NativeEmitter } from "./native/emitter.js";
import { X64Asm } from "./native/x64.js";
import { ArmAsm } from "./native/arm.js";
import { ThumbAsm } from "./native/thumb.js";
import { Rv32Asm } from "./native/rv32.js";
import { X86Asm } from "./native/x86.js";
import { XtensaAsm } from "./native/xtensa.js";
import type { InlineAsm } from "./native/inline/common.js";
import { InlineRv32 } from "./native/inline/rv32.js";
import { InlineThumb } from "./native/inline/thumb.js";
import { InlineXtensa } from "./native/inline/xtensa.js";

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

/** Inline assemblers by -march name (py/compile.c emit_asm_table): Thumb, Xtensa (not xtensawin), RV32. */
const INLINE_ASM: Readonly<Record<string, (arch: string, flags: number) => InlineAsm>> = {
  armv6: (a) => new InlineThumb(a),
  armv6m: (a) => new InlineThumb(a),
  armv7m: (a) => new InlineThumb(a),
  armv7em: (a) => new InlineThumb(a),
  armv7emsp: (a) => new InlineThumb(a),
  armv7emdp: (a) => new InlineThumb(a),
  xtensa: () => new InlineXtensa(),
  rv32imc: (_, flags) => new InlineRv32((flags & 1) !== 0),
};

export interface NativeTarget {
  readonly arch: number;
  /** Makes the arch's inline assembler; null where mpy-cross has none ("invalid arch"). */
  readonly makeInlineAsm: (() => InlineAsm) | null;
  /** The emitter, or null when mpyc has no backend for the arch yet. */
  readonly makeEmitter: ((ctx: NativeContext) => Emitter & { readonly asm: NativeAsm }) | null;
  /** -march=debug: the text mpy-cross prints of the calls its assembler was given; null for a real arch. */
  readonly traceOf: ((asm: NativeAsm) => string) | null;
}

function debugTrace(asm: NativeAsm): string {
  const lines = (asm as DebugAsm).lines;
  return lines.join("\n") + (lines.length ? "\n" : "");
}

/** The target for an -march name; null when the arch has no native emitter (rv64imc: "invalid arch"). */
export function nativeTarget(arch: string, flags = 0): NativeTarget | null {
  const n = MP_NATIVE_ARCHS[arch];
  if (n === undefined) return null;
  const backend = BACKENDS[arch];
  return {
    arch: n,
    makeInlineAsm: INLINE_ASM[arch] ? () => INLINE_ASM[arch]!(arch, flags) : null,
    makeEmitter: backend
      ? (ctx) => {
          const as = backend(flags);
          return Object.assign(new NativeEmitter(as, ctx), { asm: as });
        }
      : null,
    traceOf: arch === "debug" ? debugTrace : null,
  };
}
