// `mpyc run --mem-report`'s import cost against the import cost mpyc's VM measures (collect, read,
// import by name, collect, read): every corpus module laid out on a board's filesystem, a module
// importing another, a package making relative imports, and a package run from a host folder.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { executePlan } from "../../cli/run.js";
import { CORPUS_DIR } from "../corpus/programs.js";
import { buildLayout } from "../tools/memory/mplib-layout.js";
import { checkReport } from "../tools/memory/report-check.js";
import { tempDir } from "../temp.js";

const tmp = () => tempDir("mpyc-memreport-");

/** Writes `files` (board path -> Python source) under `root` as .mpy files (no source beside them: a board imports a .py first). */
function layOut(root: string, files: Record<string, string>): void {
  for (const [rel, source] of Object.entries(files)) {
    const target = path.join(root, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const r = compile(source, { sourceName: rel });
    if (!r.ok) throw new Error(r.error.message);
    fs.writeFileSync(target.replace(/\.py$/, ".mpy"), r.mpy);
  }
}

describe("--mem-report's import cost", () => {
  it("is the measured import cost of every corpus module, and its parts add up to it", () => {
    const root = tmp();
    const layout = buildLayout(null, root, [CORPUS_DIR]);
    const rows = layout.modules.map((m) => checkReport(root, m));
    const measured = rows.filter((r) => r.measured !== null);
    expect(measured.length).toBeGreaterThanOrEqual(15);
    for (const r of measured) {
      expect({ module: r.module, reported: r.reported, parts: r.parts }).toEqual({ module: r.module, reported: r.measured, parts: r.measured });
    }
  });

  it("includes the modules the program imports, and a package's relative imports", () => {
    const root = tmp();
    layOut(root, {
      "lib/helper.py": "TABLE = [i * i for i in range(40)]\ndef square(n):\n    return TABLE[n]\n",
      "lib/user.py": "import helper\nVALUE = helper.square(3)\n",
      "lib/pkg/__init__.py": "from . import sub\nfrom .sub import f\nNAMES = ['a', 'b']\n",
      "lib/pkg/sub.py": "def f():\n    return [1, 2, 3]\nWORDS = 'one two three'.split()\n",
    });
    for (const module of ["user", "pkg"]) {
      const r = checkReport(root, module);
      expect(r.measured).not.toBeNull();
      expect(r.reported).toBe(r.measured);
      expect(r.parts).toBe(r.measured);
    }
    // Run as the main program, a package cannot make its relative imports: its own cost leaves them out.
    const pkg = checkReport(root, "pkg");
    expect(pkg.mainAlone!).toBeLessThan(pkg.measured!);
  });

  it("imports a package run from a host folder through the folder above it", () => {
    const root = tmp();
    layOut(root, {
      "pkg/__init__.py": "from . import sub\nNAMES = ['a', 'b']\n",
      "pkg/sub.py": "def f():\n    return [1, 2, 3]\n",
    });
    let text = "";
    const sink = (t: string) => (text += t);
    const plan = { dirs: [], traceHw: false, memReportWanted: true, heapBytes: undefined, flashBytes: undefined, fsRoot: undefined, runForUs: 1e6, timeoutMs: 60_000, boardName: "rp2040-125mhz", romfs: undefined, romfsFile: "" };
    executePlan({ ...plan, file: path.join(root, "pkg", "__init__.mpy") }, { out: sink, err: sink });
    const withSub = /^ {2}import cost: +(\d+) bytes(.*)$/m.exec(text);
    expect(withSub?.[2]).toBe(" (0.0% of 1024512)");
    // Without the submodule the same package costs less: the report counted it.
    layOut(root, { "pkg/__init__.py": "NAMES = ['a', 'b']\n" });
    text = "";
    executePlan({ ...plan, file: path.join(root, "pkg", "__init__.mpy") }, { out: sink, err: sink });
    const alone = /^ {2}import cost: +(\d+) bytes/m.exec(text);
    expect(Number(alone![1])).toBeLessThan(Number(withSub![1]));
  });

  it("falls back to the main module alone, saying why, when importing it fails", () => {
    const root = tmp();
    layOut(root, { "boom.py": "X = [1, 2]\nraise ValueError('no')\n" });
    let text = "";
    const sink = (t: string) => (text += t);
    executePlan(
      { file: path.join(root, "boom.mpy"), dirs: [], traceHw: false, memReportWanted: true, heapBytes: undefined, flashBytes: undefined, fsRoot: undefined, runForUs: 1e6, timeoutMs: 60_000, boardName: "rp2040-125mhz", romfs: undefined, romfsFile: "" },
      { out: sink, err: sink },
    );
    expect(text).toMatch(/^ {2}import cost: +\d+ bytes \(0\.0% of 1024512\) \(the main module alone: importing 'boom' failed: ValueError: no\)$/m);
  });
});
