// Where run-mp-tests keeps what a MicroPython binary printed for each of its tests, one folder per
// binary (its path, size and time), so that outputs of another build are never taken for this one's;
// wasm-mp-tests reads the same folder. Dev tool support.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function expectedCacheDir(micropython: string): string {
  const st = fs.statSync(micropython);
  const key = createHash("sha256").update(`${path.resolve(micropython)}:${st.size}:${st.mtimeMs}`).digest("hex").slice(0, 16);
  return path.join(os.tmpdir(), "mpyc-mp-expected", key);
}
