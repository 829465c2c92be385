// `mpyc build SRC_DIR -o OUT_DIR`: compiles every .py under SRC_DIR, mirroring the tree into OUT_DIR
// (.py -> .mpy), each file as `mpy-cross -s REL SRC_DIR/REL` would. Incremental: a file whose
// source, options and compiler are those of its existing output is skipped (cli/build-state.ts),
// and outputs of removed sources are removed. A failing file is reported; the others are written.

import * as fs from "node:fs";
import * as path from "node:path";
import { type BuildOptions, buildOptions, bytesOptions, parseBuildArgs } from "./build-args.js";
import type { CompileJob, JobResult } from "./build-job.js";
import {
  type BuildState, carryFile, compilerIdentity, type Hasher, loadHasher, loadState, recordFile, removeOutput, saveState, settledSignature, STATE_FILE, stateKey,
  statSignature, usableState,
} from "./build-state.js";
import { OutputWriter } from "./build-output.js";
import { makeDirs } from "./write-output.js";
import { CliFileError, type CliIo, errorText, readInputFileStat, resolvePath, statQuietly } from "./io.js";

/**
 * `name` (relative, '/'-separated) under the absolute, normal directory `dir`: joined by hand, as
 * path.join's normalising of each of a tree's entries is a visible part of an up-to-date build.
 */
