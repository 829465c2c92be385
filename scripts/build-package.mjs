// Builds what the npm package ships into OUT_DIR (default dist): the JavaScript without comments
// or indentation (names and statements kept, so stack traces still read), to keep the tarball
// small, and the type declarations with their doc comments, for editors.
// Plain JavaScript, since it runs before anything is compiled (prepack on a fresh clone).
import { execFileSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const tsc = (...args) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json"), "--outDir", outDir, ...args], { stdio: "inherit" });
tsc("--removeComments", "--declaration", "false");
tsc("--emitDeclarationOnly");
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
for (const file of files(outDir).filter((f) => f.endsWith(".js"))) {
  const { code } = transformSync(readFileSync(file, "utf8"), { minifyWhitespace: true, format: "esm", target: "es2022", loader: "js" });
  writeFileSync(file, code);
}
chmodSync(path.join(outDir, "cli/main.js"), 0o755);
