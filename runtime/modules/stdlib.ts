// time, struct, json, binascii, hashlib, random, errno and cmath as Python modules over the JS
// implementations in runtime/modules: arguments converted explicitly (extmod/modtime.c, modstruct.c,
// modjson.c, modbinascii.c, modhashlib.c, modrandom.c, moderrno.c, py/modcmath.c). os is in vfs.ts.

import type { Board } from "../board/board.js";
import * as binascii from "../lib/binascii.js";
import * as cmath from "../lib/cmath.js";
import { Sha256 } from "../lib/hashlib.js";
import * as json from "../lib/json.js";
import { randomModule, Yasmarang } from "../lib/random.js";
import * as struct from "../lib/struct.js";
import { objectWord, wordObject } from "../objects/array.js";
import { addressSpace } from "./uctypes-memory.js";
import { ERRNO } from "../lib/sysinfo.js";
import { timeModule } from "../board/time.js";
import { kwArg, len } from "../objects/args.js";
import { INDEX_ERROR, pyErr } from "../objects/exceptions.js";
import { PyDict } from "../objects/hashtable.js";
import { complexOf, floatOf } from "../objects/format.js";
import { repr } from "../objects/repr.js";
import { subscr } from "../objects/subscr.js";
import { PyBytes, PyComplex, PyFloat, PyList, PyTuple, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { arg, bigArg, buf, bytes, arrayItems, fixedArray, float, int, intOut, jsFn, nativeClass, ns, num, str, strOrBuf, strOrBytes, tuple } from "../objects/native.js";
import { needStream, readAll, writeText } from "./stream.js";

export function timeNamespace(board: Board): Namespace {
  const t = timeModule(board);
  return ns("time", {
    sleep: jsFn("sleep", (a) => (t.sleep(num(a[0])), null)),
    sleep_ms: jsFn("sleep_ms", (a) => (t.sleep_ms(int(a[0])), null)),
    sleep_us: jsFn("sleep_us", (a) => (t.sleep_us(int(a[0])), null)),
    ticks_ms: jsFn("ticks_ms", () => t.ticks_ms()),
    ticks_us: jsFn("ticks_us", () => t.ticks_us()),
    ticks_cpu: jsFn("ticks_cpu", () => t.ticks_cpu()),
    ticks_diff: jsFn("ticks_diff", (a) => t.ticks_diff(int(a[0]), int(a[1]))),
    ticks_add: jsFn("ticks_add", (a) => t.ticks_add(int(a[0]), int(a[1]))),
    time: jsFn("time", () => t.time()),
    time_ns: jsFn("time_ns", () => intOut(t.time_ns())),
    // A timestamp argument is taken as a float (timeutils_obj_get_timestamp).
    gmtime: jsFn("gmtime", (a) => tuple(t.gmtime(a[0] === undefined || a[0] === null ? undefined : num(a[0])))),
    localtime: jsFn("localtime", (a) => tuple(t.localtime(a[0] === undefined || a[0] === null ? undefined : num(a[0])))),
    mktime: jsFn("mktime", (a) => t.mktime(arrayItems(a[0]!).map(int))),
  });
}

// ---- struct ----

/** A value for a field of type `code`: checked as pack converts it (py/binary.c mp_binary_set_val). */
function structIn(v: Value, code: string): struct.StructValue {
  if (code === "s") return strOrBuf(v);
  if (code === "O") return objectWord(v);
  if ("efd".includes(code)) return num(v);
  return bigArg(v);
}

/** The values to pack: the format is checked first, then each value as its field needs. */
function packValues(fmt: string, values: Value[]): struct.StructValue[] {
  const fields = struct.layout(fmt).fields;
  return values.slice(0, fields.length).map((v, i) => structIn(v, fields[i]!.code));
}

function structOut(fmt: string, values: struct.StructValue[]): PyTuple {
  const fields = struct.layout(fmt).fields;
  return tuple(
    values.map((v, i) => {
      const code = fields[i]!.code;
      if (v instanceof Uint8Array) return bytes(v);
      if ("efd".includes(code)) return float(Number(v));
      if (code === "O") return wordObject(Number(v));
      if (code === "S") return new TextDecoder().decode(addressSpace.cString(Number(v)));
      return intOut(v);
    }),
  );
}

/** unpack and unpack_from: the format is checked before the buffer (calc_size_items runs first). */
function unpack(a: Value[], offset: Value): PyTuple {
  const fmt = str(a[0]);
  struct.layout(fmt);
  return structOut(fmt, struct.unpackFrom(fmt, strOrBuf(a[1]!), offset === undefined ? 0 : int(offset)));
}

export function structNamespace(): Namespace {
  return ns("struct", {
    calcsize: jsFn("calcsize", (a) => struct.calcsize(str(a[0]))),
    pack: jsFn("pack", (a) => bytes(struct.pack(str(a[0]), packValues(str(a[0]), a.slice(1))))),
    pack_into: jsFn("pack_into", (a) => {
      const target = buf(a[1]);
      struct.packInto(str(a[0]), target, int(a[2]), packValues(str(a[0]), a.slice(3)));
      return null;
    }),
    unpack: jsFn("unpack", (a) => unpack(a, a[2])),
    unpack_from: jsFn("unpack_from", (a, kw) => unpack(a, arg(a, 2, kw, "offset"))),
  });
}

// ---- json ----

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

// ---- binascii, hashlib ----

export function binasciiNamespace(): Namespace {
  return ns("binascii", {
    hexlify: jsFn("hexlify", (a) => bytes(binascii.hexlify(buf(a[0]!), a[1] === undefined || a[1] === null ? undefined : strOrBuf(a[1])))),
    unhexlify: jsFn("unhexlify", (a) => bytes(binascii.unhexlify(strOrBuf(a[0]!)))),
    a2b_base64: jsFn("a2b_base64", (a) => bytes(binascii.a2bBase64(strOrBuf(a[0]!)))),
    b2a_base64: jsFn("b2a_base64", (a, kw) => {
      const nl = kwArg(kw, "newline");
      return bytes(binascii.b2aBase64(buf(a[0]!), nl === undefined ? true : Boolean(nl)));
    }),
    crc32: jsFn("crc32", (a) => binascii.crc32(buf(a[0]!), a[1] === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(bigArg(a[1])))))),
  });
}

