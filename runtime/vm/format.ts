// Text formatting: printf-style `%` on str and bytes, format specs (format(), f-strings through
// str.format) and str.format's field syntax, after py/objstr.c.

import { floatRepr } from "../../bytecode/floatrepr.js";
import { KEY_ERROR, pyErr, typeError, valueError, INDEX_ERROR } from "./exceptions.js";
import { PyDict } from "./hashtable.js";
import { getAttr, callValue, lookupSpecial } from "./interp.js";
import { asFloat, asInt } from "./ops.js";
import { repr, str, typeName } from "./repr.js";
import { subscr } from "./subscr.js";
import { PyBytes, PyFloat, PyInstance, PyTuple, typeOf, type Value, type KwArgs } from "./value.js";

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

function groupDigits(digits: string, sep: string): string {
  if (!sep) return digits;
  const [int, frac] = digits.split(".") as [string, string | undefined];
  const out = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac === undefined ? out : `${out}.${frac}`;
}

/** Fixed, exponent and general float forms with C printf's rules. */
export function formatFloat(v: number, type: string, precision: number, alt = false): string {
  if (!Number.isFinite(v)) {
    const t = Number.isNaN(v) ? "nan" : "inf";
    return type === type.toUpperCase() && type !== "%" ? t.toUpperCase() : t;
  }
  const p = precision < 0 ? 6 : precision;
  // py/formatfloat.c writes into a 33-byte buffer: an 'f' result that would not fit becomes 'g'.
  if ((type === "f" || type === "F") && v !== 0) {
    const e = Math.floor(Math.log10(Math.abs(v)));
    if (e > 0 && e + p + 2 > 33) return formatFloat(v, type === "f" ? "g" : "G", p + 1, alt);
  }
  switch (type) {
    case "f":
    case "F":
      // toFixed switches to an exponent from 1e21; the double's exact digits are wanted instead.
      if (Math.abs(v) >= 1e21) return (v < 0 ? "-" : "") + BigInt(Math.abs(v)).toString() + (p > 0 ? "." + "0".repeat(p) : "");
      return v.toFixed(p);
    case "%":
      return (v * 100).toFixed(p) + "%";
    case "e":
    case "E": {
      const s = v.toExponential(p).replace(/e([+-])(\d)$/, "e$10$2");
      return type === "E" ? s.toUpperCase() : s;
    }
    case "g":
    case "G": {
      const P = p === 0 ? 1 : p;
      if (v === 0) return alt ? (0).toFixed(P - 1) : "0";
      const exp = Math.floor(Math.log10(Math.abs(Number(v.toExponential(P - 1)))));
      let s: string;
      if (exp < -4 || exp >= P) {
        s = v.toExponential(P - 1);
        if (!alt) s = s.replace(/\.?0+e/, "e");
        s = s.replace(/e([+-])(\d)$/, "e$10$2");
      } else {
        s = v.toFixed(Math.max(0, P - 1 - exp));
        if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
      }
      return type === "G" ? s.toUpperCase() : s;
    }
    default:
      return floatRepr(v);
  }
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

function formatFloatSpec(v: number, spec: Spec): string {
  const type = spec.type || "g";
  let body: string;
  if (!spec.type) {
    body = spec.precision < 0 ? floatRepr(Math.abs(v)) : formatFloat(Math.abs(v), "g", spec.precision);
    if (spec.precision >= 0 && /^[\d]+$/.test(body)) body = body; // general form keeps no trailing ".0"
  } else body = formatFloat(Math.abs(v), type, spec.precision, spec.alt);
  body = groupDigits(body, spec.comma);
  const negative = v < 0 || Object.is(v, -0);
  const sign = negative ? "-" : spec.sign === "-" ? "" : spec.sign;
  return pad(body, sign, spec, ">");
}

/** format(value, spec): the built-in types' __format__. */
export function formatValue(v: Value, specText: string): string {
  if (typeOf(v).isUser && v instanceof PyInstance) {
    const m = lookupSpecial(v, "__format__");
    if (m !== undefined) return str(callValue(m, [specText], null));
  }
  if (specText === "") return str(v);
  const spec = parseSpec(specText);
  const i = asInt(v);
  if (i !== null) return formatInt(i, spec);
  if (v instanceof PyFloat) {
    if ("bBoxXcd".includes(spec.type) && spec.type) throw valueError(`unknown format code '${spec.type}' for object of type 'float'`);
    return formatFloatSpec(v.v, spec);
  }
  let s = str(v);
  if (spec.type && spec.type !== "s") throw valueError(`unknown format code '${spec.type}' for object of type '${typeName(v)}'`);
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
    const m = /^([^.[]*)(.*)$/s.exec(name)!;
    let v: Value;
    const head = m[1]!;
    if (head === "") {
      if (counter.auto < 0) throw valueError("can't switch from manual field specification to automatic field numbering");
      if (counter.auto >= args.length) throw pyErr(INDEX_ERROR, "tuple index out of range");
      v = args[counter.auto++];
    } else if (/^\d+$/.test(head)) {
      if (counter.auto > 0) throw valueError("can't switch from automatic field numbering to manual field specification");
      counter.auto = -1;
      const k = Number(head);
      if (k >= args.length) throw pyErr(INDEX_ERROR, "tuple index out of range");
      v = args[k];
    } else {
      const hit = kw?.find(([k]) => k === head);
      if (!hit) throw pyErr(KEY_ERROR, head);
      v = hit[1];
    }
    let rest = m[2]!;
    while (rest) {
      const a = /^\.(\w+)/.exec(rest);
      if (a) {
        v = getAttr(v, a[1]!);
        rest = rest.slice(a[0].length);
        continue;
      }
      const b = /^\[([^\]]*)\]/.exec(rest);
      if (!b) throw valueError("invalid format string");
      const key = b[1]!;
      v = subscr(v, /^\d+$/.test(key) ? Number(key) : key);
      rest = rest.slice(b[0].length);
    }
    if (spec.includes("{")) spec = strFormat(spec, args, kw, counter);
    if (conv === "r") v = repr(v);
    else if (conv === "s") v = str(v);
    else if (conv) throw valueError("bad conversion specifier");
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

/** printf-style `fmt % args` for str. */
export function percentFormat(fmt: string, arg: Value): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const dict = arg instanceof PyDict ? arg : null;
  let k = 0;
  let out = "";
  const next = (): Value => {
    if (k >= args.length) throw typeError("format string needs more arguments");
    return args[k++];
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    const m = /^(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])/.exec(fmt.slice(i + 1));
    if (!m) throw valueError("incomplete format");
    i += m[0].length;
    const flags = m[2]!;
    if (m[5] === "%") {
      out += "%";
      continue;
    }
    const width = m[3] === "*" ? Number(next()) : m[3] ? Number(m[3]) : 0;
    const prec = m[4] === "*" ? Number(next()) : m[4] !== undefined ? Number(m[4]) : -1;
    let v: Value;
    if (m[1] !== undefined) {
      if (!dict) throw typeError("format requires a dict");
      v = dict.table.get(m[1]);
      if (v === undefined) throw pyErr(KEY_ERROR, m[1]);
    } else v = next();
    const spec: Spec = {
      fill: "",
      align: flags.includes("-") ? "<" : "",
      sign: flags.includes("+") ? "+" : flags.includes(" ") ? " " : "-",
      alt: flags.includes("#"),
      zero: flags.includes("0") && !flags.includes("-"),
      width,
      comma: "",
      precision: prec,
      type: "",
    };
    const t = m[5]!;
    switch (t) {
      case "s":
      case "r": {
        let s = t === "s" ? str(v) : repr(v);
        if (prec >= 0) s = s.slice(0, prec);
        out += pad(s, "", { ...spec, zero: false }, spec.align || ">");
        break;
      }
      case "c":
        out += pad(typeof v === "string" ? v : String.fromCodePoint(Number(asInt(v))), "", { ...spec, zero: false }, ">");
        break;
      case "d":
      case "i":
      case "u": {
        const n = asInt(v) ?? (v instanceof PyFloat ? Math.trunc(v.v) : null);
        if (n === null) throw typeError(`%${t} format: a number is required, not ${typeName(v)}`);
        out += formatInt(n, { ...spec, type: "d" }, prec);
        break;
      }
      case "x":
      case "X":
      case "o": {
        const n = asInt(v);
        if (n === null) throw typeError(`%${t} format: an integer is required, not ${typeName(v)}`);
        out += formatInt(n, { ...spec, type: t }, prec);
        break;
      }
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G": {
        const f = asFloat(v);
        if (f === null) throw typeError("can't convert " + typeName(v) + " to float");
        out += formatFloatSpec(f, { ...spec, type: t });
        break;
      }
      default:
        throw valueError(`unsupported format character '${t}' (0x${t.charCodeAt(0).toString(16)}) at index ${i}`);
    }
  }
  if (k < args.length && !dict) throw typeError("format string didn't convert all arguments");
  return out;
}

export function bytesPercent(fmt: PyBytes, arg: Value): PyBytes {
  const text = percentFormat(String.fromCharCode(...fmt.b), arg instanceof PyBytes ? String.fromCharCode(...arg.b) : arg);
  return new PyBytes(Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff));
}
