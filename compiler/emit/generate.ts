// Scopes with symbolic code -> CompiledModule: the module's qstr and constant tables, filled in the
// order mpy-cross fills them (py/emitcommon.c: first use, scope pass over all scopes first, then
// each scope's later passes, which code generation reports as it runs them), then every scope
// assembled into its raw code, or taken as the machine code the native emitter made.

import type { AnyRawCode, CompiledModule, ConstObject, MpyModule, TableObject } from "../../bytecode/rawcode.js";
import { assembleCode, type AssemblyRoom, finishScope, type OperandTables } from "./assemble.js";
import { Code } from "./code.js";
import { bytesToString, modelStrings, textToByteString } from "../front/bytestr.js";
import { ID_PARAM, type Scope } from "./scope.js";
import { CompileError, InternalError } from "../front/diagnostics.js";

/** The module's tables as they fill (mp_emit_common_t's qstr map and constant list). */
export class Tables implements OperandTables {
  readonly qstrs: string[] = [];
  readonly consts: TableObject[] = [];
  private readonly qstrIndex = new Map<string, number>();

  useQstr(s: string): number {
    let i = this.qstrIndex.get(s);
    if (i === undefined) {
      i = this.qstrs.length;
      this.qstrs.push(s);
      this.qstrIndex.set(s, i);
    }
    return i;
  }

  private readonly constByObject = new Map<TableObject, number>();
  private readonly constByValue = new Map<string, number[]>();
  /** str and int constants, most of them, by their value itself (a string or a bigint: never equal). */
  private readonly constByPrimitive = new Map<string | bigint, number>();

  useConst(o: TableObject): number {
    // By identity first, as mpy-cross compares pointers before values (a NaN equals only itself).
    const same = this.constByObject.get(o);
    if (same !== undefined) return same;
    if (o.kind === "str" || o.kind === "int") {
      let i = this.constByPrimitive.get(o.value);
      if (i === undefined) {
        i = this.consts.length;
        this.consts.push(o);
        this.constByPrimitive.set(o.value, i);
      }
      this.constByObject.set(o, i);
      return i;
    }
    // mpy-cross searches the table linearly; an index by value finds the same first equal entry
    // without making a module of many constants quadratic.
    // mp_fun_table equals nothing but itself.
    const key = o.kind === "funTable" ? "funTable" : valueKey(o);
    const candidates = key === null ? undefined : this.constByValue.get(key);
    const found = o.kind === "funTable" ? candidates?.[0] : candidates?.find((i) => { const c = this.consts[i]!; return c.kind !== "funTable" && strictlyEqual(c, o); });
    if (found !== undefined) return found;
    const i = this.consts.length;
    this.consts.push(o);
    this.constByObject.set(o, i);
    if (key !== null) {
      if (candidates) candidates.push(i);
      else this.constByValue.set(key, [i]);
    }
    return i;
  }

  qstr(s: string): number {
    return this.useQstr(s);
  }
  obj(o: ConstObject): number {
    return this.useConst(o);
  }
}

/**
 * A text equal for any two constants strictlyEqual holds equal (null: equal to nothing but itself).
 * Unequal constants may share one (useConst compares the candidates).
 * Float keys keep -0 apart (Object.is); complex ones do not (===).
 */
function valueKey(o: ConstObject): string | null {
  const num = (x: number) => (x === 0 ? "0" : String(x));
  switch (o.kind) {
    case "str": return "s" + o.value;
    case "bytes": return "b" + (o.value.length <= 4096 ? String.fromCharCode.apply(null, o.value as unknown as number[]) : bytesToString(o.value));
    case "int": return "i" + o.value;
    case "float":
      if (Number.isNaN(o.value)) return o.shared === undefined ? null : "F" + o.shared;
      return "f" + (Object.is(o.value, -0) ? "-0" : String(o.value));
    case "complex":
      return Number.isNaN(o.real) || Number.isNaN(o.imag) ? null : `c${num(o.real)},${num(o.imag)}`;
    case "tuple": {
      const items = o.items.map(valueKey);
      return items.includes(null) ? null : `t${items.length}(${items.join(";")})`;
    }
    default: return o.kind;
  }
}

/** Equality with type, as py/emitcommon.c strictly_equal (0.0 and -0.0 differ, True is not 1). */
function strictlyEqual(a: ConstObject, b: ConstObject): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "str": return a.value === (b as typeof a).value;
    case "bytes": {
      const bv = (b as typeof a).value;
      return a.value.length === bv.length && a.value.every((x, i) => x === bv[i]);
    }
    case "int": return a.value === (b as typeof a).value;
    case "float": {
      // A NaN equals nothing, but one module constant (math.nan) is one object (pointer equality).
      const f = b as typeof a;
      if (a.shared !== undefined && a.shared === f.shared) return true;
      return Object.is(a.value, f.value) && !Number.isNaN(a.value);
    }
    case "complex": {
      const c = b as typeof a;
      return a.real === c.real && a.imag === c.imag;
    }
    case "tuple": {
      const t = b as typeof a;
      return a.items.length === t.items.length && a.items.every((x, i) => strictlyEqual(x, t.items[i]!));
    }
    default: return true;
  }
}

