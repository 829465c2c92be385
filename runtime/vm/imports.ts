// Import as the VM's opcodes and the builtin __import__ reach it: IMPORT_NAME through whatever
// __import__ the builtins hold (py/runtime.c mp_import_name), IMPORT_FROM falling back to importing
// a package's submodule (mp_import_from), `from m import *` with __all__ (mp_import_all), and the
// builtin __import__'s argument checks (py/builtinimport.c mp_builtin___import___default).

import { checkArgCount } from "../objects/args.js";
import { IMPORT_ERROR, newException, pyErr, TYPE_ERROR, typeError, VALUE_ERROR } from "../objects/exceptions.js";
import { PyDict } from "../objects/hashtable.js";
import { callValue, getAttr, getAttrOrUndefined } from "../objects/call.js";
import { interp } from "./state.js";
import { namespaceDict, namespaceOfDict } from "../objects/namespace.js";
import { typeName } from "../objects/repr.js";
import { DICT, PyBytes, PyList, PyModule, PyTuple, type Namespace, type Value } from "../objects/value.js";
import { PyBuiltin } from "../objects/value.js";

/** mp_obj_str_get_data: a str, or bytes as text. */
function nameText(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.b);
  throw typeError(`can't convert '${typeName(v)}' object to str implicitly`);
}

/** __import__(name, globals=None, locals=None, fromlist=None, level=0). */
export function builtinImport(a: Value[]): Value {
  checkArgCount(a, null, 1, 5);
  const fromList = a.length >= 4 ? a[3]! : null;
  const level = a.length >= 5 ? Number(a[4]) : 0;
  // Errors with no message, as MicroPython raises them.
  if (level < 0) throw newException(VALUE_ERROR);
  const name = nameText(a[0]!);
  let globals: Namespace = interp.top?.code.ctx.globals ?? new Map();
  if (level !== 0 && a.length >= 2 && a[1] !== null) {
    const g = a[1];
    if (!(g instanceof PyDict) || g.type !== DICT) throw newException(TYPE_ERROR);
    globals = namespaceOfDict(g) ?? new Map(g.table.entries().filter(([k]) => typeof k === "string") as [string, Value][]);
  }
  if (name === "" && level === 0) throw newException(VALUE_ERROR);
  return interp.importName(name, fromList, level, globals);
}

/** `from mod import *`: the names __all__ lists (each read as an attribute, so a module __getattr__ may supply it), else every name not starting with '_'. */
export function importAll(mod: Value, into: Namespace): void {
  if (!(mod instanceof PyModule)) return;
  const all = mod.dict.get("__all__");
  if (all === undefined) {
    for (const [k, v] of mod.dict) if (!k.startsWith("_")) into.set(k, v);
    return;
  }
  if (!(all instanceof PyList || all instanceof PyTuple)) throw typeError(`object '${typeName(all)}' isn't a tuple or list`);
  for (const item of all.items) {
    if (typeof item !== "string") throw typeError(`can't convert '${typeName(item)}' object to str implicitly`);
    into.set(item, getAttr(mod, item));
  }
}

/** IMPORT_NAME: the builtins' __import__, called with the current globals when a program replaced it. */
export function importName(name: string, fromList: Value, level: number, globals: Namespace): Value {
  const imp = interp.builtins.get("__import__");
  if (imp === DEFAULT_IMPORT.fn || imp === undefined) return interp.importName(name, fromList, level, globals);
  return callValue(imp, [name, namespaceDict(globals), null, fromList === undefined ? null : fromList, level], null);
}

/** IMPORT_FROM: the attribute, else (from a package) the submodule of that name, imported as `pkg.name`. */
export function importFrom(mod: Value, name: string, globals: Namespace): Value {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  if (getAttrOrUndefined(mod, "__path__") === undefined) throw pyErr(IMPORT_ERROR, `can't import name ${name}`);
  // A true fromlist makes the import return the leaf module.
  return importName(`${nameText(getAttr(mod, "__name__"))}.${name}`, true, 0, globals);
}

/** The builtins' own __import__: a program that replaces it gets its function called instead. */
export const DEFAULT_IMPORT: { fn: PyBuiltin } = {
  fn: new PyBuiltin("__import__", (a) => builtinImport(a)),
};
