// The re module (extmod/modre.c) over the matcher in runtime/lib/re.ts: compiled patterns
// ('re' objects) and match objects as the v1.27.0 WebAssembly port has them (match.group only: no
// groups/span/start/end, no DEBUG flag). Patterns and subjects are str (matched as UTF-8) or bytes.

import * as re from "../lib/re.js";
import { toIndex } from "../objects/args.js";
import { INDEX_ERROR, NOT_IMPLEMENTED_ERROR, UNICODE_ERROR, newException, pyErr, typeError } from "../objects/exceptions.js";
import { callValue, lookupSpecial } from "../objects/call.js";
import { interp } from "../vm/state.js";
import { PyFunction } from "../objects/value.js";
import { blocks } from "../memory/sizes.js";
import { charge, chargeStr, mem } from "../memory/charge.js";
import { identity } from "../objects/hash.js";
import { typeName } from "../objects/repr.js";
import { PyBoundMethod, PyBuiltin, PyBytes, PyList, PyObject, PyType, nativeType, typeOf, type Namespace, type Value } from "../objects/value.js";
import { ns } from "../objects/native.js";
import { hostCall } from "../objects/exceptions.js";
import { withArity } from "../objects/args.js";

const RE_TYPE = nativeType("re");
const MATCH_TYPE = nativeType("match");

/** mp_obj_re_t: the header and the program's bytes in one allocation. */
export class PyRegex extends PyObject {
  readonly type = RE_TYPE;
  constructor(readonly prog: re.Program) {
    super();
    charge(this.heapBytes());
  }
  heapBytes(): number {
    return blocks(re.programBytes(this.prog));
  }
  repr(): string {
    return `<re ${identity(this).toString(16)}>`;
  }
}

/** mp_obj_match_t: the subject it keeps, and a start and end offset (-1: unset) per group. */
export class PyMatch extends PyObject {
  readonly type = MATCH_TYPE;
  constructor(
    readonly subject: string | PyBytes,
    readonly bytes: Uint8Array,
    readonly caps: Int32Array,
  ) {
    super();
  }
  heapBytes(): number {
    return blocks(matchBytes(this.caps.length));
  }
  /** What a collection finds it keeps alive. */
  heapRefs(): Value[] {
    return [this.subject];
  }
  repr(): string {
    return `<match num=${this.caps.length / 2}>`;
  }
}

/** The header (type, num_matches, str) and a pointer per capture offset. */
const matchBytes = (caps: number) => 12 + 4 * caps;

/** re1.5 frames the C stack holds at the top level, and the frames one Python call takes from them
 * (the unix port matches 'a*' against 981 a's from a function called at module level). */
const RE_STACK_FRAMES = 994;
const RE_FRAMES_PER_CALL = 5;

/** mp_obj_str_get_data: str (as UTF-8) or bytes, else TypeError. */
function textBytes(v: Value): Uint8Array {
  if (typeof v === "string") return new TextEncoder().encode(v);
  if (v instanceof PyBytes) return v.b;
  throw typeError(`can't convert '${typeName(v)}' object to str implicitly`);
}

/** mp_obj_new_str_of_type: a str must be valid UTF-8 (UnicodeError otherwise). */
function piece(asStr: boolean, b: Uint8Array): Value {
  if (!asStr) return new PyBytes(b.slice());
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    throw pyErr(UNICODE_ERROR);
  }
  chargeStr(s);
  return s;
}

function compilePattern(v: Value): PyRegex {
  return new PyRegex(hostCall(() => re.compile(textBytes(v))));
}

const regexOf = (v: Value): PyRegex => (v instanceof PyRegex ? v : compilePattern(v));

function run(r: PyRegex, s: re.Subject, anchored: boolean, caps: Int32Array): boolean {
  caps.fill(-1);
  return hostCall(() => re.run(r.prog, s, anchored, caps, RE_STACK_FRAMES - RE_FRAMES_PER_CALL * interp.depth));
}

/** re_exec_helper: match and search; a compiled pattern also takes pos and endpos, clamped. */
function exec(anchored: boolean, a: Value[]): Value {
  const r = regexOf(a[0]!);
  const bytes = textBytes(a[1]!);
  let begin = 0;
  let end = bytes.length;
  if (a[0] instanceof PyRegex && a.length > 2) {
    begin = Math.min(Math.max(toIndex(a[2]!), 0), bytes.length);
    if (a.length > 3) end = Math.min(Math.max(toIndex(a[3]!), begin), bytes.length);
  }
  const caps = new Int32Array((r.prog.groups + 1) * 2);
  // The match object is allocated before matching and freed again when nothing matched.
  charge(matchBytes(caps.length));
  if (!run(r, { bytes, begin, end }, anchored, caps)) {
    if (mem.off === 0) mem.heap.release(matchBytes(caps.length));
    return null;
  }
  return new PyMatch(a[1] as string | PyBytes, bytes, caps);
}

function group(m: PyMatch, no: Value): Value {
  const i = toIndex(no);
  if (i < 0 || i >= m.caps.length / 2) throw newException(INDEX_ERROR, [no]);
  const start = m.caps[2 * i]!;
  if (start < 0) return null;
  return piece(typeof m.subject === "string", m.bytes.subarray(start, m.caps[2 * i + 1]));
}

