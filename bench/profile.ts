// Profiling driver: runs VM benchmark programs on our VM only, so that a CPU profile sees nothing
// else. node --cpu-prof --cpu-prof-dir=DIR dist/bench/profile.js [--reps N] PROGRAM..., then
// node dist/bench/hotspots.js DIR/*.cpuprofile to sum self time per function.

import { loadPrograms, runOurs } from "./vm.js";

const args = process.argv.slice(2);
const repsAt = args.indexOf("--reps");
const reps = repsAt >= 0 ? Number(args[repsAt + 1]) : 3;
const only = args.filter((a, i) => !a.startsWith("--") && (repsAt < 0 || i !== repsAt + 1));
for (const p of loadPrograms(only)) {
  for (let i = 0; i < reps; i++) {
    const r = runOurs(p);
    console.log(`${p.name}: ${r.ms.toFixed(1)} ms`);
  }
}
