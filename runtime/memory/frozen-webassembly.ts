// The frozen Python packages of MicroPython v1.27.0's WebAssembly port (pyscript variant), as the
// heap sees their import: each allocation and free in py/gc.c's order, from the package's module
// objects to the objects its bodies make. Data for frozen-place.ts; checked by spec/memory/frozen-asyncio.spec.ts.

/**
 * One import script, its steps separated by spaces (the N-th allocation counted from 0 over the
 * whole script):
 * - `16`: an allocation of 16 bytes the import leaves as garbage; `16k`: one it keeps (a module,
 *   its globals and their table, a class, its dict, a function, a module-level instance...);
 * - `-7`: m_del of the allocation numbered 7 (a replaced hash table, a vstr's buffer);
 * - `S:name`: the import machinery interns `name` (a relative import makes the dotted name at
 *   run time) unless the firmware has it, then mp_obj_new_module adds it to sys.modules (whose
 *   table may grow) before allocating the module;
 * - `I:name`: the body imports `name` through the ordinary import (a built-in on a board; on the
 *   WebAssembly VM a file on sys.path or a frozen package may stand in for it).
 */
export type FrozenScript = string;

/**
 * `import asyncio`: the port's own asyncio package (ports/webassembly/asyncio: `__init__`, which
 * imports funcs, event and lock eagerly, and a core scheduled by JavaScript timers), with
 * extmod/asyncio's funcs, event and lock; TaskQueue and Task are the C module `_asyncio`. Bytecode,
 * qstrs and constants are in ROM. Recorded on a 32-bit build of the same MicroPython with the same
 * frozen files, py/gc.c's allocations traced; sys.modules' growth and the importer's own stores
 * left out (the VM makes them); checked against the WebAssembly VM's allocation table.
 */
export const ASYNCIO_IMPORT: FrozenScript = [
  "S:asyncio 16k 16k 8 16k 16k 16 -2 32 -5 16 12",
  "S:asyncio.core 16k 16k 8 16 -11 16 20 I:time 32 -12 48 -15 64 -16 16 80 -17 16 16k 16k 12 64k 96 -19 16 16k",
  "16k 12 64k 16k 24k 136 -25 16 16k 16 16k 32 -36 16k 16k 48k -38 60k 16k 16k 16k 12 20k 16k 16 16k 16 16k 8k",
  "32k -51 16k 8k 60k 184 -33 16 16k 16 16k 32 -61 12 20k 12 20k 48 -63 16k 16k 64k -68 60k 16k 16k 16k 16k",
  "32k 232 -58 16 16k 16 32 -81 16k 16k 48 -82 16k 16k 64 -85 16k 16k 80k -88 60k 16k 16k 16k 12k 296k -78 48",
  "-6 64 -98 80 -99 96 -100 136 -101 184 -102 232 -103 20",
  "S:asyncio.funcs 16k 16k 8 16 -108 16 12 32 -109 16k 12 20k 48 -112 16k 16 16k 16 16k 8k 32k -120 60k 64k",
  "-116 16k 16k 20k 296k -104 12",
  "S:asyncio.event 16k 16k 8 16 -133 16 12 32 -134 16 16k 16 16k 32 -140 16k 16k 48 -142 16k 16k 64k -145 60k",
  "I:io 48k -137 16 16k 16 16k 32 -153 16k 16k 48 -155 16k 16k 64k -158 12 68k 12",
  "S:asyncio.lock 16k 16k 8 16 -167 16 12 32k -168 16 16k 16 16k 32 -174 16k 16k 48 -176 16k 16k 64k -179 16k",
  "60k",
].join(" ");

/**
 * Module names of the frozen packages that are qstrs of the firmware (proxy_c.c names
 * `asyncio.core`); the others are interned when first imported. Checked by micropython.qstr_info(1).
 */
export const WEBASSEMBLY_FROZEN_QSTRS: ReadonlySet<string> = new Set(["asyncio.core"]);

/** The frozen packages of the port, by the name a program imports. */
export const WEBASSEMBLY_FROZEN: ReadonlyMap<string, FrozenScript> = new Map([["asyncio", ASYNCIO_IMPORT]]);