function under(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/**
 * The .py files under `dir`, relative to it with '/' separators, sorted, and the entries that could
 * not be read (a looping symlink, an unreadable directory), each as a message: those are reported
 * and the rest is still compiled. Symlinked directories are not followed.
 */

function listSources(root: string, skip: string, shownRoot: string): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${path.join(shownRoot, rel)}: ${errorText(e)}\n`);
      return;
    }
    for (const e of entries) {
      const abs = under(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (abs !== skip) walk(abs, r);
      } else if (e.name.endsWith(".py") && e.isFile()) {
        files.push(r);
      } else if (e.name.endsWith(".py") && e.isSymbolicLink()) {
        try {
          if (fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) files.push(r);
        } catch (err) {
          problems.push(`${path.join(shownRoot, r)}: ${errorText(err)}\n`);
        }
      }
    }
  };
  walk(root, "");
  return { files: files.sort(), problems };
}

/** Why `abs` cannot be built from (not a directory, or the error stat() gave), or null if it can. */
function notADirectory(abs: string): string | null {
  try {
    return fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() ? null : "not a directory";
  } catch (e) {
    return errorText(e);
  }
}

/** The file's stat signature, or undefined if it cannot be stat()ed (then it is read, and any error reported). */
function statSignatureOf(file: string): string | undefined {
  const st = statQuietly(file);
  return st && statSignature(st);
}

const mpyOf = (rel: string) => rel.slice(0, -2) + "mpy";

/**
 * While a build runs, SIGINT and SIGTERM stop it between files: `stop` is called, the writes under
 * way finish and the build returns 130 or 143, its record saved. A second signal exits at once,
 * after `force` has removed what would be left half done.
 */
function trapSignals(stop: () => void, force: () => void): { readonly status: number; release(): void } {
  const saved = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  const state = { status: 0, release };
  const on = (status: number) => () => {
    if (state.status) {
      force();
      process.exit(status);
    }
    state.status = status;
    stop();
  };
  const onInt = on(130);
  const onTerm = on(143);
  process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM").on("SIGINT", onInt).on("SIGTERM", onTerm);
  function release(): void {
    process.off("SIGINT", onInt).off("SIGTERM", onTerm);
    for (const l of saved.SIGINT) process.on("SIGINT", l as () => void);
    for (const l of saved.SIGTERM) process.on("SIGTERM", l as () => void);
  }
  return state;
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
    if (args.watch === true) return fail("--watch is for a tree (SRC_DIR), not a manifest");
    return (await import("./build-manifest.js")).buildManifest(args, options, io);
  }
  if (args._.length !== 1) return fail("give one SRC_DIR");
  const [srcArg, outArg] = [String(args._[0]), String(args.output)];
  // --force is for the first build: a watch's later builds compile what changed.
  let opts = options;
  const once = async () => {
    const status = await buildTree(srcArg, outArg, opts, io);
    opts = { ...opts, force: false };
    return status;
  };
  if (args.watch !== true || notADirectory(resolvePath(io, srcArg)) !== null) return once();
  return (await import("./build-watch.js")).watchTree(resolvePath(io, srcArg), resolvePath(io, outArg), srcArg, io, once);
}

async function buildTree(srcArg: string, outArg: string, o: BuildOptions, io: CliIo): Promise<number> {
  const t0 = Date.now();
  const src = resolvePath(io, srcArg);
  const outAbs = resolvePath(io, outArg);
  const problem = notADirectory(src);
  if (problem !== null) {
    io.stderr.write(`mpyc build: ${srcArg}: ${problem}\n`);
    return 1;
  }
  const { files, problems } = listSources(src, outAbs, srcArg);
  for (const p of problems) io.stderr.write(p);
  const loaded = loadState(io, outArg);
  const old = usableState(loaded, io, path.join(outArg, STATE_FILE), "mpyc build", "file");
  const compiler = await compilerIdentity(old?.compiler);
  const key = stateKey(compiler.identity, bytesOptions(o, o.optimize));
  const upToDate = old && old.key === key && !o.force ? old.files : new Map<string, string>();
  // One lstat() per output that may be skipped (cheaper than listing the output tree); one that
  // cannot be seen is made again, and any error reported then.
  const hasOutput = (rel: string) => {
    try {
      return fs.lstatSync(under(outAbs, mpyOf(rel)), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false;
    }
  };

  const next: BuildState = { key, files: new Map(), seen: new Map(), compiler };
  const messages = new Map<number, string>();
  const jobs: CompileJob[] = [];
  const hashes: string[] = [];
  const signatures: (string | undefined)[] = [];
  let failed = problems.length;
  let internal = 0;
  // Files that stat() as they did when their output was made are up to date without being read.
  const toRead: number[] = [];
  files.forEach((rel, index) => {
    const hash = upToDate.get(rel);
    const sig = old?.seen.get(rel);
    if (hash !== undefined && sig !== undefined && hasOutput(rel) && statSignatureOf(under(src, rel)) === sig) {
      recordFile(next, rel, hash, sig);
      return;
    }
    toRead.push(index);
  });
  const hashOf: Hasher | null = toRead.length ? await loadHasher() : null;
  for (const index of toRead) {
    const rel = files[index]!;
    const shown = path.join(srcArg, rel);
    let source: Uint8Array;
    let sig: string | undefined;
    try {
      const readAt = Date.now();
      const input = readInputFileStat(io, shown);
      source = input.data;
      sig = input.stat.isFile() ? settledSignature(input.stat, readAt) : undefined;
    } catch (e) {
      if (!(e instanceof CliFileError)) throw e;
      failed++;
      messages.set(index, `${shown}: ${e.message}\n`);
      continue;
    }
    const hash = hashOf!(source);
    hashes[index] = hash;
    signatures[index] = sig;
    if (upToDate.get(rel) === hash && hasOutput(rel)) recordFile(next, rel, hash, sig);
    else jobs.push({ index, source, sourceName: rel, shown, optimize: o.optimize, smallIntBits: o.smallIntBits, native: o.native });
  }
  const skipped = next.files.size;
  // Signatures learnt for files found unchanged (a record from before they were kept, or taken too soon after an edit) are worth saving.
  const learnt = [...next.seen.keys()].some((rel) => old?.seen.get(rel) !== next.seen.get(rel));

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
    for (const rel of old.files.keys()) if (!present.has(rel)) carryFile(old, next, rel);
  }

  const tty = io.stderr.isTTY === true;
  const outputs = new OutputWriter(io);
  const unwritten: string[] = [];
  let compiled = 0;
  // Jobs whose file is done with: failed to compile, or its output written or refused.
  const ended = new Set<string>();
  let results = 0;
  const done = (r: JobResult) => {
    const rel = files[r.index]!;
    if (tty) io.stderr.write(`\r\x1b[K[${++results}/${jobs.length}] ${path.join(srcArg, rel)}`);
    if (!r.ok) {
      ended.add(rel);
      failed++;
      if (r.internal) internal++;
      messages.set(r.index, r.message);
      // A clean build would have no output for this file; nor will this one (once no write is under way).
      if (old?.files.has(rel)) unwritten.push(rel);
      return;
    }
    const out = path.join(outArg, mpyOf(rel));
    outputs.write(out, r.mpy, (e) => {
      ended.add(rel);
      if (e) {
        failed++;
        messages.set(r.index, `${out}: ${e.message}\n`);
      } else {
        recordFile(next, rel, hashes[r.index]!, signatures[r.index]);
        compiled++;
      }
    });
  };
  let threads = 1;
  const signal = trapSignals(() => outputs.stop(), () => outputs.removeTemporaries());
  try {
    try {
      if (jobs.length) {
        // Loaded only now: an up-to-date build needs neither threads nor the compiler.
        const pool = await import("./build-pool.js");
        threads = pool.threadsFor(jobs, o.threads);
        await pool.runJobs(jobs, threads, done, () => signal.status !== 0);
      }
    } catch (e) {
      // A bug: reported once the writes under way have finished, leaving no temporary behind.
      outputs.stop();
      await outputs.settle().catch(() => {});
      throw e;
    }
    await outputs.settle();
  } finally {
    signal.release();
  }
  for (const rel of unwritten) removeOutput(outAbs, mpyOf(rel));
  // An interrupt leaves the outputs of files not reached as they were: their entries stay, so that
  // they are still pruned when their source goes (a different key's entries describe other bytes).
  if (signal.status && old?.key === key) {
    for (const { sourceName: rel } of jobs) if (!ended.has(rel) && old.files.has(rel)) carryFile(old, next, rel);
  }
  if (tty) io.stderr.write("\r\x1b[K");
  // Errors in file order, whichever thread finished first.
  for (const i of [...messages.keys()].sort((a, b) => a - b)) io.stderr.write(messages.get(i)!);
  // Written after the outputs it records, and on an interrupt too: what was written is kept.
  if (jobs.length || removed || learnt || (loaded !== null && old === null) || old?.key !== key || old.compiler?.files !== compiler.files) {
    try {
      makeDirs(io, outArg);
      saveState(io, outArg, next);
    } catch (e) {
      if (!(e instanceof CliFileError)) throw e;
      io.stderr.write(`mpyc build: ${path.join(outArg, STATE_FILE)}: ${e.message}\n`);
      failed++;
    }
  }
  const ms = (Date.now() - t0).toFixed(0);
  const parts = [`${compiled} compiled`, `${skipped} up to date`, ...(removed ? [`${removed} removed`] : []), ...(failed ? [`${failed} failed`] : [])];
  const stopped = signal.status ? `; interrupted, ${jobs.length - ended.size} left to build` : "";
  io.stderr.write(`mpyc build: ${files.length + problems.length} files in ${srcArg}: ${parts.join(", ")}; output in ${outArg}, ${ms} ms${threads > 1 ? `, ${threads} threads` : ""}${stopped}\n`);
  return signal.status || (internal ? 2 : failed ? 1 : 0);
}