export function hashlibNamespace(): Namespace {
  const SHA256 = nativeClass<Sha256>("sha256", {
    make: (a) => new Sha256(a.length ? buf(a[0]!) : undefined),
    methods: {
      update: (h, a) => (h.update(buf(a[0]!)), null),
      digest: (h) => bytes(h.digest()),
    },
  });
  return ns("hashlib", { sha256: SHA256 });
}

// ---- random ----

export function randomNamespace(gen: Yasmarang): Namespace {
  const r = randomModule(gen);
  const i32 = (v: Value) => int(v);
  return ns("random", {
    // With no seed (or None) the port's entropy source gives one (MICROPY_PY_RANDOM_SEED_INIT_FUNC).
    seed: jsFn("seed", (a) => (r.seed(a[0] === undefined || a[0] === null ? Math.floor(Math.random() * 2 ** 32) : bigArg(a[0])), null)),
    getrandbits: jsFn("getrandbits", (a) => r.getrandbits(i32(a[0]))),
    randrange: jsFn("randrange", (a) => r.randrange(i32(a[0]), a.length > 1 ? i32(a[1]) : undefined, a.length > 2 ? i32(a[2]) : 1)),
    randint: jsFn("randint", (a) => r.randint(i32(a[0]), i32(a[1]))),
    choice: jsFn("choice", (a) => {
      const i = r.choiceIndex(len(a[0]!));
      if (i === null) throw pyErr(INDEX_ERROR);
      return subscr(a[0]!, i);
    }),
    random: jsFn("random", () => float(r.random())),
    uniform: jsFn("uniform", (a) => float(r.uniform(num(a[0]), num(a[1])))),
  });
}

// ---- errno ----

export function errnoNamespace(): Namespace {
  const errorcode = new PyDict();
  for (const [k, v] of Object.entries(ERRNO)) errorcode.table.set(v, k);
  errorcode.fixed = true;
  return ns("errno", { ...ERRNO, errorcode });
}

// ---- cmath ----

/** mp_obj_get_complex: numbers, complexes, and objects with __float__ or __complex__. */
const complexArg = (v: Value): cmath.Complex => complexOf(v);

export function cmathNamespace(): Namespace {
  const c = (z: cmath.Complex) => new PyComplex(z[0], z[1]);
  const one = (name: "exp" | "log" | "log10" | "sqrt" | "cos" | "sin") => jsFn(name, (a) => c(cmath[name](complexArg(a[0]!))));
  return ns("cmath", {
    e: float(Math.E),
    pi: float(Math.PI),
    phase: jsFn("phase", (a) => float(cmath.phase(complexArg(a[0]!)))),
    polar: jsFn("polar", (a) => tuple(cmath.polar(complexArg(a[0]!)).map(float))),
    rect: jsFn("rect", (a) => c(cmath.rect(floatOf(a[0]!), floatOf(a[1]!)))),
    exp: one("exp"),
    log: one("log"),
    log10: one("log10"),
    sqrt: one("sqrt"),
    cos: one("cos"),
    sin: one("sin"),
  });
}
