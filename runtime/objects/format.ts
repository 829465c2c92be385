// Text formatting: printf-style `%` on str and bytes, format specs (format(), f-strings through
// str.format) and str.format's field syntax, after py/objstr.c.

import { decimalExp, fromDouble, LD_ONE, parseFloatLiteral, roundHalfUp, toDouble } from "../../bytecode/longdouble.js";
import { INDEX_ERROR, KEY_ERROR, NOT_IMPLEMENTED_ERROR, OVERFLOW_ERROR, pyErr, qstrName, typeError, valueError } from "./exceptions.js";
import { PyDict } from "./hashtable.js";
import { callValue, lookupSpecial } from "./call.js";
import { asFloat, asInt } from "./ops.js";
import { repr, str, typeName } from "./repr.js";
import { chargeStr } from "../memory/charge.js";
import { PyBytes, PyComplex, PyFloat, PyInstance, PyTuple, typeOf, type Value, type KwArgs } from "./value.js";
import { latin1 } from "../lib/spread.js";

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  comma: string;
  precision: number;
  type: string;
}

function parseSpec(s: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(s);
  if (!m) throw valueError("invalid format specifier");
  return {
    fill: m[1] ?? "",
    align: m[2] ?? "",
    sign: m[3] ?? "-",
    alt: !!m[4],
    zero: !!m[5],
    width: m[6] ? Number(m[6]) : 0,
    comma: m[7] ?? "",
    precision: m[8] !== undefined ? Number(m[8]) : -1,
    type: m[9] ?? "",
  };
}

function pad(body: string, sign: string, spec: Spec, defaultAlign: string): string {
  const total = sign.length + [...body].length;
  if (spec.width <= total) return sign + body;
  // The 0 flag fills with zeros: after the sign for numbers, on the right for text.
  const fill = spec.fill || (spec.zero ? "0" : " ");
  const align = spec.align || (spec.zero && defaultAlign === ">" ? "=" : defaultAlign);
  const n = spec.width - total;
  switch (align) {
    case "<":
      return sign + body + fill.repeat(n);
    case "^":
      return fill.repeat(n >> 1) + sign + body + fill.repeat(n - (n >> 1));
    case "=":
      return sign + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + sign + body;
  }
}

// ---- floats: py/formatfloat.c (MICROPY_FLOAT_FORMAT_IMPL_EXACT, scaling in long double) ----

const MAX_MANTISSA_DIGITS = 19;
const SAFE_MANTISSA_DIGITS = 16;
const FPMIN_BUF_SIZE = 7;
/** mp_print_float's buffer (36 bytes) less the three it keeps for ".0" and "%". */
const PRINT_BUF_SIZE = 33;
/** The `prec` that asks for repr's shortest round-tripping digits. */
export const REPR_PREC = 99;

type Mode = "e" | "f" | "g";

/**
 * mp_format_float: `f` in mode e, f or g (upper case gives E/INF/NAN) with `prec`, into a buffer of
 * bufSize bytes whose limits cap the digits; `sign` ('+', ' ' or '') is written for non-negatives.
 * Digits are searched from 16 up to the requested count, stopping at the first text that reads back.
 */
