// The record an incremental `mpyc build` keeps in its output directory: for each output it wrote,
// the hash of the source it came from, under a key made of the compiler's identity and every
// option that changes the bytes. A record that cannot be read is treated as absent.
//
// Hashes are of content; reading every source again to see that nothing changed would cost an
// up-to-date build more than all its other work. So, as git's index does, the record also keeps
// what stat() said of each file when its hash was taken (device, inode, size, modification and
// change times): a file that stat()s the same is not read again. A file modified within a few
// seconds of being read is recorded without this, so an edit in the same clock tick as the read
// cannot go unseen; the change time, which no program can set back, covers a modification time
// put back. The compiler's own files are fingerprinted the same way.

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { type CliIo, errorText, resolvePath } from "./io.js";
import { writeAtomic } from "./write-output.js";
import { MPYC_VERSION } from "./version.js";

export const STATE_FILE = ".mpyc-build.json";
const FORMAT = 1;

export interface BuildState {
  /** Compiler identity and byte-changing options; a different key invalidates every entry. */
  readonly key: string;
  /** Source path (relative, '/'-separated) -> hash of the source its output was compiled from. */
  readonly files: Map<string, string>;
  /** Source path -> the stat signature (statSignature) of the file its hash was taken from, when it may be trusted. */
  readonly seen: Map<string, string>;
  /** The compiler's files' stat signature and the identity hashed from their content. */
  readonly compiler?: { readonly files: string; readonly identity: string };
}

/** Records that `rel`'s output came from a source of hash `hash`, stat()ed as `signature` if that may be trusted. */
export function recordFile(state: BuildState, rel: string, hash: string, signature: string | undefined): void {
  state.files.set(rel, hash);
  if (signature !== undefined) state.seen.set(rel, signature);
}

/** Carries `rel`'s entry over from the record `from`, as it was. */
export function carryFile(from: BuildState, to: BuildState, rel: string): void {
  recordFile(to, rel, from.files.get(rel)!, from.seen.get(rel));
}

export type Hasher = (data: Uint8Array) => string;

/** SHA-256 of the content, base64; node:crypto is loaded only by a build that has something to hash. */
export async function loadHasher(): Promise<Hasher> {
  const { createHash } = await import("node:crypto");
  return (data) => createHash("sha256").update(data).digest("base64");
}

/** How recent a modification may be for a file's signature still to be recorded (ms). */
const SETTLE_MS = 3000;

