// `mpyc build --manifest`: for a manifest of corpus programs (every manifest function, include
// options, require from a library, package metadata versions, a file frozen as a string and a
// .mpy frozen as it is) the frozen C and .mpy tree equal what makemanifest.py wrote (golden/
// manifest, commands in golden/README.md); the ROMFS image holds the same modules; errors name
// the manifest file and line.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/commands.js";
import type { CliIo } from "../../cli/io.js";
import { STATE_FILE } from "../../cli/build-state.js";
import { buildRomfs } from "../../freezer/romfs.js";
import { HostFunction, ManifestError, runManifest, type Value } from "../../freezer/manifest-eval.js";
import { CORPUS_DIR } from "../corpus/programs.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

const fixture = path.join(import.meta.dirname, "fixtures/manifest");
const golden = path.join(import.meta.dirname, "golden/manifest");
const qstrs = path.join(import.meta.dirname, "fixtures/qstrs.h");

async function mpyc(cwd: string, argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const text = (d: string | Uint8Array) => (typeof d === "string" ? d : new TextDecoder().decode(d));
  const io: CliIo = {
    cwd,
    stdout: { write: (d) => void (stdout += text(d)) },
    stderr: { write: (d) => void (stderr += text(d)) },
    readStdin: () => new Uint8Array(),
    pid: process.pid,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const tmp = () => tempDir("mpyc-manifest-");
const vars = ["--var", "MPY_DIR=.", "--var", `PORT_DIR=${path.join(fixture, "port")}`, "--lib", path.join(fixture, "lib")];

/** Files under `dir` (relative path -> bytes). */
function tree(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (fs.statSync(path.join(dir, rel)).isFile() && path.basename(rel) !== STATE_FILE) m.set(rel, fs.readFileSync(path.join(dir, rel)));
  }
  return m;
}

describe("mpyc build --manifest", () => {
  it("writes the frozen C and .mpy tree makemanifest.py writes, and a ROMFS image of the same modules", async () => {
    const dir = tmp();
    const r = await mpyc(dir, ["build", "--manifest", path.join(fixture, "board/manifest.py"), "-o", "build", "-q", qstrs, ...vars]);
    expect(r.stderr).toMatch(/10 modules \(8 compiled, 0 up to date, 1 \.mpy, 1 as source\)/);
    expect(r.code).toBe(0);
    const c = fs.readFileSync(path.join(dir, "build/frozen_content.c"), "utf8").split(fixture).join("FIXTURE");
    expect(c).toBe(fs.readFileSync(path.join(golden, "frozen_content.c"), "utf8"));
    const mpys = tree(path.join(dir, "build/frozen_mpy"));
    expect(mpys).toEqual(tree(path.join(golden, "frozen_mpy")));

    const files: Record<string, Uint8Array> = { "greet.py": fs.readFileSync(path.join(fixture, "board/strs/greet.py")), "smallints.mpy": fs.readFileSync(path.join(fixture, "board/mpys/smallints.mpy")) };
    for (const [rel, bytes] of mpys) files[rel.split(path.sep).join("/")] = bytes;
    const nested = new Map<string, Uint8Array | Map<string, unknown>>();
    for (const [rel, bytes] of Object.entries(files)) {
      const parts = rel.split("/");
      let d = nested;
      for (const p of parts.slice(0, -1)) d = (d.get(p) ?? d.set(p, new Map()).get(p)) as typeof nested;
      d.set(parts[parts.length - 1]!, bytes);
    }
    expect(fs.readFileSync(path.join(dir, "build/frozen.romfs")).equals(buildRomfs(nested as Map<string, Uint8Array>))).toBe(true);
  });

  it("compiles again only what changed, with the same outputs as a clean build", async () => {
    const dir = tmp();
    fs.cpSync(fixture, path.join(dir, "fx"), { recursive: true });
    const argv = ["build", "--manifest", "fx/board/manifest.py", "-o", "build", "-q", qstrs, "--var", "PORT_DIR=fx/port", "--lib", "fx/lib"];
    expect((await mpyc(dir, argv)).stderr).toMatch(/\(8 compiled, 0 up to date,/);
    const c = fs.readFileSync(path.join(dir, "build/frozen_content.c"));
    expect((await mpyc(dir, argv)).stderr).toMatch(/\(0 compiled, 8 up to date,/);
    expect(fs.readFileSync(path.join(dir, "build/frozen_content.c")).equals(c)).toBe(true);
    fs.appendFileSync(path.join(dir, "fx/board/app/consts.py"), "print(AREA)\n");
    expect((await mpyc(dir, argv)).stderr).toMatch(/\(1 compiled, 7 up to date,/);
    const clean = tmp();
    fs.cpSync(path.join(dir, "fx"), path.join(clean, "fx"), { recursive: true });
    expect((await mpyc(clean, argv)).code).toBe(0);
    expect(tree(path.join(dir, "build/frozen_mpy"))).toEqual(tree(path.join(clean, "build/frozen_mpy")));
    expect(fs.readFileSync(path.join(dir, "build/frozen.romfs")).equals(fs.readFileSync(path.join(clean, "build/frozen.romfs")))).toBe(true);
    const cOf = (d: string) => fs.readFileSync(path.join(d, "build/frozen_content.c"), "utf8").split(d).join("DIR");
    expect(cOf(dir)).toBe(cOf(clean));
    expect((await mpyc(dir, [...argv, "-O1"])).stderr).toMatch(/\(5 compiled, 3 up to date,/); // the three with their own opt= stay
    fs.writeFileSync(path.join(dir, "build/frozen_mpy", STATE_FILE), "{");
    const damaged = await mpyc(dir, argv);
    expect(damaged.stderr).toMatch(/is damaged; compiling every module\n[^]*\(8 compiled, 0 up to date,/);
    expect(cOf(dir)).toBe(cOf(clean));
    // A module dropped from the manifest loses its .mpy.
    fs.writeFileSync(path.join(dir, "fx/board/manifest.py"), 'module("consts.py", base_path="app")\n');
    expect((await mpyc(dir, argv)).stderr).toMatch(/\(1 compiled, 0 up to date,/);
    expect([...tree(path.join(dir, "build/frozen_mpy")).keys()]).toEqual(["consts.mpy"]);
  });

  it("finds require()d packages in the checkout MPY_LIB_DIR names when --lib is not given", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "manifest.py"), 'require("tinylib")\n');
    const saved = process.env.MPY_LIB_DIR;
    process.env.MPY_LIB_DIR = path.join(fixture, "lib");
    try {
      const r = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build"]);
      expect(r.stderr).toMatch(/1 modules \(1 compiled,/);
      expect(fs.existsSync(path.join(dir, "build/frozen_mpy/tinylib.mpy"))).toBe(true);
      delete process.env.MPY_LIB_DIR;
      expect((await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build2"])).stderr).toMatch(/manifest\.py:1: require\('tinylib'\): no micropython-lib checkout given/);
    } finally {
      if (saved === undefined) delete process.env.MPY_LIB_DIR;
      else process.env.MPY_LIB_DIR = saved;
    }
  });

  it("takes the qstr header from the build directory, as makemanifest.py does, and writes where it is told", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "build/genhdr"), { recursive: true });
    fs.copyFileSync(qstrs, path.join(dir, "build/genhdr/qstrdefs.preprocessed.h"));
    const r = await mpyc(dir, ["build", "--manifest", path.join(fixture, "board/manifest.py"), "-o", "build", "--frozen-c", "c/out.c", "--romfs", "img.romfs", ...vars]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "c/out.c"), "utf8").split(fixture).join("FIXTURE")).toBe(fs.readFileSync(path.join(golden, "frozen_content.c"), "utf8"));
    expect(fs.existsSync(path.join(dir, "img.romfs"))).toBe(true);
  });

  const cases: [string, string, RegExp][] = [
    ["missing file", 'module("nope.py")\n', /manifest\.py:1: Cannot stat .*nope\.py/],
    ["unknown function", '\n\nfrobnicate("x")\n', /manifest\.py:3: name 'frobnicate' isn't defined/],
    ["bad option", 'module("a.py", opt=7)\n', /manifest\.py:1: module\(\): opt must be 0 to 3/],
    ["unknown keyword", 'package("p", fast=True)\n', /manifest\.py:1: package\(\) got an unexpected keyword argument 'fast'/],
    ["syntax error", 'module("a.py"\n', /manifest\.py:2: SyntaxError: invalid syntax/],
    ["unsupported statement", "import os\n", /manifest\.py:1: Import statements are not supported in a manifest/],
    ["duplicate metadata", 'metadata(version="1")\nmetadata(version="2")\n', /manifest\.py:2: Duplicate call to metadata\(\)\./],
    ["unknown package", 'require("nothing-like-it")\n', /manifest\.py:1: Package 'nothing-like-it' not found in any known library\./],
    ["missing directory", 'freeze("gone")\n', /manifest\.py:1: no such directory: .*gone/],
  ];
  for (const [what, text, message] of cases) {
    it(`reports a ${what} with the manifest's file and line, and writes nothing`, async () => {
      const dir = tmp();
      fs.writeFileSync(path.join(dir, "a.py"), "x = 1\n");
      fs.writeFileSync(path.join(dir, "manifest.py"), text);
      const r = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", ...vars]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
    });
  }

  it("names the included manifest, not the includer, for an error inside it", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "manifest.py"), 'include("sub")\n');
    fs.writeFileSync(path.join(dir, "sub/manifest.py"), '# two\n\nmodule("missing.py")\n');
    const r = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", ...vars]);
    expect(r.stderr).toMatch(/sub\/manifest\.py:3: Cannot stat/);
  });

  it("walks a directory linked into itself once, instead of forever", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "mods/sub"), { recursive: true });
    fs.writeFileSync(path.join(dir, "mods/sub/a.py"), "x = 1\n");
    fs.symlinkSync("..", path.join(dir, "mods/sub/loop"));
    fs.writeFileSync(path.join(dir, "manifest.py"), 'freeze("mods")\n');
    const r = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", ...vars]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 modules \(1 compiled,/);
  });

  it("freezes native code for the -march it is given, as makemanifest.py with the port's mpy-cross flags", async () => {
    const dir = tmp();
    const native = ["build", "--manifest", path.join(fixture, "native/manifest.py"), "-o", "build", "-q", qstrs, ...vars, "--var", `CORPUS=${CORPUS_DIR}`];
    const r = await mpyc(dir, [...native, "-march=armv7m"]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "build/frozen_content.c"), "utf8")).toBe(fs.readFileSync(path.join(golden, "../manifest-native/frozen_content.c"), "utf8"));
    expect(tree(path.join(dir, "build/frozen_mpy"))).toEqual(tree(path.join(golden, "../manifest-native/frozen_mpy")));
    // The arch is in the record's key: another one compiles everything again; without one, native code is refused as mpy-cross refuses it.
    expect((await mpyc(dir, [...native, "-march=armv7m"])).stderr).toMatch(/\(0 compiled, 3 up to date/);
    expect((await mpyc(dir, [...native, "-march=x64"])).stderr).toMatch(/\(3 compiled, 0 up to date/);
    const none = await mpyc(tmp(), native);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/error compiling native\.py:\n[^]*SyntaxError: invalid arch\n[^]*nothing written/);
  });

  it("runs as makemanifest.py with its arguments (mpyc makemanifest), as a port's make passes them", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "build/genhdr"), { recursive: true });
    fs.copyFileSync(qstrs, path.join(dir, "build/genhdr/qstrdefs.preprocessed.h"));
    // py/mkrules.mk: $(MAKE_MANIFEST) -o $@ $(MANIFEST_VARIABLES) -b "$(BUILD)" -f"$(MPY_CROSS_FLAGS)" --mpy-tool-flags="$(MPY_TOOL_FLAGS)" $(FROZEN_MANIFEST)
    const argv = (flags: string[], manifest: string, ...more: string[]) => [
      "makemanifest", "-o", "build/frozen_content.c", "-v", "MPY_DIR=.", "-v", `PORT_DIR=${path.join(fixture, "port")}`, "-v", "BOARD_DIR=",
      "-v", `MPY_LIB_DIR=${path.join(fixture, "lib")}`, ...more, "-b", "build", ...flags, "--mpy-tool-flags=", path.join(fixture, manifest),
    ];
    const r = await mpyc(dir, argv([], "board/manifest.py"));
    expect([r.code, r.stdout, r.stderr]).toEqual([0, fs.readFileSync(path.join(golden, "stdout.txt"), "utf8"), ""]);
    const cFile = path.join(dir, "build/frozen_content.c");
    expect(fs.readFileSync(cFile, "utf8").split(fixture).join("FIXTURE")).toBe(fs.readFileSync(path.join(golden, "frozen_content.c"), "utf8"));
    expect(tree(path.join(dir, "build/frozen_mpy"))).toEqual(tree(path.join(golden, "frozen_mpy")));
    expect(fs.existsSync(path.join(dir, "build/frozen.romfs"))).toBe(false);
    // Nothing changed: the C is not written again, so make compiles nothing.
    const before = Math.floor(Date.now() / 1000) - 60;
    fs.utimesSync(cFile, before, before);
    const again = await mpyc(dir, argv([], "board/manifest.py"));
    expect([again.code, again.stdout, again.stderr]).toEqual([0, "", ""]);
    expect(fs.statSync(cFile).mtimeMs).toBe(before * 1000);
    // Without its record every module is compiled again ("MPY"), but the C comes out the same: no "GEN".
    fs.rmSync(path.join(dir, "build/frozen_mpy/.mpyc-build.json"));
    const recompiled = await mpyc(dir, argv([], "board/manifest.py"));
    const mpyLines = fs.readFileSync(path.join(golden, "stdout.txt"), "utf8").split("\n").filter((l) => l.startsWith("MPY "));
    expect([recompiled.code, recompiled.stdout]).toEqual([0, mpyLines.join("\n") + "\n"]);
    expect(fs.statSync(cFile).mtimeMs).toBe(before * 1000);
    // The port's mpy-cross flags, attached to -f as make writes them.
    const native = await mpyc(dir, argv(["-f-march=armv7m"], "native/manifest.py", "-v", `CORPUS=${CORPUS_DIR}`));
    expect(native.code).toBe(0);
    expect(fs.readFileSync(cFile, "utf8")).toBe(fs.readFileSync(path.join(golden, "../manifest-native/frozen_content.c"), "utf8"));
    const noVars = await mpyc(dir, ["makemanifest", "-o", "x.c", "-b", "build", "-v", "MPY_DIR=.", path.join(fixture, "board/manifest.py")]);
    expect(noVars.code).toBe(1);
    const bad = await mpyc(dir, ["makemanifest", "--frobnicate", "m.py"]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/error: unrecognized arguments: --frobnicate\n$/)]);
    // argparse's abbreviations of long options: a unique start stands for the option, a shared one is refused.
    const ambiguous = await mpyc(dir, ["makemanifest", "--mpy", "x", "m.py"]);
    expect([ambiguous.code, ambiguous.stderr]).toEqual([2, expect.stringMatching(/error: ambiguous option: --mpy could match --mpy-cross-flags, --mpy-tool-flags\n$/)]);
    const short = ["--out", "build/frozen_content.c", "--build=build", "--mpy-t=", "--mpy-c", "-march=armv7m", "--v", "MPY_DIR=.", "--var", `PORT_DIR=${path.join(fixture, "port")}`];
    const abbreviated = await mpyc(dir, ["makemanifest", ...short, "-v", `MPY_LIB_DIR=${path.join(fixture, "lib")}`, "-v", `CORPUS=${CORPUS_DIR}`, path.join(fixture, "native/manifest.py")]);
    expect(abbreviated.code).toBe(0);
    expect(fs.readFileSync(cFile, "utf8")).toBe(fs.readFileSync(path.join(golden, "../manifest-native/frozen_content.c"), "utf8"));
    const flag = await mpyc(dir, argv(["-f-march=armv7m -v"], "board/manifest.py"));
    expect([flag.code, flag.stderr]).toEqual([1, "mpyc makemanifest: mpy-cross flag -v is not supported\n"]);
    expect((await mpyc(dir, argv(["-f-X heapsize=1M -march=armv7m"], "native/manifest.py", "-v", `CORPUS=${CORPUS_DIR}`))).code).toBe(0);
  });

  it.runIf(process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0)(
    "reports a manifest or a module it may not see as an error of that file, not an internal error",
    () => {
      const dir = tmp();
      fs.chmodSync(dir, 0o755);
      fs.mkdirSync(path.join(dir, "locked"));
      fs.writeFileSync(path.join(dir, "locked/m.py"), 'module("a.py")\n');
      fs.writeFileSync(path.join(dir, "locked/a.py"), "x = 1\n");
      fs.chmodSync(path.join(dir, "locked"), 0o700);
      fs.writeFileSync(path.join(dir, "outer.py"), `module("a.py", base_path="${path.join(dir, "locked")}")\n`);
      fs.chmodSync(path.join(dir, "outer.py"), 0o644);
      const cli = builtCli();
      const asNobody = (manifest: string) =>
        spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, "build", "--manifest", manifest, "-o", "/nonexistent/out", "--var", "MPY_DIR=.", "--var", "PORT_DIR=."], { cwd: dir, encoding: "utf8" });
      const top = asNobody("locked/m.py");
      expect([top.status, top.stderr]).toEqual([1, "mpyc build: locked/m.py: EACCES: permission denied\n"]);
      // As manifestfile.py, whose os.path.exists takes any error for "not there".
      const inner = asNobody("outer.py");
      expect([inner.status, inner.stderr]).toEqual([1, `mpyc build: ${path.join(dir, "outer.py")}:1: Cannot stat ${path.join(dir, "locked/a.py")}\n`]);
    },
  );

  it("reads a manifest up to the input limit (/dev/zero, given or included, is an error, not a hang), and reads no device it writes", async () => {
    const dir = tmp();
    const given = await mpyc(dir, ["build", "--manifest", "/dev/zero", "-o", "build", ...vars]);
    expect([given.code, given.stderr]).toEqual([1, "mpyc build: manifest /dev/zero is larger than 64 MiB\n"]);
    fs.writeFileSync(path.join(dir, "manifest.py"), 'include("/dev/zero")\n');
    const included = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", ...vars]);
    expect([included.code, included.stderr]).toEqual([1, `mpyc build: ${path.join(dir, "manifest.py")}:1: manifest /dev/zero is larger than 64 MiB\n`]);
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
    // A device where the C goes is written, not read first (/dev/full would read for ever): its error is the write's.
    fs.writeFileSync(path.join(dir, "manifest.py"), 'module("m.py")\n');
    fs.writeFileSync(path.join(dir, "m.py"), "x = 1\n");
    const full = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", "--frozen-c", "/dev/full", ...vars]);
    expect([full.code, full.stderr]).toEqual([1, "mpyc build: OSError: 28\n"]);
  });

  it("reports a file that does not compile and writes nothing", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "bad.py"), "def f(:\n");
    fs.writeFileSync(path.join(dir, "manifest.py"), 'module("bad.py")\n');
    const r = await mpyc(dir, ["build", "--manifest", "manifest.py", "-o", "build", ...vars]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error compiling bad\.py:\n[^]*SyntaxError: invalid syntax\n[^]*nothing written/);
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
  });
});

describe("manifest evaluator", () => {
  it("runs the Python real manifests use: literals, names, +, if/elif/else, for, and/or/not, comparisons", () => {
    const calls: Value[][] = [];
    const builtins = new Map<string, Value>([["f", new HostFunction("f", (a, k) => (calls.push([...a, ...[...k].map(([n, v]) => `${n}=${String(v)}`)]), null))]]);
    runManifest(
      'base = "lib" + "/" + "x"\nfor n in ("a", "b"):\n    f(base, n, opt=2)\nif not base == "q" and 3 >= 2:\n    f([1] + [2])\nelif True:\n    f("no")\nelse:\n    pass\nf(None or "y", "b" in ["a", "b"])\n',
      "m.py",
      builtins,
    );
    expect(calls).toEqual([["lib/x", "a", "opt=2"], ["lib/x", "b", "opt=2"], [[1, 2]], ["y", true]]);
  });

  it("gives file and line for an error in a nested block", () => {
    try {
      runManifest("if True:\n    x = 1\n    y = x - 'a'\n", "m.py", new Map());
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ManifestError);
      expect(String(e)).toBe("m.py:3: unsupported operation: int - str");
    }
  });
});
