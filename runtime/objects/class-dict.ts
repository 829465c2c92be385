// Takes the names a class body stores; gives the class's locals dict as the heap sees it:
// py/modbuiltins.c __build_class__ makes it empty (mp_obj_new_dict(0): the 16-byte object, no
// table) before the body runs, and py/map.c grows its table as names arrive (mp_map_rehash: the
// new table allocated, then the old one freed). The class keeps this very dict afterwards, so its
// blocks stay where they were made and later stores (A.x = 1) grow the same table.

import { disown, own } from "../memory/charge.js";
import { hashAllocAtLeast, SIZES } from "../memory/sizes.js";
import type { Value } from "./value.js";

export class ClassDict extends Map<string, Value> {
  /** The number the heap's owner table knows this object by (memory/heap.ts); 0 until it owns blocks. */
  heapNo = 0;
  /** Slots of the table (0: none yet). */
  private alloc = 0;
  private tableHead: number | null = null;

  constructor() {
    super();
    own(this, 16);
  }

  override set(key: string, value: Value): this {
    if (!this.has(key)) this.grow();
    return super.set(key, value);
  }

  /** Bytes of the dict object and its table. */
  get heapBytes(): number {
    return SIZES.dict(this.alloc);
  }

  /** A new name when every slot holds one: mp_map_rehash to the next size up. */
  private grow(): void {
    if (this.size < this.alloc) return;
    const next = hashAllocAtLeast(this.alloc + 1);
    const table = own(this, 8 * next);
    disown(this, this.tableHead);
    this.tableHead = table;
    this.alloc = next;
  }
}
