// npm run fuzz -- --runs N [--seed S] [--path P] [--property NAME] [--timeout MS]
// Runs fuzzing campaigns of every property (or one), printing progress, throughput, failures
// with what is needed to replay them, and a coverage table of the constructs generated.

import yargs from "yargs";
import { PROPERTIES } from "./properties.js";
import { runCampaign } from "./runner.js";

const args = await yargs(process.argv.slice(2))
  .scriptName("npm run fuzz --")
  .option("runs", { type: "number", default: 1000, describe: "cases per property" })
  .option("seed", { type: "number", describe: "fast-check seed to replay" })
  .option("path", { type: "string", describe: "fast-check path to replay" })
  .option("property", { type: "string", choices: PROPERTIES.map((p) => p.name) })
  .option("timeout", { type: "number", default: 5000, describe: "per-case time limit in ms" })
  .strict()
  .parse();

let failed = 0;
const coverage = new Map<string, number>();
for (const prop of PROPERTIES) {
  if (args.property && prop.name !== args.property) continue;
  const r = await runCampaign(prop as never, {
    runs: args.runs,
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
    ...(args.path ? { path: args.path } : {}),
    timeoutMs: args.timeout,
    onProgress: (n) => process.stderr.write(`\r${prop.name}: ${n} cases`),
  });
  process.stderr.write("\r");
  console.log(`${prop.name.padEnd(18)} ${String(r.runs).padStart(7)} cases  ${((r.runs * 1000) / r.ms).toFixed(0).padStart(6)} cases/s  ${r.failure ? "FAILED" : "ok"}`);
  if (r.failure) {
    failed++;
    console.log(r.failure);
  }
  for (const [k, v] of r.coverage) coverage.set(k, (coverage.get(k) ?? 0) + v);
}
if (coverage.size > 0) {
  console.log("\nconstructs generated:");
  const rows = [...coverage].sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < rows.length; i += 4) console.log(rows.slice(i, i + 4).map(([k, v]) => `${k.padEnd(16)}${String(v).padStart(7)}`).join("   "));
}
process.exit(failed ? 1 : 0);
