// Scopes and identifiers: what each name in each code unit is (local, cell, free, global) and
// its local slot. Mirrors py/scope.c and the scope bookkeeping of py/compile.c, including the
// order in which identifiers are first met, since that order decides local numbering.

import type * as A from "../front/ast.js";
import { type ConstObject, type NativeRawCode, ScopeFlag } from "../../bytecode/rawcode.js";
import type { Assembled } from "./assemble.js";
import { Code } from "./code.js";

export type ScopeKind = "module" | "class" | "function" | "lambda" | "listcomp" | "dictcomp" | "setcomp" | "genexpr";

/** How a scope is compiled (py/emitglue.h MP_EMIT_OPT_*): decorators choose, nested scopes inherit. */
export type EmitOptions = "bytecode" | "native" | "viper" | "asm";

export type IdKind = "undecided" | "implicit" | "implicitAssigned" | "explicit" | "local" | "cell" | "free";

export const ID_PARAM = 1;
export const ID_STAR_PARAM = 2;
export const ID_DBL_STAR_PARAM = 4;

export interface IdInfo {
  name: string;
  kind: IdKind;
  flags: number;
  localNum: number;
}

/** Scope flags only native code uses (py/runtime0.h): set by code generation, read by the native emitter. */
export const NativeScopeFlag = { REFGLOBALS: 0x10, HASCONSTS: 0x20, VIPERRET_POS: 6 } as const;
/** Where a parameter's viper type sits in its identifier flags (py/scope.h ID_FLAG_VIPER_TYPE_POS). */
export const ID_FLAG_VIPER_TYPE_POS = 4;
/** Viper type names (py/nativeglue.c mp_native_type_from_qstr). */
export const NATIVE_TYPES: Readonly<Record<string, number>> = { object: 0, bool: 1, int: 2, uint: 3, ptr: 4, ptr8: 5, ptr16: 6, ptr32: 7 };

/** Viper type names and their MP_NATIVE_TYPE_* numbers (py/nativeglue.c). */
const VIPER_CASTS: Readonly<Record<string, number>> = { object: 0, bool: 1, int: 2, uint: 3, ptr: 4, ptr8: 5, ptr16: 6, ptr32: 7 };

const SIMPLE_NAMES: Partial<Record<ScopeKind, string>> = {
  module: "<module>",
  lambda: "<lambda>",
  listcomp: "<listcomp>",
  dictcomp: "<dictcomp>",
  setcomp: "<setcomp>",
  genexpr: "<genexpr>",
};

export class Scope {
  /** Identifiers in the order first met (that order decides local numbering), and by name. */
  readonly ids: IdInfo[] = [];
  private readonly byName = new Map<string, IdInfo>();
  scopeFlags = 0;
  numPosArgs = 0;
  numKwonlyArgs = 0;
  numDefPosArgs = 0;
  numLocals = 0;
  excStackSize = 0;
  /** The qstrs (strings) and constants (objects) the scope pass met, in order (for table ordering). */
  scopeOperands: (string | ConstObject)[] = [];
  /** Code from the final pass. */
  code = Code.EMPTY;
  /** The final pass's code assembled with its prelude (compiler/emit/generate.ts useBytecodePasses), or why it could not be. */
  assembled?: Assembled | { readonly error: unknown };
  /** Machine code the native emitter made for this scope (its children are added when assembled). */
  native?: Omit<NativeRawCode, "children">;
  /** Child scopes in MAKE_FUNCTION index order. */
  children: Scope[] = [];
  readonly simpleName: string;

  constructor(
    readonly kind: ScopeKind,
    readonly node: A.Node,
    readonly parent: Scope | null,
    name?: string,
    readonly emitOptions: EmitOptions = parent?.emitOptions ?? "bytecode",
  ) {
    this.simpleName = name ?? SIMPLE_NAMES[kind]!;
  }

  get isFuncLike(): boolean {
    return this.kind !== "module" && this.kind !== "class";
  }

