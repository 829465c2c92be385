// The json module (extmod/modjson.c) over lib/json.ts: dumps/dump with separators, loads/load
// from a str, bytes or stream.

import * as json from "../lib/json.js";
import { kwArg } from "../objects/args.js";
import { PyDict } from "../objects/hashtable.js";
import { repr } from "../objects/repr.js";
import { PyBytes, PyFloat, PyList, PyTuple, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { buf, fixedArray, float, intOut, jsFn, ns, strOrBytes } from "../objects/native.js";
import { needStream, readAll, writeText } from "./stream.js";

function toJson(v: Value): json.JsonValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return { int: BigInt(v) };
  if (v instanceof PyFloat) return { float: v.v };
  // bytes print as a JSON string of their bytes, as str does (str_print under PRINT_JSON).
  if (v instanceof PyBytes) return new TextDecoder().decode(v.b);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJson);
  if (v instanceof PyDict) return { entries: v.table.entries().map(([k, x]) => [toJson(k), toJson(x)] as const) };
  return { other: v };
}

function fromJson(j: json.JsonValue): Value {
  if (j === null || typeof j === "boolean" || typeof j === "string") return j;
  if (Array.isArray(j)) return new PyList(j.map(fromJson));
  const o = j as { int?: bigint; float?: number; entries?: readonly (readonly [json.JsonValue, json.JsonValue])[] };
  if (o.int !== undefined) return intOut(o.int);
  if (o.float !== undefined) return float(o.float);
  const d = new PyDict();
  for (const [k, x] of o.entries ?? []) d.table.set(fromJson(k), fromJson(x));
  return d;
}

/** The separators keyword: None, or a tuple or list of exactly two str (or bytes). */
function separatorsArg(kw: KwArgs | null): [string, string] | undefined {
  const sep = kwArg(kw, "separators");
  if (sep === undefined || sep === null) return undefined;
  const [item, key] = fixedArray(sep, 2);
  return [strOrBytes(item!), strOrBytes(key!)];
}

export function jsonNamespace(): Namespace {
  const dumps = (v: Value, separators: [string, string] | undefined): string =>
    json.dumps(toJson(v), { ...(separators ? { separators } : {}), repr: (x) => repr(x as Value) });
  const text = (v: Value): string => (typeof v === "string" ? v : new TextDecoder().decode(buf(v)));
  return ns("json", {
    dumps: jsFn("dumps", (a, kw) => dumps(a[0]!, separatorsArg(kw))),
    // The separators are checked before the stream, which must be a writable stream object.
    dump: jsFn("dump", (a, kw) => {
      const separators = separatorsArg(kw);
      writeText(needStream(a[1]!, "write"), dumps(a[0]!, separators));
      return null;
    }),
    loads: jsFn("loads", (a) => fromJson(json.loads(text(a[0]!)))),
    load: jsFn("load", (a) => fromJson(json.loads(new TextDecoder().decode(readAll(needStream(a[0]!, "read")))))),
  });
}
