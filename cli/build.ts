// `mpyc build SRC_DIR -o OUT_DIR`: compiles every .py under SRC_DIR, mirroring the tree into OUT_DIR
// (.py -> .mpy), each file as `mpy-cross -s REL SRC_DIR/REL` would. Incremental: a file whose
// source, options and compiler are those of its existing output is skipped (cli/build-state.ts),
// and outputs of removed sources are removed. A failing file is reported; the others are written.

import * as fs from "node:fs";
import * as path from "node:path";
import { parseBuildArgs } from "./build-args.js";
import type { CompileJob, JobResult } from "./build-job.js";
import { type BuildState, hashBytes, loadState, removeOutput, saveState, STATE_FILE, stateKey } from "./build-state.js";
import { CliFileError, type CliIo, makeDirs, readInputFile, resolvePath, writeAtomic } from "./io.js";
import type { ParsedArgs } from "./yargs.js";

/** The .py files under `dir`, relative to it with '/' separators, sorted. Symlinked directories are not followed. */
function listSources(root: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (abs !== skip) walk(abs, r);
      } else if (e.name.endsWith(".py") && (e.isFile() || (e.isSymbolicLink() && fs.statSync(abs, { throwIfNoEntry: false })?.isFile()))) {
        out.push(r);
      }
    }
  };
  walk(root, "");
  return out.sort();
}

/** Every file under `dir` (relative, '/'-separated), in one listing: no stat per output. */
function listOutputs(dir: string): Set<string> {
  try {
    return new Set((fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join("/")));
  } catch {
    return new Set();
  }
}

const mpyOf = (rel: string) => rel.slice(0, -2) + "mpy";

export interface BuildOptions {
  readonly optimize: number;
  readonly smallIntBits: number;
  readonly force: boolean;
  readonly prune: boolean;
  /** Thread limit (-j); null: one per idle core. */
  readonly threads: number | null;
}

/** Reads and checks the options shared by tree and manifest builds; a string is the error to print. */
export function buildOptions(args: ParsedArgs): BuildOptions | string {
  const optimize = Number(args.optimize);
  const smallIntBits = Number(args["small-int-bits"]);
  const jobs = args.jobs === undefined ? null : Number(args.jobs);
  if (!Number.isInteger(optimize) || optimize < 0 || optimize > 3) return `optimisation level must be 0 to 3, not ${args.optimize}`;
  if (!Number.isInteger(smallIntBits) || smallIntBits < 1 || smallIntBits > 63) return `small-int bits must be 1 to 63, not ${args["small-int-bits"]}`;
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) return `jobs must be a positive whole number, not ${args.jobs}`;
  return { optimize, smallIntBits, force: args.force === true, prune: args.prune !== false, threads: jobs };
}

export async function build(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = await parseBuildArgs(io, argv);
  if ("exit" in parsed) return parsed.exit;
  const args = parsed.args;
  const fail = (msg: string) => {
    io.stderr.write(`mpyc build: ${msg}\n`);
    return 1;
  };
  if (String(args.output) === "") return fail("give -o OUT_DIR");
  const options = buildOptions(args);
  if (typeof options === "string") return fail(options);
  if (args.manifest !== undefined) {
    if (args._.length) return fail("give either SRC_DIR or --manifest, not both");
    return (await import("./build-manifest.js")).buildManifest(args, options, io);
  }
  if (args._.length !== 1) return fail("give one SRC_DIR");
  return buildTree(String(args._[0]), String(args.output), options, io);
}