  get isCompLike(): boolean {
    return this.kind === "listcomp" || this.kind === "dictcomp" || this.kind === "setcomp" || this.kind === "genexpr";
  }

  find(name: string): IdInfo | undefined {
    return this.byName.get(name);
  }

  findOrAdd(name: string, kind: IdKind): IdInfo {
    let id = this.find(name);
    if (!id) {
      id = { name, kind, flags: 0, localNum: 0 };
      this.ids.push(id);
      this.byName.set(name, id);
    }
    return id;
  }

  /** A name being assigned or deleted (mp_emit_common_get_id_for_modification). */
  idForModification(name: string): IdInfo {
    const id = this.findOrAdd(name, "implicit");
    if (id.kind === "implicit") id.kind = this.isFuncLike ? "local" : "implicitAssigned";
    return id;
  }

  findGlobal(name: string): IdInfo | undefined {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s.find(name);
  }

  private closeOverInParents(name: string): void {
    for (let s = this.parent; s && s.parent; s = s.parent) {
      const id = s.findOrAdd(name, "undecided");
      if (id.kind === "undecided") {
        id.kind = "free";
      } else {
        if (id.kind === "local") id.kind = "cell";
        return;
      }
    }
  }

  /** scope_check_to_close_over: an implicit global that an enclosing function binds is free here. */
  checkToCloseOver(id: IdInfo): void {
    for (let s = this.parent; s && s.parent; s = s.parent) {
      const id2 = s.find(id.name);
      if (id2) {
        if (id2.kind === "local" || id2.kind === "cell" || id2.kind === "free") {
          id.kind = "free";
          this.closeOverInParents(id.name);
        }
        break;
      }
    }
  }

  /** scope_compute_things: local numbering, cells after locals, free variables first. */
  computeThings(): void {
    if (this.scopeFlags & ScopeFlag.VARARGS) {
      // *args goes after the other positional parameters (but before **kwargs).
      let lastPlain = -1;
      for (let i = this.ids.length - 1; i >= 0; i--) {
        const id = this.ids[i]!;
        if (id.flags & ID_STAR_PARAM) {
          if (lastPlain >= 0) {
            const tmp = this.ids[lastPlain]!;
            this.ids[lastPlain] = id;
            this.ids[i] = tmp;
          }
          break;
        } else if (lastPlain < 0 && id.flags === ID_PARAM) {
          lastPlain = i;
        }
      }
    }
    this.numLocals = 0;
    for (const id of this.ids) {
      if (this.kind === "class" && id.name === "__class__") continue;
      if (this.isFuncLike && id.kind === "implicit") id.kind = "explicit";
      // A global reference needs the function's globals, except viper's casts (py/compile.c).
      if (id.kind === "explicit" && !(this.emitOptions === "viper" && (VIPER_CASTS[id.name] ?? -1) >= 2)) this.scopeFlags |= NativeScopeFlag.REFGLOBALS;
      if (id.kind === "local" || id.flags & ID_PARAM) id.localNum = this.numLocals++;
    }
    for (const id of this.ids) {
      if (id.kind === "cell" && !(id.flags & ID_PARAM)) id.localNum = this.numLocals++;
    }
    if (this.parent) {
      let numFree = 0;
      // py/scope.c pairs every parent id with every id here; names are unique in a scope, so a
      // lookup by name finds the same pairs in the same order without a pass per parent id.
      for (const pid of this.parent.ids) {
        if (pid.kind !== "cell" && pid.kind !== "free") continue;
        const id = this.find(pid.name);
        if (id && id.kind === "free") id.localNum = numFree++;
      }
      if (numFree > 0) {
        for (const id of this.ids) {
          if (id.kind !== "free" || id.flags & ID_PARAM) id.localNum += numFree;
        }
        this.numPosArgs += numFree;
        this.numLocals += numFree;
      }
    }
  }
}
