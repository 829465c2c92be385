// The platform module (extmod/modplatform.c) with the strings the v1.27.0 WebAssembly port was built
// with: its platform() names no architecture and no libc, its compiler is Emscripten's Clang.

import { checkArgCount } from "../objects/args.js";
import { PyTuple, type Namespace } from "../objects/value.js";
import { jsFn, ns } from "../objects/native.js";

const PLATFORM = "Unix-1.27.0---with-";
const COMPILER = "Clang 22.0.0";

export function platformNamespace(): Namespace {
  // One constant tuple, as in ROM.
  const libc = new PyTuple(["", ""]);
  return ns("platform", {
    // platform() and libc_ver() ignore whatever arguments they are given, as MicroPython's do.
    platform: jsFn("platform", () => PLATFORM),
    python_compiler: jsFn("python_compiler", (a, kw) => (checkArgCount(a, kw, 0, 0), COMPILER)),
    libc_ver: jsFn("libc_ver", () => libc),
  });
}