export function mpFormatFloat(value: number, fmt: string, prec: number, sign = "", bufSize = PRINT_BUF_SIZE): string {
  let f = value;
  if (f < 0 || Object.is(f, -0)) {
    f = -f;
    sign = "-";
  }
  if (sign) bufSize--;
  const upper = fmt >= "A" && fmt <= "Z";
  if (!Number.isFinite(f)) {
    const t = Number.isNaN(f) ? "nan" : "inf";
    return sign + (upper ? t.toUpperCase() : t);
  }
  const lo = fmt.toLowerCase();
  let mode: Mode = lo === "f" ? "f" : lo === "g" ? "g" : "e";
  if (prec < 0) prec = 6;
  let maxExpZeros = Math.min(prec, bufSize - 3);
  if (prec === REPR_PREC) {
    prec = MAX_MANTISSA_DIGITS;
    maxExpZeros = 16;
  }
  const e = f === 0 ? 0 : decimalExponent(f);
  if (mode === "f" && e > 0 && e + prec + 2 > bufSize) {
    mode = "g";
    prec++;
  }
  let maxDigits = prec;
  let leadZeros = 0;
  let trailZeros = 0;
  if (mode === "f") {
    maxDigits = Math.min(maxDigits, bufSize - 3);
    if (e < 0) {
      if (maxDigits > 2 && e < -2) {
        leadZeros = Math.min(-e, maxDigits) - 2;
        maxDigits -= leadZeros;
      } else maxDigits++;
    } else maxDigits += e + 1;
  } else if (mode !== "g" || maxDigits === 0) maxDigits++;
  if (maxDigits > MAX_MANTISSA_DIGITS) {
    trailZeros = maxDigits - MAX_MANTISSA_DIGITS;
    maxDigits = MAX_MANTISSA_DIGITS;
  }
  const overhead = mode === "f" ? 3 : FPMIN_BUF_SIZE + 1;
  trailZeros = Math.min(trailZeros, bufSize - maxDigits - overhead);
  const exact = fromDouble(f);
  for (let numDigits = Math.min(SAFE_MANTISSA_DIGITS, maxDigits); ; numDigits++) {
    let prefix = "";
    let decexp: number;
    let dec = 0;
    if (f === 0) decexp = 0;
    else if (mode === "f") {
      decexp = numDigits - 1;
      if (e < 0) {
        if (leadZeros > 0) {
          prefix = "0." + "0".repeat(leadZeros);
          decexp += leadZeros + 1;
          dec = 255;
        }
      } else {
        decexp -= e;
        dec = e;
      }
    } else decexp = numDigits - e - 1;
    const mantissa = roundHalfUp(decimalExp(exact, decexp));
    const layout = { mode, upper, numDigits, maxExpZeros, trailingZeros: trailZeros + (maxDigits - numDigits), dec, e };
    const text = prefix + formatMantissa(mantissa, layout);
    if (numDigits >= maxDigits || parseFloatLiteral(text) === f) return sign + text;
  }
}

/** The exact decimal exponent of a positive finite f, found as formatfloat.c finds it. */
function decimalExponent(f: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, f);
  const expval = Number((view.getBigUint64(0) >> 52n) & 0x7ffn) - 1023;
  const positive = f >= 1;
  let e = Math.trunc(expval * 0.3010299956639812);
  const base = (k: number) => toDouble(decimalExp(LD_ONE, k + (positive ? 1 : 0)));
  while (f >= base(e) === positive) e += positive ? 1 : -1;
  return e;
}

interface MantissaLayout {
  mode: Mode;
  upper: boolean;
  numDigits: number;
  maxExpZeros: number;
  trailingZeros: number;
  dec: number;
  e: number;
}

/** mp_format_mantissa: the decimal mantissa laid out with its point, zeros and exponent. */
function formatMantissa(mantissa: bigint, l: MantissaLayout): string {
  let { numDigits, trailingZeros, dec, e } = l;
  let out = "";
  // Rounding may have carried into an extra digit.
  if (mantissa !== 0n && mantissa >= 10n ** BigInt(numDigits)) {
    if (l.mode === "f") {
      numDigits++;
      dec++;
    } else {
      mantissa /= 10n;
      e++;
    }
  }
  // 'g' writes small exponents out as zeros.
  if (l.mode === "g" && e !== 0) {
    if (e > 0) {
      if (e < l.maxExpZeros) {
        dec += e;
        if (dec >= numDigits) trailingZeros = dec - (numDigits - 1);
        e = 0;
      }
    } else if (e >= -4) {
      let cnt = 0;
      while (e < 0 && mantissa % 10n === 0n) {
        mantissa /= 10n;
        cnt++;
        e++;
      }
      numDigits -= cnt;
      out += "0." + "0".repeat(Math.max(0, cnt - e - 1));
      dec = 255;
      e = 0;
    }
  }
  const digits = (mantissa % 10n ** BigInt(Math.max(numDigits, 0))).toString().padStart(numDigits, "0");
  let dot = dec >= 255;
  if (dec + 1 < numDigits) {
    dot = true;
    out += digits.slice(0, dec + 1) + "." + digits.slice(dec + 1);
  } else out += digits;
  if (trailingZeros > 0) {
    dec -= numDigits - 1;
    for (; trailingZeros > 0; trailingZeros--) {
      if (dec-- === 0) {
        out += ".";
        dot = true;
      }
      out += "0";
    }
  }
  if (l.mode === "g" && dot) out = out.replace(/0+$/, "").replace(/\.$/, "");
  if ((e !== 0 || l.mode === "e") && l.mode !== "f") {
    const a = Math.abs(e);
    out += (l.upper ? "E" : "e") + (e >= 0 ? "+" : "-") + (a >= 100 ? String(a) : String(a).padStart(2, "0"));
  }
  return out;
}

