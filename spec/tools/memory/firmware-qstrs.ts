// Dev tool: which strings MicroPython's WebAssembly VM has interned when it starts (its firmware's
// static qstrs and those made while starting), found by asking it about candidates: a str made
// from a JavaScript string is the existing qstr, allocating nothing, when the text is interned,
// and a new heap object otherwise. Candidates: identifiers and short string literals of the .py
// files under the given folders, each file's name with its last one or two folders (a frozen
// package's source names, `collections/__init__.py`, are interned qstrs) and as a dotted module
// name (`os.path`), the dotted names import statements name, and the names in any
// qstrdefs.generated.h given.
// Usage: node dist/spec/tools/memory/firmware-qstrs.js PATH... [--write runtime/memory/qstrs-webassembly.ts]

import * as fs from "node:fs";
import * as path from "node:path";
import { MemoryOracle } from "../../oracle/memory-oracle.js";

function walk(p: string): string[] {
  if (fs.statSync(p).isFile()) return [p];
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) => walk(path.join(p, e.name)));
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", v: "\v", f: "\f", b: "\b", a: "\x07", "0": "\0" };

/** A Python string literal's simple escapes decoded (\\x.. and one-letter ones); others kept as written. */
function unescape(body: string): string {
  return body.replace(/\\x([0-9a-fA-F]{2})|\\(.)/g, (all, hex: string | undefined, c: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : (ESCAPES[c] ?? (c === "\\" || c === "'" || c === '"' ? c : all))));
}

export function candidates(paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of paths.flatMap(walk)) {
    const text = fs.readFileSync(file, "utf8");
    if (file.endsWith(".h")) {
      for (const m of text.matchAll(/^QDEF[01]\([^,]+, \d+, \d+, "((?:[^"\\]|\\.)*)"\)/gm)) {
        out.add(m[1]!.replace(/\\x([0-9a-fA-F]{2})|\\(.)/g, (_, hex: string | undefined, c: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : c)));
      }
    }
    else if (file.endsWith(".py")) {
      const parts = file.split(path.sep);
      for (let k = 1; k <= 3 && k <= parts.length; k++) {
        out.add(parts.slice(-k).join("/"));
        // The module's dotted name (`os.path`), which a frozen package's import interns.
        const mod = parts.slice(-k).join(".").replace(/(\.__init__)?\.py$/, "");
        if (mod) out.add(mod);
      }
      for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) out.add(m[0]);
      // Dotted module names an import statement names (`from org.python.core import ...`).
      for (const m of text.matchAll(/\b(?:from|import)\s+([A-Za-z_][\w.]*)/g)) out.add(m[1]!);
      // Short literals, their escapes decoded (`" \t\n\r\v\f"` is a firmware qstr).
      for (const m of text.matchAll(/(["'])((?:[^"'\\\n]|\\[^\n]){1,40})\1/g)) out.add(unescape(m[2]!));
    }
  }
  return [...out].filter((s) => s.length > 0).sort();
}

/** The candidates the VM has interned at start. */
export async function internedAtStart(cands: readonly string[]): Promise<string[]> {
  const o = await MemoryOracle.load({ heapsize: 8 * 1024 * 1024 });
  // A built-in that keeps nothing: a function compiled here would intern its own names.
  const [probe] = o.functions("builtins", ["id"]);
  const found: string[] = [];
  cands.forEach((c, i) => {
    if (i % 500 === 0) o.collect();
    const a = o.memAlloc();
    o.call(probe!, c);
    if (o.memAlloc() === a) found.push(c);
  });
  return found;
}

const isMain = process.argv[1]?.endsWith("firmware-qstrs.js");
if (isMain) {
  const args = process.argv.slice(2);
  const w = args.indexOf("--write");
  const out = w >= 0 ? args[w + 1] : undefined;
  const paths = args.filter((_, i) => w < 0 || (i !== w && i !== w + 1));
  const cands = candidates(paths);
  const found = await internedAtStart(cands);
  console.log(`candidates: ${cands.length}, interned at start: ${found.length}`);
  if (out) {
    // Several to a line, so the list stays a few hundred lines long.
    const lines: string[] = [];
    let line = "";
    for (const s of found.map((x) => JSON.stringify(x) + ",")) {
      if (line.length + s.length + 1 > 98) {
        lines.push(line);
        line = "";
      }
      line += (line ? " " : "  ") + s;
    }
    if (line) lines.push(line);
    const body = lines.join("\n");
    fs.writeFileSync(
      out,
      `// Strings MicroPython v1.27.0's WebAssembly port (the npm package the tests run) has interned when\n` +
        `// it starts: its firmware's static qstrs and those made while starting, among the candidates\n` +
        `// spec/tools/memory/firmware-qstrs.ts asked about. Interning one of these at run time costs\n` +
        `// nothing; another board's firmware has its own list. Checked live by spec/memory/firmware-qstrs.spec.ts.\n\n` +
        `export const WEBASSEMBLY_QSTRS: readonly string[] = [\n${body}\n];\n`,
    );
  }
}
