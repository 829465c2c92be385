// Dev tool: builds manifests with MicroPython's tools/makemanifest.py (and its mpy-cross and
// mpy-tool.py) and with `mpyc build --manifest`, each in its own directory under the same build
// directory name, and compares the frozen C and the .mpy trees byte for byte. BOARD_DIR is the
// manifest's directory. MPY_CROSS_FLAGS (as a port's MICROPY_MPY_CROSS_FLAGS, e.g. -march=xtensawin) go to
// both: makemanifest.py's --mpy-cross-flags and mpyc build's own options. MPYC_MAKEMANIFEST=1 runs mpyc as
// `mpyc makemanifest`, with makemanifest.py's own arguments.
// Usage: MP=/path/to/micropython MPY_LIB_DIR=/path/to/micropython-lib QSTRS=/path/to/qstrdefs.preprocessed.h \
//   [MPY_CROSS_FLAGS=...] node dist/spec/tools/compare-manifest.js PORT_DIR:MANIFEST...

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const mp = process.env.MP;
const lib = process.env.MPY_LIB_DIR;
const qstrs = process.env.QSTRS;
const crossFlags = (process.env.MPY_CROSS_FLAGS ?? "").split(/\s+/).filter((f) => f !== "");
const specs = process.argv.slice(2);
if (!mp || !lib || !qstrs || specs.length === 0) {
  process.stderr.write("usage: MP=... MPY_LIB_DIR=... QSTRS=... compare-manifest PORT_DIR:MANIFEST...\n");
  process.exit(2);
}
const cli = path.join(path.dirname(new URL(import.meta.url).pathname), "../../cli/main.js");

/** Files under `dir` but the build record, relative path -> bytes. */
function tree(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile() && !rel.endsWith(".mpyc-build.json")) m.set(rel, fs.readFileSync(abs));
  }
  return m;
}

let failures = 0;
for (const spec of specs) {
  const at = spec.indexOf(":");
  const [port, manifest] = [path.resolve(spec.slice(0, at)), path.resolve(spec.slice(at + 1))];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-manifest-"));
  const dirs = { ref: path.join(root, "ref"), ours: path.join(root, "ours") };
  for (const d of Object.values(dirs)) {
    fs.mkdirSync(path.join(d, "build/genhdr"), { recursive: true });
    fs.copyFileSync(qstrs, path.join(d, "build/genhdr/qstrdefs.preprocessed.h"));
  }
  const vars = [`MPY_DIR=${mp}`, `PORT_DIR=${port}`, `BOARD_DIR=${path.dirname(manifest)}`];
  const ref = spawnSync("python3", [path.join(mp, "tools/makemanifest.py"), "-o", "build/frozen_content.c", "-b", "build", ...vars.flatMap((v) => ["-v", v]), "-v", `MPY_LIB_DIR=${lib}`, ...(crossFlags.length ? [`--mpy-cross-flags=${crossFlags.join(" ")}`] : []), manifest], { cwd: dirs.ref });
  // MPYC_MAKEMANIFEST=1: mpyc given makemanifest.py's own command line (mpyc makemanifest).
  const oursArgs = process.env.MPYC_MAKEMANIFEST
    ? ["makemanifest", "-o", "build/frozen_content.c", ...vars.flatMap((v) => ["-v", v]), "-v", `MPY_LIB_DIR=${lib}`, "-b", "build", ...(crossFlags.length ? [`-f${crossFlags.join(" ")}`] : []), "--mpy-tool-flags=", manifest]
    : ["build", "--manifest", manifest, "-o", "build", ...vars.flatMap((v) => ["--var", v]), "--lib", lib, ...crossFlags];
  const ours = spawnSync(process.execPath, [cli, ...oursArgs], { cwd: dirs.ours });
  if (ref.status !== 0 || ours.status !== 0) {
    console.log(`${manifest}: reference exit ${ref.status}, mpyc exit ${ours.status}\n${ref.stdout}${ours.stderr}`);
    failures++;
    continue;
  }
  const c = (d: string) => fs.readFileSync(path.join(d, "build/frozen_content.c"));
  const refTree = tree(path.join(dirs.ref, "build/frozen_mpy"));
  const ourTree = tree(path.join(dirs.ours, "build/frozen_mpy"));
  const differing = [...new Set([...refTree.keys(), ...ourTree.keys()])].filter((k) => !refTree.get(k)?.equals(ourTree.get(k) ?? Buffer.alloc(0)));
  const same = c(dirs.ref).equals(c(dirs.ours)) && differing.length === 0;
  if (!same) failures++;
  console.log(`${same ? "same" : "DIFFERENT"}: ${manifest} (${refTree.size} modules, ${c(dirs.ref).length} bytes of C)${differing.length ? `; .mpy differing: ${differing.join(", ")}` : ""}`);
  if (same) fs.rmSync(root, { recursive: true, force: true });
}
process.exitCode = failures ? 1 : 0;
