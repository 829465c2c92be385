// Takes a module's name and how a run finds modules; gives what importing it costs as a whole on the
// VM, measured as a program measures it (collect, gc.mem_alloc(), import, collect, gc.mem_alloc()),
// split into parts: the --mem-report import cost (py/builtinimport.c, py/persistentcode.c, py/gc.c).

import { Runtime, type RunOptions } from "./index.js";
import { PyModule } from "./objects/value.js";
import { VirtualFs } from "./board/fs.js";
import { type ImportCostReport, importCostReport } from "./memory/import-charge.js";

/** The module that imports the measured one: a program's own module, kept in /lib. */
export const COST_DRIVER = "_mcost";

/** The names `import M` interns for itself (each dotted prefix and each component, py/builtinimport.c). */
export function importNames(module: string): string[] {
  const parts = module.split(".");
  return [...new Set([...parts.map((_, i) => parts.slice(0, i + 1).join(".")), ...parts])];
}

/**
 * The driver's source for `module`: it puts /lib first on sys.path, its qstr table holds the names
 * the import interns for itself (as a program's `import M` has them in its own table; `names` is
 * never called), and `imp(name)` imports and returns None, so nothing new is held afterwards.
 */
export function costDriverSource(module: string): string {
  const lines = ["import sys", "if sys.path[0] != '/lib':", "    sys.path.insert(0, '/lib')", "def imp(n):", "    __import__(n)", "def names(x):"];
  const odd: string[] = [];
  for (const n of importNames(module)) {
    if (/^[A-Za-z_]\w*$/.test(n)) lines.push(`    x.${n}`);
    else if (/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/.test(n)) lines.push(`    import ${n}`);
    else odd.push(n);
  }
  lines.push("    pass");
  // A name no statement can hold is interned when the driver runs, as hasattr interns its name.
  for (const n of odd) lines.push(`hasattr(imp, ${JSON.stringify(n)})`);
  return lines.join("\n") + "\n";
}

export type MeasuredImport = { readonly cost: ImportCostReport; readonly error: null } | { readonly cost: null; readonly error: string };

/**
 * Imports `module` by name on a fresh VM made with `options` (its fs, findModule, heap and ROM
 * image), from the driver `driverMpy` (costDriverSource compiled) placed at /lib/_mcost.mpy:
 * a collection, a reading, `imp(module)`, a collection, a reading. The difference is the cost;
 * its parts are the module's own loader charges, and `objectBytes` all else it keeps (its
 * functions, classes and values, and the modules it imports).
 */
export function measureImportCost(module: string, driverMpy: Uint8Array, options: RunOptions = {}): MeasuredImport {
  const fs = options.fs ?? new VirtualFs();
  // The board's filesystem is a copy in memory: the driver never reaches a host folder.
  if (!fs.listdir("/").includes("lib")) fs.mkdir("/lib");
  fs.writeFile(`/lib/${COST_DRIVER}.mpy`, driverMpy);
  let out = "";
  const rt = new Runtime({ ...options, fs, write: (t) => (out += t), writeStderr: (t) => (out += t) });
  const d = rt.hostImport(COST_DRIVER);
  if (!(d.value instanceof PyModule)) return { cost: null, error: out + (d.error ?? "the driver did not load") };
  const imp = d.value.dict.get("imp")!;
  rt.loadOf = { name: module };
  rt.collect();
  const a = rt.heap.used;
  const r = rt.hostCall(imp, [module]);
  rt.collect();
  const total = rt.heap.used - a;
  if (r.error !== null) return { cost: null, error: out + r.error };
  const found = rt.loadOf.found;
  if (!found) return { cost: null, error: `'${module}' was not loaded from a .mpy file (already loaded, or built in)` };
  return { cost: importCostReport(found.load, found.m, total, found.qstrs), error: null };
}
