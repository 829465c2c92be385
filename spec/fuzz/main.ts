// npm run fuzz -- --runs N [--seed S] [--path P] [--property NAME] [--timeout MS] [--workers W] [--sweep K] [--no-save]
// Runs fuzzing campaigns of every property (or one): progress with throughput, each failure with
// the command that replays it and the shrunk case (saved under corpus/fuzz/ as a regression), and
// a coverage table of the constructs generated. --sweep K also tries every single-byte damage of
// K generated .mpy files on the loader.

import * as os from "node:os";
import fc from "fast-check";
import yargs from "yargs";
import { compile } from "../../compiler/index.js";
import { sweep } from "./gen-mpy.js";
import { program } from "./gen.js";
import { checkByName, loaderTotal, PROPERTIES } from "./properties.js";
import { saveRegression } from "./regress.js";
import { KNOWN_OURS } from "./known.js";
import { defaultPool } from "./pool.js";
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
  .option("shrink-seconds", { type: "number", default: 60, describe: "time to shrink each failure (its replay path resumes it)" })
  .option("workers", { type: "number", default: os.availableParallelism(), describe: "worker threads checking cases" })
  .option("sweep", { type: "number", default: 0, describe: "also sweep every single-byte damage of this many .mpy files" })
  .option("save", { type: "boolean", default: true, describe: "save failing cases under corpus/fuzz/" })
  .strict()
  .parse();

/** A summary line: cases, wall time, throughput, and cases per second of CPU (all threads), which a loaded machine does not skew. */
const row = (name: string, runs: number, ms: number, cpuMs: number, failed: number) =>
  `${name.padEnd(18)} ${String(runs).padStart(7)} cases ${(ms / 1000).toFixed(1).padStart(7)} s ${((runs * 1000) / ms).toFixed(0).padStart(6)} cases/s ${((runs * 1000) / cpuMs).toFixed(0).padStart(6)} per CPU-s  ${failed ? `${failed} FAILED` : "ok"}`;

const sandbox = defaultSandbox(checkByName);
const pool = defaultPool(args.workers);
const failures: Failure[] = [];
const coverage = new Map<string, number>();
const rows: string[] = [];
const seed = args.seed ?? (Date.now() ^ (Math.random() * 0x100000000)) >>> 0;
console.log(`seed ${seed}${args.path ? `, path ${args.path}` : ""}`);

for (const prop of PROPERTIES) {
  if (args.property && prop.name !== args.property) continue;
  const r = await runCampaign(prop as never, {
    runs: args.runs,
    seed,
    ...(args.path ? { path: args.path } : {}),
    timeoutMs: args.timeout,
    maxFailures: args["max-failures"],
    pool,
    sandbox,
    shrinkMs: args["shrink-seconds"] * 1000,
    onFound: (i, e) => {
      process.stderr.write("\r");
      console.log(`${prop.name}: case ${i} fails (seed ${seed} --path ${i}): ${e.split("\n")[0]}`);
    },
    onProgress: (n, t, f) => process.stderr.write(`\r${prop.name}: ${n} cases, ${((n * 1000) / t).toFixed(0)}/s, ${f} failures  `),
  });
  process.stderr.write("\r");
  for (const [k, v] of r.coverage) coverage.set(k, (coverage.get(k) ?? 0) + v);
  for (const f of r.failures) {
    failures.push(f);
    console.log(`\n${describeFailure(f)}`);
    if (args.save) console.log(`saved as ${await saveRegression(prop as never, f)}`);
  }
  const found = r.failures.length;
  rows.push(row(prop.name, r.runs, r.ms, r.cpuMs, found));
  for (const [name, n] of r.known) rows.push(`${"".padEnd(18)} ${String(n).padStart(7)} cases showed known difference ${name}: ${KNOWN_OURS.find((k) => k.name === name)?.reason ?? ""}`);
}

if (args.sweep > 0) {
  const seeds = fc.sample(program, { numRuns: args.sweep, seed });
  let n = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let bad = 0;
  for (const p of seeds) {
    const r = compile(p.source, { sourceName: "prog.py" });
    if (!r.ok) continue;
    for (const bytes of sweep(r.mpy)) {
      const err = await sandbox.check("loader-total", bytes, args.timeout);
      n++;
      if (n % 500 === 0) process.stderr.write(`\rloader sweep: ${n} files  `);
      if (err !== null && bad++ < args["max-failures"]) {
        const f: Failure = { property: "loader-total", seed: 0, path: "", error: err, value: bytes, shown: loaderTotal.show(bytes) };
        failures.push(f);
        console.log(`\nloader sweep failure: ${err}\n${f.shown}`);
        if (args.save) console.log(`saved as ${await saveRegression(loaderTotal, f)}`);
      }
    }
  }
  process.stderr.write("\r");
  const c = process.cpuUsage(c0);
  rows.push(row("loader-sweep", n, performance.now() - t0, (c.user + c.system) / 1000, bad));
}
await sandbox.close();
await pool.close();

console.log("\n" + rows.join("\n"));
if (coverage.size > 0) {
  console.log("\nconstructs generated (programs using each):");
  const sorted = [...coverage].sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < sorted.length; i += 4) console.log(sorted.slice(i, i + 4).map(([k, v]) => `${k.padEnd(16)}${String(v).padStart(7)}`).join("   "));
}
process.exit(failures.length ? 1 : 0);
