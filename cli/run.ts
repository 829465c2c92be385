// `mpyc run FILE [--path DIR]... [--fs DIR] [--trace-hw]`: runs a .mpy file (or a .py file, compiled
// first) on the VM and prints what the program prints; modules it imports are found as .mpy files on
// the search path, then on the board's filesystem, which --fs seeds from a host directory (read
// through; writes stay in memory), and in a ROMFS image that --romfs mounts at /rom (searched
// through /rom and /rom/lib after sys.path's own entries, as on a board). --trace-hw prints the board's events as they happen.
// Exit status as the unix port's: 0 when the program ends normally, 1 after an uncaught exception or
// a load error, and sys.exit(n)'s n; 3 (INTERNAL_ERROR_EXIT) when a bug of the VM stopped the run,
// printed as `mpyc: internal error: ...`; 124 when --timeout's host time ran out; 130 and 143 after
// SIGINT twice and SIGTERM. Bytecode costs virtual time on the board model --board names.

import * as fs from "node:fs";
import * as path from "node:path";
import { type CliIo, InputTooLargeError, MAX_INPUT_SIZE, processIo, readFileLimited } from "./io.js";
import { parseWithYargs } from "./yargs.js";
import { compileBytecode as compile, formatError } from "../compiler/compile.js";
import { Board } from "../runtime/board/board.js";
import { formatEvent } from "../runtime/board/events.js";
import { INTERNAL_ERROR_EXIT, runMpy } from "../runtime/index.js";
import { hostDirFs } from "./hostfs.js";
import { formatMemReport, memReport } from "../runtime/memory/report.js";
import { RomFs } from "../runtime/board/romfs.js";
import { FLASH_BLOCK } from "../runtime/board/fs.js";
import { BOARD_MODELS, type BoardModel, boardModel, meanCycles, RP2040 } from "../runtime/board/cycles.js";
import { RunStopped } from "../runtime/vm/pause.js";
import { MachineHalt } from "../runtime/board/board.js";
import { hostFinder, hostModuleFile, measureProgramImport } from "./mem-import.js";

/** The exit status of a run --timeout ended (as timeout(1) gives). */
export const TIMEOUT_EXIT = 124;

/** The host memory (RSS) a run in its worker thread stays under: its JavaScript heap is capped to fit. */
export const HOST_MEMORY_MB = 512;

/** How often (in pending checks) a run in this thread reads the wall clock for --timeout. */
const TIMEOUT_CHECK_EVERY = 1024;

/** The first byte of a .mpy file ('M', py/persistentcode.c). */
const MPY_MAGIC = 0x4d;

/** "10s", "500ms", "2m", "250us", "3" (seconds): microseconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(us|ms|s|m|h)?$/.exec(text.trim());
  if (!m) return null;
  const scale = { us: 1, ms: 1e3, s: 1e6, m: 60e6, h: 3600e6 }[(m[2] ?? "s") as "us" | "ms" | "s" | "m" | "h"];
  return Math.round(Number(m[1]) * scale);
}

/** "16k", "1m", "65536": bytes; null when unreadable or below a block. */
export function parseSize(text: string): number | null {
  const m = /^(\d+)([kKmM]?)$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]) * (m[2] === "" ? 1 : m[2]!.toLowerCase() === "k" ? 1024 : 1024 * 1024);
  return n >= 16 ? n : null;
}

const USAGE = `usage: $0 FILE.mpy|FILE.py [--path DIR]... [--fs DIR] [--romfs IMAGE] [--trace-hw] [--heap SIZE] [--flash SIZE] [--run-for TIME] [--timeout TIME] [--board MODEL] [--mem-report]

Run a .mpy file (or a .py file, compiled first) on the virtual board.`;

/**
 * `mpyc run ARGS`: the exit status. `stoppable` runs the program in a worker thread that signals can
 * interrupt (the command line's way); otherwise it runs in this thread, writing through `process`.
 */
