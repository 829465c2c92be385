// Worker thread of the fuzzing sandbox (sandbox.ts): checks one case of a named property per
// message and answers with null or the failure's explanation.

import { parentPort } from "node:worker_threads";
import { checkByName } from "./properties.js";
import { inProcess } from "./sandbox.js";

const local = inProcess(checkByName);

parentPort?.on("message", async (m: { id: number; property: string; value: unknown; timeoutMs: number }) => {
  const error = await local.check(m.property, m.value, m.timeoutMs);
  parentPort?.postMessage({ id: m.id, error });
});
