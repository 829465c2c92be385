// Scopes with symbolic code -> CompiledModule: the module's qstr and constant tables, filled in the
// order mpy-cross fills them (py/emitcommon.c: first use, scope pass over all scopes first, then
// each scope's later passes, which code generation reports as it runs them), then every scope
// assembled into its raw code, or taken as the machine code the native emitter made.

import type { AnyRawCode, CompiledModule, ConstObject, MpyModule, TableObject } from "../bytecode/rawcode.js";
import { assemble, type OperandTables } from "./assemble.js";
import { modelStrings, textToByteString } from "./bytestr.js";
import { ID_PARAM, type Scope } from "./scope.js";

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

  useConst(o: TableObject): number {
    // By identity first, as mpy-cross compares pointers before values (a NaN equals only itself).
    const same = this.consts.indexOf(o);
    if (same >= 0) return same;
    // mp_fun_table equals nothing but itself.
    if (o.kind === "funTable") {
      const f = this.consts.findIndex((c) => c.kind === "funTable");
      if (f >= 0) return f;
      this.consts.push(o);
      return this.consts.length - 1;
    }
    const i = this.consts.findIndex((c) => c.kind !== "funTable" && strictlyEqual(c, o));
    if (i >= 0) return i;
    this.consts.push(o);
    return this.consts.length - 1;
  }

  qstr(s: string): number {
    return this.useQstr(s);
  }
  obj(o: ConstObject): number {
    return this.useConst(o);
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

function argNames(s: Scope): string[] {
  const names: string[] = [];
  for (let i = 0; i < s.numPosArgs + s.numKwonlyArgs; i++) {
    const id = s.ids.find((d) => d.flags & ID_PARAM && d.localNum === i);
    names.push(id ? id.name : "*");
  }
  return names;
}

/** A module's tables, starting with its source file name. */
export function newTables(sourceName: string): Tables {
  const t = new Tables();
  t.useQstr(textToByteString(sourceName));
  return t;
}

/** The scope pass meets each scope's name and every qstr not reached through a name lookup. */
export function useScopePass(t: Tables, scopes: readonly Scope[]): void {
  for (const s of scopes) {
    t.useQstr(s.simpleName);
    for (const ins of s.scopeCode) {
      if (ins.t !== "op") continue;
      if (ins.qstr !== undefined && !ins.viaId) t.useQstr(ins.qstr);
      if (ins.obj !== undefined) t.useConst(ins.obj);
    }
  }
}

/** The later passes of a bytecode scope meet its name, its argument names, then its code's qstrs. */
export function useBytecodePasses(t: Tables, s: Scope): void {
  t.useQstr(s.simpleName);
  for (const a of argNames(s)) t.useQstr(a);
  for (const ins of s.code) if (ins.t === "op" && ins.qstr !== undefined) t.useQstr(ins.qstr);
}

/**
 * Assembles the scopes. `t` holds the tables code generation filled; a module with machine code
 * (some scope's `native` set) is an MpyModule for `arch`, anything else a CompiledModule.
 */
export function buildModule(scopes: readonly Scope[], t: Tables, smallIntBits: number, emitLines: boolean, arch = 0): MpyModule {
  const raw = new Map<Scope, AnyRawCode>();
  // Later passes ran scope by scope; assemble in reverse so children exist before parents.
  // Indices only: every bytecode scope's names were met in its later passes already.
  const sigs = scopes.map((s) => (s.native ? null : { name: t.useQstr(s.simpleName), args: argNames(s).map((a) => t.useQstr(a)) }));
  let hasNative = false;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i]!;
    const children = s.children.map((c) => raw.get(c)!);
    if (s.native) {
      hasNative = true;
      raw.set(s, { ...s.native, children });
      continue;
    }
    const cells = s.ids.filter((d) => d.kind === "cell").map((d) => d.localNum);
    const a = assemble(s.code, {
      scopeFlags: s.scopeFlags,
      nPosArgs: s.numPosArgs,
      nKwonlyArgs: s.numKwonlyArgs,
      nDefPosArgs: s.numDefPosArgs,
      numLocals: s.numLocals,
      excStackSize: s.excStackSize,
      nameQstr: sigs[i]!.name,
      argNameQstrs: sigs[i]!.args,
      cells,
      emitLines,
    }, t);
    raw.set(s, { kind: "bytecode", data: a.data, children, positions: a.positions });
  }
  // Names and str values are byte strings up to here (compiler/bytestr.ts).
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
    root: raw.get(scopes[0]!)!,
  };
}

/** A module without machine code, for callers that take bytecode only. */
export function asCompiledModule(m: MpyModule): CompiledModule {
  if (m.arch) throw new TypeError("module holds machine code");
  return m as CompiledModule;
}

function strValues(o: TableObject): string[] {
  return o.kind === "str" ? [o.value] : o.kind === "tuple" ? o.items.flatMap(strValues) : [];
}
