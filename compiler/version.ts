// mpyc's version and the --version line mpy-cross prints (mpy-cross/main.c). Tools find the .mpy
// version in it by matching "mpy-cross emitting mpy v6.3", so that tail stays exactly as v1.27.0's.

/** The package's version (package.json says the same; a test checks it). */
export const MPYC_VERSION = "0.1.0";
export const VERSION_LINE = `MicroPython v1.27.0 (mpyc ${MPYC_VERSION}); mpy-cross emitting mpy v6.3`;
