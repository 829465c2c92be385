// Takes a few small Python modules (a reproducer) and a module name; compiles them with mpyc, and
// imports the module on the WebAssembly VM and on mpyc's VM as the import-cost tool does (the
// driver module, a collection, `imp(M)`, a collection). Gives each side's cost and its allocation
// table after the collection, heads as 'h', so a spec can show where the blocks differ.

import { compile, formatError } from "../../compiler/index.js";
import { formatAllocTable } from "../../runtime/memory/dump.js";
import { VirtualFs } from "../../runtime/board/fs.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";
import { COST_DRIVER, costDriverMpy, importViaDriver } from "../tools/memory/ours.js";
import { normalise, tableCells } from "./atb.js";

export interface SideReading {
  readonly cost: number;
  /** The table after the import's collection, up to its last used block, heads as 'h'. */
  readonly cells: string;
}

/** Each file (`pkg/__init__.py` -> its source) compiled by mpyc into /lib as .mpy. */
function compileFiles(files: Record<string, string>): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [name, source] of Object.entries(files)) {
    const r = compile(source, { sourceName: name });
    if (!r.ok) throw new Error(formatError(r.error, name, source));
    out.set(`/lib/${name.replace(/\.py$/, ".mpy")}`, r.mpy);
  }
  return out;
}

const trimmed = (cells: string) => normalise(cells).replace(/\.+$/, "");

export async function deviceImport(files: Record<string, string>, module: string): Promise<SideReading> {
  const o = await MemoryOracle.load({ heapsize: 1024 * 1024 });
  o.mkdir("/lib");
  for (const [file, bytes] of compileFiles(files)) {
    const parts = file.split("/");
    for (let i = 2; i < parts.length; i++) o.mkdir(parts.slice(0, i).join("/"));
    o.writeFile(file, bytes);
  }
  o.writeFile(`/lib/${COST_DRIVER}.mpy`, costDriverMpy(module));
  const r = o.importCostVia(COST_DRIVER, module);
  if (r.error) throw new Error(`${module} on the device: ${r.error}`);
  return { cost: r.bytes, cells: trimmed(o.allocTable().cells) };
}

export function oursImport(files: Record<string, string>, module: string): SideReading {
  const vfs = new VirtualFs();
  vfs.mkdir("/lib");
  for (const [file, bytes] of compileFiles(files)) {
    const parts = file.split("/");
    for (let i = 3; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      if (!vfs.listdir(parts.slice(0, i - 1).join("/")).includes(parts[i - 1]!)) vfs.mkdir(dir);
    }
    vfs.writeFile(file, bytes);
  }
  const { rt, cost, error } = importViaDriver(vfs, module);
  if (error !== null) throw new Error(`${module} on mpyc's VM: ${error}`);
  const dump = `GC memory layout; from 0:${formatAllocTable(rt.heap.table)}`;
  return { cost, cells: trimmed(tableCells(dump, rt.heap.table.blocks)) };
}
