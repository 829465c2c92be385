// Takes a name prefix; gives a fresh folder under the system temp folder that is removed, with all it
// holds, once the tests of the spec file that imported this module are done (one afterAll per file,
// as every spec file loads its own copy of its modules). Test support only; no MicroPython counterpart.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];

/**
 * Gives the owner full rights on `dir` and every folder below it (symbolic links are not followed):
 * tests make folders unreadable or read-only, and a user other than root could not empty those.
 */
function unlock(dir: string): void {
  try {
    fs.chmodSync(dir, 0o700);
  } catch {
    return;
  }
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) if (e.isDirectory()) unlock(path.join(dir, e.name));
}

/** Deletes a folder tree whatever a test left in it; never throws (a leftover must not fail a run). */
export function removeTree(dir: string): void {
  unlock(dir);
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  } catch {
    // Nothing more to try: the folder stays behind, the tests' results stand.
  }
}

/** A new empty folder named `prefix` plus random characters in os.tmpdir(), removed after this file's tests. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) removeTree(dir);
});
