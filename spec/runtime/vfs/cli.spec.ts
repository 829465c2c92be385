// `mpyc run FILE --fs DIR`: the program sees DIR at "/", runs as `micropython FILE` would from DIR,
// and leaves DIR as it was.

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runMain } from "../../../cli/run.js";
import { tempDir } from "../../temp.js";

describe("mpyc run --fs", () => {
  it("runs a program on a board whose filesystem is a host directory", async () => {
    const dir = tempDir("mpyc-cli-fs-");
    fs.mkdirSync(path.join(dir, "lib"));
    fs.writeFileSync(path.join(dir, "lib", "util.py"), "def twice(x):\n    return 2 * x\n");
    fs.writeFileSync(path.join(dir, "data.txt"), "21\n");
    fs.writeFileSync(path.join(dir, "main.py"), "import util\nn = int(open('data.txt').read())\nopen('out.txt', 'w').write(str(util.twice(n)))\nprint(__file__, open('out.txt').read())\n");
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => {
      out += String(t);
      return true;
    });
    try {
      expect(await runMain([path.join(dir, "main.py"), "--fs", dir])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out).toBe("main.py 42\n");
    expect(fs.existsSync(path.join(dir, "out.txt"))).toBe(false);
  });

  it("says which host files did not fit on the board's flash, instead of leaving them out silently", async () => {
    const dir = tempDir("mpyc-cli-fs-full-");
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(2, "0")}.txt`), "x");
    fs.writeFileSync(path.join(dir, "main.py"), "import os\nprint(len(os.listdir()))\n");
    let out = "";
    let err = "";
    const spyOut = vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((out += String(t)), true));
    const spyErr = vi.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((err += String(t)), true));
    try {
      // 10 blocks: the superblock pair, then one block for each entry that fits.
      expect(await runMain([path.join(dir, "main.py"), "--fs", dir, "--flash", "40k"])).toBe(0);
    } finally {
      spyOut.mockRestore();
      spyErr.mockRestore();
    }
    expect(out).toBe("8\n");
    expect(err).toBe(`mpyc run: --fs ${dir}: 5 entries did not fit on the board's 40 KB flash and were not on it (/f08.txt, /f09.txt, /f10.txt, ...); give a larger --flash\n`);
  });
});
