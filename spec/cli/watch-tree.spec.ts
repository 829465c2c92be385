// The watch loop of `mpyc build --watch` (cli/build-watch.ts) driven by a stand-in for Node's
// recursive watcher, for the orders of events a real one gives only by chance: its own error arriving
// before the loop sees that the tree is gone (Node's Linux watcher rescans a folder that rm -rf has
// just emptied and fails with "scandir" ENOENT), and an error while the tree is still there.

import { EventEmitter } from "node:events";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { type WatchStarter, watchTree } from "../../cli/build-watch.js";
import type { CliIo } from "../../cli/io.js";
import { tempDir } from "../temp.js";

type Listener = (event: string, name: string | null) => void;

/** The watcher stand-in: its events, and the listener watchTree gave it. */
interface FakeWatcher {
  readonly events: EventEmitter;
  readonly change: Listener;
}

interface Run {
  readonly status: Promise<number>;
  readonly stderr: () => string;
  readonly builds: () => number;
}

/** Watches a fresh folder holding one source; `onBuild(n)` runs as build n starts (1 is the first). */
function watchFolder(onBuild: (n: number, src: string, watcher: FakeWatcher) => void): Run {
  const src = path.join(tempDir("mpyc-watch-"), "src");
  fs.mkdirSync(src);
  fs.writeFileSync(path.join(src, "a.py"), "x = 1\n");
  let text = "";
  const sink = { write: (s: string | Uint8Array) => ((text += s.toString()), true) };
  const io: CliIo = { cwd: path.dirname(src), stdout: sink, stderr: sink, readStdin: () => new Uint8Array(), pid: 4242 };
  const events = Object.assign(new EventEmitter(), { close: () => undefined });
  let change: Listener = () => undefined;
  const starter: WatchStarter = (_dir, listener) => {
    change = listener;
    return events as unknown as fs.FSWatcher;
  };
  let builds = 0;
  const buildOnce = async () => {
    builds++;
    onBuild(builds, src, { events, change });
    return 0;
  };
  const status = watchTree(src, path.join(src, "out"), "src", io, buildOnce, starter);
  return { status, stderr: () => text, builds: () => builds };
}

describe("mpyc build --watch's loop", () => {
  it("names a removed tree as the cause even when the watcher's own error came first", async () => {
    const run = watchFolder((n, src, watcher) => {
      if (n !== 1) return;
      setTimeout(() => {
        fs.rmSync(src, { recursive: true });
        watcher.events.emit("error", Object.assign(new Error(`ENOENT: no such file or directory, scandir '${src}'`), { code: "ENOENT" }));
      }, 10);
    });
    expect(await run.status).toBe(1);
    expect(run.builds()).toBe(1);
    expect(run.stderr()).toBe("mpyc build: watching src for changes (Ctrl-C ends)\nmpyc build: stopped watching src: it is no longer a directory\n");
  });

  it("reports the watcher's error as it is while the tree is still there", async () => {
    const run = watchFolder((n, _src, watcher) => {
      if (n === 1) setTimeout(() => watcher.events.emit("error", new Error("EMFILE: too many open files, watch")), 10);
    });
    expect(await run.status).toBe(1);
    expect(run.stderr()).toMatch(/mpyc build: stopped watching src: EMFILE: too many open files, watch\n$/);
  });

  it("builds again once after a burst of changes, and not for the outputs' writes", async () => {
    const run = watchFolder((n, _src, watcher) => {
      if (n === 1) setTimeout(() => ["a.py", "out/a.mpy", "b.py", "a.py"].forEach((f) => watcher.change("change", f)), 10);
      if (n === 2) setTimeout(() => watcher.change("change", "out/a.mpy"), 10);
      if (n === 2) setTimeout(() => watcher.events.emit("error", new Error("done")), 400);
    });
    expect(await run.status).toBe(1);
    expect(run.builds()).toBe(2);
  });
});
