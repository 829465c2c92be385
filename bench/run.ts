// npm run bench [-- --compile-only | --vm-only] [--reps N] [PROGRAM...]: compile speed (bench/compile.ts)
// and VM speed (bench/vm.ts), each printed as ratios against a baseline measured in the same run.
// PROGRAM names pick VM programs by substring. Exit status 1 if the two VMs printed different output.

import { benchCompile } from "./compile.js";
import { benchWatch } from "./watch.js";
import { benchVm } from "./vm.js";

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const repsAt = args.indexOf("--reps");
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 3;
const only = args.filter((a, i) => !a.startsWith("--") && i !== repsAt + 1);

if (!flag("--vm-only")) {
  benchCompile(reps);
  await benchWatch(reps);
}
if (!flag("--vm-only") && !flag("--compile-only")) console.log("");
if (!flag("--compile-only")) {
  const { mismatches } = await benchVm(reps, only);
  if (mismatches) process.exitCode = 1;
}
