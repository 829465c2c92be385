// `mpyc build --manifest manifest.py -o BUILD_DIR`: what MicroPython v1.27.0's tools/makemanifest.py
// makes with mpy-cross and mpy-tool.py for that manifest: BUILD_DIR/frozen_mpy/ (the .mpy tree),
// the frozen C (byte for byte, BUILD_DIR/frozen_content.c) and, beyond it, a ROMFS image of the
// same modules (BUILD_DIR/frozen.romfs) for boards that mount one instead.

import * as fs from "node:fs";
import * as path from "node:path";
import { MpyFormatError, readMpyFile } from "../bytecode/mpy-read.js";
import type { MpyModule } from "../bytecode/rawcode.js";
import { FreezeError, type FirmwareQstrs, freezeModules, type LongIntImpl, MPZ_DIGIT_SIZES, parseQstrHeader } from "../freezer/freeze.js";
import { type FrozenStr, frozenContent, NO_FROZEN_MPY } from "../freezer/frozen-str.js";
import { ManifestError } from "../freezer/manifest-eval.js";
import { buildRomfs, RomfsError } from "../freezer/romfs.js";
import { type BuildOptions, bytesOptions } from "./build-args.js";
import type { CompileJob, JobResult } from "./build-job.js";
import { runJobs, threadsFor } from "./build-pool.js";
import { type BuildState, compilerIdentity, isPlainRelative, loadHasher, loadState, removeOutput, saveState, STATE_FILE, stateKey, usableState } from "./build-state.js";
import { CliFileError, type CliIo, errorText, readFileLimited, readInputFile, resolvePath, statQuietly } from "./io.js";
import { makeDirs, writeAtomic } from "./write-output.js";
import { Manifest, type ManifestEntry } from "./manifest.js";
import type { ParsedArgs } from "./yargs.js";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A Python str's repr, as CPython writes it (the version makemanifest appends). */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + q;
}

/**
 * The source mpy-cross is given for a .py entry (manifestfile.py tagged_py_file): the file as read
 * and written back in text mode, so \r\n and \r become \n, and `__version__ = '...'` appended when
 * the package has a version and the file does not set one.
 */
function taggedSource(bytes: Uint8Array, version: string | null): Uint8Array {
  // Latin-1 keeps every byte as one char, so only the newlines change.
  const text = Buffer.from(bytes).toString("latin1").replace(/\r\n?/g, "\n");
  const head = Buffer.from(text, "latin1");
  if (version === null || text.includes("__version__ =")) return head;
  return Buffer.concat([head, Buffer.from(`\n\n__version__ = ${pyRepr(version)}\n`, "utf8")]);
}

/**
 * A regular file's bytes (of `size` bytes, if given), or null: a device, FIFO or directory there is not
 * read (a device such as /dev/full would read for ever), nor is anything that cannot be.
 */
function readIfThere(file: string, size?: number): Uint8Array | null {
  const st = statQuietly(file);
  if (!st?.isFile() || (size !== undefined && st.size !== size)) return null;
  try {
    return readFileLimited(file);
  } catch {
    return null;
  }
}

function pathVars(args: ParsedArgs, io: CliIo): Map<string, string> | string {
  const vars = new Map<string, string>();
  for (const v of (args.var as string[] | undefined) ?? []) {
    const eq = v.indexOf("=");
    if (eq <= 0) return `--var ${v}: give NAME=VALUE`;
    let value = v.slice(eq + 1);
    // As makemanifest.py: a value naming an existing path is made absolute.
    if (fs.existsSync(resolvePath(io, value))) value = resolvePath(io, value);
    vars.set(v.slice(0, eq), value);
  }
  const lib = (args.lib as string | undefined) ?? process.env.MPY_LIB_DIR;
  if (lib !== undefined && lib !== "") {
    if (!fs.statSync(resolvePath(io, lib), { throwIfNoEntry: false })?.isDirectory()) return `micropython-lib directory ${lib} not found`;
    vars.set("MPY_LIB_DIR", resolvePath(io, lib));
  }
  return vars;
}

/** How `mpyc makemanifest` runs a manifest build differently from `mpyc build --manifest`. */
export interface ManifestRun {
  /** The top-level manifests, run in order (`mpyc build` takes one). */
  readonly manifests: readonly string[];
  /** Whether a ROMFS image is written too (makemanifest.py writes none). */
  readonly romfs: boolean;
  /** The command, as messages name it. */
  readonly command: string;
  /**
   * makemanifest.py's lines on stdout instead of the summary: "MPY" and each module compiled, and when
   * the C is written "STR" and each module frozen as source, then "GEN" and the C file.
   */
  readonly progressLines: boolean;
}

