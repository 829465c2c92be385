// What a run's filesystem gives the program: open() and execfile() in builtins, the io, os and vfs
// modules over one mount table, and import's search of sys.path on it (py/builtinimport.c
// stat_top_level / stat_module, with .py found before .mpy).

import type { CompiledModule } from "../../bytecode/rawcode.js";
import { compileFailure, sourceCompiler } from "../vm/state.js";
import { loadMpy } from "../vm/loader.js";
import { fn } from "../objects/args.js";
import { pyErr, VALUE_ERROR } from "../objects/exceptions.js";
import { callValue } from "../objects/call.js";
import type { Namespace, Value } from "../objects/value.js";
import { str } from "../objects/native.js";
import { openBuiltin, Vfs } from "./vfs.js";
import { mapRomConstants } from "./vfs-rom.js";
import { HostError } from "../lib/host-error.js";

/** Adds open() and execfile() to `builtins`; returns open (the io module shares it). */
export function installFileBuiltins(vfs: Vfs, builtins: Namespace): Value {
  const open = openBuiltin(vfs);
  builtins.set("open", open);
  // execfile(path[, globals[, locals]]): the file compiled under its own name, run as exec() runs text.
  builtins.set(
    "execfile",
    fn("execfile", (a) => {
      const path = str(a[0]);
      const text = new TextDecoder().decode(vfs.readFile(path));
      const code = callValue(builtins.get("compile")!, [text, path, "exec"], null);
      return callValue(builtins.get("exec")!, [code, ...a.slice(1)], null);
    }),
  );
  return open;
}

export type Found = { readonly kind: "dir" | "file"; readonly path: string };

/** sys.path entries that name MicroPython's frozen modules; this board has none. */
const FROZEN_PREFIX = ".frozen/";

function statPath(vfs: Vfs, path: string): "dir" | "file" | null {
  return path.startsWith(FROZEN_PREFIX) ? null : vfs.importStat(path);
}

/** A .py file, else the .mpy of the same name. */
export function statPyOrMpy(vfs: Vfs, pyPath: string): string | null {
  if (statPath(vfs, pyPath) === "file") return pyPath;
  const mpy = pyPath.slice(0, -3) + ".mpy";
  return statPath(vfs, mpy) === "file" ? mpy : null;
}

/** `base` as a package directory, else base.py or base.mpy. */
export function statModule(vfs: Vfs, base: string): Found | null {
  if (statPath(vfs, base) === "dir") return { kind: "dir", path: base };
  const file = statPyOrMpy(vfs, base + ".py");
  return file ? { kind: "file", path: file } : null;
}

/** A top-level module searched for in each sys.path entry ("" being the current directory). */
export function statTopLevel(vfs: Vfs, name: string, sysPath: readonly Value[]): Found | null {
  for (const entry of sysPath) {
    const dir = str(entry);
    const found = statModule(vfs, dir ? `${dir}/${name}` : name);
    if (found) return found;
  }
  return null;
}

/** A module file's code: .mpy through the loader (a bad file is ValueError), .py compiled (SyntaxError). */
export function loadModuleFile(vfs: Vfs, path: string): CompiledModule {
  const bytes = vfs.readFile(path);
  if (path.endsWith(".mpy")) {
    try {
      const module = loadMpy(bytes);
      mapRomConstants(bytes, module);
      return module;
    } catch (e) {
      if (e instanceof HostError) throw pyErr(VALUE_ERROR, e.message);
      throw e;
    }
  }
  const r = sourceCompiler()(bytes, { sourceName: path });
  if (!r.ok) throw compileFailure(r.error, bytes, path);
  return r.module;
}
