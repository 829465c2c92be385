// Dev tool: compiles every .py under a directory with mpyc and with a reference mpy-cross
// (env MPY_CROSS), and counts identical outputs, differing ones and differing errors.
// Usage: MPY_CROSS=/path/to/mpy-cross node dist/spec/tools/compare-tree.js DIR [-v]

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, formatError } from "../../compiler/index.js";

const ref = process.env.MPY_CROSS;
const dir = process.argv[2];
const verbose = process.argv.includes("-v");
if (!ref || !dir) {
  process.stderr.write("usage: MPY_CROSS=... compare-tree DIR [-v]\n");
  process.exit(2);
}

function walk(d: string): string[] {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    return e.isDirectory() ? walk(p) : e.name.endsWith(".py") ? [p] : [];
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-cmp-"));
// The reference's scratch output goes with the process, however it ends.
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const counts = { identical: 0, different: 0, bothRejectedSame: 0, rejectedDifferently: 0, internal: 0 };
const bad: string[] = [];
for (const file of walk(dir).sort()) {
  const out = path.join(tmp, "ref.mpy");
  let refBytes: Buffer | null = null;
  let refErr = "";
  try {
    execFileSync(ref, ["-o", out, "-s", "x.py", file], { stdio: ["ignore", "ignore", "pipe"] });
    refBytes = fs.readFileSync(out);
  } catch (e) {
    refErr = String((e as { stderr?: Buffer }).stderr ?? "");
  }
  const src = fs.readFileSync(file);
  let ours: ReturnType<typeof compile> | null = null;
  try {
    ours = compile(new Uint8Array(src), { sourceName: "x.py" });
  } catch (e) {
    counts.internal++;
    bad.push(`INTERNAL ${file}: ${(e as Error).message}`);
    continue;
  }
  if (refBytes && ours.ok) {
    if (Buffer.compare(refBytes, Buffer.from(ours.mpy)) === 0) counts.identical++;
    else {
      counts.different++;
      bad.push(`DIFF ${file}`);
    }
  } else if (!refBytes && !ours.ok) {
    const mine = formatError(ours.error, "x.py", src.toString(), file);
    if (mine.trim() === refErr.trim()) counts.bothRejectedSame++;
    else {
      counts.rejectedDifferently++;
      bad.push(`ERR ${file}\n  ref: ${refErr.trim().split("\n").slice(1).join(" | ")}\n  our: ${mine.trim().split("\n").slice(1).join(" | ")}`);
    }
  } else {
    counts.rejectedDifferently++;
    bad.push(`ERR ${file}: ref ${refBytes ? "ok" : refErr.trim().split("\n").pop()} / ours ${ours.ok ? "ok" : ours.error.kind + ": " + ours.error.message}`);
  }
}
if (verbose) for (const b of bad) console.log(b);
console.log(JSON.stringify(counts));
