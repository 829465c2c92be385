// The process-facing side of the mpyc command, behind one interface so that the commands can run
// in-process in tests: standard streams, standard input, the working directory, atomic writes and
// MicroPython-style OSError text.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface OutStream {
  write(data: string | Uint8Array): void;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly cwd: string;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readStdin(): Uint8Array;
  /** Distinguishes temporary files of concurrent runs. */
  readonly pid: number;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => new Uint8Array(fs.readFileSync(0)),
    pid: process.pid,
  };
}

/** A path given on the command line, as the file system sees it. */
export function resolvePath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/** An error from the file system, worded as MicroPython words its OSError. */
export class CliFileError extends Error {}

function errnoOf(e: unknown): number {
  const code = (e as NodeJS.ErrnoException).code;
  const n = code ? (os.constants.errno as Record<string, number>)[code] : undefined;
  return n ?? -((e as NodeJS.ErrnoException).errno ?? 1);
}

/** MicroPython's repr of a str (py/objstr.c mp_str_print_quoted). */
function mpStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + q;
}

/** `OSError: (2, "can't open x.py")`, as mp_raise_OSError_with_filename prints. */
function cantOpen(e: unknown, name: string): CliFileError {
  return new CliFileError(`OSError: (${errnoOf(e)}, ${mpStrRepr(`can't open ${name}`)})`);
}

/** Reads a whole input file; an open error names the file, a read error only its number, as in mpy-cross. */
export function readInputFile(io: CliIo, name: string): Uint8Array {
  let fd: number;
  try {
    fd = fs.openSync(resolvePath(io, name), "r");
  } catch (e) {
    throw cantOpen(e, name);
  }
  try {
    return new Uint8Array(fs.readFileSync(fd));
  } catch (e) {
    throw new CliFileError(`OSError: ${errnoOf(e)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** Creates a directory and its parents; a failure names it, as an OSError. */
export function makeDirs(io: CliIo, name: string): void {
  try {
    fs.mkdirSync(resolvePath(io, name), { recursive: true });
  } catch (e) {
    throw new CliFileError(`OSError: (${errnoOf(e)}, ${mpStrRepr(`can't create ${name}`)})`);
  }
}

/** Reads all of standard input; a failure reads as MicroPython's OSError with its number. */
export function readStdinChecked(io: CliIo): Uint8Array {
  try {
    return io.readStdin();
  } catch (e) {
    throw new CliFileError(`OSError: ${errnoOf(e)}`);
  }
}

/**
 * Writes `data` so that the file appears whole or not at all: a temporary file in the same
 * directory, then a rename over the target. Failure reads as mpy-cross's open failure.
 */
export function writeAtomic(io: CliIo, name: string, data: Uint8Array): void {
  const file = resolvePath(io, name);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${io.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data, { mode: 0o644 });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was created, or it cannot be removed either; the target is untouched.
    }
    throw cantOpen(e, name);
  }
}