async function buildTree(srcArg: string, outArg: string, o: BuildOptions, io: CliIo): Promise<number> {
  const t0 = performance.now();
  const src = resolvePath(io, srcArg);
  const outAbs = resolvePath(io, outArg);
  if (!fs.statSync(src, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr.write(`mpyc build: ${srcArg}: not a directory\n`);
    return 1;
  }
  const files = listSources(src, outAbs);
  const key = stateKey({ optimize: o.optimize, smallIntBits: o.smallIntBits });
  const loaded = loadState(io, outArg);
  if (loaded === "corrupt") io.stderr.write(`mpyc build: ${path.join(outArg, STATE_FILE)} is damaged; compiling every file\n`);
  const old: BuildState | null = loaded === "corrupt" ? null : loaded;
  const upToDate = old && old.key === key && !o.force ? old.files : new Map<string, string>();
  const existing = upToDate.size ? listOutputs(outAbs) : new Set<string>();

  const next: BuildState = { key, files: new Map() };
  const messages = new Map<number, string>();
  const jobs: CompileJob[] = [];
  const hashes: string[] = [];
  let failed = 0;
  let internal = 0;
  files.forEach((rel, index) => {
    const shown = path.join(srcArg, rel);
    let source: Uint8Array;
    try {
      source = readInputFile(io, shown);
    } catch (e) {
      if (!(e instanceof CliFileError)) throw e;
      failed++;
      messages.set(index, `${shown}: ${e.message}\n`);
      return;
    }
    const hash = hashBytes(source);
    hashes[index] = hash;
    if (upToDate.get(rel) === hash && existing.has(mpyOf(rel))) next.files.set(rel, hash);
    else jobs.push({ index, source, sourceName: rel, shown, optimize: o.optimize, smallIntBits: o.smallIntBits });
  });
  const skipped = next.files.size;

  // Outputs this command wrote for sources that are gone (only those: other files are left alone).
  let removed = 0;
  if (old && o.prune) {
    const present = new Set(files);
    for (const rel of old.files.keys()) {
      if (present.has(rel)) continue;
      removeOutput(outAbs, mpyOf(rel));
      removed++;
    }
  } else if (old) {
    const present = new Set(files);
    for (const [rel, h] of old.files) if (!present.has(rel)) next.files.set(rel, h);
  }

  const tty = io.stderr.isTTY === true;
  const madeDirs = new Set<string>();
  let compiled = 0;
  const done = (r: JobResult) => {
    const rel = files[r.index]!;
    if (tty) io.stderr.write(`\r\x1b[K[${compiled + failed + 1}/${jobs.length}] ${path.join(srcArg, rel)}`);
    if (!r.ok) {
      failed++;
      if (r.internal) internal++;
      messages.set(r.index, r.message);
      // A clean build would have no output for this file; nor does this one.
      if (old?.files.has(rel)) removeOutput(outAbs, mpyOf(rel));
      return;
    }
    const out = path.join(outArg, mpyOf(rel));
    try {
      const dir = path.dirname(out);
      if (!madeDirs.has(dir)) makeDirs(io, dir);
      madeDirs.add(dir);
      writeAtomic(io, out, r.mpy);
      next.files.set(rel, hashes[r.index]!);
      compiled++;
    } catch (e) {
      if (!(e instanceof CliFileError)) throw e;
      failed++;
      messages.set(r.index, `${out}: ${e.message}\n`);
    }
  };
  let threads = 1;
  if (jobs.length) {
    // Loaded only now: an up-to-date build needs neither threads nor the compiler.
    const pool = await import("./build-pool.js");
    threads = pool.threadsFor(jobs, o.threads);
    await pool.runJobs(jobs, threads, done);
  }
  if (tty) io.stderr.write("\r\x1b[K");
  // Errors in file order, whichever thread finished first.
  for (const i of [...messages.keys()].sort((a, b) => a - b)) io.stderr.write(messages.get(i)!);
  if (jobs.length || removed || loaded === "corrupt" || old?.key !== key) {
    try {
      makeDirs(io, outArg);
      saveState(io, outArg, next);
    } catch (e) {
      if (!(e instanceof CliFileError)) throw e;
      io.stderr.write(`mpyc build: ${path.join(outArg, STATE_FILE)}: ${e.message}\n`);
      failed++;
    }
  }
  const ms = (performance.now() - t0).toFixed(0);
  const parts = [`${compiled} compiled`, `${skipped} up to date`, ...(removed ? [`${removed} removed`] : []), ...(failed ? [`${failed} failed`] : [])];
  io.stderr.write(`mpyc build: ${files.length} files in ${srcArg}: ${parts.join(", ")}; output in ${outArg}, ${ms} ms${threads > 1 ? `, ${threads} threads` : ""}\n`);
  return internal ? 2 : failed ? 1 : 0;
}
