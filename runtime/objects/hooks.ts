// The runtime's two extension points for the modules and memory layers: an allocation hook the
// object model calls on every object it creates, and the registry of built-in modules that
// `import` consults before the search path (MicroPython's mp_builtin_module_map in py/objmodule.c).
//
// Allocation hook contract: `onAlloc(kind, bytes, obj)` is called once per created object, with
// `kind` naming the MicroPython type (e.g. "list", "dict", "str", "closure") and `bytes` the size of
// the request before rounding to 16-byte GC blocks (the heap rounds). A hook may throw
// memory/heap.ts's HeapExhausted; the VM turns that into `MemoryError` with its message. A growth of
// an existing object (list append past capacity, dict resize) is reported as a new request of the
// grown size with the same object, and `onFree` (optional) reports the old part as released.

/** Names of the MicroPython types the object model allocates; open-ended for module types. */
export type AllocKind = string;

export interface AllocationHook {
  onAlloc(kind: AllocKind, bytes: number, obj: object): void;
  onFree?(kind: AllocKind, bytes: number, obj: object): void;
}

/** A hook that accounts for nothing: the default when no heap model is attached. */
export const NO_ALLOCATION_HOOK: AllocationHook = { onAlloc() {} };

/**
 * Builds a built-in module's attributes on first import. Values are plain JS values the VM wraps
 * (numbers, strings, arrays, functions taking and returning JS values); a thrown Error is mapped to
 * the Python exception type named by its `name` (e.g. "ValueError", "OSError", "MemoryError").
 */
export type ModuleFactory = () => Record<string, unknown>;

export class ModuleRegistry {
  private readonly factories = new Map<string, ModuleFactory>();
  private readonly built = new Map<string, Record<string, unknown>>();

  /** Registers (or replaces, before its first import) the module `name`. */
  register(name: string, factory: ModuleFactory): void {
    this.factories.set(name, factory);
    this.built.delete(name);
  }

  has(name: string): boolean {
    return this.factories.has(name);
  }

  /** The module's attributes, built once per run; undefined when no such module is registered. */
  load(name: string): Record<string, unknown> | undefined {
    const cached = this.built.get(name);
    if (cached) return cached;
    const factory = this.factories.get(name);
    if (!factory) return undefined;
    const attrs = factory();
    this.built.set(name, attrs);
    return attrs;
  }

  /** Registered names in registration order (for help('modules')). */
  names(): string[] {
    return [...this.factories.keys()];
  }
}
