// Takes Python source (a measurement driver) and optionally a board folder and heap size; runs it
// on mpyc's VM as a board would run main.py, and gives what it printed. The driver is compiled by
// mpyc, as the modules it imports were. Also the import-cost driver module both VMs import, and the
// host's side of it here (Runtime.hostImport/hostCall, as the WebAssembly port's pyimport and calls).

import { compile, formatError } from "../../../compiler/index.js";
import { hostDirFs } from "../../../cli/hostfs.js";
import { Runtime, runMpy, VirtualFs } from "../../../runtime/index.js";
import { PyModule } from "../../../runtime/objects/value.js";
import { COST_DRIVER, costDriverSource } from "../../../runtime/measure-import.js";

export interface OursOptions {
  /** A host folder shown as the board's filesystem at "/". */
  readonly root?: string;
  /** The board's heap in bytes. */
  readonly heapBytes?: number;
  /** false: a failed allocation does not collect first, as on the WebAssembly port. */
  readonly collectOnFailure?: boolean;
  /** The driver's source name (its module's file-name qstr); main.py by default. */
  readonly sourceName?: string;
}

export function runOurs(source: string, opts: OursOptions = {}): { output: string; error: string | null } {
  const r = compile(source, { sourceName: opts.sourceName ?? "main.py" });
  if (!r.ok) throw new Error(`driver does not compile: ${formatError(r.error, "main.py", source)}`);
  const result = runMpy(r.mpy, {
    ...(opts.root !== undefined ? { fs: hostDirFs(opts.root) } : {}),
    ...(opts.heapBytes !== undefined ? { heapBytes: opts.heapBytes } : {}),
    ...(opts.collectOnFailure !== undefined ? { collectOnFailure: opts.collectOnFailure } : {}),
  });
  return { output: result.output, error: result.error };
}

export { COST_DRIVER, costDriverSource };

export function costDriverMpy(module: string): Uint8Array {
  const source = costDriverSource(module);
  const r = compile(source, { sourceName: `${COST_DRIVER}.py` });
  if (!r.ok) throw new Error(`cost driver does not compile: ${formatError(r.error, `${COST_DRIVER}.py`, source)}`);
  return r.mpy;
}

/**
 * The WebAssembly port's table of the objects its JavaScript holds (proxy_c.c), as the device's
 * allocation table shows it: 64 bytes at block 22 when the oracle has loaded, grown by 16 bytes
 * (moved when it cannot grow in place) on the first new proxy and every second one after it. A
 * host standing in for the port's JavaScript calls add() where the device's would make a proxy.
 */
export class PortProxies {
  private head: number | null = 22;
  private bytes = 64;
  private count = 0;
  constructor(private readonly rt: Runtime) {}
  add(): void {
    if (this.count++ % 2 !== 0 || this.head === null) return;
    this.bytes += 16;
    this.head = this.rt.heap.reallocPort(this.head, this.bytes);
  }
}

/**
 * The import cost of `module` on mpyc's VM, read as MemoryOracle.importCostVia reads it: the driver
 * imported by the host (as pyimport), a collection, `imp(module)`, a collection. Gives the cost,
 * or null with the output.
 */
export function oursImportCost(module: string, opts: OursOptions = {}): { cost: number | null; output: string } {
  const fs = opts.root !== undefined ? hostDirFs(opts.root) : new VirtualFs();
  if (!fs.listdir("/").includes("lib")) fs.mkdir("/lib");
  const r = importViaDriver(fs, module, opts.heapBytes);
  return r.error === null ? { cost: r.cost, output: r.rt.output } : { cost: null, output: r.rt.output + r.error };
}

/**
 * The driver written to `fs`'s /lib and imported by the host, a collection, `imp(module)`, a
 * collection: the run, the cost between the two collections, and the error text if either failed.
 */
export function importViaDriver(fs: VirtualFs, module: string, heapBytes?: number): { rt: Runtime; cost: number; error: string | null } {
  fs.writeFile(`/lib/${COST_DRIVER}.mpy`, costDriverMpy(module));
  const rt = new Runtime({ fs, ...(heapBytes !== undefined ? { heapBytes } : {}) });
  const d = rt.hostImport(COST_DRIVER);
  if (!(d.value instanceof PyModule)) return { rt, cost: 0, error: d.error ?? "the driver did not load" };
  const proxies = new PortProxies(rt);
  proxies.add(); // the driver module
  const imp = d.value.dict.get("imp")!;
  proxies.add(); // imp
  rt.collect();
  const a = rt.heap.used;
  const r = rt.hostCall(imp, [module]);
  rt.collect();
  return { rt, cost: rt.heap.used - a, error: r.error };
}