/** Padding as mp_print_strn does it; a '0' fill with a separator repeats "000," from the right edge. */
function printStrn(text: string, align: string, fill: string, width: number, sep = ""): string {
  const n = width - [...text].length;
  if (n <= 0) return text;
  let padOf = (k: number) => fill.repeat(k);
  if (fill === "0" && sep) {
    const size = sep === "_" ? 5 : 4;
    let w = width;
    let extra = 0;
    if (w % size === 0) {
      extra = 1;
      w++;
    }
    const cycle = "0".repeat(size - 1) + sep;
    const start = (size - 1 - (w % size) + size) % size;
    const chunk = (cycle + cycle).slice(start, start + size);
    padOf = (k: number) => chunk.repeat(Math.ceil((k + extra) / size)).slice(0, k + extra);
  }
  if (align === "^") return padOf(n >> 1) + text + padOf(n - (n >> 1));
  if (align === "<") return text + padOf(n);
  return padOf(n) + text;
}

/**
 * mp_print_float: the number, padded; '=' alignment (or printf's '0' flag, which may come with '-')
 * writes the sign before the padding.
 */
function printFloat(v: number, fmt: string, sign: string, align: string, fill: string, width: number, prec: number, sep = "", percent = false, padAfterSign = align === "="): string {
  let text = mpFormatFloat(percent ? v * 100 : v, fmt, prec, sign);
  if (percent) text += "%";
  const adjust = align === "=" ? ">" : align;
  if (padAfterSign && text[0]! < "0") return text[0] + printStrn(text.slice(1), adjust, fill, width - 1, sep);
  return printStrn(text, adjust, fill, width, sep);
}

function groupBy(digits: string, sep: string, size: number): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % size === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function formatInt(n: number | bigint, spec: Spec, minDigits = -1): string {
  const neg = n < 0;
  const mag = neg ? -BigInt(n) : BigInt(n);
  let body: string;
  let prefix = "";
  switch (spec.type) {
    case "b":
      body = mag.toString(2);
      prefix = spec.alt ? "0b" : "";
      break;
    case "o":
      body = mag.toString(8);
      prefix = spec.alt ? "0o" : "";
      break;
    case "x":
      body = mag.toString(16);
      prefix = spec.alt ? "0x" : "";
      break;
    case "X":
      body = mag.toString(16).toUpperCase();
      prefix = spec.alt ? "0X" : "";
      break;
    case "c":
      return pad(String.fromCodePoint(Number(n)), "", spec, ">");
    case "":
    case "d":
    case "n":
      body = mag.toString();
      break;
    default:
      return formatFloatSpec(Number(n), spec);
  }
  if (minDigits > body.length) body = body.padStart(minDigits, "0");
  const sign = neg ? "-" : spec.sign === "-" ? "" : spec.sign;
  if (spec.comma) {
    const size = "xXob".includes(spec.type) && spec.type ? 4 : 3;
    if (spec.zero && !spec.align && !spec.fill) {
      // Zero padding counts the separators, as CPython and MicroPython do.
      const room = spec.width - sign.length - prefix.length;
      while (groupBy(body, spec.comma, size).length < room) body = "0" + body;
    }
    body = groupBy(body, spec.comma, size);
  }
  return pad(body, sign + prefix, spec, ">");
}

function formatFloatSpec(v: number, spec: Spec, typeOwner = "float"): string {
  let type = spec.type || "g";
  if (type === "n") type = "g";
  if (!"eEfFgG%".includes(type)) throw valueError(`unknown format code '${type}' for object of type '${typeOwner}'`);
  // A '0' before the width pads with zeros after the sign unless an alignment was given.
  const fill = spec.fill || (spec.zero ? "0" : " ");
  const align = spec.align || (spec.zero ? "=" : ">");
  const sign = spec.sign === "-" ? "" : spec.sign;
  return printFloat(v, type === "%" ? "f" : type, sign, align, fill, spec.width, spec.precision, spec.comma, type === "%");
}