function split(r: PyRegex, subject: Value, maxArg: Value | undefined): PyList {
  const bytes = textBytes(subject);
  const asStr = typeof subject === "string";
  let maxsplit = maxArg === undefined ? 0 : toIndex(maxArg);
  const out = new PyList([]);
  const caps = new Int32Array((r.prog.groups + 1) * 2);
  let begin = 0;
  for (;;) {
    // No match, or an empty one, ends the splitting.
    if (!run(r, { bytes, begin, end: bytes.length }, false, caps) || caps[0] === caps[1]) break;
    out.append(piece(asStr, bytes.subarray(begin, caps[0])));
    if (r.prog.groups > 0) throw pyErr(NOT_IMPLEMENTED_ERROR, "splitting with sub-captures");
    begin = caps[1]!;
    if (maxsplit > 0 && --maxsplit === 0) break;
  }
  out.append(piece(asStr, bytes.subarray(begin)));
  return out;
}

/** mp_obj_is_callable. */
function isCallable(v: Value): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType) return true;
  if (!(v instanceof PyObject)) return false;
  if (typeOf(v).isUser) return lookupSpecial(v, "__call__") !== undefined;
  return typeof (v as { call?: unknown }).call === "function";
}

const DIGIT_0 = 0x30;
const isDigit = (c: number | undefined) => c !== undefined && c >= DIGIT_0 && c <= DIGIT_0 + 9;

/**
 * Appends `repl` (read as a C string) with \N and \g<N> replaced by group N of the match; '\\'
 * is one backslash and a backslash before anything else is dropped.
 */
function expand(out: number[], repl: Uint8Array, m: PyMatch): void {
  const nul = repl.indexOf(0);
  const end = nul < 0 ? repl.length : nul;
  let i = 0;
  while (i < end) {
    if (repl[i] !== 0x5c) {
      out.push(repl[i++]!);
      continue;
    }
    i++;
    let gForm = false;
    if (repl[i] === 0x67 && repl[i + 1] === 0x3c && i + 1 < end) {
      i += 2;
      gForm = true;
    }
    if (i < end && isDigit(repl[i])) {
      // An unsigned int, wrapping as C's does.
      let no = 0;
      while (i < end && isDigit(repl[i])) no = ((no * 10 + repl[i++]! - DIGIT_0) >>> 0) as number;
      if (gForm && i < end && repl[i] === 0x3e) i++;
      if (no >= m.caps.length / 2) throw newException(INDEX_ERROR, [(no << 1) >> 1]);
      const start = m.caps[2 * no]!;
      if (start >= 0) for (let k = start; k < m.caps[2 * no + 1]!; k++) out.push(m.bytes[k]!);
    } else if (i < end && repl[i] === 0x5c) out.push(repl[i++]!);
  }
}

/** re_sub_helper: the subject with each non-empty match (up to `count`, 0: all) replaced. */
function sub(a: Value[]): Value {
  const r = regexOf(a[0]!);
  const replace = a[1]!;
  const where = a[2]!;
  let count = a.length > 3 ? toIndex(a[3]!) : 0;
  const bytes = textBytes(where);
  const caps = new Int32Array((r.prog.groups + 1) * 2);
  // One match object serves every call of a replacement function, as modre.c's does.
  const m = new PyMatch(where as string | PyBytes, bytes, caps);
  const out: number[] = [];
  let begin = 0;
  let replaced = false;
  for (;;) {
    if (!run(r, { bytes, begin, end: bytes.length }, false, caps) || caps[0] === caps[1]) break;
    replaced = true;
    for (let k = begin; k < caps[0]!; k++) out.push(bytes[k]!);
    const repl = isCallable(replace) ? callValue(replace, [m], null) : replace;
    expand(out, textBytes(repl), m);
    begin = caps[1]!;
    if (count > 0 && --count === 0) break;
  }
  if (!replaced) return where;
  for (let k = begin; k < bytes.length; k++) out.push(bytes[k]!);
  if (typeof where !== "string") return new PyBytes(Uint8Array.from(out));
  // The result is not checked for UTF-8 (a match may split a character); undecodable bytes show as U+FFFD.
  const s = new TextDecoder().decode(Uint8Array.from(out));
  chargeStr(s);
  return s;
}

/** A native function checking its positional argument count as MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN does. */
function between(name: string, min: number, max: number, f: (a: Value[]) => Value, isMethod = false): PyBuiltin {
  const b = new PyBuiltin(name, (a) => hostCall(() => f(a)), isMethod);
  withArity(b, [min, max], []);
  return b;
}

function selfRegex(v: Value): PyRegex {
  if (v instanceof PyRegex) return v;
  throw typeError(`argument should be a 're' not a '${typeName(v)}'`);
}

const matchFn = between("match", 2, 4, (a) => exec(true, a));
const searchFn = between("search", 2, 4, (a) => exec(false, a));
const subFn = between("sub", 3, 5, sub);

RE_TYPE.dict.set("match", between("match", 2, 4, (a) => exec(true, [selfRegex(a[0]!), ...a.slice(1)]), true));
RE_TYPE.dict.set("search", between("search", 2, 4, (a) => exec(false, [selfRegex(a[0]!), ...a.slice(1)]), true));
RE_TYPE.dict.set("split", between("split", 2, 3, (a) => split(selfRegex(a[0]!), a[1]!, a[2]), true));
RE_TYPE.dict.set("sub", between("sub", 3, 5, (a) => sub([selfRegex(a[0]!), ...a.slice(1)]), true));
MATCH_TYPE.dict.set(
  "group",
  between(
    "group",
    2,
    2,
    (a) => {
      if (!(a[0] instanceof PyMatch)) throw typeError(`argument should be a 'match' not a '${typeName(a[0]!)}'`);
      return group(a[0], a[1]!);
    },
    true,
  ),
);

export function reNamespace(): Namespace {
  return ns("re", {
    // flags (MicroPython's DEBUG) are accepted and, with DEBUG not built in, ignored.
    compile: between("compile", 1, 2, (a) => compilePattern(a[0]!)),
    match: matchFn,
    search: searchFn,
    sub: subFn,
  });
}
