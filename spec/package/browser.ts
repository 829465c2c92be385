// The installed package in a real browser: a page script importing "mpyc", "mpyc/mpy-cross" and
// "mpyc/runtime" is bundled with esbuild for the browser (a Node built-in anywhere in the graph
// fails the bundle) and run in headless Chromium, served from a local HTTP server to which the page
// posts its result once its asynchronous runs have ended.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
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
  /** A busy loop run with runAsync and aborted from a page timer; whether the timer ran during the run. */
  readonly busy: { stopped?: string; output: string; exitCode: number; timerRanDuringRun: boolean };
  /** An async run reading stdin from a page function, its output as streamed. */
  readonly ask: { output: string; streamed: string[] };
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
import { runAsync, runMpy } from "mpyc/runtime";

function base64(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

const result = { userAgent: navigator.userAgent, programs: [], sourceMap: "", platform: "" };
async function asyncRuns() {
  // A loop that never ends, stopped by the page: the abort comes from a timer, which can only run
  // if runAsync gives the event loop turns.
  const controller = new AbortController();
  let running = true;
  let timerRanDuringRun = false;
  setTimeout(() => {
    timerRanDuringRun = running;
    controller.abort();
  }, 100);
  const busy = compileArgs(["busy.py"], "def spin():\\n    while True:\\n        pass\\nprint('spinning')\\nspin()\\n");
  const r1 = await runAsync(busy.mpy, { signal: controller.signal, timeLimitMs: 30000 });
  running = false;
  result.busy = { stopped: r1.stopped, output: r1.output, exitCode: r1.exitCode, timerRanDuringRun };
  // Standard input from a page function, output streamed as it is printed.
  const lines = ["3", "4"];
  const streamed = [];
  const ask = compileArgs(["ask.py"], "a = int(input('a? '))\\nb = int(input('b? '))\\nprint('sum', a + b)\\n");
  const r2 = await runAsync(ask.mpy, { stdin: () => (lines.length ? lines.shift() + "\\n" : null), onOutput: (t) => streamed.push(t) });
  result.ask = { output: r2.output, streamed };
}
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
  await asyncRuns();
} catch (e) {
  result.error = String(e && e.stack || e);
}
await fetch("/result", { method: "POST", body: btoa(unescape(encodeURIComponent(JSON.stringify(result)))) });
`;

/** Bundles the page for the browser from `consumer` (whose node_modules holds mpyc) into `dir`. */
export async function bundlePage(consumer: string, dir: string, programs: readonly PageProgram[], mapInput: [string, string]): Promise<{ page: string; bundleBytes: number }> {
  const entry = path.join(consumer, "page-entry.mjs");
  fs.writeFileSync(entry, PAGE_SCRIPT);
  const out = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "esm", target: "es2022", write: false, logLevel: "silent" }).catch((e: { errors?: { text: string; location?: { file: string; lineText: string } | null }[] }) => {
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
<script type="module" src="bundle.js"></script></body></html>`,
  );
  return { page, bundleBytes: Buffer.byteLength(js) };
}

/**
 * Serves the page's folder on a local port, loads the page in headless Chromium and decodes the
 * result the page posts to /result (its runs are asynchronous, so the DOM at load is not enough).
 */
export async function runPage(chromium: string, page: string, profileDir: string): Promise<PageResult> {
  const dir = path.dirname(page);
  let posted: (body: string) => void = () => {};
  const result = new Promise<string>((resolve) => (posted = resolve));
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/result") {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("latin1")));
      req.on("end", () => {
        res.end("ok");
        posted(body);
      });
      return;
    }
    const file = path.join(dir, path.basename(req.url ?? ""));
    if (!fs.existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("content-type", file.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  // Without /dev/shm Chromium keeps its shared memory in TMPDIR, and killed it leaves that folder
  // behind: it goes into the profile folder, which the caller removes.
  const tmp = path.join(profileDir, "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", `--user-data-dir=${profileDir}`, `http://127.0.0.1:${port}/${path.basename(page)}`], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
    env: { ...process.env, TMPDIR: tmp },
  });
  let stderr = "";
  browser.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-3000)));
  const exited = new Promise<string>((resolve) => browser.on("exit", (code, signal) => resolve(`Chromium exited (status ${code ?? signal}) before the page posted its result:\n${stderr}`)));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`the page posted no result within 120 s:\n${stderr}`), 120_000)));
  try {
    const body = await Promise.race([result, exited.then((m) => Promise.reject(new Error(m))), timeout.then((m) => Promise.reject(new Error(m)))]);
    return JSON.parse(Buffer.from(body, "base64").toString("utf8")) as PageResult;
  } finally {
    clearTimeout(timer);
    // Chromium's helper processes (renderer, crash handler) share its process group and would go on
    // writing to the profile folder: end the whole group and wait for the browser itself to go.
    const gone = new Promise<void>((resolve) => (browser.exitCode !== null || browser.signalCode !== null ? resolve() : browser.once("exit", () => resolve())));
    try {
      process.kill(-browser.pid!, "SIGKILL");
    } catch {
      browser.kill("SIGKILL");
    }
    await gone;
    server.close();
  }
}
