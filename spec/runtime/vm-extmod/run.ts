// Runs Python source on our VM for the specs in this folder: optionally with a board filesystem
// seeded with files, the script run under a path, and sys.stderr kept apart from the output.

import { compile } from "../../../compiler/index.js";
import { VirtualFs } from "../../../runtime/board/fs.js";
import { Runtime } from "../../../runtime/index.js";

export interface Run {
  readonly out: string;
  readonly err: string;
}

/** Runs `source` as main.py; `files` are written to the board's filesystem first (directories made as needed). */
export function run(source: string, files: Record<string, string> = {}): Run {
  const fs = new VirtualFs();
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const dir = "/" + parts.slice(0, i).join("/");
      if (!fs.listdir("/" + parts.slice(0, i - 1).join("/")).includes(parts[i - 1]!)) fs.mkdir(dir);
    }
    fs.writeFile("/" + path, new TextEncoder().encode(text));
  }
  const r = compile(source, { sourceName: "main.py" });
  if (!r.ok) throw new Error(r.error.message);
  let out = "";
  let err = "";
  const rt = new Runtime({ compile, fs, scriptPath: "main.py", write: (t) => (out += t), writeStderr: (t) => (err += t) });
  rt.runMain(r.module);
  return { out, err };
}
