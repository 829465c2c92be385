// Scopes of generated programs: every scope level L has its own pool of names (x{L}, y{L}, z{L},
// s{L}, l{L}, d{L}, f{L}), all assigned when the scope starts, so a name is always bound before it
// is read. A scope reads its own pool, those of enclosing functions (closures) and the module's;
// it writes its own pool and what it declares global or nonlocal.

import type { Names } from "./gen-expr.js";

export type ScopeKind = "module" | "function" | "class" | "method";

export interface Ctx {
  readonly kind: ScopeKind;
  readonly level: number;
  /** Levels of enclosing function scopes whose names this scope can see. */
  readonly fnLevels: readonly number[];
  /** Remaining nesting of compound statements. */
  readonly depth: number;
  readonly loop: boolean;
  readonly fn: boolean;
  readonly gen: boolean;
  /** Names of outer scopes declared global or nonlocal here, so writable. */
  readonly declared: readonly string[];
}

export const ctxKey = (c: Ctx) => `${c.kind}${c.level}[${c.fnLevels}]d${c.depth}${c.loop ? "L" : ""}${c.fn ? "F" : ""}${c.gen ? "G" : ""}{${c.declared}}`;

export interface Pool {
  readonly ints: readonly string[];
  readonly strs: readonly string[];
  readonly lists: readonly string[];
  readonly dicts: readonly string[];
  readonly floats: readonly string[];
}

export const pool = (l: number): Pool => ({ ints: [`x${l}`, `y${l}`, `z${l}`], strs: [`s${l}`], lists: [`l${l}`], dicts: [`d${l}`], floats: [`f${l}`] });

/** Source lines binding every name of a level's pool except those given (parameters). */
export function poolInit(l: number, except: readonly string[] = []): string[] {
  const init: Record<string, string> = {
    [`x${l}`]: "3", [`y${l}`]: "-7", [`z${l}`]: "12", [`s${l}`]: `'s${l}'`, [`l${l}`]: "[1, 2, 3]", [`d${l}`]: "{'k': 1}", [`f${l}`]: "1.5",
  };
  return Object.entries(init).filter(([k]) => !except.includes(k)).map(([k, v]) => `${k} = ${v}`);
}

function merge(levels: readonly number[], self: boolean, key: string, inner: Names | null): Names {
  const ps = [...new Set(levels)].map(pool);
  const n: Names = {
    key,
    ints: ps.flatMap((p) => p.ints),
    strs: ps.flatMap((p) => p.strs),
    lists: ps.flatMap((p) => p.lists),
    dicts: ps.flatMap((p) => p.dicts),
    floats: ps.flatMap((p) => p.floats),
    self,
    get inner() {
      return inner ?? n;
    },
  };
  return n;
}

/** Names a scope can read; a class body's own names are hidden from code nested in it. */
export function readable(c: Ctx): Names {
  const self = c.kind === "method";
  const outer = [0, ...c.fnLevels];
  const key = `${[...new Set([...outer, c.level])]}${self ? "s" : ""}`;
  if (c.kind !== "class") return merge([...outer, c.level], self, key, null);
  const inner = merge(outer, false, `${[...new Set(outer)]}`, null);
  return merge([...outer, c.level], false, `${key}c`, inner);
}

/** Names a scope can assign, by type. */
export function writable(c: Ctx): Pool {
  const own = pool(c.level);
  const pick = (xs: readonly string[], of: (p: Pool) => readonly string[]) => [...xs, ...c.declared.filter((d) => [0, ...c.fnLevels].some((l) => of(pool(l)).includes(d)))];
  return {
    ints: pick(own.ints, (p) => p.ints),
    strs: pick(own.strs, (p) => p.strs),
    lists: pick(own.lists, (p) => p.lists),
    dicts: pick(own.dicts, (p) => p.dicts),
    floats: pick(own.floats, (p) => p.floats),
  };
}

/** The scope of a function (or method) defined in `c`, with the given declarations. */
export function functionCtx(c: Ctx, kind: "function" | "method", level: number, gen: boolean, declared: readonly string[]): Ctx {
  const fnLevels = c.kind === "function" || c.kind === "method" ? [...c.fnLevels, c.level] : c.fnLevels;
  return { kind, level, fnLevels, depth: c.depth - 1, loop: false, fn: true, gen, declared };
}

/** Declarations a function defined in `c` may make: `global x0`, and `nonlocal` of the nearest enclosing function's x. */
export function declChoices(c: Ctx): string[][] {
  const fnLevels = c.kind === "function" || c.kind === "method" ? [...c.fnLevels, c.level] : c.fnLevels;
  const out: string[][] = [[], ["x0"]];
  const near = fnLevels[fnLevels.length - 1];
  if (near !== undefined) out.push([`y${near}`], ["x0", `y${near}`]);
  return out;
}

export const declLines = (declared: readonly string[]) =>
  declared.map((d) => (/^[a-z]0$/.test(d) ? `global ${d}` : `nonlocal ${d}`));
