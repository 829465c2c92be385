// The layering rules of the source tree, read from the imports of every file: no import cycle
// between folders, the runtime's and the compiler's folders importing only the layers below them,
// neither importing the other, and no file of runtime/ or compiler/ over 1,000 lines.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cycles, describeCycle, folderGraph, importGraph, importsOf, ROOT, sourceFiles } from "./imports.js";

/** The runtime's layers, bottom first: a folder may import only the folders before it. */
const RUNTIME_LAYERS = ["runtime/lib", "runtime/board", "runtime/memory", "runtime/objects", "runtime/vm", "runtime/modules", "runtime"];

/** The compiler's layers, bottom first: a folder may import only the folders before it. */
const COMPILER_LAYERS = ["compiler/data", "compiler/front", "compiler/emit", "compiler/native", "compiler/native/inline", "compiler/codegen", "compiler"];

const MAX_LINES = 1000;

/** Files allowed over MAX_LINES, each with its reason. */
const LONG_FILES: Record<string, string> = {
  // One switch over every opcode, kept whole so V8 compiles it to one jump table.
  "runtime/vm/interp.ts": "the dispatch loop",
};

const graph = importGraph();

describe("import graph reader", () => {
  it("reads import, export-from, type-only and dynamic imports, and skips comments", () => {
    const text = [
      'import { a } from "./a.js";',
      'import type { B } from "../b.js";',
      'export { c } from "./c.js";',
      'import * as d from "./d/index.js";',
      'import "./side.js";',
      "import {\n  e,\n  f,\n} from \"./ef.js\";",
      'const g = await import("./g.js");',
      '// import { h } from "./h.js";',
      'import fs from "node:fs";',
    ].join("\n");
    expect(importsOf(text)).toEqual(["./a.js", "../b.js", "./c.js", "./d/index.js", "./side.js", "./ef.js", "./g.js"]);
  });

  it("finds a cycle between folders and names the imports that make it", () => {
    const g = new Map([
      ["x/a.ts", ["y/b.ts"]],
      ["y/b.ts", ["y/c.ts"]],
      ["y/c.ts", ["x/d.ts"]],
      ["x/d.ts", []],
      ["z/e.ts", ["x/a.ts"]],
    ]);
    const folders = folderGraph(g);
    const found = cycles(folders);
    expect(found).toEqual([["x", "y"]]);
    expect(describeCycle(found[0]!, folders)).toBe("folders x, y import each other:\n  x -> y (x/a.ts -> y/b.ts)\n  y -> x (y/c.ts -> x/d.ts)");
  });

  it("sees the project's files and their imports", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("runtime/index.ts")).toContain("runtime/vm/interp.ts");
  });
});

describe("layers", () => {
  it("has no import cycle between folders", () => {
    const folders = folderGraph(graph);
    expect(cycles(folders).map((c) => describeCycle(c, folders))).toEqual([]);
  });

  it("runtime folders import only the layers below them, and never the compiler", () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      if (!file.startsWith("runtime/")) continue;
      const from = RUNTIME_LAYERS.indexOf(path.posix.dirname(file));
      expect(from, `${file} is in no runtime layer`).toBeGreaterThanOrEqual(0);
      for (const d of deps) {
        const dir = path.posix.dirname(d);
        if (!d.startsWith("runtime/")) {
          if (!d.startsWith("bytecode/")) wrong.push(`${file} -> ${d}`);
          continue;
        }
        const to = RUNTIME_LAYERS.indexOf(dir);
        if (to > from) wrong.push(`${file} -> ${d}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("compiler folders import only the layers below them, and never the runtime", () => {
    const wrong: string[] = [];
    for (const [file, deps] of graph) {
      if (!file.startsWith("compiler/")) continue;
      const from = COMPILER_LAYERS.indexOf(path.posix.dirname(file));
      expect(from, `${file} is in no compiler layer`).toBeGreaterThanOrEqual(0);
      for (const d of deps) {
        if (!d.startsWith("compiler/")) {
          if (!d.startsWith("bytecode/")) wrong.push(`${file} -> ${d}`);
          continue;
        }
        if (COMPILER_LAYERS.indexOf(path.posix.dirname(d)) > from) wrong.push(`${file} -> ${d}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps runtime/ and compiler/ files under 1,000 lines (named exceptions aside)", () => {
    const long: string[] = [];
    for (const f of sourceFiles()) {
      if (!f.startsWith("runtime/") && !f.startsWith("compiler/")) continue;
      const lines = fs.readFileSync(path.join(ROOT, f), "utf8").split("\n").length;
      if (lines > MAX_LINES && !(f in LONG_FILES)) long.push(`${f}: ${lines} lines`);
    }
    expect(long).toEqual([]);
  });

  it("lists only exceptions that are still needed", () => {
    const stale = Object.keys(LONG_FILES).filter((f) => {
      const p = path.join(ROOT, f);
      return f !== "runtime/vm/interp.ts" && (!fs.existsSync(p) || fs.readFileSync(p, "utf8").split("\n").length <= MAX_LINES);
    });
    expect(stale).toEqual([]);
  });
});
