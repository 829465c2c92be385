// The loader's allocations (runtime/memory/import-load.ts) against the device: small modules,
// each compiled by mpyc and imported from the same .mpy on a fresh fixed-heap WebAssembly VM;
// the model loads the module, makes what its body makes, collects, and must leave the same
// import cost to the byte. Names are chosen that no firmware has, so every qstr is new on both.

import { describe, expect, it } from "vitest";
import { STATIC_QSTRS } from "../../bytecode/qstr-static.js";
import { compile } from "../../compiler/index.js";
import { BlockHeap } from "../../runtime/memory/blocks.js";
import { collectGarbage } from "../../runtime/memory/collector.js";
import { mNew } from "../../runtime/memory/growth.js";
import { functionReferences, internText, type LoadedModule, loadModule, moduleReferences } from "../../runtime/memory/import-load.js";
import { LAYOUT } from "../../runtime/memory/layouts.js";
import { QstrPool } from "../../runtime/memory/qstr-pool.js";
import { MemoryOracle } from "../oracle/memory-oracle.js";

/** What the body leaves: function objects (the raw code's index among the module's children, defaults) bound to globals. */
interface Body {
  readonly defs?: readonly { child: number; defaults?: number }[];
  /** Globals bound to constants or small ints. */
  readonly values?: number;
  /** Class statements: the class body's index among the module's children, its methods (indices among the body's children), whether it has one base. */
  readonly classes?: readonly { child: number; methods: readonly number[]; base?: boolean }[];
}

const CASES: [string, string, Body][] = [
  ["empty", "", {}],
  ["one function", "def zq_f():\n    return 1\n", { defs: [{ child: 0 }] }],
  ["nested function", "def zq_f():\n    def zq_g():\n        return 2\n    return zq_g\n", { defs: [{ child: 0 }] }],
  ["three functions", "def zq_a():\n    pass\ndef zq_b():\n    pass\ndef zq_c():\n    pass\n", { defs: [{ child: 0 }, { child: 1 }, { child: 2 }] }],
  ["a default argument", "def zq_f(zq_x=1):\n    return zq_x\n", { defs: [{ child: 0, defaults: 1 }] }],
  ["str constant", "zq_s = 'a string constant that is long enough'\n", { values: 1 }],
  ["bytes constant", "zq_b = b'bytes constant 0123456789'\n", { values: 1 }],
  ["big int constant", "zq_n = 123456789012345678901234567890\n", { values: 1 }],
  ["float constant", "zq_x = 1.5\n", { values: 1 }],
  ["tuple constant", "zq_t = (1, 'a long tuple string item!', 2.5)\n", { values: 1 }],
  ["small ints", "zq_a = 1\nzq_b = 2\nzq_c = 3\n", { values: 3 }],
  // 8 qstrs and no objects: the object-table pointer lands on the next block and keeps it.
  ["a class with one method", "class ZqC:\n    def zq_m(self):\n        return 1\n", { classes: [{ child: 0, methods: [0] }] }],
  ["class no methods", "class ZqC:\n    pass\n", { classes: [{ child: 0, methods: [] }] }],
  ["class two methods", "class ZqC:\n    def zq_m(self):\n        return 1\n    def zq_n(self):\n        return 1\n", { classes: [{ child: 0, methods: [0, 1] }] }],
  ["class three methods", "class ZqC:\n    def zq_m(self):\n        return 1\n    def zq_n(self):\n        return 1\n    def zq_o(self):\n        return 1\n", { classes: [{ child: 0, methods: [0, 1, 2] }] }],
  [
    "a class and a subclass",
    "class ZqC:\n    def zq_m(self):\n        return 1\nclass ZqD(ZqC):\n    def zq_n(self):\n        return 2\n    def zq_o(self):\n        return 3\n",
    {
      classes: [
        { child: 0, methods: [0] },
        { child: 1, methods: [0, 1], base: true },
      ],
    },
  ],
  [
    "constants and functions together",
    "ZQ_TABLE = (1, 2, 3)\nzq_msg = 'hello from a module constant'\ndef zq_f(zq_a, zq_b=2):\n    return zq_a + zq_b\ndef zq_g():\n    return [zq_f(i) for i in ZQ_TABLE]\n",
    { values: 2, defs: [{ child: 0, defaults: 1 }, { child: 1 }] },
  ],
];

