// Golden tests of the freezer: our C for corpus modules must equal what MicroPython's
// tools/mpy-tool.py --freeze printed for their reference .mpy files (commands in golden/README.md),
// whether the modules come from reading those files or from compiling the .py sources ourselves.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMpy } from "../../bytecode/mpy-read.js";
import type { CompiledModule } from "../../bytecode/rawcode.js";
import { compile } from "../../compiler/index.js";
import { formatG } from "../../freezer/cnum.js";
import { type FreezeOptions, freezeModules, parseQstrHeader } from "../../freezer/freeze.js";
import { qstrHash } from "../../bytecode/qstr-hash.js";
import { qstrEscape } from "../../freezer/qstr.js";
import { corpusPrograms } from "../corpus/programs.js";

const root = join(import.meta.dirname, "..", "..");
const here = join(root, "spec", "freezer");
const header = (name: string) => parseQstrHeader(readFileSync(join(here, "fixtures", name), "utf8"));

interface Golden {
  readonly name: string;
  readonly modules: readonly string[];
  readonly options: FreezeOptions;
}

const small = header("qstrs.h");
const GOLDENS: readonly Golden[] = [
  ...["classes", "consts", "literals", "generators"].map((n) => ({ name: n, modules: [n], options: { firmware: small } })),
  { name: "together", modules: ["classes", "consts", "literals", "generators"], options: { firmware: small } },
  { name: "exceptions-hash0", modules: ["exceptions"], options: { firmware: header("qstrs-hash0.h") } },
  { name: "literals-longlong", modules: ["literals"], options: { firmware: small, longInt: "longlong" } },
  { name: "smallints-mpz8", modules: ["smallints"], options: { firmware: small, mpzDigitBits: 8 } },
  { name: "imports-noheader", modules: ["imports"], options: {} },
];

const fromMpy = (n: string): CompiledModule => readMpy(readFileSync(join(root, "corpus", `${n}.mpy`)));

const programs = new Map(corpusPrograms().map((p) => [p.name, p]));

/** A corpus program compiled by us with its `# mpyc-options:`, as its reference .mpy was made. */
function fromPy(n: string): CompiledModule {
  const p = programs.get(n)!;
  const r = compile(p.source, p.options);
  if (!r.ok) throw new Error(`${n}.py does not compile: ${r.error.message}`);
  return r.module;
}

const golden = (name: string) => readFileSync(join(here, "golden", `${name}.c`), "utf8");

describe("freezer goldens (mpy-tool.py --freeze)", () => {
  for (const g of GOLDENS) {
    for (const [how, load] of [["reference .mpy", fromMpy], ["our compiler", fromPy]] as const) {
      it(`${g.name}, from ${how}`, () => {
        const inputs = g.modules.map((n) => ({ module: load(n), mpyFile: `${n}.mpy` }));
        expect(freezeModules(inputs, g.options)).toBe(golden(g.name));
      });
    }
  }
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
    // Width 0 hashes as py/qstr.c does without stored hashes: 16 bits.
    expect(qstrHash(new TextEncoder().encode("print"), 0)).toBe(qstrHash(new TextEncoder().encode("print"), 2));
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

describe("qstr header", () => {
  it("reads QCFG and Q lines as parse_input_headers does and ignores the rest", () => {
    const h = parseQstrHeader('# 1 "x"\r\n  QCFG(BYTES_IN_LEN, (2))\rQCFG(BYTES_IN_HASH, ( 1 ))\nQ(a b)\nQ(\\n)\nQQ(c)\n x Q(d)\n');
    expect([h.bytesInLen, h.bytesInHash]).toEqual([2, 1]);
    expect(h.idents.has("a_space_b")).toBe(true);
    expect(h.idents.has("_0x0a_")).toBe(true);
    expect(h.idents.has("c")).toBe(false);
    expect(h.idents.has("d")).toBe(false);
  });
  it("refuses a header without QCFG lines or with widths py/qstr.h lacks", () => {
    expect(() => parseQstrHeader("Q(a)\n")).toThrow(/no QCFG lines/);
    expect(() => parseQstrHeader("QCFG(BYTES_IN_LEN, (1))\n")).toThrow(/no QCFG\(BYTES_IN_HASH/);
    expect(() => parseQstrHeader("QCFG(BYTES_IN_LEN, (1))\nQCFG(BYTES_IN_HASH, (3))\n")).toThrow(/not supported/);
    expect(() => parseQstrHeader("QCFG(BYTES_IN_LEN, (1))\nQCFG(BYTES_IN_HASH, (1_0))\n")).toThrow(/not supported/);
    expect(() => parseQstrHeader("QCFG(BYTES_IN_LEN, ())\nQCFG(BYTES_IN_HASH, (1))\n")).toThrow(/not an integer/);
  });
});
