// What the mpyc command loads before it compiles one file. MicroPython's makefiles and test runner
// start mpy-cross once per file, so module loading is a good part of each call: a bytecode compile
// must not load the native backends or the source-map library, which -march and --source-map load
// when asked. Watched through Node's module hooks (module.register), which log every module resolved.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../temp.js";
import { builtCli, ROOT } from "../built-cli.js";

let cli = "";
let dir = "";

// The hooks run on a thread of their own; each resolved URL is appended to the file MPYC_LOAD_LOG names.
const HOOKS = `import * as fs from "node:fs";
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  fs.appendFileSync(process.env.MPYC_LOAD_LOG, r.url + "\\n");
  return r;
}
`;

/** Runs mpyc with `args` in the test folder; its status and the project and package files it loaded (relative to the root). */
function loaded(args: string[]): { status: number | null; files: string[] } {
  const log = path.join(dir, "load.log");
  fs.rmSync(log, { force: true });
  const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(path.join(dir, "hooks.mjs")).href)});`;
  const r = spawnSync(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(register)}`, cli, ...args], {
    cwd: dir,
    env: { ...process.env, MPYC_LOAD_LOG: log },
  });
  const urls = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter((u) => u.startsWith("file:")) : [];
  const files = [...new Set(urls.map((u) => path.relative(ROOT, decodeURIComponent(new URL(u).pathname)).split(path.sep).join("/")))];
  return { status: r.status, files };
}

beforeAll(() => {
  cli = builtCli();
  dir = tempDir("mpyc-start-");
  fs.writeFileSync(path.join(dir, "hooks.mjs"), HOOKS);
  fs.writeFileSync(path.join(dir, "plain.py"), "def f(x):\n    return x + 1\nprint(f(1))\n");
});

const native = (files: string[]) => files.filter((f) => f === "dist/compiler/arches.js" || f.startsWith("dist/compiler/native/x64") || f.startsWith("dist/compiler/native/thumb"));
const sourceMaps = (files: string[]) => files.filter((f) => f === "dist/compiler/sourcemap.js" || f.includes("node_modules/source-map/"));

describe("mpyc's start-up", () => {
  it("compiles a file to bytecode without loading the native backends or the source-map library", () => {
    const r = loaded(["plain.py"]);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "plain.mpy"))).toBe(true);
    // The hooks saw the compiler load: an empty list would pass the checks below by accident.
    expect(r.files).toContain("dist/compiler/compile.js");
    expect(native(r.files)).toEqual([]);
    expect(sourceMaps(r.files)).toEqual([]);
  });

  it("loads the native backends for -march, and the source-map library for --source-map", () => {
    const march = loaded(["-march=x64", "-o", "x64.mpy", "plain.py"]);
    expect(march.status).toBe(0);
    expect(native(march.files)).toContain("dist/compiler/arches.js");
    expect(sourceMaps(march.files)).toEqual([]);
    const maps = loaded(["--source-map", "-o", "mapped.mpy", "plain.py"]);
    expect(maps.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "mapped.mpy.map"))).toBe(true);
    expect(sourceMaps(maps.files)).toContain("dist/compiler/sourcemap.js");
    expect(native(maps.files)).toEqual([]);
  });

  it("builds a tree without loading the native backends, unless it is built with -march", () => {
    fs.mkdirSync(path.join(dir, "tree/pkg"), { recursive: true });
    fs.writeFileSync(path.join(dir, "tree/pkg/a.py"), "x = 1\n");
    const r = loaded(["build", "tree", "-o", "out"]);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, "out/pkg/a.mpy"))).toBe(true);
    expect(r.files).toContain("dist/compiler/compile.js");
    expect(native(r.files)).toEqual([]);
    const march = loaded(["build", "tree", "-o", "out-x64", "-march=x64"]);
    expect(march.status).toBe(0);
    expect(native(march.files)).toContain("dist/compiler/arches.js");
  });
});
