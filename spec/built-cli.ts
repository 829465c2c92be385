// The mpyc command as the tests run it: dist/cli/main.js, built first when it is not there (a test run
// on a clean checkout, or one spec file run alone). Test support only.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, "..");

/** The built mpyc command's path, building the project once if it is missing. */
export function builtCli(): string {
  const cli = path.join(ROOT, "dist/cli/main.js");
  if (!fs.existsSync(cli)) spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
  return cli;
}
