// Saves a failing fuzz case under corpus/fuzz/ as a regression: the input and what the VM makes of
// it (expected output, or its syntax verdict), named after the property and a hash of the input.
// regressions.spec.ts checks every file saved there.

import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Property } from "./properties.js";
import type { Failure } from "./runner.js";

/** corpus/fuzz/ of the project, found from this file whether it runs as TypeScript or from dist/. */
export function fuzzCorpusDir(): string {
  let dir = import.meta.dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) || !fs.existsSync(path.join(dir, "corpus"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("project root not found");
    dir = up;
  }
  return path.join(dir, "corpus", "fuzz");
}

export async function saveRegression<T>(prop: Property<T>, f: Failure): Promise<string> {
  const files = await prop.regression(f.value as T);
  const main = files[0]!.content;
  const hash = createHash("sha256").update(typeof main === "string" ? main : Buffer.from(main)).digest("hex").slice(0, 10);
  const dir = fuzzCorpusDir();
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${prop.name}-${hash}`);
  for (const file of files) fs.writeFileSync(base + file.name, file.content);
  return `${path.relative(process.cwd(), base)}{${files.map((x) => x.name).join(",")}}`;
}
