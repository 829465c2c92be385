// npm run fuzz -- --runs N [--seed S] [--path P] [--property NAME] [--timeout MS] [--sweep K] [--no-save]
// Runs fuzzing campaigns of every property (or one): progress with throughput, each failure with
// the command that replays it and the shrunk case (saved under corpus/fuzz/ as a regression), and
// a coverage table of the constructs generated. --sweep K also tries every single-byte damage of
// K generated .mpy files on the loader.

import fc from "fast-check";
import yargs from "yargs";
import { compile } from "../../compiler/index.js";
import { sweep } from "./gen-mpy.js";
import { program } from "./gen.js";
import { checkByName, PROPERTIES } from "./properties.js";
import { saveRegression } from "./regress.js";
import { describeFailure, runCampaign, type Failure } from "./runner.js";
import { defaultSandbox } from "./sandbox.js";

const args = await yargs(process.argv.slice(2))
  .scriptName("npm run fuzz --")
  .option("runs", { type: "number", default: 1000, describe: "cases per property" })
  .option("seed", { type: "number", describe: "fast-check seed (to replay)" })
  .option("path", { type: "string", describe: "fast-check path (to replay)" })
  .option("property", { type: "string", choices: PROPERTIES.map((p) => p.name) })
  .option("timeout", { type: "number", default: 5000, describe: "time budget of one case in ms" })
  .option("max-failures", { type: "number", default: 3, describe: "distinct failures to collect per property before moving on" })
  .option("sweep", { type: "number", default: 0, describe: "also sweep every single-byte damage of this many .mpy files" })
  .option("save", { type: "boolean", default: true, describe: "save failing cases under corpus/fuzz/" })
  .strict()
  .parse();

const sandbox = defaultSandbox(checkByName);
const failures: Failure[] = [];
const coverage = new Map<string, number>();
const rows: string[] = [];

for (const prop of PROPERTIES) {
  if (args.property && prop.name !== args.property) continue;
  let left = args.runs;
  let runs = 0;
  let ms = 0;
  let found = 0;
  const seen = new Set<string>();
  let seed = args.seed;
  while (left > 0 && found < args["max-failures"]) {
    const r = await runCampaign(prop as never, {
      runs: left,
      timeoutMs: args.timeout,
      sandbox,
      ...(seed !== undefined ? { seed } : {}),
      ...(args.path ? { path: args.path } : {}),
      onProgress: (n, t) => process.stderr.write(`\r${prop.name}: ${runs + n} cases, ${(((runs + n) * 1000) / (ms + t)).toFixed(0)}/s, ${found} failures  `),
    });
    runs += r.runs;
    ms += r.ms;
    left -= r.runs;
    for (const [k, v] of r.coverage) coverage.set(k, (coverage.get(k) ?? 0) + v);
    if (!r.failure) break;
    const key = r.failure.error.split("\n")[0]!.replace(/\d+/g, "N");
    if (!seen.has(key)) {
      seen.add(key);
      found++;
      failures.push(r.failure);
      process.stderr.write("\r");
      console.log(`\n${describeFailure(r.failure)}`);
      if (args.save) console.log(`saved as ${await saveRegression(prop as never, r.failure)}`);
    }
    if (args.path) break;
    seed = undefined;
  }
  process.stderr.write("\r");
  rows.push(`${prop.name.padEnd(18)} ${String(runs).padStart(7)} cases  ${((runs * 1000) / ms).toFixed(0).padStart(6)} cases/s  ${found ? `${found} FAILED` : "ok"}`);
}

if (args.sweep > 0) {
  const seeds = fc.sample(program, { numRuns: args.sweep, seed: args.seed ?? 1 });
  let n = 0;
  const t0 = performance.now();
  let bad = 0;
  for (const p of seeds) {
    const r = compile(p.source, { sourceName: "prog.py" });
    if (!r.ok) continue;
    for (const bytes of sweep(r.mpy)) {
      const err = await sandbox.check("loader-total", bytes, args.timeout);
      n++;
      if (n % 500 === 0) process.stderr.write(`\rloader sweep: ${n} files  `);
      if (err !== null && bad++ < args["max-failures"]) {
        const f: Failure = { property: "loader-total", seed: 0, path: "", error: err, value: bytes, shown: PROPERTIES[3].show(bytes) };
        failures.push(f);
        console.log(`\nloader sweep failure: ${err}\n${f.shown}`);
        if (args.save) console.log(`saved as ${await saveRegression(PROPERTIES[3], f)}`);
      }
    }
  }
  process.stderr.write("\r");
  rows.push(`${"loader-sweep".padEnd(18)} ${String(n).padStart(7)} cases  ${((n * 1000) / (performance.now() - t0)).toFixed(0).padStart(6)} cases/s  ${bad ? `${bad} FAILED` : "ok"}`);
}
await sandbox.close();

console.log("\n" + rows.join("\n"));
if (coverage.size > 0) {
  console.log("\nconstructs generated (programs using each):");
  const sorted = [...coverage].sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < sorted.length; i += 4) console.log(sorted.slice(i, i + 4).map(([k, v]) => `${k.padEnd(16)}${String(v).padStart(7)}`).join("   "));
}
process.exit(failures.length ? 1 : 0);