/** The value's text under a format spec, as str.format gives it (py/objstr.c format_helper). */
export function formatValue(v: Value, specText: string): string {
  if (typeOf(v).isUser && v instanceof PyInstance) {
    const m = lookupSpecial(v, "__format__");
    if (m !== undefined) return str(callValue(m, [specText], null));
  }
  if (specText === "") return str(v);
  const spec = parseSpec(specText);
  if (spec.sign !== "-") {
    if (spec.type === "s") throw valueError("sign not allowed in string format specifier");
    if (spec.type === "c") throw valueError("sign not allowed with integer format specifier 'c'");
  }
  const i = asInt(v);
  if (i !== null) {
    if (!"bcdnoxXeEfFgG%".includes(spec.type)) throw valueError(`unknown format code '${spec.type}' for object of type '${typeName(v)}'`);
    return "eEfFgG%".includes(spec.type) && spec.type ? formatFloatSpec(Number(i), spec, typeName(v)) : formatInt(i, spec);
  }
  if (v instanceof PyFloat) return formatFloatSpec(v.v, spec);
  if (spec.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  if (spec.type && spec.type !== "s") throw valueError(`unknown format code '${spec.type}' for object of type '${typeName(v)}'`);
  let s = str(v);
  if (spec.precision >= 0) s = [...s].slice(0, spec.precision).join("");
  return pad(s, "", spec, "<");
}

/** str.format(*args, **kwargs). */
export function strFormat(fmt: string, args: Value[], kw: KwArgs | null, counter = { auto: 0 }): string {
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw valueError("single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // Find the matching close brace, allowing nested fields in the spec.
    let depth = 1;
    let j = i + 1;
    while (j < fmt.length && depth > 0) {
      if (fmt[j] === "{") depth++;
      else if (fmt[j] === "}") depth--;
      if (depth > 0) j++;
    }
    if (j >= fmt.length) throw valueError("expected ':' after format specifier");
    const field = fmt.slice(i + 1, j);
    i = j + 1;
    let name = field;
    let conv = "";
    let spec = "";
    const colon = indexOutsideBrackets(field, ":");
    if (colon >= 0) {
      spec = field.slice(colon + 1);
      name = field.slice(0, colon);
    }
    const bang = name.indexOf("!");
    if (bang >= 0) {
      conv = name.slice(bang + 1);
      name = name.slice(0, bang);
    }
    // A field is an index (leading digits) or a keyword name (up to '.' or '['); anything after
    // it would be an attribute or item lookup, which MicroPython does not support.
    const m = /^\d/.test(name) ? /^(\d+)(.*)$/s.exec(name)! : /^([^.[]*)(.*)$/s.exec(name)!;
    let v: Value;
    const head = m[1]!;
    if (head === "") {
      if (counter.auto < 0) throw valueError("can't switch from manual field specification to automatic field numbering");
      if (counter.auto >= args.length) throw pyErr(INDEX_ERROR, "tuple index out of range");
      v = args[counter.auto++];
    } else if (/^\d/.test(head)) {
      if (counter.auto > 0) throw valueError("can't switch from automatic field numbering to manual field specification");
      counter.auto = -1;
      const k = Number(head);
      if (k >= args.length) throw pyErr(INDEX_ERROR, "tuple index out of range");
      v = args[k];
    } else {
      // The name is interned to look it up (mp_obj_new_str_via_qstr).
      const key = qstrName(head);
      const hit = kw?.find(([k]) => k === key);
      if (!hit) throw pyErr(KEY_ERROR, head);
      v = hit[1];
    }
    if (m[2]) throw pyErr(NOT_IMPLEMENTED_ERROR, "attributes not supported");
    if (spec.includes("{")) spec = strFormat(spec, args, kw, counter);
    if (conv === "r") v = repr(v);
    else if (conv === "s" || (conv === "" && spec === "")) v = str(v);
    else if (conv) throw valueError("bad conversion specifier");
    // A conversion (`{}` and `{:}` are `{!s}`) prints the argument into a vstr of its own and
    // makes a str of it (py/objstr.c mp_obj_str_format_helper), garbage once copied out.
    if (conv !== "" || spec === "") chargeStr(v as string);
    out += formatValue(v, spec);
  }
  return out;
}

function indexOutsideBrackets(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]") depth--;
    else if (s[i] === ch && depth === 0) return i;
  }
  return -1;
}

