// Names an import interns, as the WebAssembly VM has them: reproducers of a few lines imported on
// both VMs (spec/memory/import-table.ts), their costs compared. A frozen package's source names
// (`collections/__init__.py`) are firmware qstrs; namedtuple interns its name and fields and
// allocates its type object; an import interns each component's name.

import { describe, expect, it } from "vitest";
import { deviceImport, oursImport } from "./import-table.js";

async function same(files: Record<string, string>, module: string): Promise<number> {
  const device = await deviceImport(files, module);
  const ours = oursImport(files, module);
  expect(ours.cost).toBe(device.cost);
  return device.cost;
}

describe("qstrs an import interns", () => {
  it("a package the firmware freezes: its source names are firmware qstrs", async () => {
    // The pyscript variant freezes micropython-lib's collections: a /lib copy's .mpy names its
    // source `collections/__init__.py`, interned already (mpyc once charged 128 bytes more).
    const files = { "collections/__init__.py": "from .defaultdict import defaultdict\n", "collections/defaultdict.py": "class defaultdict:\n    pass\n" };
    expect(await same(files, "collections")).toBe(304);
  });

  it("namedtuple interns its name and fields and allocates its type", async () => {
    const src = "from ucollections import namedtuple\nPnt = namedtuple('Pntq', ('xq1', 'yq2', 'zq3', 'wq4'))\np = Pnt(1, 2, 3, 4)\n";
    await same({ "ntq.py": src }, "ntq");
  });

  it("namedtuple's fields given as one str are split first", async () => {
    const src = "from ucollections import namedtuple\nPnt = namedtuple('Pnts', 'aq1 bq2 cq3')\n";
    await same({ "nts.py": src }, "nts");
  });

  it("an import interns each component's own name, and a relative one its resolved name first", async () => {
    // py/builtinimport.c: qstr_from_strn of the resolved "pkq._aq1", then per component the
    // prefix and the component ("_aq1"): mpyc interned only the prefixes (hashlib, 112 bytes short).
    const files = {
      "pkq/__init__.py": 'def _init():\n    for algo in ("aq1",):\n        c = __import__("_" + algo, None, None, (), 1)\n\n_init()\n',
      "pkq/_aq1.py": "x = 1\n",
    };
    expect(await same(files, "pkq")).toBe(432);
  });
});
