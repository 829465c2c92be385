// The --version line, shared with the compiler's mpy-cross-style API (compiler/version.ts).

export { MPYC_VERSION, VERSION_LINE } from "../compiler/version.js";
