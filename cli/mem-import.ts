// Takes the program `mpyc run --mem-report` ran and how its run found modules; gives its import cost
// measured as a program measures an import (runtime/measure-import.ts), under the module name
// a board would import it by (py/builtinimport.c: sys.path, packages from their __init__).

import * as fs from "node:fs";
import * as path from "node:path";
import { compileBytecode as compile, formatError } from "../compiler/compile.js";
import { hostDirFs } from "./hostfs.js";
import { InputTooLargeError, readFileLimited, statQuietly } from "./io.js";
import type { RunOptions } from "../runtime/index.js";
import { COST_DRIVER, costDriverSource, type MeasuredImport, measureImportCost } from "../runtime/measure-import.js";
import type { ImportCostReport } from "../runtime/memory/import-charge.js";

/**
 * The first file of module `name` under host folders, in order: NAME`ext`, then NAME/__init__`ext`.
 * Only regular files count (a directory named NAME.mpy is no module file, as for MicroPython's import).
 */
export function hostModuleFile(searchPath: readonly string[], name: string, ext: ".mpy" | ".py"): string | undefined {
  const rel = name.split(".");
  for (const dir of searchPath) {
    for (const candidate of [path.join(dir, ...rel) + ext, path.join(dir, ...rel, "__init__" + ext)]) {
      if (statQuietly(candidate)?.isFile()) return candidate;
    }
  }
  return undefined;
}

/**
 * .mpy files of `name` under host folders, as `mpyc run` finds modules: NAME.mpy, then NAME/__init__.mpy.
 * One that cannot be read is not found; one past the input limit is given cut there, which loading
 * then refuses as a damaged .mpy.
 */
export function hostFinder(searchPath: readonly string[]): (name: string) => Uint8Array | undefined {
  return (name) => {
    const file = hostModuleFile(searchPath, name, ".mpy");
    if (file === undefined) return undefined;
    try {
      return readFileLimited(file);
    } catch (e) {
      return e instanceof InputTooLargeError ? e.prefix : undefined;
    }
  };
}

/** A path's parts as a module name: the extension gone, a package's `__init__` gone. */
function moduleName(parts: string[]): string {
  const last = parts[parts.length - 1]!.replace(/\.(mpy|py)$/, "");
  const names = last === "__init__" ? parts.slice(0, -1) : [...parts.slice(0, -1), last];
  return names.join(".");
}

const isPackage = (dir: string) => fs.existsSync(path.join(dir, "__init__.py")) || fs.existsSync(path.join(dir, "__init__.mpy"));

/**
 * The name and search folder of a program file outside the board's filesystem: its base name, or
 * for a package's `__init__` the dotted path from the folder above its outermost package.
 */
export function hostModule(file: string): { name: string; dir: string } {
  const abs = path.resolve(file);
  let dir = path.dirname(abs);
  const parts = [path.basename(abs)];
  if (parts[0]!.replace(/\.(mpy|py)$/, "") === "__init__") {
    while (isPackage(dir) && path.dirname(dir) !== dir) {
      parts.unshift(path.basename(dir));
      dir = path.dirname(dir);
    }
  }
  return { name: moduleName(parts), dir };
}

/** The module name of a program at `scriptPath` on the board's filesystem: /lib and the root are on sys.path. */
export function boardModule(scriptPath: string): string {
  const parts = scriptPath.split("/").filter((p) => p !== "" && p !== ".");
  return moduleName(parts[0] === "lib" && parts.length > 1 ? parts.slice(1) : parts);
}

export interface MemImportPlan {
  /** The program as given, and its .mpy bytes. */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** --path folders. */
  readonly dirs: readonly string[];
  /** The program's path on the board's filesystem, when it is inside --fs. */
  readonly scriptPath?: string;
  /** What the run had: the board's filesystem, heap, ROM image, limits. */
  readonly options: RunOptions;
}

/**
 * The program's import cost as a whole: on a board's filesystem it is imported from there (--path
 * folders still searched first); otherwise from the host, the program's own bytes under its name.
 */
export function measureProgramImport(plan: MemImportPlan): { module: string; measured: MeasuredImport } {
  let module: string;
  let findModule: (name: string) => Uint8Array | undefined;
  if (plan.scriptPath !== undefined) {
    module = boardModule(plan.scriptPath);
    findModule = hostFinder(plan.dirs);
  } else {
    const own = hostModule(plan.file);
    module = own.name;
    const find = hostFinder([own.dir, path.dirname(plan.file), ...plan.dirs]);
    findModule = (n) => (n === module ? plan.bytes : find(n));
    // A package makes its relative imports through its __path__: it is imported from the folder
    // above it shown as the board's filesystem, as a board would import it.
    if (module.includes(".") || /^__init__\.(mpy|py)$/.test(path.basename(plan.file))) {
      if (plan.options.fs === undefined) return measured(module, { ...plan.options, fs: hostDirFs(own.dir, plan.options.flashBytes), findModule: hostFinder(plan.dirs) });
    }
  }
  return measured(module, { ...plan.options, findModule });
}

function measured(module: string, options: RunOptions): { module: string; measured: MeasuredImport } {
  const source = costDriverSource(module);
  const driver = compile(source, { sourceName: `${COST_DRIVER}.py` });
  if (!driver.ok) return { module, measured: { cost: null, error: formatError(driver.error, `${COST_DRIVER}.py`, source) } };
  return { module, measured: measureImportCost(module, driver.mpy, options) };
}

export type { ImportCostReport };
