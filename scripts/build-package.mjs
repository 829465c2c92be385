// Builds what the npm package ships into OUT_DIR (default dist): the JavaScript without comments,
// to keep the tarball small, and the type declarations with their doc comments, for editors.
// Plain JavaScript, since it runs before anything is compiled (prepack on a fresh clone).
import { execFileSync } from "node:child_process";
import { chmodSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const tsc = (...args) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json"), "--outDir", outDir, ...args], { stdio: "inherit" });
tsc("--removeComments", "--declaration", "false");
tsc("--emitDeclarationOnly");
chmodSync(path.join(outDir, "cli/main.js"), 0o755);
