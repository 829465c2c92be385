// The thread `mpyc run` runs a program in (cli/run.ts runStoppable): the main thread keeps
// listening for signals and sets the interrupt flag this run's VM polls. Output is written to the
// process's stdout and stderr directly and at once: a busy program never lets this thread's event
// loop flush a stream.

import * as fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { executePlan, type RunPlan } from "./run.js";

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(fd, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A reader that went away (`mpyc run x.py | head`) ends the run, as it ends the main thread's output.
      if (code === "EPIPE") {
        parentPort!.postMessage({ exitCode: 0 });
        process.exit(0);
      }
      // A full pipe that is not blocking: try again.
      if (code !== "EAGAIN") throw e;
    }
  }
}

const { plan, interrupt } = workerData as { plan: RunPlan; interrupt: Int32Array };
const output = { out: (t: string) => writeAll(1, t), err: (t: string) => writeAll(2, t) };
parentPort!.postMessage({ exitCode: executePlan(plan, output, interrupt) });
