// The npm package as a user gets it: the packed tarball holds only what runs, installs without a
// build step or network, its entry points import in Node (ESM, and CommonJS through require(esm)),
// and a strict TypeScript consumer type-checks against the shipped declarations alone.

import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../corpus/programs.js";
import { ROOT, run, stagePackage, type Staged } from "./stage.js";

let staged: Staged;

beforeAll(() => {
  staged = stagePackage();
});

afterAll(() => {
  if (staged) fs.rmSync(staged.dir, { recursive: true, force: true });
});

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; default: string }>;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

function node(script: string, file: string): string {
  fs.writeFileSync(path.join(staged.consumer, file), script);
  return run(process.execPath, [file], { cwd: staged.consumer });
}

describe("the packed tarball", () => {
  it("holds the built entry points and nothing of the tests, corpus, sources or source maps", () => {
    const paths = staged.files.map((f) => f.path);
    for (const [, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === "string" ? [target] : [target.types, target.default];
      for (const t of targets) expect(paths).toContain(t.replace(/^\.\//, ""));
    }
    for (const bin of Object.values(pkg.bin)) expect(paths).toContain(bin);
    const stray = paths.filter((p) => /^(spec|corpus|bench|scripts|examples|\.ci)\/|^dist\/(spec|bench|scripts)\/|\.map$|(?<!\.d)\.ts$|\.(py|mpy|out)$/.test(p));
    expect(stray).toEqual([]);
    expect(paths.filter((p) => !p.startsWith("dist/")).sort()).toEqual(["README.md", "package.json"]);
  });

  it("is under 1.5 MB unpacked", () => {
    expect(staged.unpackedSize).toBeLessThan(1.5e6);
  });

  it("builds nothing when installed: no install-time scripts", () => {
    for (const s of ["preinstall", "install", "postinstall", "prepare"]) expect(pkg.scripts[s]).toBeUndefined();
    // The only runtime dependencies are the fixed ones, each resolvable from the installed package.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["source-map", "yargs"]);
  });
});

describe("installed into a fresh folder", () => {
  it("compiles with `import { compile } from \"mpyc\"` to the corpus golden and runs it with mpyc/runtime", () => {
    const out = node(
      `import * as fs from "node:fs";
import { compile, formatError } from "mpyc";
import { runMpy } from "mpyc/runtime";
import { freezeModules, buildRomfs } from "mpyc/freezer";
const source = fs.readFileSync(${JSON.stringify(path.join(CORPUS_DIR, "functions.py"))}, "utf8");
const r = compile(source, { sourceName: "functions.py" });
if (!r.ok) throw new Error(formatError(r.error, "functions.py", source));
const golden = fs.readFileSync(${JSON.stringify(path.join(CORPUS_DIR, "functions.mpy"))});
const frozen = freezeModules([{ module: r.module, mpyFile: "functions.mpy" }]);
const romfs = buildRomfs({ "functions.mpy": r.mpy });
console.log(JSON.stringify({ same: Buffer.from(r.mpy).equals(golden), output: runMpy(r.mpy).output, frozen: frozen.includes("mp_frozen_names"), romfs: romfs.length > 0 }));
`,
      "esm.mjs",
    );
    const r = JSON.parse(out) as { same: boolean; output: string; frozen: boolean; romfs: boolean };
    expect(r).toEqual({ same: true, output: fs.readFileSync(path.join(CORPUS_DIR, "functions.out"), "utf8"), frozen: true, romfs: true });
  });

  it("loads from CommonJS with require() (Node's require of ES modules)", () => {
    const out = node(
      `const { compile } = require("mpyc");
const { runMpy } = require("mpyc/runtime");
const r = compile("print(6 * 7)\\n");
process.stdout.write(runMpy(r.mpy).output);
`,
      "cjs.cjs",
    );
    expect(out).toBe("42\n");
  });

  it("keeps its internals private: only the documented entry points resolve", () => {
    const out = node(
      `try { await import("mpyc/dist/compiler/parser.js"); console.log("resolved"); } catch (e) { console.log(e.code); }\n`,
      "private.mjs",
    );
    expect(out.trim()).toBe("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("runs its bin as mpy-cross runs", () => {
    const bin = path.join(staged.consumer, "node_modules/mpyc", pkg.bin["mpyc"]!);
    expect(fs.readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(run(process.execPath, [bin, "--version"], { cwd: staged.consumer })).toMatch(/^MicroPython v1\.27\.0.*mpy-cross emitting mpy v6\.3\n$/);
    fs.writeFileSync(path.join(staged.consumer, "functions.py"), fs.readFileSync(path.join(CORPUS_DIR, "functions.py")));
    run(process.execPath, [bin, "functions.py"], { cwd: staged.consumer });
    expect(fs.readFileSync(path.join(staged.consumer, "functions.mpy")).equals(fs.readFileSync(path.join(CORPUS_DIR, "functions.mpy")))).toBe(true);
  });

  it("type-checks a strict TypeScript consumer against the shipped declarations, with no Node types", () => {
    const src = path.join(staged.consumer, "ts");
    fs.mkdirSync(src, { recursive: true });
    fs.writeFileSync(
      path.join(src, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", lib: ["es2022", "dom"], types: [], skipLibCheck: false },
        include: ["*.ts"],
      }),
    );
    fs.writeFileSync(path.join(src, "package.json"), JSON.stringify({ type: "module" }));
    fs.writeFileSync(
      path.join(src, "main.ts"),
      `import { compile, formatError, type CompileResult } from "mpyc";
import { runMpy, Board, type RunResult } from "mpyc/runtime";
import { freezeModules, buildRomfs } from "mpyc/freezer";

const r: CompileResult = compile("print(1)\\n", { sourceName: "a.py", optimize: 1 });
if (r.ok) {
  const bytes: Uint8Array = r.mpy;
  const result: RunResult = runMpy(bytes, { board: new Board() });
  const output: string = result.output;
  const c: string = freezeModules([{ module: r.module, mpyFile: "a.mpy" }]);
  const image: Uint8Array = buildRomfs({ "a.mpy": bytes });
  console.log(output, c.length, image.length);
} else {
  const text: string = formatError(r.error, "a.py", "print(1)\\n");
  console.log(text, r.error.kind);
}
// The declarations are precise, not \`any\`: these must be refused.
// @ts-expect-error optimize is a number
compile("x = 1\\n", { optimize: "2" });
// @ts-expect-error runMpy takes bytes
runMpy("print(1)");
`,
    );
    // Run in the consumer's folder: node_modules/mpyc is found as a user's project finds it.
    run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(src, "tsconfig.json")], { cwd: src });
  });
});