/** printf-style `fmt % arg` (py/objstr.c str_modulo_format); bytes patterns pass isBytes. */
export function percentFormat(fmt: string, argIn: Value, isBytes = false): string {
  // A tuple subclass (a namedtuple, say) supplies its items like a tuple.
  const arg = argIn instanceof PyInstance && argIn.base instanceof PyTuple ? argIn.base : argIn;
  const dict = arg instanceof PyDict ? arg : null;
  const args = arg instanceof PyTuple ? arg.items : [arg];
  let argI = 0;
  let out = "";
  const nextArg = (): Value => {
    if (argI >= args.length) throw typeError("format string needs more arguments");
    return args[argI++];
  };
  const number = (start: number): [number, number] => {
    let j = start;
    let n = 0;
    while (j < fmt.length && fmt[j]! >= "0" && fmt[j]! <= "9") n = n * 10 + fmt.charCodeAt(j++) - 48;
    return [n, j];
  };
  // In a bytes pattern, str text goes in as its UTF-8 bytes.
  const text = (t: string) => (isBytes ? latin1(new TextEncoder().encode(t)) : t);
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") {
      out += fmt[i];
      continue;
    }
    if (++i >= fmt.length) throw valueError("incomplete format");
    if (fmt[i] === "%") {
      out += "%";
      continue;
    }
    let v: Value | undefined;
    if (fmt[i] === "(") {
      if (!dict) throw typeError("format needs a dict");
      argI = 1;
      const close = fmt.indexOf(")", i + 1);
      if (close < 0) throw valueError("incomplete format key");
      const key = qstrName(fmt.slice(i + 1, close));
      v = dict.table.get(key);
      if (v === undefined) throw pyErr(KEY_ERROR, key);
      i = close + 1;
    }
    let left = false;
    let sign = "";
    let alt = false;
    let zero = false;
    for (; i < fmt.length; i++) {
      const c = fmt[i];
      if (c === "-") left = true;
      else if (c === "+") sign = "+";
      else if (c === " ") sign ||= " ";
      else if (c === "#") alt = true;
      else if (c === "0") zero = true;
      else break;
    }
    let width = 0;
    if (fmt[i] === "*") {
      width = Number(intOf(nextArg()));
      i++;
    } else [width, i] = number(i);
    let prec = -1;
    if (fmt[i] === "." && ++i < fmt.length) {
      if (fmt[i] === "*") {
        prec = Number(intOf(nextArg()));
        i++;
      } else [prec, i] = number(i);
    }
    if (i >= fmt.length) throw valueError("incomplete format");
    if (v === undefined) v = nextArg();
    const t = fmt[i]!;
    const intSpec = (type: string): Spec => ({ fill: "", align: left ? "<" : "", sign: sign || "-", alt, zero: zero && !left, width, comma: "", precision: prec, type });
    switch (t) {
      case "c": {
        let ch: string;
        if (typeof v === "string") {
          if ([...v].length !== 1) throw typeError("%c needs int or char");
          ch = text(v);
        } else {
          const n = asInt(v);
          if (n === null) throw typeError("integer needed");
          ch = String.fromCharCode(Number(BigInt.asUintN(8, BigInt(n))));
        }
        out += printStrn(ch, left ? "<" : ">", " ", width);
        break;
      }
      case "d":
      case "i":
      case "u":
        out += formatInt(v instanceof PyFloat ? intFromFloat(v.v) : intOf(v), intSpec("d"), prec);
        break;
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G":
        out += printFloat(floatOf(v), t, sign, left ? "<" : ">", zero ? "0" : " ", width, prec, "", false, zero);
        break;
      case "o":
      case "x":
      case "X":
        out += formatInt(intOf(v), intSpec(t), prec);
        break;
      case "r":
      case "s": {
        let s = t === "s" && isBytes && v instanceof PyBytes ? latin1(v.b) : text(t === "s" ? str(v) : repr(v));
        if (prec >= 0) s = s.slice(0, prec);
        out += printStrn(s, left ? "<" : ">", " ", width);
        break;
      }
      default:
        throw valueError(`unsupported format character '${t}' (0x${t.charCodeAt(0).toString(16)}) at index ${i}`);
    }
  }
  if (!dict && argI !== args.length) throw typeError("format string didn't convert all arguments");
  return out;
}

export function bytesPercent(fmt: PyBytes, arg: Value): PyBytes {
  const text = percentFormat(latin1(fmt.b), arg, true);
  return new PyBytes(Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff));
}

// ---- numbers from objects (py/obj.c mp_obj_get_int, _float, _complex) ----

/** An int, a bool or an object whose __int__ gives an int. */
export function intOf(v: Value): number | bigint {
  const i = asInt(v);
  if (i !== null) return i;
  if (typeOf(v).isUser) {
    const m = lookupSpecial(v, "__int__");
    if (m !== undefined && m !== null) {
      const r = asInt(callValue(m, [], null));
      if (r === null) throw typeError("");
      return r;
    }
  }
  throw typeError(`can't convert ${typeName(v)} to int`);
}

