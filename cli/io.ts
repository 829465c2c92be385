// The process-facing side of the mpyc command, behind one interface so that the commands can run
// in-process in tests: standard streams, standard input, the working directory, inputs read with a
// size limit, directories made, and MicroPython-style OSError text (outputs: cli/write-output.ts).

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
    readStdin: () => readLimited(0, "<stdin>"),
    pid: process.pid,
  };
}

/** A path given on the command line, as the file system sees it. */
export function resolvePath(io: CliIo, p: string): string {
  return path.resolve(io.cwd, p);
}

/** A file system error's message without Node's repetition of the path ("ELOOP: too many symbolic links encountered"). */
export function errorText(e: unknown): string {
  return (e as Error).message.split(",")[0]!;
}

/** What stat() says of `p`, or undefined if it cannot say (missing, a parent not searchable, a link loop). */
export function statQuietly(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** An error from the file system, worded as MicroPython words its OSError. */
export class CliFileError extends Error {}

export function errnoOf(e: unknown): number {
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
export function cantOpen(e: unknown, name: string): CliFileError {
  return new CliFileError(`OSError: (${errnoOf(e)}, ${mpStrRepr(`can't open ${name}`)})`);
}

/** The largest input read (bytes): a bigger file, or an endless device, is refused rather than read on. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** MAX_INPUT_BYTES as messages say it. */
export const MAX_INPUT_SIZE = `${MAX_INPUT_BYTES / (1024 * 1024)} MiB`;

/** An input that went on past MAX_INPUT_BYTES; `prefix` holds what was read. */
export class InputTooLargeError extends CliFileError {
  constructor(
    readonly file: string,
    readonly prefix: Uint8Array,
  ) {
    super(`mpyc: ${file}: input larger than ${MAX_INPUT_SIZE}`);
  }
}

/** Sleeps the thread briefly (a non-blocking descriptor with nothing to read yet). */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a descriptor to its end in chunks, never past `limit` + 1 bytes, so an endless device or
 * pipe (/dev/zero) stops at once instead of growing without bound. Throws InputTooLargeError.
 */
export function readLimited(fd: number, name: string, limit = MAX_INPUT_BYTES, sizeHint?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Chunks grow to 1 MiB from the size hint (a regular file's size, one byte more to see its end
  // in the same read), else from 64 KiB: zeroing a large buffer for each of hundreds of small
  // files costs a build more than its reads. A file that grows (or /proc's, of size 0) reads on.
  let chunk = sizeHint === undefined ? 1 << 16 : sizeHint + 1;
  for (;;) {
    const size = Math.min(chunk, limit + 1 - total);
    chunk = Math.min(chunk * 2, 1 << 20);
    const buf = new Uint8Array(Math.max(size, 1));
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        pause(5);
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > limit) throw new InputTooLargeError(name, concat(chunks, limit));
  }
  return concat(chunks, total);
}

/**
 * A file's bytes, read as readFileSync reads them (its errors thrown as they are) but never past
 * `limit`: an endless device or pipe named where a file was expected throws InputTooLargeError.
 */
export function readFileLimited(file: string, limit = MAX_INPUT_BYTES): Uint8Array {
  const fd = fs.openSync(file, "r");
  try {
    const st = fs.fstatSync(fd);
    return readLimited(fd, file, limit, st.isFile() ? st.size : undefined);
  } finally {
    fs.closeSync(fd);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === length) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, Math.min(c.length, length - at));
    out.set(part, at);
    at += part.length;
    if (at === length) break;
  }
  return out;
}

/**
 * Reads a whole input file; an open error names the file, a read error only its number, as in
 * mpy-cross (a directory opens and then fails to read: `OSError: 21`). Devices and FIFOs are read
 * as streams, as mpy-cross reads them, up to MAX_INPUT_BYTES.
 */
export function readInputFile(io: CliIo, name: string): Uint8Array {
  return readInputFileStat(io, name).data;
}

/** readInputFile, with what fstat() said of the file as it was opened. */
export function readInputFileStat(io: CliIo, name: string): { data: Uint8Array; stat: fs.Stats } {
  let fd: number;
  try {
    fd = fs.openSync(resolvePath(io, name), "r");
  } catch (e) {
    throw cantOpen(e, name);
  }
  try {
    const stat = fs.fstatSync(fd);
    return { data: readLimited(fd, name, MAX_INPUT_BYTES, stat.isFile() ? stat.size : undefined), stat };
  } catch (e) {
    if (e instanceof CliFileError) throw e;
    throw new CliFileError(`OSError: ${errnoOf(e)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** `OSError: (20, "can't create out/x")`: a directory that could not be made. */
export function cantCreate(e: unknown, name: string): CliFileError {
  return new CliFileError(`OSError: (${errnoOf(e)}, ${mpStrRepr(`can't create ${name}`)})`);
}

/** Reads all of standard input; a failure reads as MicroPython's OSError with its number. */
export function readStdinChecked(io: CliIo): Uint8Array {
  try {
    return io.readStdin();
  } catch (e) {
    if (e instanceof CliFileError) throw e;
    throw new CliFileError(`OSError: ${errnoOf(e)}`);
  }
}
