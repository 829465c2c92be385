// Writes one output file as mpy-cross writes it (py/persistentcode.c mp_raw_code_save_file), but
// never leaving a regular file half written, and makes the directories outputs go in. The steps are
// written once, as generators of file system calls, and run either synchronously (one-file commands,
// the build record, manifests) or on libuv's thread pool (a build's outputs).

import * as fs from "node:fs";
import * as path from "node:path";
import { cantCreate, cantOpen, CliFileError, type CliIo, errnoOf, pause, resolvePath } from "./io.js";

/** One file system call: the name of its function in node:fs and its arguments, minus any callback. */
interface FsCall {
  readonly name: "lstat" | "stat" | "access" | "mkdir" | "open" | "fstat" | "fchown" | "fchmod" | "write" | "close" | "rename" | "unlink" | "pause";
  readonly args: readonly unknown[];
}

type Steps<T> = Generator<FsCall, T, unknown>;

function* call<T>(name: FsCall["name"], ...args: unknown[]): Steps<T> {
  return (yield { name, args }) as T;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * mpy-cross opens the target with O_WRONLY|O_CREAT|O_TRUNC, 0644, so it writes through symlinks,
 * to devices and FIFOs, and keeps a file's links, owner and mode. mpyc does the same, except that a
 * new file, or a regular file with one link whose owner and mode a fresh file can take, is written
 * to a temporary beside it (created exclusively: a planted name or symlink is never opened) and
 * renamed over it, so it appears whole or not at all. Where the temporary cannot be made (a
 * read-only directory) or would change the target, the target is written in place, from output
 * that is already complete. A failure reads as mpy-cross's: `OSError: (13, "can't open x.mpy")`.
 * `temporaries` holds the temporary's name while it exists, for a forced exit to remove.
 */
function* writeSteps(io: CliIo, name: string, data: Uint8Array, temporaries?: Set<string>): Steps<void> {
  const file = resolvePath(io, name);
  let st: fs.Stats | undefined;
  try {
    st = yield* call<fs.Stats>("lstat", file);
  } catch (e) {
    if (code(e) !== "ENOENT") throw cantOpen(e, name);
  }
  if (st === undefined || (st.isFile() && st.nlink === 1)) {
    if (st !== undefined) {
      // The same permission test open() makes (root passes it): a read-only target fails as in mpy-cross.
      try {
        yield* call("access", file, fs.constants.W_OK);
      } catch (e) {
        throw cantOpen(e, name);
      }
    }
    if (yield* replaceViaTemporary(io, file, data, st, temporaries ?? new Set())) return;
  }
  let fd: number;
  try {
    fd = yield* call<number>("open", file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC, 0o644);
  } catch (e) {
    throw cantOpen(e, name);
  }
  try {
    yield* writeAll(fd, data);
  } catch (e) {
    throw new CliFileError(`OSError: ${errnoOf(e)}`);
  } finally {
    yield* call("close", fd);
  }
}

function* writeAll(fd: number, data: Uint8Array): Steps<void> {
  let at = 0;
  while (at < data.length) {
    try {
      at += yield* call<number>("write", fd, data, at, data.length - at, null);
    } catch (e) {
      if (code(e) !== "EAGAIN") throw e;
      yield* call("pause", 5);
    }
  }
}

let temporaryCount = 0;

/**
 * Writes a temporary beside `file` and renames it over the target. False, with nothing left
 * behind, when that cannot be done without changing the target (no temporary can be created, or
 * it cannot take the target's owner and mode): the caller then writes in place.
 */
function* replaceViaTemporary(io: CliIo, file: string, data: Uint8Array, st: fs.Stats | undefined, temporaries: Set<string>): Steps<boolean> {
  let tmp = "";
  let fd = -1;
  for (let attempt = 0; fd < 0; attempt++) {
    tmp = path.join(path.dirname(file), `.${path.basename(file)}.${io.pid}.${temporaryCount++}.tmp`);
    temporaries.add(tmp);
    try {
      // O_EXCL: fails on any existing name, a symlink included, so nothing planted is ever opened.
      // A new file's temporary is made as open(..., 0644) would make the file (the umask applied);
      // one replacing a file stays private until it has taken that file's owner and mode.
      fd = yield* call<number>("open", tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, st === undefined ? 0o644 : 0o600);
    } catch (e) {
      temporaries.delete(tmp);
      if (code(e) === "EEXIST" && attempt < 100) continue;
      return false;
    }
  }
  let written = false;
  try {
    try {
      if (st !== undefined) {
        const mine = yield* call<fs.Stats>("fstat", fd);
        if (mine.uid !== st.uid || mine.gid !== st.gid) yield* call("fchown", fd, st.uid, st.gid);
        yield* call("fchmod", fd, st.mode & 0o7777);
      }
    } catch {
      return false;
    }
    try {
      yield* writeAll(fd, data);
    } catch (e) {
      throw new CliFileError(`OSError: ${errnoOf(e)}`);
    }
    const closing = fd;
    fd = -1;
    yield* call("close", closing);
    yield* call("rename", tmp, file);
    written = true;
    return true;
  } catch (e) {
    if (e instanceof CliFileError) throw e;
    return false;
  } finally {
    if (fd >= 0) yield* quietly(call("close", fd));
    if (!written) yield* quietly(call("unlink", tmp));
    temporaries.delete(tmp);
  }
}

/** Runs steps whose failure changes nothing (tidying up after another failure). */
function* quietly(steps: Steps<unknown>): Steps<void> {
  try {
    yield* steps;
  } catch {
    // nothing to undo
  }
}

/**
 * Makes directory `abs` and any missing parents. mkdir first, as the directories a build makes are
 * mostly new; a parent only when that says it is missing, one level at a time (Node's recursive
 * mkdir retries for ever where a parent refuses children with ENOENT, as /proc does). Where a parent
 * cannot be made, its error is the one thrown; otherwise this directory's own (ENOTDIR under a file).
 */
function* makeDirSteps(abs: string): Steps<void> {
  try {
    return yield* call("mkdir", abs);
  } catch (e) {
    if (code(e) === "EEXIST" && (yield* isDirectory(abs))) return;
    if (code(e) !== "ENOENT" || path.dirname(abs) === abs) throw e;
  }
  let parentError: unknown = null;
  try {
    yield* makeDirSteps(path.dirname(abs));
  } catch (e) {
    parentError = e;
  }
  try {
    yield* call("mkdir", abs);
  } catch (e) {
    if (code(e) === "EEXIST" && (yield* isDirectory(abs))) return;
    throw code(e) === "ENOENT" && parentError !== null ? parentError : e;
  }
}

function* isDirectory(abs: string): Steps<boolean> {
  try {
    return (yield* call<fs.Stats>("stat", abs)).isDirectory();
  } catch {
    return false;
  }
}

/** Runs the steps with synchronous calls. */
function runSync<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) {
    const { name, args } = next.value;
    let value: unknown;
    try {
      value = name === "pause" ? pause(args[0] as number) : (fs[`${name}Sync`] as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      next = steps.throw(e);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/** One call on libuv's thread pool. */
function callAsync({ name, args }: FsCall): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (name === "pause") setTimeout(resolve, args[0] as number);
    else (fs[name] as (...a: unknown[]) => void)(...args, (e: Error | null, value: unknown) => (e ? reject(e) : resolve(value)));
  });
}

