// Where an import's blocks land and which ones a collection keeps, against the WebAssembly VM:
// reproducers of a few lines imported on both VMs (spec/memory/import-table.ts), the allocation
// table after the import's collection compared block for block, then the cost.

import { describe, expect, it } from "vitest";
import { STUB } from "../tools/memory/mplib-layout.js";
import { deviceImport, oursImport } from "./import-table.js";

async function same(files: Record<string, string>, module: string): Promise<number> {
  const device = await deviceImport(files, module);
  const ours = oursImport(files, module);
  expect(ours.cells, "the table after the import's collection").toBe(device.cells);
  expect(ours.cost).toBe(device.cost);
  return device.cost;
}


describe("what the object-table pointer keeps", () => {
  it("a function's bytecode the loader placed after the tables (mhz19's shape)", async () => {
    // No constant objects and a qstr table of whole blocks: the context's object-table pointer is
    // one past the table, where this module's loader placed a method's bytecode (mpyc freed it: 16 bytes short).
    const src = [
      "import machine",
      "import utime",
      "class TimeoutError(Exception):",
      "    pass",
      "class MHZ19:",
      "    def __init__(self, pin, max_value=5000):",
      "        self.pin = pin",
      "        self.max_value = max_value",
      "    def _wait_on_condition(self, cond, timeout=5000):",
      "        start = utime.ticks_ms()",
      "        while not cond():",
      "            if utime.ticks_diff(utime.ticks_ms(), start) > timeout:",
      "                raise TimeoutError",
      "    def pwm_read(self):",
      "        self._wait_on_condition(lambda: self.pin.value() == 0)",
      "        t_h = machine.time_pulse_us(self.pin, 1, 1500000)",
      "        t_l = machine.time_pulse_us(self.pin, 0, 1500000)",
      "        return self.max_value * (t_h - 2000) / (t_h + t_l - 4000)",
    ].join("\n");
    expect(await same({ "mhzq.py": src + "\n", "machine.py": STUB }, "mhzq")).toBe(1152);
  });

  it("a children table, and through it the records and code of the class bodies", async () => {
    // Here the body's bytecode found a hole earlier and its children table is what follows the
    // qstr table: the device keeps the table, the records it points to and their code (mpyc
    // kept nothing of it: 32 bytes short). The holes the classes leave decide that placement:
    // each class's locals dict, bases tuple and type object must be placed as __build_class__
    // makes them (as one run they came out 16 bytes short even with the table kept).
    const src = [
      "class A:",
      "    a1 = 1",
      "    a2 = 2",
      "    a3 = 3",
      "    a4 = 4",
      "    a5 = 5",
      "    def f(self):",
      "        return self.a1",
      "class B(A):",
      "    b1 = 1",
      "    def g(self):",
      "        return 2",
      "class C(A, B):",
      "    pass",
      "items = [B() for i in range(5)]",
      "A.extra = 7",
      "A.more = 8",
      "A.most = 9",
    ].join("\n");
    expect(await same({ "clsq.py": src + "\n" }, "clsq")).toBe(752);
  });
});

describe("constants the loader made", () => {
  it("an int constant beyond the small ints, stored in globals, is the loader's mpz, not counted again", async () => {
    // 1 << 40 fits a JavaScript number; only bigint constants were known as the module's (32 bytes more).
    const src = "from micropython import const\nLIMIT = const(1 << 40)\nBIG = 1099511627777\nHUGE = 123456789012345678901234567890\n";
    await same({ "bigc.py": src }, "bigc");
  });
});

describe("class type objects", () => {
  it("a class whose first base has a protocol slot (io.IOBase) has one slot more: 80 bytes", async () => {
    // py/objtype.c mp_obj_new_type: 10 slots, + parent, + the first base's protocol (core_import_mpy_single's File).
    // uio: the built-in module (the pyscript variant freezes micropython-lib's io over it).
    const src = "import uio\nclass File(uio.IOBase):\n    def ioctl(self, req, arg):\n        return 0\nclass Plain:\n    pass\n";
    expect(await same({ "iocls.py": src }, "iocls")).toBe(368);
  });
});

describe("packages", () => {
  it("a package's __path__ str and the globals table it grows come before its __init__ is read", async () => {
    // py/builtinimport.c stores __path__ right after making the module; mpyc grew the table after
    // the load, so the loader's blocks landed elsewhere (mip.__main__ 256 bytes off).
    const files = {
      "pkp/__init__.py": "import sys\nX = [1, 2]\ndef f():\n    return X\n",
      "pkp/__main__.py": "from . import f\nY = f()\n",
    };
    expect(await same(files, "pkp.__main__")).toBe(416);
  });
});

describe("sys.modules", () => {
  it("its table grows when a module's name goes in, before the module is made; the port's first table is freed", async () => {
    // mp_obj_new_module adds the name first: the fourth module (with the driver) rehashes the
    // 3-slot table, at block 0 since start, before its context is allocated. mpyc grew it after
    // the load, anonymously, and never freed the port's (32 bytes more here; senml 48).
    const files = {
      "snq/__init__.py": "from .sa import A\nfrom .sb import B\n",
      "snq/sa.py": "class A:\n    def f(self):\n        return 1\n",
      "snq/sb.py": "from .sa import A\nclass B(A):\n    pass\n",
    };
    expect(await same(files, "snq")).toBe(688);
  });
});