export async function runMain(argv: string[], io: CliIo = processIo(), stoppable = false): Promise<number> {
  const parsed = await parseWithYargs(io, argv, (y) =>
    y
      .scriptName("mpyc run")
      .usage(USAGE)
      .option("path", { alias: "p", type: "string", requiresArg: true, describe: "a directory searched for imported .mpy files (repeatable)" })
      .option("fs", { type: "string", requiresArg: true, describe: "the board's filesystem shows DIR's files at /; the program's writes stay in memory" })
      .option("romfs", { type: "string", describe: "a ROMFS image (mpyc romfs) in the board's ROM: mounted at /rom, imported from in place" })
      .option("trace-hw", { type: "boolean", default: false, describe: "the hardware events as they happen, one stamped line each, between the program's output" })
      .option("heap", { type: "string", requiresArg: true, describe: "the board's heap area (e.g. 16k, 192k, 1m; default 1m): MemoryError where that board would fail" })
      .option("flash", { type: "string", requiresArg: true, describe: "the board's filesystem size (e.g. 256k, 2m; default 1408k, an rp2 Pico's): writes past it are OSError ENOSPC" })
      .option("run-for", { type: "string", requiresArg: true, describe: "stop the program when virtual time reaches TIME (e.g. 10s, 500ms, 2m): a main loop that never ends" })
      .option("timeout", { type: "string", requiresArg: true, describe: "end the run after TIME of host (wall-clock) time, whatever it is doing: status 124" })
      .option("board", {
        type: "string",
        requiresArg: true,
        choices: BOARD_MODELS.map((m) => m.name),
        describe: `the board model whose speed turns bytecode into virtual time (default ${RP2040.name})`,
      })
      .option("mem-report", { type: "boolean", default: false, describe: "after the run: import cost, peak heap, code and constant bytes" })
      .demandCommand(1, 1, "give one FILE", "give one FILE"),
  );
  if ("exit" in parsed) return parsed.exit;
  const args = parsed.args;
  const fail = (message: string) => {
    io.stderr.write(`mpyc run: ${message}\n`);
    return 1;
  };
  const file = String(args._[0]);
  // A repeated --path comes as an array (yargs' duplicate-arguments-array), a single one as a string.
  const dirs = args.path === undefined ? [] : ([] as unknown[]).concat(args.path).map(String);
  const traceHw = args["trace-hw"] === true;
  const memReportWanted = args["mem-report"] === true;
  let heapBytes: number | undefined;
  if (args.heap !== undefined) {
    const n = parseSize(String(args.heap));
    if (n === null) return fail(`bad heap size '${String(args.heap)}' (use bytes, or a number with k or m)`);
    heapBytes = n;
  }
  let flashBytes: number | undefined;
  if (args.flash !== undefined) {
    const n = parseSize(String(args.flash));
    if (n === null || n < 8192) return fail(`bad flash size '${String(args.flash)}' (use bytes, or a number with k or m; at least 8k)`);
    flashBytes = n;
  }
  let runForUs: number | undefined;
  if (args["run-for"] !== undefined) {
    const us = parseDuration(String(args["run-for"]));
    if (us === null) return fail(`bad duration '${String(args["run-for"])}' (use e.g. 10s, 500ms, 2m)`);
    runForUs = us;
  }
  let timeoutMs: number | undefined;
  if (args.timeout !== undefined) {
    const us = parseDuration(String(args.timeout));
    if (us === null || us <= 0) return fail(`bad timeout '${String(args.timeout)}' (use e.g. 10s, 500ms, 2m)`);
    timeoutMs = us / 1000;
  }
  const model = args.board === undefined ? RP2040 : boardModel(String(args.board))!;
  const fsRoot = args.fs === undefined ? undefined : String(args.fs);
  if (fsRoot !== undefined && !fs.statSync(fsRoot, { throwIfNoEntry: false })?.isDirectory()) return fail(`--fs needs a directory, not '${fsRoot}'`);
  let romfs: Uint8Array | undefined;
  const romfsFile = args.romfs === undefined ? "" : String(args.romfs);
  if (args.romfs !== undefined) {
    if (romfsFile === "") return fail("--romfs needs an image file");
    try {
      romfs = readFileLimited(romfsFile);
    } catch (e) {
      if (e instanceof InputTooLargeError) return fail(`ROMFS image '${romfsFile}' is larger than ${MAX_INPUT_SIZE}`);
      return fail(`can't open ROMFS image '${romfsFile}': ${(e as NodeJS.ErrnoException).code ?? "error"}`);
    }
    if (!RomFs.open(romfs)) return fail(`'${romfsFile}' is not a ROMFS image`);
  }
  const plan: RunPlan = { file, dirs, traceHw, memReportWanted, heapBytes, flashBytes, fsRoot, runForUs, timeoutMs, boardName: model.name, romfs, romfsFile };
  if (stoppable) return runStoppable(plan);
  return executePlan(plan, { out: (s) => void process.stdout.write(s), err: (s) => void process.stderr.write(s) });
}

