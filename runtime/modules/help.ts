// The help() builtin (py/builtinhelp.c): the welcome text, help(obj) listing a module's or a
// type's attributes as "name -- value", and help('modules') as four sorted columns. Tables in ROM
// (built-in modules and types) list in their defined order; dicts made at run time (a user
// class, an imported .py module) in hash-table slot order, as MicroPython walks its maps.

import type { Output } from "../objects/args.js";
import { fn } from "../objects/args.js";
import { HashTable } from "../objects/hashtable.js";
import { BUILTIN_MODULE_NAMESPACES } from "../objects/call.js";
import { uncharged } from "../memory/charge.js";
import { str } from "../objects/repr.js";
import { PyModule, PyType, typeOf, type Namespace, type PyBuiltin, type Value } from "../objects/value.js";

/** MICROPY_PY_BUILTINS_HELP_TEXT as the unix port (and any port without its own) prints it. */
const HELP_TEXT = `Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
`;

const COLUMNS = 4;
const COLUMN_WIDTH = 18;

/** help(); `moduleNames` lists the built-in modules for help('modules'). */
export function helpBuiltin(out: Output, moduleNames: () => Iterable<string>): PyBuiltin {
  const b = fn("help", (a) => {
    if (a.length === 0) out.write(HELP_TEXT);
    else if (a[0] === "modules") out.write(modulesText([...moduleNames()]));
    else out.write(objectText(a[0]!));
    return null;
  });
  b.maxArgs = 1;
  return b;
}

function objectText(obj: Value): string {
  let text = `object ${str(obj)} is of type ${typeOf(obj).name}\n`;
  for (const [k, v] of attributes(obj)) text += `  ${str(k)} -- ${str(v)}\n`;
  return text;
}

/** A module's globals, else the attributes of the type (or of the object's type). */
function attributes(obj: Value): [Value, Value][] {
  if (obj instanceof PyModule) return BUILTIN_MODULE_NAMESPACES.has(obj.dict) ? [...obj.dict] : slotOrder(obj.dict);
  const t = obj instanceof PyType ? obj : typeOf(obj);
  return t.isUser ? slotOrder(t.dict) : [...t.dict];
}

/** The entries as a MicroPython dict filled in the same order would hold them. */
function slotOrder(ns: Namespace): [Value, Value][] {
  const table = uncharged(() => new HashTable());
  for (const [k, v] of ns) table.set(k, v);
  return table.entries();
}

/** The sorted names in COLUMNS columns, filled column by column. */
function modulesText(names: string[]): string {
  const sorted = [...new Set(names)].sort();
  const rows = Math.ceil(sorted.length / COLUMNS);
  let text = "";
  for (let i = 0; i < rows; i++) {
    for (let j = i; ; ) {
      const name = sorted[j]!;
      text += name;
      j += rows;
      if (j >= sorted.length) break;
      let gap = COLUMN_WIDTH - name.length;
      while (gap < 1) gap += COLUMN_WIDTH;
      text += " ".repeat(gap);
    }
    text += "\n";
  }
  return text + "Plus any modules on the filesystem\n";
}
