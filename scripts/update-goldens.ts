// Regenerates the corpus's golden data, deliberately: NAME.mpy from a reference mpy-cross v1.27.0
// (path in env MPY_CROSS) and NAME.out from the MicroPython WebAssembly VM running the source;
// for corpus/golden-only/, the .mpy alone.
// Usage: MPY_CROSS=/path/to/mpy-cross node dist/scripts/update-goldens.js

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runMpy, runSource } from "../spec/oracle/micropython.js";
import { corpusPrograms } from "../spec/corpus/programs.js";
import { goldenOnlyPrograms } from "../spec/compiler/golden-only-programs.js";

const ref = process.env.MPY_CROSS;
if (!ref) {
  process.stderr.write("set MPY_CROSS to a mpy-cross v1.27.0 binary\n");
  process.exit(2);
}
for (const p of corpusPrograms()) {
  const dir = path.dirname(p.file);
  execFileSync(ref, [...p.flags, "-s", `${p.name}.py`, "-o", path.join(dir, `${p.name}.mpy`), `${p.name}.py`], { cwd: dir });
  // Programs with options (e.g. -O3) are judged by the reference .mpy running on the VM, since
  // the VM compiles source only at its own settings.
  const mpy = new Uint8Array(fs.readFileSync(path.join(dir, `${p.name}.mpy`)));
  const { output } = p.flags.length ? await runMpy(mpy) : await runSource(p.source, `${p.name}.py`);
  fs.writeFileSync(path.join(dir, `${p.name}.out`), output);
  process.stdout.write(`${p.name}: ${output.split("\n").length - 1} lines\n`);
}
for (const p of goldenOnlyPrograms()) {
  const dir = path.dirname(p.file);
  execFileSync(ref, [...p.flags, "-s", `${p.name}.py`, "-o", path.join(dir, `${p.name}.mpy`), `${p.name}.py`], { cwd: dir });
  process.stdout.write(`golden-only/${p.name}: .mpy\n`);
}
process.exit(0);
