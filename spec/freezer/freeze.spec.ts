// Golden tests of the freezer: our C for reference .mpy files from corpus/ must equal what
// MicroPython's tools/mpy-tool.py --freeze printed for them (commands in golden/README.md).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMpy } from "../../bytecode/mpy-read.js";
import { freezeModules, parseQstrHeader } from "../../freezer/freeze.js";
import { formatG } from "../../freezer/cnum.js";
import { qstrEscape, qstrHash } from "../../freezer/qstr.js";

const root = join(import.meta.dirname, "..", "..");
const here = join(root, "spec", "freezer");
const firmware = parseQstrHeader(readFileSync(join(here, "fixtures", "qstrs.h"), "utf8"));

function freeze(names: readonly string[]): string {
  const inputs = names.map((n) => ({
    module: readMpy(readFileSync(join(root, "corpus", `${n}.mpy`))),
    mpyFile: `${n}.mpy`,
  }));
  return freezeModules(inputs, { firmware });
}

const golden = (name: string) => readFileSync(join(here, "golden", `${name}.c`), "utf8");

describe("freezer goldens (mpy-tool.py --freeze)", () => {
  for (const name of ["classes", "consts", "literals", "generators"]) {
    it(name, () => expect(freeze([name])).toBe(golden(name)));
  }
  it("several modules together", () => {
    expect(freeze(["classes", "consts", "literals", "generators"])).toBe(golden("together"));
  });
});

describe("freezer pieces", () => {
  it("spells qstr identifiers as makeqstrdata.py does", () => {
    expect(qstrEscape("<module>")).toBe("_lt_module_gt_");
    expect(qstrEscape("a b-c")).toBe("a_space_b_hyphen_c");
    expect(qstrEscape("\u{1f600}")).toBe("_0x1f600_");
  });
  it("hashes with the configured width and never gives 0", () => {
    expect(qstrHash(new TextEncoder().encode("print"), 2)).toBe(qstrHash(new TextEncoder().encode("print"), 2) & 0xffff);
    expect(qstrHash(new Uint8Array(), 1)).toBe(5381 & 0xff);
  });
  it("formats floats as Python's %.16g, ties to even", () => {
    expect(formatG(0.1)).toBe("0.1");
    expect(formatG(1e16)).toBe("1e+16");
    expect(formatG(1234567890123456.5)).toBe("1234567890123456");
    expect(formatG(1234567890123457.5)).toBe("1234567890123458");
    expect(formatG(-0)).toBe("-0");
    expect(formatG(1.5e-5)).toBe("1.5e-05");
  });
});
