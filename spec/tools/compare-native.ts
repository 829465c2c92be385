// Dev tool: compiles .py files under a directory with mpyc and with a reference mpy-cross (env
// MPY_CROSS) for a native target, and counts identical outputs: the .mpy bytes, and for
// -march=debug also the trace both print, or the error (its line and message). By default only files
// that use @micropython.native, viper or an asm_* decorator are taken; --all takes every file (with
// -X emit=native, say). -march=a,b,c gives the counts per arch, one line each.
// Usage: MPY_CROSS=... node dist/spec/tools/compare-native.js DIR [-march=ARCH[,ARCH...]] [-march-flags=zba] [-X emit=native] [--all] [-v]

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile, formatError } from "../../compiler/index.js";

const ref = process.env.MPY_CROSS;
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("-") && args[args.indexOf(a) - 1] !== "-X");
const verbose = args.includes("-v");
const all = args.includes("--all");
const arches = (args.find((a) => a.startsWith("-march="))?.slice(7) ?? "x64").split(",");
const marchFlags = args.find((a) => a.startsWith("-march-flags="))?.slice(13);
const emitArg = args.indexOf("-X") >= 0 ? args[args.indexOf("-X") + 1] : undefined;
const emit = emitArg?.startsWith("emit=") ? (emitArg.slice(5) as "bytecode" | "native" | "viper") : undefined;
if (!ref || !dir) {
  process.stderr.write("usage: MPY_CROSS=... compare-native DIR [-march=ARCH] [-X emit=native] [--all] [-v]\n");
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
for (const arch of arches) compareArch(arch);

function compareArch(arch: string): void {
const counts = { files: 0, identical: 0, traceDiffers: 0, bytesDiffer: 0, bothRejectedSame: 0, rejectedDifferently: 0, internal: 0 };
const identical: string[] = [];
const bad: string[] = [];
for (const file of walk(dir!).sort()) {
  const src = fs.readFileSync(file);
  if (!all && !/micropython\.(native|viper|asm_)/.test(src.toString("latin1"))) continue;
  counts.files++;
  const out = path.join(tmp, "ref.mpy");
  const flags = [`-march=${arch}`, ...(marchFlags ? [`-march-flags=${marchFlags}`] : []), ...(emit ? ["-X", `emit=${emit}`] : []), "-o", out, "-s", "x.py", file];
  let refBytes: Buffer | null = null;
  let refTrace = "";
  let refErr = "";
  try {
    fs.rmSync(out, { force: true });
    refTrace = execFileSync(ref!, flags, { stdio: ["ignore", "pipe", "pipe"], encoding: "latin1" });
    refBytes = fs.readFileSync(out);
  } catch (e) {
    const x = e as { stderr?: string; stdout?: string };
    refErr = String(x.stderr ?? "") + String(x.stdout ?? "");
  }
  let ours: ReturnType<typeof compile> | null = null;
  try {
    ours = compile(new Uint8Array(src), { sourceName: "x.py", arch, ...(marchFlags === "zba" ? { archFlags: 1 } : {}), ...(emit ? { emit } : {}) });
  } catch (e) {
    counts.internal++;
    bad.push(`INTERNAL ${file}: ${(e as Error).message}`);
    continue;
  }
  if (refBytes && ours.ok) {
    const sameTrace = arch !== "debug" || (ours.nativeTrace ?? "") === refTrace;
    const sameBytes = Buffer.compare(refBytes, Buffer.from(ours.mpy)) === 0;
    if (sameTrace && sameBytes) {
      counts.identical++;
      identical.push(file);
    } else if (!sameTrace) {
      counts.traceDiffers++;
      bad.push(`TRACE ${file}`);
    } else {
      counts.bytesDiffer++;
      bad.push(`BYTES ${file}`);
    }
  } else if (!refBytes && !ours.ok) {
    // The place (file, line, function) and the message.
    const lastTwo = (t: string) => t.trim().split("\n").slice(-2).map((l) => l.trim()).join(" / ");
    const mine = formatError(ours.error, "x.py", src.toString(), file);
    if (lastTwo(refErr) === lastTwo(mine)) counts.bothRejectedSame++;
    else {
      counts.rejectedDifferently++;
      bad.push(`ERR ${file}\n  ref: ${lastTwo(refErr)}\n  our: ${lastTwo(mine)}`);
    }
  } else {
    counts.rejectedDifferently++;
    bad.push(`ERR ${file}: ref ${refBytes ? "ok" : refErr.trim().split("\n").pop()} / ours ${ours.ok ? "ok" : ours.error.kind + ": " + ours.error.message}`);
  }
}
if (verbose) for (const b of bad) console.log(b);
if (args.includes("--list")) for (const f of identical) console.log(`SAME ${f}`);
console.log(arches.length > 1 ? `${arch} ${JSON.stringify(counts)}` : JSON.stringify(counts));
}
