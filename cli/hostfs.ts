// A host directory as the read-only source of a VirtualFs (`mpyc run --fs DIR`, the test runner):
// the board sees DIR's files at "/" and reads them when first opened; it never writes to the host.

import * as fs from "node:fs";
import * as path from "node:path";
import { type HostTree, VirtualFs } from "../runtime/board/fs.js";

export function hostTree(root: string): HostTree {
  const at = (p: string) => path.join(root, ...p.split("/").filter(Boolean));
  return {
    list(p) {
      let names: string[];
      try {
        names = fs.readdirSync(at(p));
      } catch {
        return null;
      }
      const out: { name: string; dir: boolean; size: number }[] = [];
      for (const name of names.sort()) {
        try {
          const st = fs.statSync(path.join(at(p), name));
          if (st.isDirectory() || st.isFile()) out.push({ name, dir: st.isDirectory(), size: st.isFile() ? st.size : 0 });
        } catch {
          // A dangling link is no entry.
        }
      }
      return out;
    },
    read: (p) => new Uint8Array(fs.readFileSync(at(p))),
  };
}

/** A board filesystem whose root shows the host directory `root`. */
export function hostDirFs(root: string): VirtualFs {
  return new VirtualFs(hostTree(root));
}
