// The npm package as a user gets it: the packed tarball holds only what runs, installs without a
// build step or network, its entry points import in Node (ESM, and CommonJS through require(esm)),
// a strict TypeScript consumer type-checks against the shipped declarations alone, and bundled for
// the browser it compiles and runs the corpus in headless Chromium.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { sourceMap } from "../../compiler/sourcemap.js";
import { CORPUS_DIR, corpusCopies, corpusPrograms } from "../corpus/programs.js";
import { bundlePage, findChromium, runPage } from "./browser.js";
import { ROOT, run, stagePackage, type Staged } from "./stage.js";

let staged: Staged;

beforeAll(() => {
  staged = stagePackage();
});

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, string | { types: string; default: string }>;
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/**
 * The Node executables the installed package is checked with: this one, and those MPYC_NODES names
 * (paths joined with ":"; .ci/nodes installs the lowest release of each range `engines` names).
 */
const nodes = [process.execPath, ...(process.env["MPYC_NODES"] ?? "").split(":").filter((p) => p !== "")];

function versionOf(exe: string): string {
  return run(exe, ["--version"]).trim().replace(/^v/, "");
}

/** Runs `script` in the consumer folder with every Node, expecting the same output from each. */
function node(script: string, file: string): string {
  fs.writeFileSync(path.join(staged.consumer, file), script);
  const outputs = nodes.map((exe) => ({ node: versionOf(exe), output: run(exe, [file], { cwd: staged.consumer }) }));
  for (const o of outputs.slice(1)) expect(o, `Node ${o.node} against Node ${outputs[0]!.node}`).toEqual({ node: o.node, output: outputs[0]!.output });
  return outputs[0]!.output;
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

  it("ships its JavaScript bundled: each entry point and a few shared chunks, not a file per module", () => {
    const js = staged.files.map((f) => f.path).filter((p) => p.endsWith(".js"));
    expect(js.filter((p) => !/^dist\/cli\/chunk-[A-Z0-9]+\.js$/.test(p)).sort()).toEqual(
      ["dist/cli/build-worker.js", "dist/cli/main.js", "dist/cli/run-worker.js", "dist/cli/run.js", "dist/compiler/index.js", "dist/compiler/mpy-cross.js", "dist/freezer/index.js", "dist/runtime/index.js"],
    );
    expect(js.length).toBeLessThan(60);
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

describe("the Node versions `engines` names", () => {
  // Each `^X.Y.Z` range must have been checked at its lowest release, and each `>=N` at a release of N
  // or later. Required in CI (MPYC_REQUIRE_NODES=1, set by .ci/run); elsewhere only what is at hand runs.
  const required = process.env["MPYC_REQUIRE_NODES"] === "1";
  it.skipIf(!required)("were all checked: the consumer tests below ran on each", () => {
    const engines = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    const tested = nodes.map(versionOf);
    const key = (v: string) => v.split(".").map(Number) as [number, number, number];
    const missing: string[] = [];
    for (const range of engines.split("||").map((r) => r.trim())) {
      const caret = /^\^(\d+\.\d+\.\d+)$/.exec(range);
      const atLeast = /^>=(\d+)$/.exec(range);
      if (caret) {
        if (!tested.includes(caret[1]!)) missing.push(range);
      } else if (atLeast) {
        if (!tested.some((v) => key(v)[0] >= Number(atLeast[1]))) missing.push(range);
      } else missing.push(`${range} (a form this check does not read)`);
    }
    expect({ tested, missing }).toEqual({ tested, missing: [] });
  });
});

describe("installed into a fresh folder", () => {
  it("compiles with `import { compile } from \"mpyc\"` to the corpus golden and runs it with mpyc/runtime", () => {
    const out = node(
      `import * as fs from "node:fs";
import { compile, formatError } from "mpyc";
import { runMpy } from "mpyc/runtime";
import { freezeModules, buildRomfs } from "mpyc/freezer";
import { compile as mpyCross } from "mpyc/mpy-cross";
const source = fs.readFileSync(${JSON.stringify(path.join(CORPUS_DIR, "functions.py"))}, "utf8");
const r = compile(source, { sourceName: "functions.py" });
if (!r.ok) throw new Error(formatError(r.error, "functions.py", source));
const golden = fs.readFileSync(${JSON.stringify(path.join(CORPUS_DIR, "functions.mpy"))});
const frozen = freezeModules([{ module: r.module, mpyFile: "functions.mpy" }]);
const romfs = buildRomfs({ "functions.mpy": r.mpy });
const viaArgs = await mpyCross("functions.py", source, ["-march=armv6m"]);
console.log(JSON.stringify({ same: Buffer.from(r.mpy).equals(golden), output: runMpy(r.mpy).output, frozen: frozen.includes("mp_frozen_names"), romfs: romfs.length > 0, viaArgs: viaArgs.status === 0 && Buffer.from(viaArgs.mpy).equals(golden) }));
`,
      "esm.mjs",
    );
    const r = JSON.parse(out) as { same: boolean; output: string; frozen: boolean; romfs: boolean; viaArgs: boolean };
    expect(r).toEqual({ same: true, output: fs.readFileSync(path.join(CORPUS_DIR, "functions.out"), "utf8"), frozen: true, romfs: true, viaArgs: true });
  });

  it("runs the README's example as written", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Use from JavaScript"));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    expect(node(example!, "readme.mjs")).toBe("58 bytes of .mpy\ntick 0\ntick 1\ntick 2\n");
  });

  it("runs the README's async example as written: stdin read, output streamed, the loop aborted", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Use from JavaScript"));
    const example = [...section.matchAll(/```js\n([\s\S]*?)```/g)][1]?.[1];
    expect(example).toContain("runAsync");
    expect(node(example!, "readme-async.mjs")).toBe("name? world\r\nhello world\naborted 1\n");
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
    fs.writeFileSync(path.join(staged.consumer, "functions.py"), fs.readFileSync(path.join(CORPUS_DIR, "functions.py")));
    for (const exe of nodes) {
      expect(run(exe, [bin, "--version"], { cwd: staged.consumer })).toMatch(/^MicroPython v1\.27\.0.*mpy-cross emitting mpy v6\.3\n$/);
      fs.rmSync(path.join(staged.consumer, "functions.mpy"), { force: true });
      run(exe, [bin, "functions.py"], { cwd: staged.consumer });
      expect(fs.readFileSync(path.join(staged.consumer, "functions.mpy")).equals(fs.readFileSync(path.join(CORPUS_DIR, "functions.mpy"))), `Node ${versionOf(exe)}`).toBe(true);
    }
  });

  it("runs its other commands from the bundled code: build on worker threads (bytecode and -march), up to date again, dis and run", () => {
    const bin = path.join(staged.consumer, "node_modules/mpyc", pkg.bin["mpyc"]!);
    // Over 192 KiB of source, so that the build also compiles on a worker thread (-j 2).
    const { programs, copies } = corpusCopies(path.join(staged.consumer, "tree"), 256 * 1024);
    const files = programs.length * copies;
    for (const exe of nodes) {
      const out = path.join(staged.consumer, `out-${versionOf(exe)}`);
      const built = spawnSync(exe, [bin, "build", "tree", "-o", out, "-j", "2"], { cwd: staged.consumer, encoding: "utf8" });
      expect([built.status, built.stderr], `Node ${versionOf(exe)}`).toEqual([0, expect.stringMatching(new RegExp(`: ${files} compiled, 0 up to date; .*, 2 threads\n$`))]);
      // Each output as this checkout compiles it (a build names each file by its path in the tree, as mpy-cross -s).
      for (const p of programs) {
        const here = compile(fs.readFileSync(path.join(CORPUS_DIR, p)), { sourceName: `c0/${p}` });
        if (!here.ok) throw here.error;
        expect(Buffer.from(here.mpy).equals(fs.readFileSync(path.join(out, "c0", p.slice(0, -2) + "mpy"))), p).toBe(true);
      }
      const again = spawnSync(exe, [bin, "build", "tree", "-o", out], { cwd: staged.consumer, encoding: "utf8" });
      expect(again.stderr).toMatch(new RegExp(`: 0 compiled, ${files} up to date;`));
      expect(run(exe, [bin, "dis", path.join(out, "c0/functions.mpy")], { cwd: staged.consumer })).toMatch(/^source_file: c0\/functions\.py$/m);
      expect(run(exe, [bin, "run", path.join(out, "c0/functions.mpy")], { cwd: staged.consumer })).toBe(fs.readFileSync(path.join(CORPUS_DIR, "functions.out"), "utf8"));
      // Native code: the backends are loaded (from their own chunk) for -march only, on the main thread and the worker alike.
      const native = path.join(staged.consumer, "tree/c0/native.py");
      fs.copyFileSync(path.join(CORPUS_DIR, "native/native.py"), native);
      const march = spawnSync(exe, [bin, "build", "tree", "-o", `${out}-x64`, "-j", "2", "-march=x64"], { cwd: staged.consumer, encoding: "utf8" });
      fs.rmSync(native);
      expect([march.status, march.stderr], `Node ${versionOf(exe)}`).toEqual([0, expect.stringMatching(new RegExp(`: ${files + 1} compiled, 0 up to date; .*, 2 threads\n$`))]);
      const x64 = compile(fs.readFileSync(path.join(CORPUS_DIR, "native/native.py")), { sourceName: "c0/native.py", arch: "x64" });
      if (!x64.ok) throw x64.error;
      expect(Buffer.from(x64.mpy).equals(fs.readFileSync(`${out}-x64/c0/native.mpy`))).toBe(true);
    }
  });

  it("type-checks a strict TypeScript consumer against the shipped declarations, with no Node types, for Node and for bundlers", () => {
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
import { compile as mpyCross, type MpyCrossResult } from "mpyc/mpy-cross";

const viaArgs: Promise<MpyCrossResult> = mpyCross("a.py", "x = 1\\n", ["-O2"]);
const r: CompileResult = compile("print(1)\\n", { sourceName: "a.py", optimize: 1 });
if (r.ok) {
  const bytes: Uint8Array = r.mpy;
  const result: RunResult = runMpy(bytes, { board: new Board() });
  const output: string = result.output;
  const c: string = freezeModules([{ module: r.module, mpyFile: "a.mpy" }]);
  const image: Uint8Array = buildRomfs({ "a.mpy": bytes });
  console.log(output, c.length, image.length);
} else {
  const text: string = formatError(r.error, "a.py");
  const where: [number, number] = [r.error.line, r.error.column];
  console.log(text, r.error.kind, where, viaArgs);
}
// The declarations are precise, not \`any\`: these must be refused.
// @ts-expect-error optimize is a number
compile("x = 1\\n", { optimize: "2" });
// @ts-expect-error runMpy takes bytes
runMpy("print(1)");
`,
    );
    // Run in the consumer's folder: node_modules/mpyc is found as a user's project finds it; once
    // as Node resolves it, once as a bundler does.
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    run(process.execPath, [tsc, "-p", path.join(src, "tsconfig.json")], { cwd: src });
    run(process.execPath, [tsc, "-p", path.join(src, "tsconfig.json"), "--module", "esnext", "--moduleResolution", "bundler"], { cwd: src });
  });
});

// Policy: CI (MPYC_REQUIRE_BROWSER=1, set by .ci/run, or CI set) must run the browser test and fails
// without Chromium; elsewhere a missing Chromium skips it with a warning that cannot be missed.
const chromium = findChromium();
const browserRequired = process.env["MPYC_REQUIRE_BROWSER"] === "1" || !!process.env["CI"];
if (!chromium && !browserRequired) {
  process.stderr.write(
    "\n" + "!".repeat(78) + "\nBROWSER TEST SKIPPED: no Chromium found (install Debian's chromium, or set CHROMIUM=/path/to/chrome).\n" +
      "CI runs it (.ci/run installs chromium); MPYC_REQUIRE_BROWSER=1 makes its absence a failure here too.\n" + "!".repeat(78) + "\n\n",
  );
}

describe.skipIf(!chromium && !browserRequired)("bundled for the browser, in headless Chromium", () => {
  it("compiles every corpus program to its golden bytes, runs it to its expected output, writes a source map, aborts a busy runAsync from the page and feeds one stdin", async () => {
    if (!chromium) throw new Error("no Chromium found: the browser test is required here (install Debian's chromium or set CHROMIUM)");
    const programs = corpusPrograms();
    const mapProgram = programs.find((p) => p.name === "functions")!;
    const { page, bundleBytes } = await bundlePage(
      staged.consumer,
      path.join(staged.dir, "page"),
      programs.map((p) => ({ name: p.name, flags: p.flags, source: p.source })),
      ["functions.py", mapProgram.source],
    );
    const result = await runPage(chromium, page, path.join(staged.dir, "chromium-profile"));
    expect(result.error).toBeUndefined();
    expect(result.userAgent).toMatch(/HeadlessChrome/);
    expect(result.programs.map((p) => p.name)).toEqual(programs.map((p) => p.name));
    for (const p of result.programs) {
      expect({ name: p.name, status: p.status, err: p.err }).toEqual({ name: p.name, status: 0, err: [] });
      const golden = fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.mpy`));
      expect(Buffer.from(p.mpyBase64, "base64").equals(golden), `${p.name}: bytes differ from the golden`).toBe(true);
      expect(p.output, p.name).toBe(fs.readFileSync(path.join(CORPUS_DIR, `${p.name}.out`), "utf8"));
    }
    // The source map written in the page is the one Node writes.
    const here = compile(mapProgram.source, { sourceName: "functions.py" });
    if (!here.ok) throw here.error;
    expect(result.sourceMap).toBe(sourceMap(here.module, "functions.py", "functions.mpy", mapProgram.source));
    expect(JSON.parse(result.sourceMap).mappings.length).toBeGreaterThan(0);
    // The port's name is the board's, in sys and in os.uname() alike.
    expect(result.platform).toBe("mpyc|mpyc virtual board|mpyc|mpyc virtual board\n");
    // A busy loop run with runAsync is stopped by the page's AbortController from a timer, which ran
    // while the loop was still going: the run gave the page's event loop its turns.
    expect(result.busy).toEqual({ stopped: "aborted", output: "spinning\n", exitCode: 1, timerRanDuringRun: true });
    // stdin from a page function; the output arrived piece by piece as it was printed.
    expect(result.ask.output).toBe("a? 3\r\nb? 4\r\nsum 7\n");
    expect(result.ask.streamed.join("")).toBe(result.ask.output);
    expect(result.ask.streamed.length).toBeGreaterThan(1);
    // The whole bundle (compiler, runtime, source maps): a figure to watch, not a limit.
    process.stdout.write(`browser bundle: ${bundleBytes} bytes\n`);
  });
});
