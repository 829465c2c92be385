// The runtime's public entry point (`mpyc/runtime`): runs .mpy bytes on the virtual board, in Node
// or a browser. Only re-exports: nothing here touches the file system (hostfs stays out of it).
// Corresponds to what a port's main.c offers its host: execute a module, report what it printed.

export { Runtime, runMpy, tracebackText, DEFAULT_HEAP_BYTES, type RunOptions, type RunResult } from "./run.js";
export { loadMpy, LoadError } from "./loader.js";
export { Board, MachineHalt, type I2CDevice, type SpiDevice } from "./machine/board.js";
export { formatEvent, formatTrace, type HwEvent } from "./machine/events.js";
export { VirtualFs, type HostTree } from "./modules/os.js";
