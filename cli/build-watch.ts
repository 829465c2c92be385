// `mpyc build SRC_DIR -o OUT_DIR --watch`: builds the tree, then builds it again whenever something
// under SRC_DIR changes, in the same process, so the compiler stays loaded and optimised by V8: a
// rebuild after an edit costs what compiling the edited files warm costs, not a new process. Each
// build is the incremental build of cli/build.ts, with its summary line. Ctrl-C (SIGINT) or SIGTERM
// ends the watch with status 130 or 143: at once between builds (the command's own handlers), and
// during one once its files under way are written and its record saved, as for any build.

import * as fs from "node:fs";
import * as path from "node:path";
import { type CliIo, statQuietly } from "./io.js";
import { keepForLongRun } from "./jit.js";

/** Quiet time after the last change before building: an editor's save, or a checkout, is many events. */
const SETTLE_MS = 100;

/** Starts watching a tree recursively: fs.watch, or a stand-in that tests drive. */
export type WatchStarter = (dir: string, listener: (event: string, name: string | Buffer | null) => void) => fs.FSWatcher;

const watchRecursively: WatchStarter = (dir, listener) => fs.watch(dir, { recursive: true }, listener);

/**
 * Runs `buildOnce` now and after each burst of changes under `srcAbs` (under `skipAbs`, the output
 * directory, only a change to a .py file counts: the rest is the build's own). Resolves with the status
 * of a build a signal interrupted, or 1 if the tree cannot be watched (or stops being watchable).
 */
export async function watchTree(
  srcAbs: string,
  skipAbs: string,
  srcShown: string,
  io: CliIo,
  buildOnce: () => Promise<number>,
  watch: WatchStarter = watchRecursively,
): Promise<number> {
  keepForLongRun();
  let dirty = false;
  let lost: string | null = null;
  let wake: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let watcher: fs.FSWatcher;
  try {
    watcher = watch(srcAbs, (_event, name) => {
      // The build's own writes (outputs, temporaries, its record) are not changes; a source is, even
      // where the outputs go beside the sources (OUT_DIR the same as SRC_DIR).
      if (name !== null && !name.toString().endsWith(".py") && isUnder(path.join(srcAbs, name.toString()), skipAbs)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        dirty = true;
        poke();
      }, SETTLE_MS);
    });
  } catch (e) {
    io.stderr.write(`mpyc build: cannot watch ${srcShown}: ${(e as Error).message}\n`);
    return 1;
  }
  watcher.on("error", (e) => {
    lost ??= e.message;
    poke();
  });
  // Nothing left to wait on (the watcher's handle gone without a word): not a silent, successful exit.
  const drained = () => {
    lost ??= "the file system stopped reporting changes";
    poke();
  };
  process.on("beforeExit", drained);
  try {
    for (;;) {
      const status = await buildOnce();
      if (status >= 130) return status;
      if (lost === null) io.stderr.write(`mpyc build: watching ${srcShown} for changes (Ctrl-C ends)\n`);
      while (lost === null && !dirty) await new Promise<void>((resolve) => (wake = resolve));
      // A tree removed or moved away leaves nothing to watch (and its watcher nothing to keep the process
      // alive). That is the cause to name even when the watcher reported it first, as its own error
      // (Node's recursive watcher on Linux fails with "scandir" ENOENT when it rescans a vanished folder).
      if (!statQuietly(srcAbs)?.isDirectory()) lost = "it is no longer a directory";
      if (lost !== null) {
        io.stderr.write(`mpyc build: stopped watching ${srcShown}: ${lost}\n`);
        return 1;
      }
      dirty = false;
    }
  } finally {
    if (timer) clearTimeout(timer);
    process.off("beforeExit", drained);
    watcher.close();
  }
}

function isUnder(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}
