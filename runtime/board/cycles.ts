// What running bytecode costs in virtual time on a documented board model: CPU cycles per opcode
// family for MicroPython's VM loop (py/vm.c) on a Cortex-M0+ (RP2040-class), and the clock rate. The
// interpreter counts the bytecode bytes it runs (loop bodies at backward jumps, a frame's distance at
// its exit) and its poll hands them here every few hundred; the clock then advances, so busy loops
// pass time and timers fire inside them. Work the runtime does natively (sorts, long ints, text
// methods, json) is charged in cycles by objects/native-cost.ts and handed over the same way.

import type { VirtualClock } from "./clock.js";

export interface BoardModel {
  /** Named in reports (mpyc run's headers) and selectable by this name. */
  readonly name: string;
  readonly hz: number;
  /** Cycles a plain instruction of each family costs: dispatch plus its own work, no allocation. */
  readonly cycles: Readonly<Record<OpFamily, number>>;
  /** The share of each family in typical code, for counting instructions without their opcodes. */
  readonly mix: Readonly<Record<OpFamily, number>>;
  /** Factor on the native work costs (objects/native-cost.ts NATIVE_CYCLES, given for the RP2040). */
  readonly nativeScale: number;
}

export type OpFamily = "load-store" | "stack" | "jump" | "binary" | "compare" | "call" | "attr" | "build" | "iter" | "other";

/**
 * RP2040 at 125 MHz (Raspberry Pi Pico, MicroPython's rp2 port): a dispatch through the computed-goto
 * table takes about 20 cycles on the M0+ (no branch predictor, flash through XIP cache); a local load
 * or store adds ~10, a small-int add ~40 (mp_binary_op's fast path), a call to a bytecode function
 * ~800 (frame setup in mp_execute_bytecode), an attribute lookup ~300 (map probe). Figures are of the
 * order measured with pyboard-style timing loops on a Pico (about 0.5-1 million simple bytecodes a
 * second); they model time passing, not exact timing.
 */
export const RP2040: BoardModel = {
  name: "rp2040-125mhz",
  hz: 125_000_000,
  cycles: { "load-store": 30, stack: 25, jump: 30, binary: 60, compare: 55, call: 800, attr: 300, build: 250, iter: 120, other: 100 },
  mix: { "load-store": 0.38, stack: 0.08, jump: 0.12, binary: 0.1, compare: 0.06, call: 0.08, attr: 0.08, build: 0.03, iter: 0.04, other: 0.03 },
  nativeScale: 1,
};

/** ESP32 at 240 MHz (Xtensa LX6): the same families at a little over twice the RP2040's speed. */
export const ESP32: BoardModel = {
  name: "esp32-240mhz",
  hz: 240_000_000,
  cycles: { "load-store": 25, stack: 20, jump: 25, binary: 50, compare: 45, call: 700, attr: 260, build: 220, iter: 100, other: 90 },
  mix: RP2040.mix,
  nativeScale: 0.85,
};

export const BOARD_MODELS: readonly BoardModel[] = [RP2040, ESP32];

/** The model with this name (`mpyc run --board NAME`), or undefined. */
export function boardModel(name: string): BoardModel | undefined {
  return BOARD_MODELS.find((m) => m.name === name);
}

/**
 * Mean length of an instruction in bytes: 1.43 over the compiled bench programs (1,332 instructions
 * in 1,911 bytes); loops lean on the one-byte forms a little more. The interpreter counts bytes of
 * code run, not instructions, so that counting costs nothing per instruction.
 */
export const BYTES_PER_INSTRUCTION = 1.5;

/** The family of an opcode byte (py/bc0.h layout). */
export function familyOf(op: number): OpFamily {
  if (op >= 0xb0 && op < 0xf0) return "load-store"; // LOAD_FAST_MULTI, STORE_FAST_MULTI
  if (op >= 0x70 && op < 0xb0) return "load-store"; // LOAD_CONST_SMALL_INT_MULTI
  if (op >= 0xd7 || (op >= 0xf0 && op <= 0xff)) return "binary"; // UNARY/BINARY_OP_MULTI
  if (op >= 0x10 && op <= 0x1f) return op === 0x13 || op === 0x14 || op === 0x18 ? "attr" : "load-store";
  if (op >= 0x22 && op <= 0x28) return "load-store";
  if (op >= 0x42 && op <= 0x47) return "jump";
  if (op >= 0x50 && op <= 0x5a) return "stack";
  if (op >= 0x34 && op <= 0x37) return "call";
  if (op >= 0x2b && op <= 0x33) return "build";
  if (op >= 0x4b && op <= 0x4f) return "iter";
  if (op >= 0x60 && op <= 0x6f) return "call";
  return "other";
}

/** Cycles of one instruction with opcode byte `op` on `model`. */
export function cyclesOf(model: BoardModel, op: number): number {
  return model.cycles[familyOf(op)];
}

/** Mean cycles of an instruction in the model's typical mix. */
export function meanCycles(model: BoardModel): number {
  let sum = 0;
  for (const f of Object.keys(model.mix) as OpFamily[]) sum += model.mix[f] * model.cycles[f];
  return sum;
}

/**
 * Charges `count` executed instructions to `clock` on `model`, carrying fractions of a microsecond
 * from call to call (the returned state is passed back in). Timers due on the way run.
 */
export class ExecutionClock {
  private carryCycles = 0;
  private readonly perInstruction: number;
  /**
   * `hz`: the clock rate now (machine.freq() may change it); the model's own rate when absent.
   */
  constructor(
    readonly clock: VirtualClock,
    readonly model: BoardModel = RP2040,
    private readonly hz: () => number = () => model.hz,
  ) {
    this.perInstruction = meanCycles(model);
  }

  /** `bytes` of bytecode and `nativeCycles` of native work (RP2040 cycles, scaled to the model) ran since the last call. */
  executed(bytes: number, nativeCycles: number): void {
    this.carryCycles += nativeCycles * this.model.nativeScale;
    this.executedInstructions(bytes / BYTES_PER_INSTRUCTION);
  }

  /** `count` instructions ran since the last call. */
  executedInstructions(count: number): void {
    this.carryCycles += count * this.perInstruction;
    const hz = this.hz();
    const us = Math.floor((this.carryCycles * 1e6) / hz);
    if (us <= 0) return;
    this.carryCycles -= (us * hz) / 1e6;
    this.clock.advance(us);
  }
}
