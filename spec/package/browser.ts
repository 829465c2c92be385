// The installed package in a real browser: a page script importing "mpyc", "mpyc/mpy-cross" and
// "mpyc/runtime" is bundled with esbuild for the browser (a Node built-in anywhere in the graph
// fails the bundle) and run in headless Chromium, which prints the page once it has loaded.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { build } from "esbuild";

export interface PageProgram {
  readonly name: string;
  readonly flags: readonly string[];
  readonly source: string;
}

/** What the page reports for each program. */
export interface PageResult {
  readonly userAgent: string;
  readonly programs: readonly { name: string; status: number; err: string[]; mpyBase64: string; output: string }[];
  /** The source map of the map input, written in the page. */
  readonly sourceMap: string;
  /** sys.platform, sys.implementation._machine, os.uname().sysname and .machine, as the page's VM says. */
  readonly platform: string;
  readonly error?: string;
}

/** The Chromium to drive: $CHROMIUM, else the first browser of Debian's or Google's name on PATH. */
export function findChromium(): string | null {
  const candidates = process.env["CHROMIUM"] ? [process.env["CHROMIUM"]] : ["chromium", "chromium-browser", "google-chrome"];
  for (const c of candidates) {
    const found = c.includes("/") ? (fs.existsSync(c) ? c : null) : (process.env["PATH"] ?? "").split(path.delimiter).map((d) => path.join(d, c)).find((p) => fs.existsSync(p));
    if (found) return found;
  }
  return null;
}

// Runs in the page: compile each program with its mpy-cross flags, run it on the VM, write the
// source map, and leave everything as base64 JSON in <pre id="result"> (no HTML escaping to undo).
const PAGE_SCRIPT = `
import { compile, sourceMap } from "mpyc";
import { compileArgs } from "mpyc/mpy-cross";
import { runMpy } from "mpyc/runtime";

function base64(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

const result = { userAgent: navigator.userAgent, programs: [], sourceMap: "", platform: "" };
try {
  const programs = JSON.parse(document.getElementById("programs").textContent);
  for (const p of programs) {
    const r = compileArgs([...p.flags, p.name + ".py"], p.source);
    const ok = r.status === 0;
    result.programs.push({
      name: p.name,
      status: r.status,
      err: r.err,
      mpyBase64: ok ? base64(r.mpy) : "",
      output: ok ? runMpy(r.mpy).output : "",
    });
  }
  const [name, source] = JSON.parse(document.getElementById("map-input").textContent);
  const m = compile(source, { sourceName: name });
  result.sourceMap = sourceMap(m.module, name, name.replace(/py$/, "mpy"), source);
  const probe = compileArgs(["probe.py"], "import sys, os\\nu = os.uname()\\nprint(sys.platform, sys.implementation._machine, u.sysname, u.machine, sep='|')\\n");
  result.platform = runMpy(probe.mpy).output;
} catch (e) {
  result.error = String(e && e.stack || e);
}
document.getElementById("result").textContent = btoa(unescape(encodeURIComponent(JSON.stringify(result))));
`;

/** Bundles the page for the browser from `consumer` (whose node_modules holds mpyc) into `dir`. */
export async function bundlePage(consumer: string, dir: string, programs: readonly PageProgram[], mapInput: [string, string]): Promise<{ page: string; bundleBytes: number }> {
  const entry = path.join(consumer, "page-entry.mjs");
  fs.writeFileSync(entry, PAGE_SCRIPT);
  const out = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "iife", target: "es2022", write: false, logLevel: "silent" }).catch((e: { errors?: { text: string; location?: { file: string; lineText: string } | null }[] }) => {
    throw new Error(`esbuild could not bundle the package for the browser:\n${(e.errors ?? []).map((m) => `${m.location?.file ?? ""}: ${m.text}`).join("\n")}`);
  });
  const js = out.outputFiles[0]!.text;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "bundle.js"), js);
  // JSON in a script element: "<" escaped so that no "</script>" in a program can end it.
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  const page = path.join(dir, "page.html");
  fs.writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"></head><body>
<script type="application/json" id="programs">${json(programs)}</script>
<script type="application/json" id="map-input">${json(mapInput)}</script>
<pre id="result">not run</pre>
<script src="bundle.js"></script></body></html>`,
  );
  return { page, bundleBytes: Buffer.byteLength(js) };
}

/** Loads the page in headless Chromium and decodes what it left in <pre id="result">. */
export function runPage(chromium: string, page: string, profileDir: string): PageResult {
  const r = spawnSync(
    chromium,
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", `--user-data-dir=${profileDir}`, "--dump-dom", `file://${page}`],
    { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const dom = r.stdout ?? "";
  const result = /<pre id="result">([^<]*)<\/pre>/.exec(dom)?.[1];
  if (r.status !== 0 || result === undefined || result === "not run") {
    throw new Error(`Chromium did not run the page (status ${r.status ?? r.signal}${r.error ? `, ${r.error.message}` : ""}):\n${dom.slice(0, 2000)}\n${(r.stderr ?? "").slice(-3000)}`);
  }
  return JSON.parse(Buffer.from(result, "base64").toString("utf8")) as PageResult;
}
