// The outputs of `mpyc build`, written while the next files compile: each write (cli/write-output.ts)
// and each directory it needs run on libuv's thread pool, a directory made once however many files
// it holds. The build waits for them all before it records them (cli/build-state.ts).

import * as fs from "node:fs";
import * as path from "node:path";
import { cantCreate, CliFileError, type CliIo, resolvePath } from "./io.js";
import { writeOutputFileAsync } from "./write-output.js";

/**
 * Writes in flight at once: enough to keep the thread pool's four threads busy although each of a
 * write's five or so calls waits for the compiling thread's next turn.
 */
const IN_FLIGHT = 16;

const code = (e: unknown) => (e as NodeJS.ErrnoException).code;
const mkdir = (dir: string) => new Promise<void>((resolve, reject) => fs.mkdir(dir, (e) => (e ? reject(e) : resolve())));
const isDirectory = (dir: string) => new Promise<boolean>((resolve) => fs.stat(dir, (e, st) => resolve(!e && st.isDirectory())));

export class OutputWriter {
  /** Absolute directory -> its making; a failure is kept as the raw error, each file words its own. */
  private readonly dirs = new Map<string, Promise<void>>();
  /** Temporaries that exist now, for a forced exit to remove. */
  private readonly temporaries = new Set<string>();
  private readonly queue: (() => Promise<void>)[] = [];
  private running = 0;
  private stopped = false;
  /** An error that is not the file system's refusal: a bug, rethrown by settle(). */
  private internal: unknown = null;
  private idle: (() => void) | null = null;

  constructor(private readonly io: CliIo) {}

  /**
   * Writes `data` to `name` (relative to the working directory), making its directory first;
   * `done` gets null once the file is whole, or the error to report for it.
   */
  write(name: string, data: Uint8Array, done: (error: CliFileError | null) => void): void {
    if (this.stopped) return;
    this.queue.push(async () => {
      const dir = path.dirname(name);
      try {
        await this.dir(resolvePath(this.io, dir)).catch((e: unknown) => {
          throw cantCreate(e, dir);
        });
        await writeOutputFileAsync(this.io, name, data, this.temporaries);
      } catch (e) {
        if (e instanceof CliFileError) return done(e);
        this.internal ??= e;
        return;
      }
      done(null);
    });
    this.pump();
  }

  /** Writes not yet begun are dropped; those under way finish (whole, or removed). */
  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  /** Resolves when every write has finished; rethrows an internal error one of them met. */
  async settle(): Promise<void> {
    if (this.running > 0 || this.queue.length > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    if (this.internal !== null) throw this.internal;
  }

  /** For an exit that cannot wait: removes the temporaries that exist now. */
  removeTemporaries(): void {
    for (const t of this.temporaries) fs.rmSync(t, { force: true });
  }

  private pump(): void {
    while (this.running < IN_FLIGHT && this.queue.length > 0) {
      const next = this.queue.shift()!;
      this.running++;
      void next().finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) this.idle?.();
      });
    }
  }

  private dir(abs: string): Promise<void> {
    let made = this.dirs.get(abs);
    if (made === undefined) {
      made = this.makeDir(abs);
      this.dirs.set(abs, made);
    }
    return made;
  }

  /**
   * mkdir first (a build mostly makes directories that are new), the parent only if that says it
   * is missing; one level at a time, as Node's recursive mkdir retries for ever where a parent
   * refuses children with ENOENT (/proc).
   */
  private async makeDir(abs: string): Promise<void> {
    const parent = path.dirname(abs);
    const known = this.dirs.get(parent);
    // A parent that failed still lets mkdir say why this one cannot be made (ENOTDIR, ENOENT).
    if (known !== undefined) await known.catch(() => {});
    try {
      return await mkdir(abs);
    } catch (e) {
      if (code(e) === "ENOENT" && known === undefined && parent !== abs) await this.dir(parent);
      else if (code(e) !== "EEXIST" || !(await isDirectory(abs))) throw e;
      else return;
    }
    try {
      await mkdir(abs);
    } catch (e) {
      if (code(e) !== "EEXIST" || !(await isDirectory(abs))) throw e;
    }
  }
}
