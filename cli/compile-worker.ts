// The body of a compile run on a thread with a large stack (cli/deep-compile.ts): takes the source
// and options, gives back the .mpy bytes (and source map), or the compile error's fields.

import { parentPort, workerData } from "node:worker_threads";
import { writeMpy } from "../bytecode/mpy-write.js";
import { compile, InternalError } from "../compiler/index.js";
import type { DeepRequest, DeepResponse } from "./deep-compile.js";

async function run(req: DeepRequest): Promise<DeepResponse> {
  try {
    const r = compile(req.source, req.options);
    if (!r.ok) {
      const e = r.error;
      return { error: { code: e.code, offset: e.offset, scopeName: e.scopeName, message: e.message, lineDelta: e.lineDelta } };
    }
    const mpy = req.archFlags ? writeMpy({ ...r.module, archFlags: req.archFlags }) : r.mpy;
    if (!req.sourceMap) return { mpy };
    const { sourceMap } = await import("../compiler/sourcemap.js");
    return { mpy, map: sourceMap(r.module, req.sourceMap.sourceName, req.sourceMap.base, new TextDecoder().decode(req.source)) };
  } catch (e) {
    return { internal: e instanceof InternalError ? e.message : String(e) };
  }
}

void run(workerData as DeepRequest).then((res) => parentPort!.postMessage(res));
