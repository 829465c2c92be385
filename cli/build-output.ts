// The outputs of `mpyc build`, written while the next files compile: each write (cli/write-output.ts)
// and each directory it needs run on libuv's thread pool, a directory made once however many files
// it holds. The build waits for them all before it records them (cli/build-state.ts).

import * as fs from "node:fs";
import * as path from "node:path";
import { cantCreate, CliFileError, type CliIo, resolvePath } from "./io.js";
import { makeDirAsync, writeOutputFileAsync } from "./write-output.js";

/**
 * Writes in flight at once: enough to keep the thread pool's four threads busy although each of a
 * write's five or so calls waits for the compiling thread's next turn.
 */
const IN_FLIGHT = 16;

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

  /** Each directory is made once, however many outputs it holds. */
  private dir(abs: string): Promise<void> {
    let made = this.dirs.get(abs);
    if (made === undefined) {
      made = makeDirAsync(abs);
      this.dirs.set(abs, made);
    }
    return made;
  }
}
