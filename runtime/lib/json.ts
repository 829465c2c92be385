// The `json` module's text side (extmod/modjson.c, objstr.c's JSON string printing): encodes a
// value tree with MicroPython's separators and escapes, parses text into a tree. The VM converts its
// objects to and from this tree; anything else is printed through `repr`, as MicroPython does.

import { floatRepr } from "../../bytecode/floatrepr.js";
import { HostError } from "./host-error.js";

export type JsonValue =
  | null
  | boolean
  | string
  | { readonly int: bigint }
  | { readonly float: number }
  | readonly JsonValue[]
  | { readonly entries: readonly (readonly [JsonValue, JsonValue])[] }
  | { readonly other: unknown };

/** A str as JSON: only `"` and `\` escaped, \n \r \t named, other controls as \u00XX, the rest as is. */
export function jsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c >= 32) out += ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else out += "\\u" + c.toString(16).padStart(4, "0");
  }
  return out + '"';
}

export interface DumpOptions {
  /** (item separator, key separator); MicroPython's default is (", ", ": "). */
  readonly separators?: readonly [string, string];
  /** repr() of a value JSON cannot express (MicroPython prints it instead of raising). */
  readonly repr?: (v: unknown) => string;
}

export function dumps(v: JsonValue, opts: DumpOptions = {}): string {
  const [item, key] = opts.separators ?? [", ", ": "];
  const enc = (x: JsonValue): string => {
    if (x === null) return "null";
    if (x === true) return "true";
    if (x === false) return "false";
    if (typeof x === "string") return jsonString(x);
    if (Array.isArray(x)) return "[" + x.map(enc).join(item) + "]";
    const o = x as Exclude<JsonValue, readonly JsonValue[] | string | boolean | null>;
    if ("int" in o) return o.int.toString();
    if ("float" in o) return floatRepr(o.float);
    if ("entries" in o) {
      // Non-string keys are printed inside quotes: MicroPython writes {1: 2} as {"1": 2}.
      return "{" + o.entries.map(([k, val]) => (typeof k === "string" ? enc(k) : `"${enc(k)}"`) + key + enc(val)).join(item) + "}";
    }
    return opts.repr ? opts.repr(o.other) : String(o.other);
  };
  return enc(v);
}

/** json.loads: standard JSON; any malformed input is "syntax error in JSON". */
export function loads(text: string): JsonValue {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new HostError("ValueError", "syntax error in JSON");
  };
  const str = (): string => {
    let out = "";
    i++;
    for (;;) {
      const c = text[i++];
      if (c === undefined) fail();
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = text[i++];
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) {
        out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16));
        i += 4;
      } else fail();
    }
  };
  const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
  /** A scalar at i (string, literal or number). */
  const scalar = (): JsonValue => {
    const c = text[i];
    if (c === '"') return str();
    for (const [word, v] of [["null", null], ["true", true], ["false", false]] as const) {
      if (text.startsWith(word, i)) return (i += word.length), v;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail();
    i += m[0].length;
    return m[1] || m[2] ? { float: Number(m[0]) } : { int: BigInt(m[0]) };
  };
  // Containers open on an explicit stack, so nesting depth costs no host recursion (modjson.c keeps
  // its stack in a heap list too).
  type Open = { items: JsonValue[]; entries?: undefined } | { entries: [JsonValue, JsonValue][]; key: string; items?: undefined };
  const value = (): JsonValue => {
    const stack: Open[] = [];
    for (;;) {
      ws();
      let done: JsonValue | undefined;
      const c = text[i];
      if (c === "[") {
        i++;
        ws();
        if (text[i] === "]") (i++, (done = []));
        else {
          stack.push({ items: [] });
          continue;
        }
      } else if (c === "{") {
        i++;
        ws();
        if (text[i] === "}") (i++, (done = { entries: [] }));
        else {
          if (text[i] !== '"') fail();
          const key = str();
          ws();
          if (text[i++] !== ":") fail();
          stack.push({ entries: [], key });
          continue;
        }
      } else done = scalar();
      // A value is complete: add it to the innermost container, closing containers as they end.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return done;
        if (top.items) top.items.push(done);
        else top.entries.push([top.key, done]);
        ws();
        const d = text[i++];
        if (d === ",") {
          if (top.entries) {
            ws();
            if (text[i] !== '"') fail();
            top.key = str();
            ws();
            if (text[i++] !== ":") fail();
          }
          break;
        }
        if (d !== (top.items ? "]" : "}")) fail();
        stack.pop();
        done = top.items ?? { entries: top.entries };
      }
    }
  };
  const v = value();
  ws();
  if (i !== text.length) fail();
  return v;
}
