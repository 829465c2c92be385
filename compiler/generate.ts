// Scopes with symbolic code -> CompiledModule: decides the module's qstr and constant tables in the
// order mpy-cross fills them (py/emitcommon.c: first use, scope pass over all scopes first, then
// each scope's later passes), then assembles every scope into its raw code.

import type { CompiledModule, ConstObject, RawCode } from "../bytecode/rawcode.js";
import { assemble, type OperandTables } from "./assemble.js";
import { modelStrings, textToByteString } from "./bytestr.js";
import { ID_PARAM, type Scope } from "./scope.js";

class Tables implements OperandTables {
  readonly qstrs: string[] = [];
  readonly consts: ConstObject[] = [];
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

  useConst(o: ConstObject): number {
    // By identity first, as mpy-cross compares pointers before values (a NaN equals only itself).
    const same = this.consts.indexOf(o);
    if (same >= 0) return same;
    const i = this.consts.findIndex((c) => strictlyEqual(c, o));
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

export function buildModule(scopes: readonly Scope[], sourceName: string, smallIntBits: number, emitLines: boolean): CompiledModule {
  const t = new Tables();
  t.useQstr(textToByteString(sourceName));
  // The scope pass meets each scope's name and every qstr not reached through a name lookup.
  for (const s of scopes) {
    t.useQstr(s.simpleName);
    for (const ins of s.scopeCode) {
      if (ins.t !== "op") continue;
      if (ins.qstr !== undefined && !ins.viaId) t.useQstr(ins.qstr);
      if (ins.obj !== undefined) t.useConst(ins.obj);
    }
  }
  const raw = new Map<Scope, RawCode>();
  // Later passes run scope by scope; assemble in reverse so children exist before parents.
  const sigs = scopes.map((s) => {
    const name = t.useQstr(s.simpleName);
    const args = argNames(s).map((a) => t.useQstr(a));
    for (const ins of s.code) if (ins.t === "op" && ins.qstr !== undefined) t.useQstr(ins.qstr);
    return { name, args };
  });
  for (let i = scopes.length - 1; i >= 0; i--) {
    const s = scopes[i]!;
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
    raw.set(s, { kind: "bytecode", data: a.data, children: s.children.map((c) => raw.get(c)!), positions: a.positions });
  }
  // Names and str values are byte strings up to here (compiler/bytestr.ts).
  const strs = modelStrings([...t.qstrs, ...t.consts.flatMap(strValues)]);
  const convert = (o: ConstObject): ConstObject => {
    if (o.kind === "str") return { kind: "str", value: strs.text(o.value) };
    if (o.kind === "tuple") return { kind: "tuple", items: o.items.map(convert) };
    return o;
  };
  return {
    smallIntBits,
    ...(strs.escapes ? { surrogateEscapes: true } : {}),
    qstrs: t.qstrs.map(strs.text),
    consts: t.consts.map(convert),
    root: raw.get(scopes[0]!)!,
  };
}

function strValues(o: ConstObject): string[] {
  return o.kind === "str" ? [o.value] : o.kind === "tuple" ? o.items.flatMap(strValues) : [];
}
