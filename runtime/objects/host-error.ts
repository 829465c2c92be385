// The one error type library code throws for a Python-level failure: the Python exception's type
// name, its message and, for OSError, the errno. objects/exceptions.ts toPyException is the one place
// that turns it into a Python exception; any other JavaScript error inside the VM is an internal error.

export class HostError extends Error {
  constructor(
    /** The Python exception type's name, e.g. "ValueError", "OSError". */
    readonly pyType: string,
    message: string,
    /** OSError's errno (the exception's first argument); absent for other types. */
    readonly errno?: number,
  ) {
    super(message);
    this.name = pyType;
  }
}