export async function buildManifest(args: ParsedArgs, o: BuildOptions, io: CliIo, run?: ManifestRun): Promise<number> {
  const t0 = performance.now();
  const command = run?.command ?? "mpyc build";
  const fail = (msg: string) => {
    io.stderr.write(`${command}: ${msg}\n`);
    return 1;
  };
  const manifestArgs = run?.manifests ?? [String(args.manifest)];
  const manifestArg = manifestArgs.join(" ");
  const outArg = String(args.output);
  const cOut = (args["frozen-c"] as string | undefined) ?? path.join(outArg, "frozen_content.c");
  const romfsOut = run?.romfs === false ? null : ((args.romfs as string | undefined) ?? path.join(outArg, "frozen.romfs"));
  const mpzDigitBits = Number(args["mmpz-dig-size"]);
  if (!MPZ_DIGIT_SIZES.includes(mpzDigitBits)) return fail(`-mmpz-dig-size=${mpzDigitBits} is not supported (${MPZ_DIGIT_SIZES.join(", ")})`);
  const vars = pathVars(args, io);
  if (typeof vars === "string") return fail(vars);

  const manifest = new Manifest(vars, io.cwd);
  try {
    for (const m of manifestArgs) {
      const missing = unreadable(resolvePath(io, m));
      if (missing !== null) return fail(`${m}: ${missing}`);
      manifest.include(resolvePath(io, m));
    }
  } catch (e) {
    if (e instanceof ManifestError) return fail(e.toString());
    throw e;
  }

  let firmware: FirmwareQstrs | undefined;
  const header = (args["qstr-header"] as string | undefined) ?? path.join(outArg, "genhdr/qstrdefs.preprocessed.h");
  if (args["qstr-header"] !== undefined || fs.existsSync(resolvePath(io, header))) {
    try {
      firmware = parseQstrHeader(utf8.decode(readInputFile(io, header)));
    } catch (e) {
      if (e instanceof CliFileError) return fail(e.message);
      if (e instanceof FreezeError) return fail(`${header}: ${e.message}`);
      if (e instanceof TypeError) return fail(`${header}: not UTF-8 text`);
      throw e;
    }
  }

  // Read every input first: a missing or unreadable file stops the build before anything is written.
  const entries = manifest.entries;
  const sources: Uint8Array[] = [];
  try {
    for (const e of entries) sources.push(readInputFile(io, e.fullPath));
  } catch (e) {
    if (e instanceof CliFileError) return fail(e.message);
    throw e;
  }
  // Incremental, as a tree build: frozen_mpy/ keeps a record of what each .mpy was compiled from.
  const mpyDir = path.join(outArg, "frozen_mpy");
  const previous = usableState(loadState(io, mpyDir), io, path.join(mpyDir, STATE_FILE), command, "module");
  const compiler = await compilerIdentity(previous?.compiler);
  const key = stateKey(compiler.identity, bytesOptions(o));
  const upToDate = previous && previous.key === key && !o.force ? previous.files : new Map<string, string>();
  // Every input is read anyway (to be frozen): modules are keyed on their content alone.
  const next: BuildState = { key, files: new Map(), seen: new Map(), compiler };
  const hashBytes = await loadHasher();
  const jobs: CompileJob[] = [];
  const compiled = new Map<number, Uint8Array>();
  entries.forEach((e, index) => {
    if (e.kind !== "as-mpy") return;
    const source = taggedSource(sources[index]!, e.metadata.version);
    const optimize = e.opt ?? o.optimize;
    const hash = hashBytes(Buffer.concat([Buffer.from([optimize]), source]));
    const recordable = isPlainRelative(e.targetPath);
    if (recordable) next.files.set(e.targetPath, hash);
    if (recordable && upToDate.get(e.targetPath) === hash) {
      const previous = readIfThere(resolvePath(io, path.join(mpyDir, e.targetPath.slice(0, -3) + ".mpy")));
      if (previous) {
        compiled.set(index, previous);
        return;
      }
    }
    jobs.push({ index, source, sourceName: e.targetPath, shown: e.fullPath, optimize, smallIntBits: o.smallIntBits, native: o.native });
  });
  const errors = new Map<number, string>();
  let internal = false;
  const fresh = new Set<number>();
  await runJobs(jobs, threadsFor(jobs, o.threads), (r: JobResult) => {
    if (r.ok) {
      compiled.set(r.index, r.mpy);
      fresh.add(r.index);
    } else {
      errors.set(r.index, `error compiling ${entries[r.index]!.targetPath}:\n${r.message}`);
      internal ||= r.internal;
    }
  }, () => false);
  if (errors.size) {
    for (const i of [...errors.keys()].sort((a, b) => a - b)) io.stderr.write(errors.get(i)!);
    fail(`${errors.size} file${errors.size === 1 ? "" : "s"} failed to compile; nothing written`);
    return internal ? 2 : 1;
  }

  const strModules: FrozenStr[] = [];
  const mpyInputs: { module: MpyModule; mpyFile: string }[] = [];
  const romfsTree = new Map<string, Map<string, unknown> | Uint8Array>();
  const mpyTree: [string, Uint8Array][] = [];
  try {
    entries.forEach((e: ManifestEntry, i) => {
      if (e.kind === "str") {
        strModules.push({ targetPath: e.targetPath, source: sources[i]! });
        addToTree(romfsTree, e.targetPath, sources[i]!);
        return;
      }
      const bytes = e.kind === "mpy" ? sources[i]! : compiled.get(i)!;
      const target = e.kind === "mpy" ? e.targetPath : e.targetPath.slice(0, -3) + ".mpy";
      // The name mpy-tool is given: makemanifest's build-dir path for compiled files, the file itself for .mpy entries.
      const mpyFile = e.kind === "mpy" ? e.fullPath : `${outArg}/frozen_mpy/${e.targetPath.slice(0, -3)}.mpy`;
      mpyInputs.push({ module: frozenModule(e.fullPath, bytes), mpyFile });
      if (fresh.has(i)) mpyTree.push([target, bytes]);
      addToTree(romfsTree, target, bytes);
    });
    const mpyPart = mpyInputs.length
      ? freezeModules(mpyInputs, { ...(firmware ? { firmware } : {}), longInt: args["mlongint-impl"] as LongIntImpl, mpzDigitBits })
      : NO_FROZEN_MPY;
    const image = buildRomfs(romfsTree as Map<string, Uint8Array>);
    for (const [target, bytes] of mpyTree) {
      const out = path.join(outArg, "frozen_mpy", target);
      makeDirs(io, path.dirname(out));
      writeAtomic(io, out, bytes);
    }
    for (const rel of previous?.files.keys() ?? []) if (!next.files.has(rel)) removeOutput(resolvePath(io, mpyDir), rel.slice(0, -3) + ".mpy");
    makeDirs(io, mpyDir);
    saveState(io, mpyDir, next);
    // Each written only when its bytes change, so that make sees an unchanged frozen C as up to date.
    const cWritten = writeIfChanged(io, cOut, new TextEncoder().encode(frozenContent(strModules, mpyPart)));
    if (romfsOut !== null) writeIfChanged(io, romfsOut, image);
    if (run?.progressLines) {
      const lines = jobs.map((j) => `MPY ${entries[j.index]!.targetPath}\n`);
      if (cWritten) lines.push(...strModules.map((m) => `STR ${m.targetPath}\n`), `GEN ${cOut}\n`);
      io.stdout.write(lines.join(""));
      return 0;
    }
    const ms = (performance.now() - t0).toFixed(0);
    const into = romfsOut !== null ? `${cOut} and ${romfsOut} (${image.length} bytes)` : cOut;
    io.stderr.write(
      `${command}: ${manifestArg}: ${entries.length} modules (${jobs.length} compiled, ${compiled.size - jobs.length} up to date, ${mpyInputs.length - compiled.size} .mpy, ${strModules.length} as source) ` +
        `into ${path.join(outArg, "frozen_mpy")}, ${into}, ${ms} ms\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof FreezeError || e instanceof RomfsError || e instanceof CliFileError) return fail(e.message);
    throw e;
  }
}

/** Why the manifest at `file` cannot be read ("no such manifest", or stat()'s error), or null. */
function unreadable(file: string): string | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ? null : "no such manifest";
  } catch (e) {
    return errorText(e);
  }
}

/** Writes `bytes` to `file` unless it holds them already; says whether it wrote. */
function writeIfChanged(io: CliIo, file: string, bytes: Uint8Array): boolean {
  const now = readIfThere(resolvePath(io, file), bytes.length);
  if (now !== null && Buffer.from(now).equals(bytes)) return false;
  makeDirs(io, path.dirname(file));
  writeAtomic(io, file, bytes);
  return true;
}

/**
 * A module to freeze, read from its .mpy: one the manifest names, or one compiled from its source (with
 * native code under -march, frozen as mpy-tool freezes it). A file that cannot be read is named.
 */
function frozenModule(file: string, bytes: Uint8Array): MpyModule {
  try {
    return readMpyFile(bytes, { targetSmallIntBits: null });
  } catch (e) {
    if (!(e instanceof MpyFormatError)) throw e;
    throw new FreezeError(`${file}: ${e.message}`);
  }
}

/** Puts `bytes` at device path `target` ('/'-separated) in a ROMFS tree. */
function addToTree(tree: Map<string, Map<string, unknown> | Uint8Array>, target: string, bytes: Uint8Array): void {
  const parts = target.split("/").filter((p) => p !== "" && p !== ".");
  let dir = tree;
  for (const p of parts.slice(0, -1)) {
    let sub = dir.get(p);
    if (!(sub instanceof Map)) {
      sub = new Map();
      dir.set(p, sub);
    }
    dir = sub as Map<string, Map<string, unknown> | Uint8Array>;
  }
  dir.set(parts[parts.length - 1]!, bytes);
}