/** What stat() says of a file, as one string: equal strings, an unchanged file (as git's index trusts it). */
export function statSignature(st: fs.Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** The signature to record for a file stat()ed before reading it at `readAt` (Date.now()), or undefined if it was modified too recently to trust. */
export function settledSignature(st: fs.Stats, readAt: number): string | undefined {
  return st.mtimeMs < readAt - SETTLE_MS && st.ctimeMs < readAt - SETTLE_MS ? statSignature(st) : undefined;
}

/**
 * The compiler's files as installed, sorted: its code, the .mpy format layer and the command line
 * (whose folder also holds the chunks of the package's bundled code).
 */
function compilerFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of ["compiler", "bytecode", "cli"]) {
    const abs = path.join(root, dir);
    let names: string[];
    try {
      names = fs.readdirSync(abs, { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const n of names) if (/\.(js|ts)$/.test(n) && !n.endsWith(".d.ts")) files.push(path.join(abs, n));
  }
  return files.sort();
}

/**
 * mpyc's version and a hash of the code of the compiler and format layer as installed, so that a
 * changed compiler rebuilds everything even when the version number has not moved. The files'
 * content is read and hashed only when their stat signature differs from the record's.
 */
export async function compilerIdentity(recorded?: BuildState["compiler"]): Promise<NonNullable<BuildState["compiler"]>> {
  const now = Date.now();
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
  // A file gone since the listing (an install under way) is left out; the next build sees the change.
  const found = compilerFiles(root).flatMap((f) => {
    try {
      const st = fs.statSync(f, { throwIfNoEntry: false });
      return st ? [{ f, st }] : [];
    } catch {
      return [];
    }
  });
  const signature = found.map(({ f, st }) => `${f}=${statSignature(st)}`).join("\n");
  if (recorded?.files === signature) return recorded;
  const { createHash } = await import("node:crypto");
  const h = createHash("sha256");
  for (const { f } of found) {
    try {
      h.update(path.relative(root, f)).update(fs.readFileSync(f));
    } catch {
      h.update("unreadable");
    }
  }
  const identity = `${MPYC_VERSION}+${h.digest("base64").slice(0, 16)}`;
  // Files changed a moment ago may change again within their clock tick: then nothing is recorded.
  const settled = found.every(({ st }) => settledSignature(st, now) !== undefined);
  return { files: settled ? signature : "", identity };
}

/** The state key for this compiler identity and these compile options. */
export function stateKey(identity: string, options: Readonly<Record<string, string | number>>): string {
  const opts = Object.entries(options)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return `${identity};${opts}`;
}

/** A record there that cannot be read, and why (stat()'s or read()'s error). */
export interface UnreadableState {
  readonly unreadable: string;
}

/**
 * The record in `outDir`: null if there is none (nor can be: a file stands where a directory of its
 * path should), "corrupt" if it is not one, or why it cannot be read.
 */
export function loadState(io: CliIo, outDir: string): BuildState | null | "corrupt" | UnreadableState {
  let text: string;
  try {
    text = fs.readFileSync(path.join(resolvePath(io, outDir), STATE_FILE), "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" || code === "ENOTDIR" ? null : { unreadable: errorText(e) };
  }
  try {
    const raw = JSON.parse(text) as { format?: unknown; key?: unknown; files?: unknown; seen?: unknown; compiler?: unknown };
    if (raw.format !== FORMAT || typeof raw.key !== "string" || typeof raw.files !== "object" || raw.files === null) return "corrupt";
    const files = new Map<string, string>();
    for (const [rel, h] of Object.entries(raw.files as Record<string, unknown>)) {
      // Only plain relative paths: a damaged record must never make us delete outside outDir.
      if (typeof h !== "string" || !isPlainRelative(rel)) return "corrupt";
      files.set(rel, h);
    }
    // Signatures only save reading: a record without them (an older mpyc's) or with odd ones reads every source.
    const seen = new Map<string, string>();
    if (typeof raw.seen === "object" && raw.seen !== null) {
      for (const [rel, sig] of Object.entries(raw.seen as Record<string, unknown>)) if (typeof sig === "string" && files.has(rel)) seen.set(rel, sig);
    }
    const c = raw.compiler as { files?: unknown; identity?: unknown } | undefined;
    const compiler = typeof c?.files === "string" && typeof c.identity === "string" ? { files: c.files, identity: c.identity } : undefined;
    return { key: raw.key, files, seen, compiler };
  } catch {
    return "corrupt";
  }
}

/** A '/'-separated relative .py path with no '.' or '..' part: the only kind a record holds. */
export function isPlainRelative(rel: string): boolean {
  return rel.endsWith(".py") && !rel.startsWith("/") && !rel.includes("\\") && rel.split("/").every((p) => p !== "" && p !== "." && p !== "..");
}

export function saveState(io: CliIo, outDir: string, state: BuildState): void {
  const sorted = <T>(m: Map<string, T>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  const record = { format: FORMAT, key: state.key, files: sorted(state.files), seen: sorted(state.seen), compiler: state.compiler };
  const text = JSON.stringify(record, null, 1) + "\n";
  writeAtomic(io, path.join(outDir, STATE_FILE), new TextEncoder().encode(text));
}

/** Removes `rel` under `outAbs`, then its parent directories up to `outAbs` while they are empty. */
export function removeOutput(outAbs: string, rel: string): void {
  fs.rmSync(path.join(outAbs, rel), { force: true });
  for (let d = path.dirname(rel); d !== "."; d = path.dirname(d)) {
    try {
      fs.rmdirSync(path.join(outAbs, d));
    } catch {
      break; // not empty, or already gone
    }
  }
}

/** The record loaded, or null; says on stderr why one that is there is not used (the build then compiles everything). */
export function usableState(loaded: ReturnType<typeof loadState>, io: CliIo, shown: string, command: string, what: string): BuildState | null {
  if (loaded === "corrupt") io.stderr.write(`${command}: ${shown} is damaged; compiling every ${what}\n`);
  else if (loaded !== null && "unreadable" in loaded) io.stderr.write(`${command}: ${shown}: ${loaded.unreadable}; compiling every ${what}\n`);
  else return loaded;
  return null;
}
