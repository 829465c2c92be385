// The freezer's public entry point (`mpyc/freezer`): compiled modules -> frozen-module C source
// (tools/mpy-tool.py --freeze), and a tree of names and bytes -> a ROMFS image (mpremote romfs
// build). Both take data, not paths, and run in a browser as in Node.

export {
  freezeModules,
  FreezeError,
  parseQstrHeader,
  DEFAULT_FIRMWARE_QSTRS,
  LONGINT_IMPLS,
  MPZ_DIGIT_SIZES,
  type FreezeInput,
  type FreezeOptions,
  type FirmwareQstrs,
  type LongIntImpl,
} from "./freeze.js";
export { buildRomfs, RomfsError, type RomfsTree } from "./romfs.js";
