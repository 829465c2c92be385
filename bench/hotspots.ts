// Reads V8 .cpuprofile files (node --cpu-prof) and prints the functions with the most self time,
// summed over every node of the call tree that is the same function (name, file and line), with
// the share of all samples and the lines inside it that took the most. Lines of dist/*.js are mapped
// back to the TypeScript source through the .js.map files tsc writes.

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const consumers = new Map<string, SourceMapConsumer | null>();

/** `file.ts:line` for a 1-based line of a compiled file, or `file.js:line` without a map. */
async function place(url: string, line: number): Promise<string> {
  if (!url.startsWith("file:")) return `${url.replace(/^node:/, "")}:${line}`;
  const file = fileURLToPath(url);
  if (!consumers.has(file)) {
    const map = file + ".map";
    consumers.set(file, fs.existsSync(map) ? await new SourceMapConsumer(fs.readFileSync(map, "utf8")) : null);
  }
  const c = consumers.get(file);
  const pos = c?.originalPositionFor({ line, column: 0, bias: SourceMapConsumer.LEAST_UPPER_BOUND });
  return pos?.source && pos.line ? `${path.basename(pos.source)}:${pos.line}` : `${path.basename(file)}:${line}`;
}

const args = process.argv.slice(2);
const topAt = args.indexOf("--top");
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
const files = args.filter((a, i) => !a.startsWith("--") && (topAt < 0 || i !== topAt + 1));

for (const file of files) {
  const prof = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  // Sample i's time is the gap to the next sample.
  const usOf = new Map<number, number>();
  prof.samples.forEach((id, i) => usOf.set(id, (usOf.get(id) ?? 0) + (prof.timeDeltas[i + 1] ?? 0)));
  const self = new Map<string, { us: number; ticks: number; lines: Map<string, number> }>();
  let total = 0;
  for (const n of prof.nodes) {
    const us = usOf.get(n.id) ?? 0;
    total += us;
    if (us === 0) continue;
    const f = n.callFrame;
    const where = f.url ? await place(f.url, f.lineNumber + 1) : "(native)";
    const key = `${f.functionName || "(anonymous)"} ${where}`;
    const e = self.get(key) ?? { us: 0, ticks: 0, lines: new Map<string, number>() };
    e.us += us;
    for (const t of n.positionTicks ?? []) {
      const at = f.url ? await place(f.url, t.line) : String(t.line);
      e.ticks += t.ticks;
      e.lines.set(at, (e.lines.get(at) ?? 0) + t.ticks);
    }
    self.set(key, e);
  }
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  const rows = [...self.entries()].sort((a, b) => b[1].us - a[1].us).slice(0, top);
  for (const [key, e] of rows) {
    const lines = [...e.lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([l, t]) => `${l.replace(/^.*:/, "L")} ${((100 * t) / e.ticks).toFixed(0)}%`);
    console.log(`${((100 * e.us) / total).toFixed(1).padStart(5)}%  ${(e.us / 1000).toFixed(0).padStart(6)} ms  ${key}${lines.length ? `  [${lines.join(", ")}]` : ""}`);
  }
}
