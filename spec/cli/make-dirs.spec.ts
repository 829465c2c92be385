// Directories made for outputs (cli/write-output.ts makeDirSteps), the same steps run synchronously
// (the build record, manifests) and on the thread pool (a build's outputs): nested directories made
// one level at a time, a file in the way reported, and a parent that cannot be made named by its own
// error, whichever way they run.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../cli/io.js";
import { makeDirAsync, makeDirs } from "../../cli/write-output.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

const dir = tempDir("mpyc-dirs-");

const sink = { write: () => undefined };
const io: CliIo = { cwd: dir, stdout: sink, stderr: sink, readStdin: () => new Uint8Array(), pid: 4242 };
const at = (name: string) => path.join(dir, name);
const errno = async (p: Promise<void>) => p.then(() => null, (e: NodeJS.ErrnoException) => e.code);

describe("making output directories", () => {
  it("makes nested directories, and is content with one that exists", async () => {
    makeDirs(io, "s/a/b/c");
    expect(fs.statSync(at("s/a/b/c")).isDirectory()).toBe(true);
    makeDirs(io, "s/a/b/c");
    await makeDirAsync(at("t/a/b/c"));
    expect(fs.statSync(at("t/a/b/c")).isDirectory()).toBe(true);
    await makeDirAsync(at("t/a/b/c"));
    // Many at once under one new parent: each made, none refused for another's making.
    await Promise.all(Array.from({ length: 20 }, (_, i) => makeDirAsync(at(`u/p/q${i}/r`))));
    expect(fs.readdirSync(at("u/p")).length).toBe(20);
  });

  it("reports a file in the way, naming the directory asked for", async () => {
    fs.writeFileSync(at("file"), "x");
    expect(() => makeDirs(io, "file")).toThrow(`OSError: (17, "can't create file")`);
    expect(() => makeDirs(io, "file/sub/x")).toThrow(`OSError: (20, "can't create file/sub/x")`);
    expect(await errno(makeDirAsync(at("file")))).toBe("EEXIST");
    expect(await errno(makeDirAsync(at("file/sub/x")))).toBe("ENOTDIR");
  });

  it.runIf(process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0)(
    "names a parent it may not make by that parent's error (EACCES), not its child's ENOENT, and a source it may not see",
    () => {
      fs.mkdirSync(at("ro"));
      fs.chmodSync(dir, 0o777);
      fs.chmodSync(at("ro"), 0o555);
      fs.mkdirSync(at("src"));
      fs.writeFileSync(at("src/m.py"), "x = 1\n");
      fs.chmodSync(at("src"), 0o755);
      fs.chmodSync(at("src/m.py"), 0o644);
      const cli = builtCli();
      const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, "build", "src", "-o", "ro/sub/out"], { cwd: dir, encoding: "utf8" });
      expect(r.status).toBe(1);
      // The output's directory (on the thread pool) and the record's (synchronously) alike.
      expect(r.stderr).toContain(`ro/sub/out/m.mpy: OSError: (13, "can't create ro/sub/out")`);
      expect(r.stderr).toContain(`ro/sub/out/.mpyc-build.json: OSError: (13, "can't create ro/sub/out")`);
      expect(fs.existsSync(at("ro/sub"))).toBe(false);
      // A source directory it may not stat() is reported as such, with or without --watch (not as an internal error).
      fs.mkdirSync(at("locked/src"), { recursive: true });
      fs.chmodSync(at("locked"), 0o700);
      for (const watch of [[], ["--watch"]]) {
        const locked = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, "build", "locked/src", "-o", "out", ...watch], { cwd: dir, encoding: "utf8" });
        expect([locked.status, locked.stderr]).toEqual([1, "mpyc build: locked/src: EACCES: permission denied\n"]);
      }
      // A record it may not read is said to be so (not "damaged"), and everything is compiled.
      fs.mkdirSync(at("out"));
      fs.writeFileSync(at("out/.mpyc-build.json"), "{}");
      fs.chmodSync(at("out/.mpyc-build.json"), 0o600);
      fs.chmodSync(at("out"), 0o777);
      const record = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, "build", "src", "-o", "out"], { cwd: dir, encoding: "utf8" });
      expect(record.stderr).toMatch(/^mpyc build: out\/\.mpyc-build\.json: EACCES: permission denied; compiling every file\n/);
    },
  );
});
