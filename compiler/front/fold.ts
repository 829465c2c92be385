// Constant folding with MicroPython's arithmetic (py/parse.c fold_constants, py/objint_mpz.c,
// py/objfloat.c): ints are bigints, floats doubles. A fold that would raise (division by zero,
// negative shift) or produce a complex number is refused, leaving the expression for run time.

import type { ConstValue } from "./ast.js";

export type Num = { readonly type: "int"; readonly value: bigint; readonly boxed?: boolean } | { readonly type: "float"; readonly value: number };

/** mpy-cross's own small ints (a 64-bit host): 63 bits. Ints outside are int objects. */
const HOST_SMALL_INT_MIN = -(1n << 62n);
const HOST_SMALL_INT_MAX = (1n << 62n) - 1n;

/** Bigger results than this are not folded, so `2**2**2**2**2**2` cannot stall the compiler. */
const MAX_FOLD_BITS = 1 << 20;

export function asNumber(v: ConstValue): Num | null {
  if (v.type === "int") return v;
  if (v.type === "float") return v;
  return null;
}

function toFloat(n: Num): number {
  return n.type === "float" ? n.value : Number(n.value);
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function pyFloatMod(a: number, b: number): number {
  let m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) m += b;
  else if (m === 0) m = b < 0 ? -0 : 0;
  return m;
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

export function foldBinary(op: string, a: Num, b: Num): Num | null {
  if (a.type === "int" && b.type === "int") {
    const x = a.value;
    const y = b.value;
    switch (op) {
      case "|": return { type: "int", value: x | y };
      case "^": return { type: "int", value: x ^ y };
      case "&": return { type: "int", value: x & y };
      case "<<":
        if (y < 0n) return null;
        if (x !== 0n && bitLength(x) + Number(y) > MAX_FOLD_BITS) return null;
        return { type: "int", value: x << y };
      case ">>":
        if (y < 0n) return null;
        return { type: "int", value: y > 100000n ? (x < 0n ? -1n : 0n) : x >> y };
      case "+": return { type: "int", value: x + y };
      case "-": return { type: "int", value: x - y };
      case "*":
        if (bitLength(x) + bitLength(y) > MAX_FOLD_BITS) return null;
        return { type: "int", value: x * y };
      case "//": return y === 0n ? null : { type: "int", value: floorDivBig(x, y) };
      case "%": {
        if (y === 0n) return null;
        return { type: "int", value: x - floorDivBig(x, y) * y };
      }
      case "/": return y === 0n ? null : { type: "float", value: Number(x) / Number(y) };
      case "**": {
        if (y < 0n) {
          if (x === 0n) return null;
          return { type: "float", value: Math.pow(Number(x), Number(y)) };
        }
        if (x === 0n || x === 1n || x === -1n) return { type: "int", value: x ** y };
        if (Number(y) * bitLength(x) > MAX_FOLD_BITS) return null;
        return { type: "int", value: x ** y };
      }
      default: return null;
    }
  }
  if (op === "|" || op === "^" || op === "&" || op === "<<" || op === ">>") return null;
  const x = toFloat(a);
  const y = toFloat(b);
  switch (op) {
    case "+": return { type: "float", value: x + y };
    case "-": return { type: "float", value: x - y };
    case "*": return { type: "float", value: x * y };
    case "/": return y === 0 ? null : { type: "float", value: x / y };
    case "//": return y === 0 ? null : { type: "float", value: Math.floor(x / y) };
    case "%": return y === 0 ? null : { type: "float", value: pyFloatMod(x, y) };
    case "**": {
      if (x === 0 && y < 0) return null;
      if (x < 0 && !Number.isInteger(y)) return null; // complex result: not folded
      return { type: "float", value: Math.pow(x, y) };
    }
    default: return null;
  }
}

/**
 * Binary operations give a small int whenever the result fits one, but `-` and `~` of an int
 * object give an int object (py/objint_mpz.c mp_obj_int_unary_op): -(2**62) stays an object
 * although it fits 63 bits, which matters at -msmall-int-bits=63.
 */
export function foldUnary(op: string, a: Num): Num | null {
  if (op === "+") return a;
  if (a.type === "int" && (op === "-" || op === "~")) {
    const value = op === "-" ? -a.value : ~a.value;
    const boxed = a.boxed || a.value < HOST_SMALL_INT_MIN || a.value > HOST_SMALL_INT_MAX;
    return boxed ? { type: "int", value, boxed } : { type: "int", value };
  }
  if (op === "-") return a.type === "float" ? { type: "float", value: -a.value } : null;
  return null;
}

/** Truthiness of a constant, as mp_obj_is_true would give it. */
export function constTruth(v: ConstValue): boolean {
  switch (v.type) {
    case "none": return false;
    case "bool": return v.value;
    case "ellipsis": return true;
    case "int": return v.value !== 0n;
    case "float": return v.value !== 0;
    case "complex": return v.imag !== 0;
    case "str": return v.value.length > 0;
    case "bytes": return v.value.length > 0;
    case "tuple": return v.items.length > 0;
  }
}
