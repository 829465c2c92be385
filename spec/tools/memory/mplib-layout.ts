// Takes a micropython-lib checkout and an empty folder; lays its packages out there as `mip`
// installs them on a board (lib/<module>.mpy, lib/<package>/...), each .py compiled to .mpy by
// mpyc, and gives the importable module names. Read from each package's manifest.py: module(),
// package() with files= and base_path=, and opt=. unix-ffi is left out (it needs the ffi module).

import * as fs from "node:fs";
import * as path from "node:path";
import { compile } from "../../../compiler/index.js";

const SECTIONS = ["micropython", "python-stdlib", "python-ecosys"];

interface Entry {
  readonly kind: "module" | "package";
  readonly name: string;
  readonly files: string[] | null;
  readonly basePath: string;
  readonly opt: number;
}

/** The module() and package() calls of a manifest, their arguments read from the balanced parentheses. */
export function manifestEntries(text: string): Entry[] {
  const out: Entry[] = [];
  const re = /^\s*(module|package)\(/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let i = re.lastIndex;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")") depth--;
    }
    const args = text.slice(re.lastIndex, i - 1);
    const name = /^\s*"([^"]+)"/.exec(args)?.[1];
    if (!name) continue;
    const files = /files=\(([^)]*)\)/.exec(args);
    out.push({
      kind: m[1] as "module" | "package",
      name,
      files: files ? [...files[1]!.matchAll(/"([^"]+)"/g)].map((f) => f[1]!) : null,
      basePath: /base_path="([^"]+)"/.exec(args)?.[1] ?? ".",
      opt: Number(/opt=(\d)/.exec(args)?.[1] ?? 0),
    });
  }
  return out;
}

function walkPy(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walkPy(p) : e.name.endsWith(".py") ? [p] : [];
  });
}

function manifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? manifests(p) : e.name === "manifest.py" ? [p] : [];
  });
}

export interface Layout {
  /** Dotted names of every module laid out, sorted. */
  readonly modules: string[];
  /** Files that mpyc could not compile, with the error. */
  readonly rejected: string[];
}

/**
 * Stand-ins for modules a board has in firmware but the WebAssembly port lacks (machine,
 * bluetooth, socket, ...): any name, call or attribute gives another stand-in, so drivers can be
 * imported. The same .mpy is loaded on both VMs and its cost is part of what imports it.
 */
export const STUB = [
  "class _Stub:",
  "    def __init__(self, *a, **k):",
  "        pass",
  "    def __call__(self, *a, **k):",
  "        return _Stub()",
  "    def __getattr__(self, name):",
  "        return _Stub()",
  "def __getattr__(name):",
  "    return _Stub",
  "",
].join("\n");
export const STUBBED = ["machine", "bluetooth", "socket", "network", "espnow", "_onewire", "_thread", "tls", "stm", "websocket"];

/**
 * Writes `<out>/lib/...` and returns what is there: micropython-lib's packages (none if `mplib`
 * is null), then the .py files
 * directly in each of `trees` (a corpus of single-file modules), and the stand-ins (not listed).
 */
export function buildLayout(mplib: string | null, out: string, trees: readonly string[] = []): Layout {
  const lib = path.join(out, "lib");
  fs.mkdirSync(lib, { recursive: true });
  const sources = new Map<string, { file: string; opt: number }>();
  for (const tree of trees) {
    for (const f of fs.readdirSync(tree).filter((n) => n.endsWith(".py")).sort()) sources.set(f, { file: path.join(tree, f), opt: 0 });
  }
  for (const section of mplib === null ? [] : SECTIONS) {
    for (const manifest of manifests(path.join(mplib!, section)).sort()) {
      const dir = path.dirname(manifest);
      for (const e of manifestEntries(fs.readFileSync(manifest, "utf8"))) {
        const base = path.resolve(dir, e.basePath);
        if (e.kind === "module") sources.set(path.basename(e.name), { file: path.join(base, e.name), opt: e.opt });
        else {
          const root = path.join(base, e.name);
          const files = e.files ? e.files.map((f) => path.join(root, f)) : walkPy(root);
          for (const f of files) sources.set(path.join(e.name, path.relative(root, f)), { file: f, opt: e.opt });
        }
      }
    }
  }
  const modules: string[] = [];
  const rejected: string[] = [];
  for (const [rel, { file, opt }] of [...sources].sort()) {
    if (!fs.existsSync(file)) continue;
    const r = compile(fs.readFileSync(file), { sourceName: rel, optimize: opt });
    if (!r.ok) {
      rejected.push(`${rel}: ${r.error.message}`);
      continue;
    }
    const target = path.join(lib, rel.replace(/\.py$/, ".mpy"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, r.mpy);
    const dotted = rel.replace(/\.py$/, "").split(path.sep).join(".").replace(/\.__init__$/, "");
    modules.push(dotted);
  }
  for (const name of STUBBED) {
    const r = compile(STUB, { sourceName: `${name}.py` });
    if (r.ok && !modules.includes(name)) fs.writeFileSync(path.join(lib, `${name}.mpy`), r.mpy);
  }
  return { modules: modules.sort(), rejected };
}

/** Every .mpy under `<root>/lib` as board path -> bytes. */
export function layoutFiles(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.set("/" + path.relative(root, p).split(path.sep).join("/"), fs.readFileSync(p));
    }
  };
  walk(path.join(root, "lib"));
  return files;
}
