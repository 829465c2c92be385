// Dev tool: compiles every .py under a directory with a reference mpy-cross (env MPY_CROSS) and the
// given flags (default -march=x64), then checks the native format layer on each output: read back
// and written again gives the same bytes, and `mpyc dis` prints what mpy-tool.py -d prints (env
// MPY_TOOL, the path of tools/mpy-tool.py; skipped when unset).
// Usage: MPY_CROSS=... [MPY_TOOL=...] node dist/spec/tools/native-format.js DIR [-v] [-- FLAGS...]

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { disassemble } from "../../bytecode/disasm.js";
import { readMpyFile } from "../../bytecode/mpy-read.js";
import { writeMpy } from "../../bytecode/mpy-write.js";

const ref = process.env.MPY_CROSS;
const tool = process.env.MPY_TOOL;
const dir = process.argv[2];
const verbose = process.argv.includes("-v");
const dashes = process.argv.indexOf("--");
const flags = dashes >= 0 ? process.argv.slice(dashes + 1) : ["-march=x64"];
if (!ref || !dir) {
  process.stderr.write("usage: MPY_CROSS=... [MPY_TOOL=...] native-format DIR [-v] [-- FLAGS...]\n");
  process.exit(2);
}

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".py") ? [p] : [];
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-native-"));
// The reference's scratch output goes with the process, however it ends.
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const counts = { files: 0, withNative: 0, roundTrip: 0, roundTripDiffers: 0, disSame: 0, disDiffers: 0, unreadable: 0, refRejected: 0 };
const bad: string[] = [];
for (const file of walk(dir).sort()) {
  const out = path.join(tmp, "ref.mpy");
  try {
    execFileSync(ref, [...flags, "-o", out, "-s", "x.py", file], { stdio: ["ignore", "ignore", "pipe"] });
  } catch {
    counts.refRejected++;
    continue;
  }
  counts.files++;
  const bytes = new Uint8Array(fs.readFileSync(out));
  if (bytes[2]! >> 2) counts.withNative++;
  let m;
  try {
    m = readMpyFile(bytes);
  } catch (e) {
    counts.unreadable++;
    bad.push(`UNREADABLE ${file}: ${(e as Error).message}`);
    continue;
  }
  if (Buffer.compare(Buffer.from(writeMpy(m)), Buffer.from(bytes)) === 0) counts.roundTrip++;
  else {
    counts.roundTripDiffers++;
    bad.push(`ROUNDTRIP ${file}`);
  }
  if (tool) {
    const theirs = execFileSync("python3", [tool, "-d", out], { encoding: "utf8" });
    const ours = disassemble(m, { mpySourceFile: out, header: bytes.subarray(0, 4) });
    if (ours === theirs) counts.disSame++;
    else {
      counts.disDiffers++;
      bad.push(`DIS ${file}`);
    }
  }
}
if (verbose) for (const b of bad) console.log(b);
console.log(JSON.stringify(counts));
