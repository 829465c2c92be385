// A host directory seeding the board's filesystem (Runtime option `fs: hostDirFs(dir)`, `mpyc run
// --fs DIR`): its files appear at "/" and are read when first used, writes and removals stay in
// memory, the host is never changed; the script's path gives __file__, sys.argv and sys.path[0] as
// the unix port sets them; modules and packages import from it (.py before .mpy, sys.path order).

import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hostDirFs } from "../../../cli/hostfs.js";
import { runOnBoard } from "./run.js";
import { tempDir } from "../../temp.js";

let dir = "";
const files: Record<string, string> = {
  "config.txt": "wifi=on\n",
  "lib/helper.py": "def hi():\n    print('hi from', __file__)\n",
  "pkg/__init__.py": "print('pkg init', __path__)\n",
  "pkg/sub.py": "from . import helper2\nX = helper2.Y\n",
  "pkg/helper2.py": "Y = 7\n",
  "ns/leaf.py": "Z = 'leaf'\n",
};

beforeAll(() => {
  dir = tempDir("mpyc-hostfs-");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
});

describe("a host directory as the board's filesystem", () => {
  it("reads through, keeps writes in memory, and sets the script's path", () => {
    const src = `
import os, sys
print(__file__, sys.argv, sys.path[0], sorted(os.listdir()))
print(open("config.txt").read().strip(), os.stat("config.txt")[6])
with open("config.txt", "a") as f:
    f.write("led=1\\n")
print(open("/config.txt").read().split())
os.remove("lib/helper.py")
os.mkdir("logs")
open("logs/boot.log", "w").write("ok")
print(sorted(os.listdir("/lib")), os.listdir("logs"))
`;
    expect(runOnBoard(src, { fs: hostDirFs(dir), scriptPath: "main.py" })).toBe(
      "main.py ['main.py'] / ['config.txt', 'lib', 'ns', 'pkg']\nwifi=on 8\n['wifi=on', 'led=1']\n[] ['boot.log']\n",
    );
    // The host is untouched.
    expect(fs.readFileSync(path.join(dir, "config.txt"), "utf8")).toBe("wifi=on\n");
    expect(fs.existsSync(path.join(dir, "lib/helper.py"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "logs"))).toBe(false);
  });

  it("imports modules from sys.path entries, packages with relative imports, and namespace packages", () => {
    const src = `
import helper
helper.hi()
import pkg.sub
print(pkg.sub.X, pkg.sub.__file__)
from ns import leaf
print(leaf.Z)
try:
    import nothere
except ImportError as e:
    print(e)
`;
    // sys.path[0] is "/", and MicroPython joins an entry and a name with "/" whatever the entry ends with.
    expect(runOnBoard(src, { fs: hostDirFs(dir), scriptPath: "main.py" })).toBe(
      "hi from /lib/helper.py\npkg init //pkg\n7 //pkg/sub.py\nleaf\nno module named 'nothere'\n",
    );
  });

  it("keeps the program inside DIR: links leaving it or to directories are missing files, loops end", () => {
    const d = tempDir("mpyc-sandbox-");
    const outside = tempDir("mpyc-outside-");
    fs.writeFileSync(path.join(outside, "secret"), "secret\n");
    fs.writeFileSync(path.join(d, "real.txt"), "real\n");
    fs.mkdirSync(path.join(d, "sub"));
    fs.symlinkSync(path.join(outside, "secret"), path.join(d, "out"));
    fs.symlinkSync(outside, path.join(d, "outdir"));
    fs.symlinkSync(".", path.join(d, "loop1"));
    fs.symlinkSync(".", path.join(d, "loop2"));
    fs.symlinkSync("..", path.join(d, "sub", "back"));
    fs.symlinkSync("real.txt", path.join(d, "alias"));
    fs.symlinkSync("nothing", path.join(d, "dangling"));
    const src = `
import os
print(sorted(os.listdir()), os.listdir("sub"))
for n in ("out", "outdir/secret", "loop1/real.txt", "sub/back/real.txt", "dangling", "alias"):
    try:
        print(n, open(n).read().strip())
    except OSError as e:
        print(n, "OSError", e.errno)
os.rename("/sub", "/moved")
os.rename("/", "/root2") if False else None
print(sorted(os.listdir()))
`;
    expect(runOnBoard(src, { fs: hostDirFs(d), scriptPath: "main.py" })).toBe(
      "['alias', 'real.txt', 'sub'] []\n" +
        "out OSError 2\noutdir/secret OSError 2\nloop1/real.txt OSError 2\nsub/back/real.txt OSError 2\ndangling OSError 2\nalias real\n" +
        "['alias', 'moved', 'real.txt']\n",
    );
  });

  it("reaches no file outside DIR when DIR itself is given through a link", () => {
    const d = tempDir("mpyc-sandbox-");
    fs.mkdirSync(path.join(d, "real"));
    fs.writeFileSync(path.join(d, "real", "a.txt"), "a\n");
    fs.writeFileSync(path.join(d, "beside.txt"), "no\n");
    fs.symlinkSync(path.join(d, "real"), path.join(d, "link"));
    const src = `
import os
print(os.listdir(), open("a.txt").read().strip())
try:
    open("../beside.txt")
except OSError as e:
    print("OSError", e.errno)
`;
    expect(runOnBoard(src, { fs: hostDirFs(path.join(d, "link")), scriptPath: "main.py" })).toBe("['a.txt'] a\nOSError 2\n");
  });
});
