// Dev tool: runs MicroPython's own tests (tests/basics, float, ...) through mpyc's compiler and VM
// and compares each output with what a MicroPython binary prints for the same file (env
// MICROPYTHON, e.g. the unix port; its outputs are cached in the temp folder, per binary).
// Usage: MICROPYTHON=/path/to/micropython node dist/spec/tools/run-mp-tests.js TESTS_DIR SUBDIR... [-v] [--only NAME]
// Prints one line per differing test (with -v the first differing line) and the totals. The few
// tests whose output is port-specific are judged against their .exp patterns (exp-patterns.ts).

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../../compiler/index.js";
import { hostDirFs } from "../../cli/hostfs.js";
import { Runtime } from "../../runtime/index.js";
import { matchesPattern, PATTERN_TESTS } from "./exp-patterns.js";
import { expectedCacheDir } from "./mp-expected.js";

const args = process.argv.slice(2);
const verbose = args.includes("-v");
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--only");
const [root, ...dirs] = positional;
const micropython = process.env.MICROPYTHON;
if (!root || dirs.length === 0 || !micropython) {
  process.stderr.write("usage: MICROPYTHON=... run-mp-tests TESTS_DIR SUBDIR... [-v] [--only NAME]\n");
  process.exit(2);
}
const cacheDir = expectedCacheDir(micropython);
const TIME_LIMIT_MS = 5000;

function expected(file: string): string | null {
  const cached = path.join(cacheDir, path.relative(root!, file) + ".out");
  if (fs.existsSync(cached)) return fs.readFileSync(cached, "utf8");
  let out: string;
  try {
    out = execFileSync(micropython!, [path.basename(file)], { cwd: path.dirname(file), timeout: 10_000, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stdout?: string; signal?: string; status?: number };
    if (err.signal) return null;
    out = (err.stdout ?? "") + (err.status !== 0 ? "CRASH" : "");
  }
  fs.mkdirSync(path.dirname(cached), { recursive: true });
  fs.writeFileSync(cached, out);
  return out;
}

function runOurs(file: string): string {
  const source = fs.readFileSync(file);
  // As `mpyc run` compiles a program: @micropython.native functions run as bytecode.
  const r = compile(source, { sourceName: path.basename(file), nativeAsBytecode: true });
  if (!r.ok) return "SyntaxError\n";
  // The board's filesystem shows the test's directory, which is also the current directory, and
  // the script runs under its file name, as `micropython NAME.py` run from there: data files
  // open, sibling modules and packages import (.py compiled as the board's compiler would).
  let out = "";
  // Only stdout is compared, as only the reference binary's stdout is captured: sys.stderr goes nowhere.
  const deadline = Date.now() + TIME_LIMIT_MS;
  let polls = 0;
  const poll = () => {
    if ((++polls & 1023) === 0 && Date.now() > deadline) throw new Error("time limit");
  };
  // A flash large enough for the whole test directory, which the reference binary sees in full.
  const rt = new Runtime({ compile, poll, fs: hostDirFs(path.dirname(file), 64 * 1024 * 1024), scriptPath: path.basename(file), write: (t) => (out += t), writeStderr: () => {} });
  const result = rt.runMain(r.module);
  // A nonzero exit status is marked as the reference's is (expected() appends CRASH).
  if (result.internalError !== undefined) out += `\n[mpyc: ${result.internalError}]`;
  else if (result.exitCode !== 0) out += "CRASH";
  return out;
}


let same = 0;
let differ = 0;
let skipped = 0;
const failures: string[] = [];
for (const sub of dirs) {
  const d = path.join(root, sub);
  for (const name of fs.readdirSync(d).filter((f) => f.endsWith(".py")).sort()) {
    if (only && !name.includes(only)) continue;
    const file = path.join(d, name);
    const exp = expected(file);
    if (exp === null || exp.startsWith("SKIP")) {
      skipped++;
      continue;
    }
    const ours = runOurs(file);
    // Port-specific output: judged against the test's .exp patterns, as MicroPython's runner does.
    const patterns = PATTERN_TESTS.has(`${sub}/${name}`) && fs.existsSync(`${file}.exp`) ? fs.readFileSync(`${file}.exp`, "utf8") : null;
    if (patterns !== null ? matchesPattern(patterns, ours) : ours === exp) same++;
    else {
      differ++;
      const a = exp.split("\n");
      const b = ours.split("\n");
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      failures.push(`${sub}/${name}` + (verbose ? `: line ${i + 1}\n    want ${JSON.stringify(a[i])}\n    got  ${JSON.stringify(b[i])}` : ""));
    }
  }
}
for (const f of failures) console.log(f);
console.log(`${same} same, ${differ} differ, ${skipped} skipped (expected output from ${micropython})`);
