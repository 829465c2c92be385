// A program run with a ROMFS image in the board's ROM (`mpyc run --romfs`): the image, built by our
// writer from modules our compiler made, is mounted at /rom with "/rom" and "/rom/lib" on sys.path,
// and imports find modules there. The expected output is MicroPython v1.27.0's unix port running
// the same program after `vfs.mount(vfs.VfsRom(image), "/rom")` and the same two sys.path entries
// (the board's mp_init does both; the WebAssembly VM has no VfsRom to compare with). To check it
// again: MPYC_ROMFS_DUMP=DIR writes image.romfs and program.py there; prefix the program with that
// mount and sys.path.append("/rom"), sys.path.append("/rom/lib"), and run it with the unix port from DIR.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/index.js";
import { buildRomfs } from "../../freezer/romfs.js";
import { runMpy } from "../../runtime/index.js";

const enc = (s: string) => new TextEncoder().encode(s);

function mpy(source: string, name: string): Uint8Array {
  const r = compile(enc(source), { sourceName: name });
  if (!r.ok) throw new Error(r.error.message);
  return r.mpy;
}

const greet = readFileSync(join(import.meta.dirname, "..", "freezer", "golden", "romfs-greet.py"), "utf8");

const image = buildRomfs({
  lib: {
    "greet.mpy": mpy(greet, "lib/greet.py"),
    "notes.txt": enc("kept as they are\n"),
    pkg: { "__init__.mpy": mpy("VALUE = (1, 2.5, 'three', b'four')\n", "lib/pkg/__init__.py") },
  },
  "plain.py": enc("import sys\nWHERE = __file__\nprint('plain runs', __name__)\n"),
});

const program = String.raw`import sys, os
print(sys.path[-2:])
import greet
from pkg import VALUE
print(greet.__file__, VALUE)
greet.hello("rom")
c = greet.Counter()
print(c.bump(), c.bump(5))
print(os.listdir("/rom"), os.listdir("/rom/lib"))
print(os.stat("/rom/lib/notes.txt")[6], repr(open("/rom/lib/notes.txt").read()))
import plain
print(plain.WHERE)
try:
    open("/rom/new.txt", "w")
except OSError as e:
    print("OSError", e.errno)
try:
    import missing
except ImportError as e:
    print("ImportError", e)
`;

const expected = `['/rom', '/rom/lib']
/rom/lib/greet.mpy (1, 2.5, 'three', b'four')
hello from ROM rom 14
1 6
['lib', 'plain.py'] ['greet.mpy', 'notes.txt', 'pkg']
17 'kept as they are\\n'
plain runs plain
/rom/plain.py
OSError 30
ImportError no module named 'missing'
`;

describe("mpyc run --romfs", () => {
  it("imports modules from the image mounted at /rom", async () => {
    const main = mpy(program, "main.py");
    const r = runMpy(main, { compile, romfs: image });
    expect(r.output).toBe(expected);
    expect(r.exitCode).toBe(0);
    if (process.env.MPYC_ROMFS_DUMP) {
      const fs = await import("node:fs");
      fs.writeFileSync(join(process.env.MPYC_ROMFS_DUMP, "image.romfs"), image);
      fs.writeFileSync(join(process.env.MPYC_ROMFS_DUMP, "program.py"), program);
    }
  });

  it("leaves sys.path and the mounts alone without an image", () => {
    const r = runMpy(mpy("import sys, os\nprint(sys.path, 'rom' in os.listdir('/'))\n", "main.py"), { compile });
    expect(r.output).toBe("['', '.frozen', '/lib'] False\n");
  });
});