/** Runs the steps with asynchronous calls: the calling thread is free between them. */
async function runAsync<T>(steps: Steps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await callAsync(next.value);
    } catch (e) {
      next = steps.throw(e);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/** Writes a whole output file (see writeSteps), blocking until it is done. */
export function writeOutputFile(io: CliIo, name: string, data: Uint8Array): void {
  runSync(writeSteps(io, name, data));
}

/** The old name, kept for callers: the same as writeOutputFile. */
export const writeAtomic = writeOutputFile;

/**
 * The same write, its file system calls made on libuv's thread pool; `temporaries` holds the name
 * of a temporary while it exists.
 */
export function writeOutputFileAsync(io: CliIo, name: string, data: Uint8Array, temporaries?: Set<string>): Promise<void> {
  return runAsync(writeSteps(io, name, data, temporaries));
}

/** Creates a directory and its parents, blocking; a failure names it, as an OSError. */
export function makeDirs(io: CliIo, name: string): void {
  try {
    runSync(makeDirSteps(resolvePath(io, name)));
  } catch (e) {
    throw cantCreate(e, name);
  }
}

/** The same on libuv's thread pool, for an absolute path; rejects with the file system's error. */
export function makeDirAsync(abs: string): Promise<void> {
  return runAsync(makeDirSteps(abs));
}
