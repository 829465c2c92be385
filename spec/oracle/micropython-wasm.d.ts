// Types for the MicroPython WebAssembly package, which ships none.
declare module "@micropython/micropython-webassembly-pyscript" {
  export function loadMicroPython(options: {
    heapsize?: number;
    stdout?: (line: string) => void;
    stderr?: (line: string) => void;
  }): Promise<unknown>;
}
