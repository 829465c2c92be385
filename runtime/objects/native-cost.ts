// Virtual time for work the runtime does natively (in JavaScript, where the board would run C):
// sorting, long-int arithmetic and conversion, str/bytes methods, sequence copies, json. Each
// operation charges cycles in proportion to its size; the interpreter's poll hands them to the
// board's clock with the bytecode it counted (board/cycles.ts), so a program that spends its time
// in a large sort passes time as one running bytecode does. Corresponds to the C loops of
// py/objlist.c, py/mpz.c, py/objstr.c, py/objarray.c and extmod/modjson.c on the board.

import { objectState } from "./run-state.js";

/**
 * Cycles per unit of native work on the RP2040 model (Cortex-M0+, code in flash through the XIP
 * cache, MicroPython's C as the rp2 port builds it); other boards scale them (BoardModel.nativeScale).
 * Orders of magnitude from the loops' instruction counts, as the opcode table is: plausible time,
 * not exact timing. A long int has 16-bit digits (MPZ_DIG_SIZE on 32-bit ports).
 */
export const NATIVE_CYCLES = {
  /** One comparison of list.sort / sorted: mp_binary_op(LESS) from mp_quicksort's loop (a key function's calls run as bytecode). */
  sortCompare: 120,
  /** Per digit of a long-int result of a linear loop: add, subtract, and/or/xor, shifts (mpn_add & co). */
  bigDigit: 10,
  /** Per pair of digits multiplied (mpz_mul's schoolbook inner loop, umull emulated on the M0+). */
  bigMulPair: 14,
  /** Per pair of digits of a long division (mpz_divmod_inpl's inner loop: a multiply and a subtract). */
  bigDivPair: 28,
  /** Per output character times long-int digit of str(int): mpz_as_str divides by the base once per character. */
  bigTextPair: 8,
  /** Per input character times long-int digit of int(str): mpz_set_from_str multiplies by the base per character. */
  bigParsePair: 8,
  /** Per byte (or character) a str/bytes method reads: scanning, comparing, case mapping (objstr.c loops). */
  textRead: 8,
  /** Per byte of the new str/bytes a method or an operation writes (vstr appends, memcpy). */
  textWrite: 4,
  /** Per word-sized item a sequence operation copies or fills (list/tuple repetition, bytes(n)). */
  itemCopy: 4,
  /** Per item a linear search compares (list.index, count, remove, `in` on a list or tuple). */
  itemCompare: 60,
  /** Per byte of JSON text printed or parsed (modjson.c's printer and lexer; the objects made are charged as allocations). */
  jsonByte: 40,
} as const;

/** Charges `cycles` of native work to the running program's clock. Cheap: one addition. */
export function chargeNative(cycles: number): void {
  objectState.nativeCycles += cycles;
}

/** 16-bit digits of an int's magnitude, for the long-int costs: a word's worth for a small one. */
export function digitsOfBits(bits: number): number {
  return bits <= 32 ? 2 : Math.ceil(bits / 16);
}