/** What `mpyc run` was asked to do, checked: the file, the search path, the board and the reports. */
export interface RunPlan {
  readonly file: string;
  readonly dirs: readonly string[];
  readonly traceHw: boolean;
  readonly memReportWanted: boolean;
  readonly heapBytes: number | undefined;
  readonly flashBytes: number | undefined;
  readonly fsRoot: string | undefined;
  readonly runForUs: number | undefined;
  /** --timeout: host milliseconds the run may take. */
  readonly timeoutMs: number | undefined;
  /** --board: the board model's name (cycles.ts BOARD_MODELS). */
  readonly boardName: string;
  readonly romfs: Uint8Array | undefined;
  readonly romfsFile: string;
}

/**
 * Runs the plan in a worker thread so that signals reach the run while the VM is busy: the first
 * SIGINT raises KeyboardInterrupt in the program (as the unix port's Ctrl-C), a second one ends the
 * run (status 130); SIGTERM ends it at once (status 143). The worker's JavaScript heap is capped
 * (HOST_MEMORY_MB): a run the board model failed to bound ends as an internal error, not as the
 * host's out-of-memory abort. --timeout is checked in the VM's poll; the main thread ends the worker
 * a moment later if native code never reaches a poll.
 */
async function runStoppable(plan: RunPlan): Promise<number> {
  const { Worker } = await import("node:worker_threads");
  // [0]: the interrupt flag the VM polls; [1]: the --timeout message is written (TIMEOUT_CLAIM).
  const interrupt = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(new URL("./run-worker.js", import.meta.url), {
    workerData: { plan, interrupt },
    resourceLimits: { maxOldGenerationSizeMb: HOST_MEMORY_MB - YOUNG_GENERATION_MB - PROCESS_BASE_MB, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const saved = { SIGINT: process.listeners("SIGINT"), SIGTERM: process.listeners("SIGTERM") };
  process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM");
  let stopped: number | null = null;
  /** The worker reported its status: the backstop has nothing left to stop. */
  let finished = false;
  let sigints = 0;
  const stop = (status: number) => {
    stopped = status;
    void worker.terminate();
    // A worker inside one long native operation (a big-int conversion) only ends when it returns to
    // JavaScript: the process does not wait for it.
    setTimeout(() => exitNow(status), FORCED_EXIT_MS).unref();
  };
  process.on("SIGINT", () => (++sigints === 1 ? Atomics.store(interrupt, 0, 1) : stop(130)));
  process.on("SIGTERM", () => stop(143));
  const backstop =
    plan.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          if (stopped !== null || finished) return;
          // The worker may be writing its own message for the same deadline: one of the two writes it.
          if (Atomics.compareExchange(interrupt, TIMEOUT_CLAIM, 0, 1) !== 0) return;
          process.stderr.write(timeoutMessage(plan.timeoutMs!));
          stop(TIMEOUT_EXIT);
        }, plan.timeoutMs + TIMEOUT_GRACE_MS);
  try {
    return await new Promise<number>((resolve, reject) => {
      let status = 1;
      worker.on("message", (m: { exitCode: number }) => {
        status = m.exitCode;
        finished = true;
      });
      worker.on("error", (e: Error & { code?: string }) => {
        if (e.code !== "ERR_WORKER_OUT_OF_MEMORY") return reject(e);
        if (stopped !== null) return;
        process.stderr.write(`mpyc: internal error: the run reached the host memory limit (${HOST_MEMORY_MB} MB)\n`);
        stopped = INTERNAL_ERROR_EXIT;
      });
      worker.on("exit", () => resolve(stopped ?? status));
    });
  } finally {
    if (backstop !== undefined) clearTimeout(backstop);
    process.removeAllListeners("SIGINT").removeAllListeners("SIGTERM");
    for (const l of saved.SIGINT) process.on("SIGINT", l as () => void);
    for (const l of saved.SIGTERM) process.on("SIGTERM", l as () => void);
  }
}

/** The young generation's share of HOST_MEMORY_MB (V8's semi-spaces). */
const YOUNG_GENERATION_MB = 16;

/** What the process uses besides the worker's heap: Node, the main thread, code (measured: about 70 MB). */
const PROCESS_BASE_MB = 96;

/** How long the process waits for a worker it ended to stop before it exits without it. */
const FORCED_EXIT_MS = 500;

/** How long after --timeout the main thread ends a worker whose VM never reached a poll. */
const TIMEOUT_GRACE_MS = 250;

/** The slot of runStoppable's shared flags that whoever writes the --timeout message sets first. */
const TIMEOUT_CLAIM = 1;

const timeoutMessage = (ms: number) => `mpyc run: stopped after ${ms / 1000} s of host time (--timeout)\n`;

/**
 * Ends the process with `status` without waiting for the worker (Node's exit joins its thread). A
 * signal's status (128 + n) is the signal itself, raised again with its default action, so the
 * parent sees the process killed by it; any other status exits once the worker has stopped.
 */
function exitNow(status: number): void {
  const signal = status === 130 ? "SIGINT" : status === 143 ? "SIGTERM" : null;
  if (signal === null) return void process.exit(status);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
}

/** Where a run's output goes: stdout and stderr. */
export interface RunOutput {
  out(text: string): void;
  err(text: string): void;
}

/**
 * The process's standard input, read when the program asks for it (input(), sys.stdin), as the unix
 * port reads its stdin: the program waits for a line typed or piped in; the end of input (or no
 * stdin at all) is EOF.
 */
function processStdin(): () => Uint8Array | null {
  const chunk = new Uint8Array(4096);
  return () => {
    for (;;) {
      try {
        const n = fs.readSync(0, chunk, 0, chunk.length, null);
        return n === 0 ? null : chunk.slice(0, n);
      } catch (e) {
        // A non-blocking stdin with nothing yet: wait a little and ask again.
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        else return null;
      }
    }
  };
}

/**
 * Reads, compiles if needed, runs and reports, as one run of `mpyc run`; returns the exit status.
 * In a worker thread, `output` must write synchronously (the program may never give the thread's
 * event loop a turn to flush a stream).
 */
export function executePlan(plan: RunPlan, output: RunOutput, interrupt?: Int32Array): number {
  const { file, dirs, traceHw, memReportWanted, heapBytes, flashBytes, fsRoot, runForUs, timeoutMs, romfs, romfsFile } = plan;
  const model: BoardModel = boardModel(plan.boardName) ?? RP2040;
  const fail = (message: string) => {
    output.err(`mpyc run: ${message}\n`);
    return 1;
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileLimited(file);
  } catch (e) {
    if (e instanceof InputTooLargeError) return fail(`'${file}' is larger than ${MAX_INPUT_SIZE}`);
    return fail(`can't open file '${file}': ${(e as NodeJS.ErrnoException).code ?? "error"}`);
  }
  if (file.endsWith(".py")) {
    // The VM runs bytecode only: @micropython.native functions run as bytecode (same results).
    const r = compile(bytes, { sourceName: file, nativeAsBytecode: true });
    if (!r.ok) {
      output.err(formatError(r.error, file, new TextDecoder().decode(bytes)));
      return 1;
    }
    bytes = r.mpy;
  } else if (bytes[0] !== MPY_MAGIC) {
    return fail(`'${file}' is not a .mpy file (a .mpy file begins with 'M'); run a .py or .mpy file`);
  }
  const searchPath = [path.dirname(file), ...dirs];
  /** Sources found where an import looked for a .mpy file: named in a hint if the import fails. */
  const sourcesOnly = new Map<string, string>();
  const findMpy = hostFinder(searchPath);
  const findModule = (name: string): Uint8Array | undefined => {
    const found = findMpy(name);
    if (found === undefined && !sourcesOnly.has(name)) {
      const source = hostModuleFile(searchPath, name, ".py");
      if (source !== undefined) sourcesOnly.set(name, source);
    }
    return found;
  };
  // The end of the output, where an uncaught ImportError's traceback ends (on stdout, as the unix port prints it).
  let tail = "";
  const keep = (t: string) => (tail = (tail + t).slice(-4096));
  // A program inside the --fs directory runs as `micropython PATH` would from that directory.
  const inside = fsRoot === undefined ? null : path.relative(fsRoot, file);
  const scriptPath = inside && !inside.startsWith("..") && !path.isAbsolute(inside) ? inside.split(path.sep).join("/") : undefined;
  const board = new Board(model);
  if (runForUs !== undefined) board.stopAt(runForUs);
  const boardFs = fsRoot !== undefined ? hostDirFs(fsRoot, flashBytes) : undefined;
  if (traceHw) {
    // Streamed as they happen, between the program's own output, and not kept: a run of hours stays small.
    board.log.budget = 0;
    board.log.onEvent = (e) => output.out(formatEvent(e) + "\n");
  }
  const result = runMpy(bytes, {
    compile,
    board,
    findModule,
    write: (t) => {
      keep(t);
      output.out(t);
    },
    writeStderr: (t) => {
      keep(t);
      output.err(t);
    },
    ...(heapBytes !== undefined ? { heapBytes } : {}),
    ...(boardFs !== undefined ? { fs: boardFs } : {}),
    ...(flashBytes !== undefined ? { flashBytes } : {}),
    ...(scriptPath !== undefined ? { scriptPath } : {}),
    ...(romfs !== undefined ? { romfs } : {}),
    ...(interrupt !== undefined ? { interrupt } : {}),
    ...(timeoutMs !== undefined ? { poll: deadlinePoll(timeoutMs) } : {}),
    stdin: processStdin(),
  });
  if (result.stopped === "time") {
    if (interrupt === undefined || interrupt.length <= TIMEOUT_CLAIM || Atomics.compareExchange(interrupt, TIMEOUT_CLAIM, 0, 1) === 0) output.err(timeoutMessage(timeoutMs!));
    return TIMEOUT_EXIT;
  }
  if (result.internalError !== undefined) {
    output.err(`mpyc: internal error: ${result.internalError}\n`);
    return result.exitCode;
  }
  if (result.exitCode !== 0) {
    for (const [name, source] of sourcesOnly) {
      if (!tail.includes(`ImportError: no module named '${name}'`)) continue;
      output.err(`mpyc run: ${source} is not imported: modules come from .mpy files on the host (compile it with \`mpyc ${source}\`, or use --fs)\n`);
    }
  }
  if (boardFs !== undefined && boardFs.leftOut.count > 0) {
    const { count, first } = boardFs.leftOut;
    const kb = Math.round((boardFs.totalBlocks * FLASH_BLOCK) / 1024);
    output.err(`mpyc run: --fs ${fsRoot}: ${count} entr${count === 1 ? "y" : "ies"} did not fit on the board's ${kb} KB flash and were not on it (${first.join(", ")}${count > first.length ? ", ..." : ""}); give a larger --flash\n`);
  }
  if (result.halted === "time-limit") output.err(`mpyc run: stopped at ${runForUs! / 1e6} s of virtual time on ${model.name} (--run-for)\n`);
  if (memReportWanted) {
    try {
      output.out(`board model ${model.name}: ${model.hz / 1e6} MHz, ${Math.round(model.hz / meanCycles(model) / 1000)}k bytecodes per virtual second\n`);
      if (result.importCost) {
        // The import cost as a program measures it, on a fresh VM: the module imported by name.
        const board = new Board(model);
        if (runForUs !== undefined) board.stopAt(runForUs);
        const options = {
          compile,
          board,
          ...(heapBytes !== undefined ? { heapBytes } : {}),
          ...(fsRoot !== undefined ? { fs: hostDirFs(fsRoot, flashBytes) } : {}),
          ...(flashBytes !== undefined ? { flashBytes } : {}),
          ...(romfs !== undefined ? { romfs } : {}),
          ...(timeoutMs !== undefined ? { poll: deadlinePoll(timeoutMs) } : {}),
        };
        let note: string | undefined;
        let cost = result.importCost;
        try {
          const { module, measured } = measureProgramImport({ file, bytes, dirs, ...(scriptPath !== undefined ? { scriptPath } : {}), options });
          if (measured.cost) cost = measured.cost;
          else note = `the main module alone: importing '${module}' failed: ${lastLine(measured.error)}`;
        } catch (e) {
          if (e instanceof RunStopped || e instanceof MachineHalt) note = "the main module alone: importing it did not return";
          else throw e;
        }
        output.out(formatMemReport(memReport(result.heap!, cost), path.basename(file), note));
      }
      if (romfs !== undefined) output.out(`  ROM image:       ${romfs.length} bytes in ROM, mounted at /rom (${path.basename(romfsFile)})\n`);
    } catch {
      // A file the loader refused has no report; its error was printed.
    }
  }
  return result.exitCode;
}

const lastLine = (text: string) => text.trim().split("\n").pop() ?? "";

/** The VM's pending check for --timeout: every so often it reads the wall clock and stops the run once the time is up. */
function deadlinePoll(timeoutMs: number): () => void {
  const end = performance.now() + timeoutMs;
  let count = 0;
  return () => {
    if (++count % TIMEOUT_CHECK_EVERY === 0 && performance.now() >= end) throw new RunStopped("time");
  };
}
