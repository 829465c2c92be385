// The MicroPython VM's verdict on source given as bytes (the oracle's compileVerdict): null if its
// compiler accepts the exact bytes, as mpy-cross would read them from a file, else the error kind,
// message and line.

export { compileVerdict as vmVerdict, type Verdict } from "../oracle/micropython.js";
