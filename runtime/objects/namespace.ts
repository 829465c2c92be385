// Module globals as both the VM and Python programs see them. The interpreter reads and writes a
// module's names through a JS Map (fast LOAD_GLOBAL/STORE_GLOBAL); `globals()` and a function's
// `__globals__` must be that same namespace as a live dict, identical on every call. A
// ModuleNamespace makes the dict on first request and from then on mirrors every change both ways.

import { HashTable, PyDict } from "./hashtable.js";
import { uncharged } from "../memory/charge.js";
import type { Namespace, Value } from "./value.js";

export class ModuleNamespace extends Map<string, Value> {
  private mirror: MirrorTable | null = null;
  private dictObj: PyDict | null = null;
  /** The heap model's view of the module's table (a new name may grow it, a deleted one frees a slot). */
  table: { add(): void; remove(): void } | null = null;

  override set(key: string, value: Value): this {
    if (this.table !== null && !this.has(key)) this.table.add();
    super.set(key, value);
    this.mirror?.store(key, value);
    return this;
  }

  override delete(key: string): boolean {
    const had = super.delete(key);
    if (had) {
      this.table?.remove();
      this.mirror?.remove(key);
    }
    return had;
  }

  override clear(): void {
    super.clear();
    this.mirror?.wipe();
  }

  /** The live dict (the module's own dict object, already counted when the module was made). */
  dict(): PyDict {
    if (!this.dictObj) {
      this.mirror = new MirrorTable(this);
      this.dictObj = uncharged(() => new PyDict(this.mirror!));
    }
    return this.dictObj;
  }

  /** Map writes that do not echo back into the dict (the dict made them). */
  setQuietly(key: string, value: Value): void {
    if (this.table !== null && !this.has(key)) this.table.add();
    super.set(key, value);
  }
  deleteQuietly(key: string): void {
    if (super.delete(key)) this.table?.remove();
  }
  clearQuietly(): void {
    super.clear();
  }
}

/** A dict table that passes each change on to its namespace's Map. */
class MirrorTable extends HashTable {
  constructor(readonly ns: ModuleNamespace) {
    super();
    for (const [k, v] of ns) super.set(k, v);
  }

  override set(key: Value, value: Value): boolean {
    const isNew = super.set(key, value);
    if (typeof key === "string") this.ns.setQuietly(key, value);
    return isNew;
  }

  override delete(key: Value): Value {
    const v = super.delete(key);
    if (v !== undefined && typeof key === "string") this.ns.deleteQuietly(key);
    return v;
  }

  override clear(): void {
    super.clear();
    this.ns.clearQuietly();
  }

  /** Changes made through the Map. */
  store(key: string, value: Value): void {
    super.set(key, value);
  }
  remove(key: string): void {
    super.delete(key);
  }
  wipe(): void {
    super.clear();
  }
}

/** `globals()`/`__globals__`: the live dict of a module namespace, or a copy of any other. */
export function namespaceDict(ns: Namespace): PyDict {
  if (ns instanceof ModuleNamespace) return ns.dict();
  const d = new PyDict();
  for (const [k, v] of ns) d.table.set(k, v);
  return d;
}

/** The namespace behind a dict that `namespaceDict` made, so exec() can run in it directly. */
export function namespaceOfDict(d: PyDict): Namespace | null {
  return d.table instanceof MirrorTable ? d.table.ns : null;
}