/** Each argument's name: the first parameter met with its local number (one walk, for functions of thousands of parameters). */
function argNames(s: Scope): string[] {
  const n = s.numPosArgs + s.numKwonlyArgs;
  const names = new Array<string | null>(n).fill(null);
  for (const d of s.ids) {
    if (d.flags & ID_PARAM && d.localNum < n && names[d.localNum] === null) names[d.localNum] = d.name;
  }
  return names.map((name) => name ?? "*");
}

/** A module's tables, starting with its source file name. */
export function newTables(sourceName: string): Tables {
  const t = new Tables();
  t.useQstr(textToByteString(sourceName));
  return t;
}

/** The scope pass meets each scope's name, then the qstrs and constants its instructions name. */
export function useScopePass(t: Tables, scopes: readonly Scope[]): void {
  for (const s of scopes) {
    // An inline assembler function's scope pass goes through no emitter: its name is not met.
    if (s.emitOptions === "asm") continue;
    t.useQstr(s.simpleName);
    // The scope pass kept only the qstrs and constants its instructions name, in order.
    for (const x of s.scopeOperands) {
      if (typeof x === "string") t.useQstr(x);
      else t.useConst(x);
    }
    s.scopeOperands = [];
  }
}

/**
 * The later passes of a bytecode scope meet its name, its argument names, then its code's qstrs,
 * which its assembly meets in order; its constants are in the tables since the scope pass. So its
 * code is assembled now, with its prelude, and its instructions let go: a module's instructions are
 * never all held at once. An error is kept for buildModule, which meets it where mpy-cross would.
 */
export function useBytecodePasses(t: Tables, s: Scope, emitLines: boolean, room?: AssemblyRoom): void {
  const nameQstr = t.useQstr(s.simpleName);
  const argNameQstrs = argNames(s).map((a) => t.useQstr(a));
  const cells = s.ids.filter((d) => d.kind === "cell").map((d) => d.localNum);
  // The prelude holds a cell's local number in one byte; mpy-cross asserts it fits (py/emitbc.c).
  let error: unknown = cells.some((n) => n > 255) ? new CompileError("tooManyCells", 0) : null;
  try {
    // Assembly meets the code's qstrs, every one in order (assemble.ts layOut), even after an error.
    const code = assembleCode(s.code, t, room);
    if (error === null) {
      s.assembled = finishScope(code, {
        scopeFlags: s.scopeFlags,
        nPosArgs: s.numPosArgs,
        nKwonlyArgs: s.numKwonlyArgs,
        nDefPosArgs: s.numDefPosArgs,
        numLocals: s.numLocals,
        excStackSize: s.excStackSize,
        nameQstr,
        argNameQstrs,
        cells,
        emitLines,
      });
    }
  } catch (e) {
    error ??= e;
  }
  if (error !== null) s.assembled = { error };
  s.code = Code.EMPTY;
}

/**
 * Assembles the scopes. `t` holds the tables code generation filled; a module with machine code
 * (some scope's `native` set) is an MpyModule for `arch`, anything else a CompiledModule.
 */
export function buildModule(scopes: readonly Scope[], t: Tables, smallIntBits: number, arch = 0): MpyModule {
  const raw = new Map<Scope, AnyRawCode>();
  // Later passes ran scope by scope; an error is met in the last scope that has one, as children
  // are made before their parents.
  let hasNative = false;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i]!;
    const children = s.children.map((c) => raw.get(c)!);
    if (s.native) {
      hasNative = true;
      raw.set(s, { ...s.native, children });
      continue;
    }
    const a = s.assembled ?? { error: new InternalError("scope was not assembled") };
    if ("error" in a) throw a.error;
    raw.set(s, { kind: "bytecode", data: a.data, children, positions: a.positions });
  }
  const root = raw.get(scopes[0]!)!;
  // Names and str values are byte strings up to here (compiler/front/bytestr.ts); ASCII ones, as
  // they nearly always all are, are the model's strings already.
  if (t.qstrs.every(isAscii) && t.consts.every(hasAsciiStrs)) {
    return { ...(hasNative ? { arch } : {}), smallIntBits, qstrs: t.qstrs, consts: t.consts, root };
  }
  const strs = modelStrings([...t.qstrs, ...t.consts.flatMap(strValues)]);
  const convert = <O extends TableObject>(o: O): O => {
    if (o.kind === "str") return { kind: "str", value: strs.text(o.value) } as unknown as O;
    if (o.kind === "tuple") return { kind: "tuple", items: o.items.map(convert) } as unknown as O;
    return o;
  };
  return {
    ...(hasNative ? { arch } : {}),
    smallIntBits,
    ...(strs.escapes ? { surrogateEscapes: true } : {}),
    qstrs: t.qstrs.map(strs.text),
    consts: t.consts.map(convert),
    root,
  };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function hasAsciiStrs(o: TableObject): boolean {
  return o.kind === "str" ? isAscii(o.value) : o.kind === "tuple" ? o.items.every(hasAsciiStrs) : true;
}

/** A module without machine code, for callers that take bytecode only. */
export function asCompiledModule(m: MpyModule): CompiledModule {
  if (m.arch) throw new TypeError("module holds machine code");
  return m as CompiledModule;
}

function strValues(o: TableObject): string[] {
  return o.kind === "str" ? [o.value] : o.kind === "tuple" ? o.items.flatMap(strValues) : [];
}
