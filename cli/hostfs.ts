// A host directory as the read-only source of a VirtualFs (`mpyc run --fs DIR`, the test runner):
// the board sees DIR's files at "/" and reads them when first opened; it never writes to the host.
// Every path is resolved on the host (links included) and must stay inside DIR, as a sandbox.

import * as fs from "node:fs";
import * as path from "node:path";
import { ENOENT, type HostTree, VirtualFs } from "../runtime/board/fs.js";
import { osError } from "../runtime/lib/host-error.js";
import { readFileLimited } from "./io.js";

/**
 * Links: littlefs has none, so the board sees what a link stands for, within limits that keep DIR a
 * finite tree. A link to a file inside DIR reads as that file. A link to a directory is not followed
 * (it could make DIR contain itself, `x -> .`, and a walk of it endless or exponential), and a link
 * leaving DIR or dangling is no entry: the program sees a missing file (ENOENT), as it would on a board.
 */
export function hostTree(root: string): HostTree {
  const base = fs.realpathSync(root);
  const inside = (real: string) => real === base || real.startsWith(base + path.sep);
  const at = (p: string) => path.join(base, p.split("/").filter(Boolean).join(path.sep));
  /** The real path of board path `p` when it is inside DIR and reached through no directory link. */
  const real = (p: string): string | null => {
    const host = at(p);
    let r: string;
    try {
      r = fs.realpathSync(host);
    } catch {
      return null;
    }
    // Equal paths mean no component was a link; otherwise only the last one may be (a file link).
    if (r === host) return r;
    if (!inside(r) || fs.realpathSync(path.dirname(host)) !== path.dirname(host)) return null;
    return fs.statSync(r).isFile() ? r : null;
  };
  return {
    list(p) {
      const dir = real(p);
      let names: string[];
      try {
        if (dir === null || !fs.statSync(dir).isDirectory()) return null;
        names = fs.readdirSync(dir);
      } catch {
        return null;
      }
      const out: { name: string; dir: boolean; size: number }[] = [];
      for (const name of names.sort()) {
        try {
          const own = path.join(dir, name);
          const lst = fs.lstatSync(own);
          if (lst.isDirectory()) {
            out.push({ name, dir: true, size: 0 });
            continue;
          }
          // A plain file, or a link that resolves to a file inside DIR.
          const r = lst.isSymbolicLink() ? fs.realpathSync(own) : own;
          if (!inside(r)) continue;
          const st = fs.statSync(r);
          if (st.isFile()) out.push({ name, dir: false, size: st.size });
        } catch {
          // A dangling link or a vanished entry is no entry.
        }
      }
      return out;
    },
    read(p) {
      const r = real(p);
      try {
        if (r !== null) return readFileLimited(r);
      } catch {
        // Gone or unreadable since it was listed: missing, as below.
      }
      throw osError(ENOENT);
    },
  };
}

/** A board filesystem of `flashBytes` (the default when absent) whose root shows the host directory `root`. */
export function hostDirFs(root: string, flashBytes?: number): VirtualFs {
  return new VirtualFs(hostTree(root), flashBytes);
}
