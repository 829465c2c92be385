// The record an incremental `mpyc build` keeps in its output directory: for each output it wrote,
// the hash of the source it came from, under a key made of the compiler's identity and every
// option that changes the bytes. A record that cannot be read is treated as absent.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { type CliIo, resolvePath } from "./io.js";
import { writeAtomic } from "./write-output.js";
import { MPYC_VERSION } from "./version.js";

export const STATE_FILE = ".mpyc-build.json";
const FORMAT = 1;

export interface BuildState {
  /** Compiler identity and byte-changing options; a different key invalidates every entry. */
  readonly key: string;
  /** Source path (relative, '/'-separated) -> hash of the source its output was compiled from. */
  readonly files: Map<string, string>;
}

export function hashBytes(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("base64");
}

let compilerId: string | undefined;

/**
 * mpyc's version and a hash of the code of the compiler and format layer as installed, so that a
 * changed compiler rebuilds everything even when the version number has not moved.
 */
export function compilerIdentity(): string {
  if (compilerId !== undefined) return compilerId;
  const h = createHash("sha256");
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of ["compiler", "compiler/data", "bytecode"]) {
    const abs = path.join(here, "..", dir);
    let names: string[];
    try {
      names = fs.readdirSync(abs).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith(".d.ts"));
    } catch {
      continue;
    }
    for (const n of names.sort()) h.update(n).update(fs.readFileSync(path.join(abs, n)));
  }
  compilerId = `${MPYC_VERSION}+${h.digest("base64").slice(0, 16)}`;
  return compilerId;
}

/** The state key for these compile options. */
export function stateKey(options: Readonly<Record<string, string | number>>): string {
  const opts = Object.entries(options)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return `${compilerIdentity()};${opts}`;
}

/** The record in `outDir`: null if there is none, "corrupt" if it cannot be read as one. */
export function loadState(io: CliIo, outDir: string): BuildState | null | "corrupt" {
  let text: string;
  try {
    text = fs.readFileSync(path.join(resolvePath(io, outDir), STATE_FILE), "utf8");
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT" ? null : "corrupt";
  }
  try {
    const raw = JSON.parse(text) as { format?: unknown; key?: unknown; files?: unknown };
    if (raw.format !== FORMAT || typeof raw.key !== "string" || typeof raw.files !== "object" || raw.files === null) return "corrupt";
    const files = new Map<string, string>();
    for (const [rel, h] of Object.entries(raw.files as Record<string, unknown>)) {
      // Only plain relative paths: a damaged record must never make us delete outside outDir.
      if (typeof h !== "string" || !isPlainRelative(rel)) return "corrupt";
      files.set(rel, h);
    }
    return { key: raw.key, files };
  } catch {
    return "corrupt";
  }
}

/** A '/'-separated relative .py path with no '.' or '..' part: the only kind a record holds. */
export function isPlainRelative(rel: string): boolean {
  return rel.endsWith(".py") && !rel.startsWith("/") && !rel.includes("\\") && rel.split("/").every((p) => p !== "" && p !== "." && p !== "..");
}

export function saveState(io: CliIo, outDir: string, state: BuildState): void {
  const files = Object.fromEntries([...state.files].sort(([a], [b]) => (a < b ? -1 : 1)));
  const text = JSON.stringify({ format: FORMAT, key: state.key, files }, null, 1) + "\n";
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