/** int(f) for a float: nan and inf are errors. */
function intFromFloat(f: number): number | bigint {
  if (Number.isNaN(f)) throw valueError("can't convert NaN to int");
  if (!Number.isFinite(f)) throw pyErr(OVERFLOW_ERROR, "can't convert inf to int");
  const t = Math.trunc(f) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** mp_obj_get_float_maybe: ints, bools, floats, and objects whose __float__ gives a float. */
export function floatOfMaybe(v: Value): number | null {
  const f = asFloat(v);
  if (f !== null) return f;
  if (typeOf(v).isUser) {
    const m = lookupSpecial(v, "__float__");
    if (m !== undefined && m !== null) {
      const r = callValue(m, [], null);
      if (r instanceof PyFloat) return r.v;
    }
  }
  return null;
}

export function floatOf(v: Value): number {
  const f = floatOfMaybe(v);
  if (f === null) throw typeError(`can't convert ${typeName(v)} to float`);
  return f;
}

/** mp_obj_get_complex: a number, a complex, or an object whose __float__ or __complex__ gives one. */
export function complexOf(v: Value): [number, number] {
  const f = floatOfMaybe(v);
  if (f !== null) return [f, 0];
  if (v instanceof PyComplex) return [v.re, v.im];
  if (typeOf(v).isUser) {
    const m = lookupSpecial(v, "__complex__");
    if (m !== undefined && m !== null) {
      const r = callValue(m, [], null);
      if (r instanceof PyComplex) return [r.re, r.im];
    }
  }
  throw typeError(`can't convert ${typeName(v)} to complex`);
}

// ---- number text (py/parsenum.c mp_parse_num_decimal) ----

/** One decimal part at `i`: sign, inf/infinity/nan or digits, and an optional j when imaginary parts are allowed. */
function scanDecimal(s: string, i: number, allowImag: boolean): { value: number; end: number; imag: boolean } | null {
  while (i < s.length && isSpace(s[i]!)) i++;
  let neg = false;
  if (s[i] === "+" || s[i] === "-") neg = s[i++] === "-";
  const start = i;
  let value: number;
  const word = s.slice(i, i + 8).toLowerCase();
  // parsenum.c only takes a word when a character follows its third letter or the text ends there.
  if (word.startsWith("inf") && i + 2 < s.length) {
    value = Infinity;
    i += word.startsWith("infinity") && i + 7 < s.length ? 8 : 3;
  } else if (word.startsWith("nan") && i + 2 < s.length) {
    value = NaN;
    i += 3;
  } else {
    let j = i;
    let state: "intg" | "frac" | "exp" = "intg";
    for (; j < s.length; j++) {
      const c = s[j]!;
      if (c >= "0" && c <= "9") continue;
      if (state === "intg" && c === ".") state = "frac";
      else if (state !== "exp" && (c === "e" || c === "E")) {
        state = "exp";
        if (s[j + 1] === "+" || s[j + 1] === "-") j++;
        if (j + 1 >= s.length) return null;
      } else if (c !== "_") break;
    }
    const digits = s.slice(i, j);
    value = /\d/.test(digits) ? parseFloatLiteral(digits.replace(/[eE][+-]?$/, "")) : 0;
    i = j;
  }
  let imag = false;
  if (allowImag && (s[i] === "j" || s[i] === "J")) {
    if (i === start) value = 1;
    i++;
    imag = true;
  }
  if (i === start) return null;
  return { value: neg ? -value : value, end: i, imag };
}

const isSpace = (c: string) => c === " " || (c >= "\t" && c <= "\r");

const badNumber = () => valueError("invalid syntax for number");

/** float(text) as MicroPython parses it (scaling in long double, so 1e126 is not JS's 1e126). */
export function parseFloatText(text: string): number {
  const r = scanDecimal(text, 0, false);
  let i = r ? r.end : 0;
  while (i < text.length && isSpace(text[i]!)) i++;
  if (!r || i !== text.length) throw badNumber();
  return r.value;
}

/** complex(text): a real part, an imaginary part ending in j, or a real part followed by one. */
export function parseComplexText(text: string): [number, number] {
  const skip = (i: number) => {
    while (i < text.length && isSpace(text[i]!)) i++;
    return i;
  };
  const first = scanDecimal(text, 0, true);
  if (!first) throw badNumber();
  let i = skip(first.end);
  if (i === text.length) return first.imag ? [0, first.value] : [first.value, 0];
  if (first.imag) throw badNumber();
  const second = scanDecimal(text, i, true);
  if (!second || !second.imag) throw badNumber();
  i = skip(second.end);
  if (i !== text.length) throw badNumber();
  return [first.value, second.value];
}
