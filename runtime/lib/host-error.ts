// The one error type library code throws for a Python-level failure: the Python exception type's
// name, its message and, for OSError, the errno. objects/exceptions.ts hostException is the one
// place that turns it into a Python exception; any other JavaScript error inside the VM is an
// internal error that stops the run (py/runtime.c's mp_raise_* family, as data).

import { osErrorText } from "./sysinfo.js";

export class HostError extends Error {
  constructor(
    /** The Python exception type's name, e.g. "ValueError", "OSError". */
    readonly pyType: string,
    /** The exception's message; "" makes an exception without arguments. */
    message: string,
    /** OSError's errno (then the exception's only argument). */
    readonly errno?: number,
  ) {
    super(message);
    this.name = pyType;
  }
}

/** mp_raise_OSError(errno): OSError with the errno as its argument ("[Errno 2] ENOENT" in messages). */
export function osError(errno: number): HostError {
  return new HostError("OSError", osErrorText(errno), errno);
}

/** An OSError from library code, with `errno` if given. */
export function isOsError(e: unknown, errno?: number): e is HostError & { errno: number } {
  return e instanceof HostError && e.pyType === "OSError" && e.errno !== undefined && (errno === undefined || e.errno === errno);
}
