// The --version line. Tools find the .mpy version in it by matching "mpy-cross emitting mpy v6.3",
// so that tail stays exactly as mpy-cross v1.27.0 prints it.

export const MPYC_VERSION = "0.1.0";
export const VERSION_LINE = `MicroPython v1.27.0 (mpyc ${MPYC_VERSION}); mpy-cross emitting mpy v6.3`;