describe("import cost from the loader's allocations", () => {
  CASES.forEach(([what, source, body], i) => {
    it(what, async () => {
      const name = `zqmod${i}`;
      const r = compile(source, { sourceName: `${name}.py` });
      if (!r.ok) throw new Error(r.error.message);
      const o = await MemoryOracle.load({ heapsize: 256 * 1024, fixed: true });
      o.mkdir("/lib");
      o.writeFile(`/lib/${name}.mpy`, r.mpy);
      const device = o.importCost(name);
      expect(device.error).toBeNull();

      const h = new BlockHeap(256 * 1024);
      const q = new QstrPool(h);
      const known = new Set<string>(STATIC_QSTRS);
      internText(q, known, name); // interned before the measurement, as on the device
      const base = h.memAlloc();
      const mod: LoadedModule = loadModule(h, q, known, r.module, { filePath: `/lib/${name}.mpy` });
      const refs = moduleReferences(mod);
      mNew(h, 16); // the module's function object, garbage once the body has run
      const fns: number[] = [];
      for (const d of body.defs ?? []) {
        if (d.defaults) LAYOUT.tuple(h, d.defaults); // the defaults tuple, copied into the function
        const fn = LAYOUT.function(h, d.defaults ?? 0).head;
        refs.set(fn, functionReferences(mod, mod.root.kids[d.child]!));
        fns.push(fn);
        mod.globals.add();
      }
      for (let v = 0; v < (body.values ?? 0); v++) mod.globals.add();
      for (const c of body.classes ?? []) {
        // LOAD_BUILD_CLASS, MAKE_FUNCTION (the body's function: garbage), __build_class__.
        mNew(h, 16);
        const locals = LAYOUT.dict(h);
        locals.storage.add(); // __module__
        locals.storage.add(); // __qualname__
        const raw = mod.root.kids[c.child]!;
        const methods = c.methods.map((m) => {
          const fn = LAYOUT.function(h).head;
          refs.set(fn, functionReferences(mod, raw.kids[m]!));
          locals.storage.add();
          return fn;
        });
        if (c.base) LAYOUT.tuple(h, 1); // the bases tuple: a single base is kept as the parent instead
        const type = LAYOUT.type(h, c.base).head;
        refs.set(type, [locals.head]);
        refs.set(locals.head, [locals.storage.block!]);
        refs.set(locals.storage.block!, methods);
        fns.push(type);
        mod.globals.add();
      }
      // The globals table (wherever its last rehash put it) holds the functions.
      refs.set(mod.globalsDict, [mod.globals.block!]);
      refs.set(mod.globals.block!, fns);
      collectGarbage(h, { roots: () => [mod.context, ...q.heads], references: (b) => refs.get(b) ?? [] });
      expect(h.memAlloc() - base).toBe(device.bytes);
    });
  });

  it("a module importing another", async () => {
    const a = compile("import zqmodb\nzq_v = 1\n", { sourceName: "zqmoda.py" });
    const b = compile("def zq_f():\n    return 1\n", { sourceName: "zqmodb.py" });
    if (!a.ok || !b.ok) throw new Error("does not compile");
    const o = await MemoryOracle.load({ heapsize: 256 * 1024, fixed: true });
    o.mkdir("/lib");
    o.writeFile("/lib/zqmoda.mpy", a.mpy);
    o.writeFile("/lib/zqmodb.mpy", b.mpy);
    const device = o.importCost("zqmoda");
    expect(device.error).toBeNull();

    const h = new BlockHeap(256 * 1024);
    const q = new QstrPool(h);
    const known = new Set<string>(STATIC_QSTRS);
    internText(q, known, "zqmoda");
    const base = h.memAlloc();
    const ma = loadModule(h, q, known, a.module, { filePath: "/lib/zqmoda.mpy" });
    const refs = moduleReferences(ma);
    mNew(h, 16); // A's function object
    // IMPORT_NAME zqmodb: B is loaded and run inside A's body.
    const mb = loadModule(h, q, known, b.module, { filePath: "/lib/zqmodb.mpy" });
    for (const [k, v] of moduleReferences(mb)) refs.set(k, v);
    mNew(h, 16); // B's function object
    const fn = LAYOUT.function(h).head;
    refs.set(fn, functionReferences(mb, mb.root.kids[0]!));
    mb.globals.add();
    refs.set(mb.globalsDict, [mb.globals.block!]);
    refs.set(mb.globals.block!, [fn]);
    ma.globals.add(); // zqmodb
    ma.globals.add(); // zq_v
    refs.set(ma.globalsDict, [ma.globals.block!]);
    refs.set(ma.globals.block!, [mb.context]);
    // sys.modules (3 slots at start, empty) holds both without growing.
    collectGarbage(h, { roots: () => [ma.context, mb.context, ...q.heads], references: (x) => refs.get(x) ?? [] });
    expect(h.memAlloc() - base).toBe(device.bytes);
  });
});
