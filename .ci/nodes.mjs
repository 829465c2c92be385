// Installs, from the npm registry, a Node release for each range package.json's `engines` names:
// the lowest release of each `^X.Y.Z`, the newest release for `>=N`. Prints their executables
// joined with ":" (for MPYC_NODES), so the package tests run on the versions the package promises.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const engines = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).engines.node;
const pkg = `node-${process.platform}-${process.arch}`;
const dir = path.join(os.tmpdir(), "mpyc-nodes");
fs.mkdirSync(dir, { recursive: true });

const specs = engines.split("||").map((r) => r.trim()).map((range) => {
  const caret = /^\^(\d+\.\d+\.\d+)$/.exec(range);
  if (caret) return caret[1];
  if (/^>=\d+$/.test(range)) return "latest";
  throw new Error(`engines range ${range}: not a form this script reads`);
});
const aliases = specs.map((v, i) => [`n${i}`, `${pkg}@${v}`]);
execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--no-package-lock", "--prefix", dir, ...aliases.map(([a, s]) => `${a}@npm:${s}`)], { stdio: ["ignore", "ignore", "inherit"] });
const exes = aliases.map(([a]) => path.join(dir, "node_modules", a, "bin", "node"));
for (const exe of exes) execFileSync(exe, ["--version"], { stdio: ["ignore", "ignore", "inherit"] });
process.stdout.write(exes.join(":"));
