// The one error the .mpy reader and validator throw. MicroPython raises ValueError with the same
// text for header problems ("incompatible .mpy file"); the runtime's loader maps it to that.

export class MpyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MpyFormatError";
  }
}
