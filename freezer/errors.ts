// The one error the freezer raises for input it cannot freeze (mpy-tool's FreezeError), as
// opposed to a bug in the freezer itself.

export class FreezeError extends Error {
  override name = "FreezeError";
}
