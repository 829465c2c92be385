// Builds the package as `npm pack` ships it and installs the tarball into a fresh folder, offline:
// the build goes to a staging copy (the working dist/ is left alone), the tarball is unpacked into
// the folder's node_modules, and its runtime dependencies are linked from this project's install.

import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { CORPUS_DIR } from "../corpus/programs.js";
import { tempDir } from "../temp.js";

export const ROOT = path.dirname(CORPUS_DIR);

export interface PackedFile {
  readonly path: string;
  readonly size: number;
}

export interface Staged {
  /** A temporary folder holding everything below, removed after the calling spec file's tests (spec/temp.ts). */
  readonly dir: string;
  readonly tarball: string;
  readonly files: readonly PackedFile[];
  readonly unpackedSize: number;
  /** A folder whose node_modules/mpyc is the unpacked tarball, as `npm install TARBALL` leaves it. */
  readonly consumer: string;
}

/** Runs a command, failing with its output if it fails. */
export function run(cmd: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 120_000, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}${r.error ? `\n${r.error.message}` : ""}`);
  return String(r.stdout);
}

/** The packages `npm ci --omit=dev` installs, from the lockfile: what the tarball needs at run time. */
function productionPackages(): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([key, p]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key) && !p.dev)
    .map(([key]) => key.slice("node_modules/".length));
}

export function stagePackage(): Staged {
  const dir = tempDir("mpyc-pack-");
  const stage = path.join(dir, "stage");
  fs.mkdirSync(stage);
  for (const f of ["package.json", "README.md"]) fs.copyFileSync(path.join(ROOT, f), path.join(stage, f));
  // What prepack does, into the staging copy.
  run(process.execPath, [path.join(ROOT, "scripts/build-package.mjs"), path.join(stage, "dist")]);
  const packed = JSON.parse(run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", dir], { cwd: stage })) as [{ filename: string; files: PackedFile[]; unpackedSize: number }];
  const { filename, files, unpackedSize } = packed[0];
  const tarball = path.join(dir, filename);

  const consumer = path.join(dir, "consumer");
  const installed = path.join(consumer, "node_modules/mpyc");
  fs.mkdirSync(installed, { recursive: true });
  fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("tar", ["xzf", tarball, "-C", installed, "--strip-components=1"]);
  for (const name of productionPackages()) {
    const link = path.join(consumer, "node_modules", name);
    fs.mkdirSync(path.dirname(link), { recursive: true });
    fs.symlinkSync(fs.realpathSync(path.join(ROOT, "node_modules", name)), link, "dir");
  }
  return { dir, tarball, files, unpackedSize, consumer };
}
