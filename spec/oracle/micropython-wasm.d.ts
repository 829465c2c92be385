// Types for the MicroPython WebAssembly package, which ships none.
declare module "@micropython/micropython-webassembly-pyscript" {
  export function loadMicroPython(options: {
    heapsize?: number;
    /** Python value stack in words (the port's default is 2048). */
    pystack?: number;
    /** Where to read the .wasm from instead of the package's own (a path under Node). */
    url?: string;
    stdout?: (line: string) => void;
    stderr?: (line: string) => void;
  }): Promise<unknown>;
}
