// The json module (extmod/modjson.c) over lib/json.ts: dumps/dump with separators, loads/load
// from a str, bytes or stream.

import { chargeNative, NATIVE_CYCLES } from "../objects/native-cost.js";
import * as json from "../lib/json.js";
import { kwArg } from "../objects/args.js";
import { PyDict } from "../objects/hashtable.js";
import { repr } from "../objects/repr.js";
import { PyBytes, PyFloat, PyList, PyTuple, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { buf, fixedArray, float, intOut, jsFn, ns, strOrBytes } from "../objects/native.js";
import { needStream, readAll, writeText } from "./stream.js";
import { charge, chargeStr, mem } from "../memory/charge.js";
import { blocks, listAllocAfterAppends } from "../memory/sizes.js";
import { HeapExhausted } from "../memory/heap.js";

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

/**
 * The Python value of parsed JSON. The objects under construction are reachable only from here, which
 * the heap's mark phase cannot see (on the device they are on modjson.c's stack): so no automatic
 * collection runs while building; when the heap fills, one collection frees the attempt and what was
 * garbage before, and a second attempt either fits or is MemoryError.
 */
function fromJson(root: json.JsonValue): Value {
  const heap = mem.heap;
  const auto = heap.autoCollect;
  if (!auto) return buildJson(root);
  try {
    heap.autoCollect = false;
    return buildJson(root);
  } catch (e) {
    if (!(e instanceof HeapExhausted)) throw e;
    heap.autoCollect = true;
    heap.onPressure?.();
    heap.autoCollect = false;
    return buildJson(root);
  } finally {
    heap.autoCollect = auto;
  }
}

/** Builds parsed JSON's objects without host recursion (nesting follows the data). */
function buildJson(root: json.JsonValue): Value {
  type Entries = readonly (readonly [json.JsonValue, json.JsonValue])[];
  const scalar = (j: json.JsonValue): Value | undefined => {
    if (j === null || typeof j === "boolean" || typeof j === "string") return j;
    if (Array.isArray(j)) return undefined;
    const o = j as { int?: bigint; float?: number };
    if (o.int !== undefined) return intOut(o.int);
    if (o.float !== undefined) return float(o.float);
    return undefined;
  };
  // Each container's children are made in order, after the container itself (as the parser makes them).
  const first = scalar(root);
  if (typeof first === "string") chargeStr(first); // mp_obj_new_str of the parser's vstr
  if (first !== undefined) return first;
  const make = (j: json.JsonValue): { v: Value; kids: json.JsonValue[]; dict: boolean; at: number } => {
    if (Array.isArray(j)) return { v: new PyList([]), kids: j, dict: false, at: 0 };
    const entries = (j as { entries: Entries }).entries;
    return { v: new PyDict(), kids: entries.flat() as json.JsonValue[], dict: true, at: 0 };
  };
  const out = make(root);
  const stack = [out];
  let parents = 0;
  let parentBytes = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.kids.length) {
      stack.pop();
      continue;
    }
    const j = top.kids[top.at++]!;
    let v = scalar(j);
    if (typeof v === "string") chargeStr(v);
    if (v === undefined) {
      const child = make(j);
      v = child.v;
      stack.push(child);
      // The parser keeps the enclosing containers in a list of its own (4 slots, doubled when full).
      if (stack.length - 1 > parents) {
        parents = stack.length - 1;
        const grown = blocks(4 * listAllocAfterAppends(parents));
        charge(grown - parentBytes);
        parentBytes = grown;
      }
    }
    if (!top.dict) {
      const list = top.v as PyList;
      list.reserve(list.items.length + 1);
      list.items.push(v);
    }
    else if (top.at % 2 === 0) (top.v as PyDict).table.set(scalar(top.kids[top.at - 2]!)!, v);
  }
  return out.v;
}

/** The separators keyword: None, or a tuple or list of exactly two str (or bytes). */
function separatorsArg(kw: KwArgs | null): [string, string] | undefined {
  const sep = kwArg(kw, "separators");
  if (sep === undefined || sep === null) return undefined;
  const [item, key] = fixedArray(sep, 2);
  return [strOrBytes(item!), strOrBytes(key!)];
}

export function jsonNamespace(): Namespace {
  // Virtual time in proportion to the text printed or parsed (objects/native-cost.ts).
  const dumps = (v: Value, separators: [string, string] | undefined): string => {
    const r = json.dumps(toJson(v), { ...(separators ? { separators } : {}), repr: (x) => repr(x as Value) });
    chargeNative(r.length * NATIVE_CYCLES.jsonByte);
    return r;
  };
  const parse = (t: string): Value => {
    chargeNative(t.length * NATIVE_CYCLES.jsonByte);
    return fromJson(json.loads(t));
  };
  // mod_json_dumps prints into a vstr and makes a str of it.
  const dumpsStr = (v: Value, separators: [string, string] | undefined): string => {
    const r = dumps(v, separators);
    chargeStr(r);
    return r;
  };
  const text = (v: Value): string => (typeof v === "string" ? v : new TextDecoder().decode(buf(v)));
  return ns("json", {
    dumps: jsFn("dumps", (a, kw) => dumpsStr(a[0]!, separatorsArg(kw))),
    // The separators are checked before the stream, which must be a writable stream object.
    dump: jsFn("dump", (a, kw) => {
      const separators = separatorsArg(kw);
      writeText(needStream(a[1]!, "write"), dumps(a[0]!, separators));
      return null;
    }),
    loads: jsFn("loads", (a) => parse(text(a[0]!))),
    load: jsFn("load", (a) => parse(new TextDecoder().decode(readAll(needStream(a[0]!, "read"))))),
  });
}
