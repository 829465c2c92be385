// Builds what the npm package ships into OUT_DIR (default dist): the type declarations with their
// doc comments, for editors, and the JavaScript bundled, entry point by entry point (the package's
// exports, the bin and the CLI's workers), with the modules they share in chunks: a process loads a
// handful of files instead of some sixty modules, which takes a good part of a one-file compile's
// time (MicroPython's tools start mpy-cross once per file). Whitespace and comments are dropped to keep
// the tarball small; names and statements are kept, so stack traces still read.
// Plain JavaScript, since it runs before anything is compiled (prepack on a fresh clone).
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.resolve(process.argv[2] ?? path.join(root, "dist"));
const tsc = (...args) =>
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.build.json"), ...args], { stdio: "inherit" });
const js = mkdtempSync(path.join(os.tmpdir(), "mpyc-package-"));
try {
  tsc("--outDir", js, "--removeComments", "--declaration", "false");
  tsc("--outDir", outDir, "--emitDeclarationOnly");
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const shipped = [...Object.values(pkg.exports).map((e) => (typeof e === "string" ? e : e.default)), ...Object.values(pkg.bin)].filter((f) => f.endsWith(".js"));
  // Loaded by URL or by a computed name, not by an import the bundler can follow: entries of their own,
  // beside the chunks that load them (every chunk goes to cli/, where those URLs point).
  const loadedByName = ["dist/cli/build-worker.js", "dist/cli/run.js", "dist/cli/run-worker.js"];
  const entryPoints = [...new Set([...shipped, ...loadedByName])].map((f) => path.join(js, path.relative("dist", f)));
  buildSync({
    entryPoints,
    outbase: js,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    // The library entries run in browsers too: Node's built-ins stay imports (only the CLI has any).
    platform: "neutral",
    external: ["node:*", ...Object.keys(pkg.dependencies)],
    chunkNames: "cli/chunk-[hash]",
    target: "es2022",
    minifyWhitespace: true,
    legalComments: "none",
    logLevel: "warning",
  });
} finally {
  rmSync(js, { recursive: true, force: true });
}
chmodSync(path.join(outDir, "cli/main.js"), 0o755);
