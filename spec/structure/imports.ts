// Reads the import graph of the project's TypeScript sources (every `import`/`export ... from`
// and `import()` of a relative path) and finds what the layering forbids: import cycles between
// folders, and files over the size limit. Used by layers.spec.ts and runnable on its own:
// `npx tsc -p tsconfig.json && node dist/spec/structure/imports.js` prints the folder graph.

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..").replace(/[/\\]dist$/, "");

/** The source folders whose imports are checked, relative to the repository root. */
export const CHECKED_ROOTS = ["bytecode", "compiler", "freezer", "runtime", "cli"];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every .ts file under the checked roots, as repository-relative paths with "/" separators. */
export function sourceFiles(root = ROOT): string[] {
  return CHECKED_ROOTS.flatMap((r) => walk(path.join(root, r))).map((p) => path.relative(root, p).split(path.sep).join("/")).sort();
}

const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The relative module specifiers one source text imports (type-only imports included). */
export function importsOf(text: string): string[] {
  // Comments could name a path; they are blanked first (strings are left alone: specifiers are strings).
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const out: string[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith(".")) out.push(spec);
  }
  return out;
}

/** file -> the project files it imports (resolved from the .js specifiers NodeNext requires). */
export function importGraph(root = ROOT): Map<string, string[]> {
  const files = new Set(sourceFiles(root));
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const text = fs.readFileSync(path.join(root, f), "utf8");
    const deps = new Set<string>();
    for (const spec of importsOf(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(f), spec)).replace(/\.js$/, ".ts");
      if (files.has(target)) deps.add(target);
    }
    graph.set(f, [...deps].sort());
  }
  return graph;
}

export const folderOf = (file: string) => path.posix.dirname(file);

/** folder -> folder -> one file import that makes the edge (for the report). */
export function folderGraph(graph: Map<string, string[]>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [f, deps] of graph) {
    for (const d of deps) {
      const a = folderOf(f);
      const b = folderOf(d);
      if (a === b) continue;
      let m = out.get(a);
      if (!m) out.set(a, (m = new Map()));
      if (!m.has(b)) m.set(b, `${f} -> ${d}`);
    }
  }
  return out;
}

/** The strongly connected components of more than one node (Tarjan), each sorted. */
export function cycles(edges: Map<string, Map<string, string>> | Map<string, string[]>): string[][] {
  const next = (n: string): string[] => {
    const e = edges.get(n);
    return e === undefined ? [] : Array.isArray(e) ? e : [...e.keys()];
  };
  const nodes = new Set<string>();
  for (const [a, e] of edges) {
    nodes.add(a);
    for (const b of Array.isArray(e) ? e : e.keys()) nodes.add(b);
  }
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const n of [...nodes].sort()) if (!idx.has(n)) visit(n);
  return out;
}

/** A readable account of one folder cycle: each edge inside it with a file import that makes it. */
export function describeCycle(comp: string[], folders: Map<string, Map<string, string>>): string {
  const inside = new Set(comp);
  const lines = [`folders ${comp.join(", ")} import each other:`];
  for (const a of comp) {
    for (const [b, why] of folders.get(a) ?? []) if (inside.has(b)) lines.push(`  ${a} -> ${b} (${why})`);
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const folders = folderGraph(importGraph());
  for (const [a, m] of [...folders].sort()) console.log(`${a} -> ${[...m.keys()].sort().join(", ")}`);
  for (const c of cycles(folders)) console.log(describeCycle(c, folders));
}
