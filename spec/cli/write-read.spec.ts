// Outputs written as mpy-cross writes them (py/persistentcode.c opens the target O_WRONLY|O_CREAT|
// O_TRUNC): through to devices, FIFOs and symlinks, keeping hard links and modes, never following a
// planted name for the temporary; and inputs read with a size limit (an endless device stops at once).
// These run as root on the build machine: root may write 0444 files and read-only directories, so
// the refusals mpy-cross gives an ordinary user are checked under setpriv when it is available.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliIo, InputTooLargeError, MAX_INPUT_BYTES, readInputFile } from "../../cli/io.js";
import { writeOutputFile } from "../../cli/write-output.js";
import { tempDir } from "../temp.js";
import { builtCli } from "../built-cli.js";

let cli = "";
let dir = "";
const data = new TextEncoder().encode("new contents\n");

function io(): CliIo {
  const sink = { write: () => undefined };
  return { cwd: dir, stdout: sink, stderr: sink, readStdin: () => new Uint8Array(), pid: 4242 };
}

function mpyc(args: string[], asUser = false) {
  const cmd = asUser ? ["setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  const r = spawnSync(cmd[0] as string, cmd[1] as string[], { cwd: dir, timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

const at = (name: string) => path.join(dir, name);
const read = (name: string) => fs.readFileSync(at(name), "utf8");

beforeAll(() => {
  cli = builtCli();
  dir = tempDir("mpyc-write-");
  fs.chmodSync(dir, 0o777);
  fs.writeFileSync(at("a.py"), "x = 1\n");
  fs.chmodSync(at("a.py"), 0o644);
});

describe("writing an output", () => {
  it("creates a new file whole, with open()'s 0644 under the umask, and leaves no temporary", () => {
    writeOutputFile(io(), "new.mpy", data);
    expect(read("new.mpy")).toBe("new contents\n");
    const mask = process.umask();
    expect(fs.statSync(at("new.mpy")).mode & 0o777).toBe(0o644 & ~mask);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the mode of a regular file it replaces", () => {
    fs.writeFileSync(at("private.mpy"), "old");
    fs.chmodSync(at("private.mpy"), 0o600);
    writeOutputFile(io(), "private.mpy", data);
    expect(read("private.mpy")).toBe("new contents\n");
    expect(fs.statSync(at("private.mpy")).mode & 0o777).toBe(0o600);
  });

  it("writes to /dev/null and leaves it a character device", () => {
    writeOutputFile(io(), "/dev/null", data);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(mpyc(["-o", "/dev/null", "a.py"]).status).toBe(0);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("writes through a symlink to its target, keeping the link", () => {
    fs.writeFileSync(at("target.mpy"), "old");
    fs.symlinkSync("target.mpy", at("link.mpy"));
    writeOutputFile(io(), "link.mpy", data);
    expect(fs.lstatSync(at("link.mpy")).isSymbolicLink()).toBe(true);
    expect(read("target.mpy")).toBe("new contents\n");
  });

  it("writes a hard-linked file in place, so every name sees the new contents", () => {
    fs.writeFileSync(at("h1.mpy"), "old");
    fs.linkSync(at("h1.mpy"), at("h2.mpy"));
    writeOutputFile(io(), "h1.mpy", data);
    expect(fs.statSync(at("h1.mpy")).nlink).toBe(2);
    expect(read("h2.mpy")).toBe("new contents\n");
  });

  it("writes into a FIFO for its reader, leaving it a FIFO", async () => {
    spawnSync("mkfifo", [at("fifo")]);
    const reader = spawn("cat", [at("fifo")]);
    const got = new Promise<string>((resolve) => {
      let s = "";
      reader.stdout.on("data", (d: Buffer) => (s += d.toString()));
      reader.on("close", () => resolve(s));
    });
    writeOutputFile(io(), "fifo", data);
    expect(await got).toBe("new contents\n");
    expect(fs.lstatSync(at("fifo")).isFIFO()).toBe(true);
  });

  it("never opens a planted symlink at a temporary's name", () => {
    fs.writeFileSync(at("victim"), "precious");
    for (let i = 0; i < 200; i++) fs.symlinkSync(at("victim"), at(`.planted.mpy.4242.${i}.tmp`));
    writeOutputFile(io(), "planted.mpy", data);
    expect(read("victim")).toBe("precious");
    expect(read("planted.mpy")).toBe("new contents\n");
  });

  it("reports a directory or a missing directory as mpy-cross does", () => {
    fs.mkdirSync(at("adir"));
    expect(() => writeOutputFile(io(), "adir", data)).toThrow(`OSError: (21, "can't open adir")`);
    expect(() => writeOutputFile(io(), "nodir/x.mpy", data)).toThrow(`OSError: (2, "can't open nodir/x.mpy")`);
  });

  it("as root writes a 0444 target and into a read-only directory, keeping the mode", () => {
    fs.writeFileSync(at("ro.mpy"), "old");
    fs.chmodSync(at("ro.mpy"), 0o444);
    fs.mkdirSync(at("rodir"));
    fs.writeFileSync(at("rodir/x.mpy"), "old");
    fs.chmodSync(at("rodir"), 0o555);
    if (process.getuid?.() !== 0) {
      expect(() => writeOutputFile(io(), "ro.mpy", data)).toThrow(`OSError: (13, "can't open ro.mpy")`);
      writeOutputFile(io(), "rodir/x.mpy", data);
      expect(read("rodir/x.mpy")).toBe("new contents\n");
      return;
    }
    writeOutputFile(io(), "ro.mpy", data);
    expect(read("ro.mpy")).toBe("new contents\n");
    expect(fs.statSync(at("ro.mpy")).mode & 0o777).toBe(0o444);
    writeOutputFile(io(), "rodir/x.mpy", data);
    expect(read("rodir/x.mpy")).toBe("new contents\n");
  });

  it.runIf(process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0)(
    "as an ordinary user refuses a 0444 target, and writes an existing file in a read-only directory in place",
    () => {
      fs.mkdirSync(at("user"));
      fs.writeFileSync(at("user/ro.mpy"), "old");
      fs.chmodSync(at("user/ro.mpy"), 0o444);
      fs.writeFileSync(at("user/rw.mpy"), "old");
      fs.chmodSync(at("user/rw.mpy"), 0o666);
      spawnSync("chown", ["-R", "65534", at("user")]);
      fs.chmodSync(at("user"), 0o555);
      const ro = mpyc(["-o", "user/ro.mpy", "a.py"], true);
      expect([ro.status, ro.stderr]).toEqual([1, `OSError: (13, "can't open user/ro.mpy")\n`]);
      expect(read("user/ro.mpy")).toBe("old");
      expect(mpyc(["-o", "user/rw.mpy", "a.py"], true).status).toBe(0);
      expect(fs.readFileSync(at("user/rw.mpy"))[0]).toBe(0x4d);
      const fresh = mpyc(["-o", "user/new.mpy", "a.py"], true);
      expect([fresh.status, fresh.stderr]).toEqual([1, `OSError: (13, "can't open user/new.mpy")\n`]);
    },
  );
});

describe("reading an input", () => {
  it("stops reading an endless device at the size limit", () => {
    let err: unknown;
    try {
      readInputFile(io(), "/dev/zero");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputTooLargeError);
    expect((err as InputTooLargeError).prefix.length).toBe(MAX_INPUT_BYTES);
  });

  it("ends `mpyc /dev/zero` with mpy-cross's syntax error, and an endless stdin too", () => {
    const r = mpyc(["/dev/zero"]);
    expect([r.status, r.stderr]).toEqual([1, 'Traceback (most recent call last):\n  File "/dev/zero", line 1\nSyntaxError: invalid syntax\n']);
    const s = spawnSync("sh", ["-c", `head -c 70000000 /dev/zero | tr '\\0' ' ' | "${process.execPath}" "${cli}" -`], { cwd: dir, timeout: 20000 });
    expect([s.status, s.stderr.toString()]).toEqual([1, "mpyc: <stdin>: input larger than 64 MiB\n"]);
  });

  it("reads a regular file whose size is stale or says 0 (/proc) to its end", () => {
    const status = new TextDecoder().decode(readInputFile(io(), "/proc/self/status"));
    expect(status).toMatch(/^Name:[^]*\nPid:\s+\d+\n[^]*\n$/);
    fs.writeFileSync(at("sized.py"), "y = 2\n".repeat(5000));
    expect(readInputFile(io(), "sized.py").length).toBe(30000);
  });

  it("reads a directory as mpy-cross does: it opens, then fails to read", () => {
    expect(() => readInputFile(io(), ".")).toThrow(/^OSError: 21$/);
  });
});

describe("build over a tree with bad entries", () => {
  it("reports a looping symlink and an unreadable directory, compiles the rest, exit 1", () => {
    fs.mkdirSync(at("bsrc/sub"), { recursive: true });
    fs.writeFileSync(at("bsrc/sub/ok.py"), "x = 1\n");
    fs.symlinkSync("loop.py", at("bsrc/loop.py"));
    fs.mkdirSync(at("bsrc/locked"));
    fs.writeFileSync(at("bsrc/locked/z.py"), "y = 2\n");
    fs.chmodSync(at("bsrc/locked"), 0);
    const r = mpyc(["build", "bsrc", "-o", "bout"], process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bsrc/loop.py: ELOOP");
    if (process.getuid?.() === 0) expect(r.stderr).toContain("bsrc/locked: EACCES");
    expect(fs.readFileSync(at("bout/sub/ok.mpy"))[0]).toBe(0x4d);
  });

  it("ends with an error for an output under /proc", () => {
    const r = mpyc(["build", "bsrc", "-o", "/proc/x"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`can't create /proc/x/sub`);
  });
});

describe("command-line hints", () => {
  it("names the command a mistyped subcommand looks like, instead of failing to open it as a file", () => {
    const r = mpyc(["biuld", "src", "-o", "out"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("mpyc: unknown command 'biuld' (and no such file); did you mean `mpyc build`?\n");
    const one = mpyc(["dsi"]);
    expect(one).toMatchObject({ status: 1, stderr: "mpyc: unknown command 'dsi' (and no such file); did you mean `mpyc dis`?\n" });
    // Any other missing file is mpy-cross's error.
    expect(mpyc(["nofile"]).stderr).toBe(`OSError: (2, "can't open nofile")\n`);
  });
});
