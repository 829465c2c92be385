// The ROMFS writer: images byte-identical to mpremote's VfsRomWriter (goldens made by MicroPython
// v1.27.0's tools/mpremote/mpremote/romfs.py, commands in golden/README.md), and read back by the
// runtime's reader as the same tree.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildRomfs, RomfsError, type RomfsTree } from "../../freezer/romfs.js";
import { RomFs } from "../../runtime/board/romfs.js";

const golden = join(import.meta.dirname, "golden");

/** A host directory as a tree (entries in the order the file system gives them). */
function readTree(dir: string): Map<string, Uint8Array | RomfsTree> {
  const out = new Map<string, Uint8Array | RomfsTree>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    out.set(name, statSync(p).isDirectory() ? readTree(p) : new Uint8Array(readFileSync(p)));
  }
  return out;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const enc = (s: string) => new TextEncoder().encode(s);

/** What the reader lists under `path`, recursively: "dir/" for directories, "name=<hex>" for files. */
function listAll(fs: RomFs, path = ""): string[] {
  const found = fs.search(enc(path));
  if (found?.kind !== "dir") throw new Error(`not a directory: ${path}`);
  const cursor = { at: found.start, top: found.start + found.size };
  const out: string[] = [];
  for (let e = fs.nextEntry(cursor); e; e = fs.nextEntry(cursor)) {
    const name = (path ? path + "/" : "") + new TextDecoder().decode(e.name);
    if (e.dir) out.push(name + "/", ...listAll(fs, name));
    else {
      const f = fs.search(enc(name));
      if (f?.kind !== "file") throw new Error(`not a file: ${name}`);
      out.push(`${name}=${hex(fs.bytes(f))}`);
    }
  }
  return out;
}

/** The same listing made from the tree itself, sorted as the writer sorts. */
function expectedListing(tree: RomfsTree, path = ""): string[] {
  const list = tree instanceof Map ? [...tree] : Object.entries(tree);
  list.sort(([a], [b]) => (a < b ? -1 : 1));
  const out: string[] = [];
  for (const [n, v] of list) {
    const name = (path ? path + "/" : "") + n;
    if (v instanceof Uint8Array) out.push(`${name}=${hex(v)}`);
    else out.push(name + "/", ...expectedListing(v as RomfsTree, name));
  }
  return out;
}

describe("ROMFS goldens (mpremote romfs build)", () => {
  for (const name of ["app", "small"]) {
    it(name, () => {
      const image = buildRomfs(readTree(join(golden, "romfs-trees", name)));
      expect(hex(image)).toBe(hex(readFileSync(join(golden, `${name}.romfs`))));
    });
  }
});

describe("ROMFS writer", () => {
  // Each expected image is VfsRomWriter's for the same calls (hex from Python).
  it("writes an empty filesystem", () => {
    expect(hex(buildRomfs({}))).toBe("d2cd3100");
  });
  it("writes empty directories, and sorts entries whatever the input order", () => {
    expect(hex(buildRomfs({ f: enc("ab"), e: {} }))).toBe("d2cd310c040201650506016602026162");
  });
  it("writes multi-byte lengths and pads an odd image with 0x80", () => {
    const image = buildRomfs({ ["x".repeat(130)]: new Uint8Array(200).fill(0x79) });
    expect(hex(image.subarray(0, 10))).toBe("d2cd3180825205824f81");
    expect(image.length).toBe(3 + 3 + 3 + 2 + 130 + 2 + 200 + 1);
    expect(image.length % 2).toBe(0);
  });
  it("refuses names that are not one ASCII path component", () => {
    expect(() => buildRomfs({ "é.py": enc("") })).toThrow(RomfsError);
    expect(() => buildRomfs({ "a/b": enc("") })).toThrow(RomfsError);
    expect(() => buildRomfs({ sub: { "": enc("") } })).toThrow(RomfsError);
  });
});

describe("ROMFS round trip (the runtime's reader)", () => {
  const trees: Record<string, RomfsTree> = {
    app: readTree(join(golden, "romfs-trees", "app")),
    nested: {
      "main.py": enc("print('hi')\n"),
      lib: { "pkg": { "__init__.py": enc(""), "mod.mpy": new Uint8Array([0x4d, 6, 0, 31]) }, "big.bin": new Uint8Array(70000).map((_, i) => i * 7) },
      empty: {},
      "10": enc("numeric names sort as text"),
      "9": enc("nine"),
    },
  };
  for (const [name, tree] of Object.entries(trees)) {
    it(`${name}: lists the same tree and contents`, () => {
      const fs = RomFs.open(buildRomfs(tree));
      expect(fs).not.toBeNull();
      expect(listAll(fs!)).toEqual(expectedListing(tree));
    });
  }
});
