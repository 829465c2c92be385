// .mpy bytes -> CompiledModule for the VM, through the one format reader (bytecode/mpy-read.ts).
// A malformed file becomes a Python-level ValueError description: the header text is
// MicroPython's own "incompatible .mpy file" (py/persistentcode.c); other faults keep the
// reader's precise message.

import { MpyFormatError, readMpy } from "../../bytecode/mpy-read.js";
import type { CompiledModule } from "../../bytecode/rawcode.js";
import { HostError } from "../lib/host-error.js";

export function loadMpy(bytes: Uint8Array): CompiledModule {
  // MicroPython reads a missing header byte as 0xff (MP_READER_EOF), so a file shorter than its
  // header is an incompatible one rather than a truncated one.
  if (bytes.length < 4) throw new HostError("ValueError", "incompatible .mpy file");
  try {
    return readMpy(bytes);
  } catch (e) {
    if (e instanceof MpyFormatError) throw new HostError("ValueError", e.message);
    throw e;
  }
}
