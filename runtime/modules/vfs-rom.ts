// vfs.VfsRom (extmod/vfs_rom.c, vfs_rom_file.c): a read-only filesystem over a ROMFS image in
// any buffer, mountable with vfs.mount. Its files are read in place: a binary one lends its data
// as a buffer at its address within the image (memoryview(f), uctypes.addressof(f)), and a .mpy
// imported from one keeps its str and bytes constants there, as MicroPython memory-maps them.

import { ObjTag } from "../../bytecode/mpy-tags.js";
import { staticQstrIndex } from "../../bytecode/qstr-static.js";
import type { CompiledModule, ConstObject } from "../../bytecode/rawcode.js";
import { decodeUint } from "../../bytecode/varint.js";
import { EINVAL, EISDIR, ENOENT, S_IFDIR, S_IFREG } from "../board/fs.js";
import { RomFs, type Cursor } from "../board/romfs.js";
import { checkArgCount } from "../objects/args.js";
import { typeError } from "../objects/exceptions.js";
import { PyIterator } from "../objects/iter.js";
import { charge, chargeStr, mem } from "../memory/charge.js";
import { bytesOf, truthy } from "../objects/ops.js";
import { PyBytes, PyTuple, type KwArgs, type PyType, type Value } from "../objects/value.js";
import { setArity, STREAM_ARITY } from "./arity.js";
import { nativeClass, NativeObject, strOrBytes } from "../objects/native.js";
import { lineIterator, Stream, streamMethods } from "./stream.js";
import { addressOf } from "./uctypes.js";
import { addressSpace } from "./uctypes-memory.js";
import { osError } from "../lib/host-error.js";
import { hostCall } from "../objects/exceptions.js";

const ENODEV = 19;
const EPERM = 1;
const EROFS = 30;
const EOPNOTSUPP = 95;
const IOCTL_CLOSE = 4;

// Object sizes on a 32-bit port: mp_obj_vfs_rom_t and mp_obj_vfs_rom_file_t take four words, the
// ilistdir iterator six.
const VFS_ROM_BYTES = 16;
const FILE_BYTES = 16;
const LISTDIR_BYTES = 32;

/** A mounted or standalone ROM filesystem: the buffer object it reads and the image in it. */
class RomVolume {
  constructor(
    readonly memory: Value,
    readonly fs: RomFs,
  ) {}

  /** Where byte `offset` of the image is in the board's address space. */
  address(offset: number): number {
    return addressOf(this.memory) + offset;
  }

  find(path: Value) {
    return this.fs.search(new TextEncoder().encode(strOrBytes(path)));
  }
}

class RomVfsObject extends NativeObject<RomVolume> {
  heapBytes(): number {
    return VFS_ROM_BYTES;
  }
  heapRefs(): Value[] {
    return [this.js.memory];
  }
}

// ---- files ----

/** An open ROM file: a position in data that never changes; closing does nothing. */
class RomFileStream extends Stream {
  private pos = 0;
  constructor(
    readonly isText: boolean,
    readonly volume: RomVolume,
    /** The file's data: a view into the image. */
    readonly data: Uint8Array,
    /** Its offset in the image. */
    readonly offset: number,
  ) {
    super();
  }

  override read(into: Uint8Array): number {
    const n = Math.min(into.length, this.data.length - this.pos);
    into.set(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }

  /** Past the end stops at the end; before the start is EINVAL. */
  override seek(offset: number, whence: number): number {
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.data.length;
    const to = base + offset;
    if (to < 0) throw osError(EINVAL);
    this.pos = Math.min(to, this.data.length);
    return this.pos;
  }

  override ioctl(request: number): number {
    if (request === IOCTL_CLOSE) return 0;
    throw osError(EINVAL);
  }
}

/** Data lent by ROM files, by the view lent: what an import reads from the image. */
const lent = new WeakMap<Uint8Array, RomFileStream>();

class RomFileObject extends NativeObject<Stream> {
  /** A binary file lends its data (vfs_rom_file_get_buffer, for reading only). */
  get bytes(): Uint8Array | undefined {
    const s = this.js as RomFileStream;
    if (s.isText) return undefined;
    lent.set(s.data, s);
    return s.data;
  }
  /** The address uctypes.addressof gives: the data's place in the image. */
  address(): number {
    const s = this.js as RomFileStream;
    if (s.isText) throw typeError("object with buffer protocol required");
    return s.volume.address(s.offset);
  }
  heapBytes(): number {
    return FILE_BYTES;
  }
  heapRefs(): Value[] {
    return [(this.js as RomFileStream).volume.memory];
  }
}

const FILE_METHODS = ["read", "readinto", "readline", "readlines", "seek", "tell", "close", "__enter__", "__exit__"];

function romFileClass(name: string): PyType {
  return nativeClass<Stream>(name, {
    methods: streamMethods(FILE_METHODS),
    protocols: { iter: (s) => lineIterator(s) },
  });
}
const ROM_FILE_IO = romFileClass("FileIO");
setArity(ROM_FILE_IO, STREAM_ARITY);
const ROM_TEXT_IO = romFileClass("TextIOWrapper");
setArity(ROM_TEXT_IO, STREAM_ARITY);

/** mp_vfs_rom_file_open: 'w', 'a' or '+' anywhere in the mode is EROFS; 'b' and 't' pick the type. */
function openFile(v: RomVolume, path: Value, modeArg: Value): Value {
  let binary = false;
  for (const c of strOrBytes(modeArg)) {
    if (c === "w" || c === "a" || c === "+") throw osError(EROFS);
    if (c === "b") binary = true;
    else if (c === "t") binary = false;
  }
  charge(FILE_BYTES);
  const found = v.find(path);
  if (!found) throw osError(ENOENT);
  if (found.kind === "dir") throw osError(EISDIR);
  const stream = new RomFileStream(!binary, v, v.fs.bytes(found), found.start);
  return new RomFileObject(binary ? ROM_FILE_IO : ROM_TEXT_IO, stream);
}

// ---- the filesystem ----

/** The iterator ilistdir gives (vfs_rom_ilistdir_it_t): entries made as they are asked for. */
class ListdirIterator extends PyIterator {
  constructor(
    readonly volume: RomVolume,
    next: () => Value,
  ) {
    super(next);
  }
  heapBytes(): number {
    return LISTDIR_BYTES;
  }
  heapRefs(): Value[] {
    return [this.volume.memory];
  }
}

function ilistdir(v: RomVolume, path: Value): Value {
  // Allocated before the lookup, as MicroPython does; PyIterator charges the first block.
  charge(LISTDIR_BYTES - 16);
  const asStr = typeof path === "string";
  const found = v.find(path);
  if (found?.kind !== "dir") throw osError(ENOENT);
  const cursor: Cursor = { at: found.start, top: found.start + found.size };
  return new ListdirIterator(v, () => {
    const e = v.fs.nextEntry(cursor);
    if (!e) return undefined;
    let name: Value;
    if (asStr) {
      name = new TextDecoder().decode(e.name);
      chargeStr(name);
    } else name = new PyBytes(e.name.slice());
    return new PyTuple([name, e.dir ? S_IFDIR : S_IFREG, 0, e.size]);
  });
}

function stat(v: RomVolume, path: Value): Value {
  const found = v.find(path);
  if (!found) throw osError(ENOENT);
  return new PyTuple([found.kind === "file" ? S_IFREG : S_IFDIR, 0, 0, 0, 0, 0, found.size, 0, 0, 0]);
}

export const VFS_ROM: PyType = nativeClass<RomVolume>("VfsRom", {
  methods: {
    mount: (_v, a) => {
      if (truthy(a[1]!)) throw osError(EPERM);
      return null;
    },
    umount: (_v, _a, _kw, obj) => obj,
    open: (v, a) => openFile(v, a[0]!, a[1]!),
    // Only the filesystem's root can be the current directory.
    chdir: (_v, a) => {
      if (strOrBytes(a[0]!) !== "/") throw osError(EOPNOTSUPP);
      return null;
    },
    getcwd: () => "",
    ilistdir: (v, a) => ilistdir(v, a[0]!),
    stat: (v, a) => stat(v, a[0]!),
    statvfs: (v) => new PyTuple([1, 0, v.fs.size, 0, 0, 0, 0, 0, 0, 32767]),
  },
});
// Every method's arguments are fixed, self included (MP_DEFINE_CONST_FUN_OBJ_1/2/3).
setArity(VFS_ROM, { mount: [3, 3], umount: [1, 1], open: [3, 3], chdir: [2, 2], getcwd: [1, 1], ilistdir: [2, 2], stat: [2, 2], statvfs: [2, 2] });

VFS_ROM.make = (cls: PyType, a: Value[], kw: KwArgs | null) =>
  hostCall(() => {
    checkArgCount(a, kw, 1, 1);
    const memory = a[0]!;
    charge(VFS_ROM_BYTES);
    // Any buffer will do, a str's UTF-8 data included.
    const image = typeof memory === "string" ? new TextEncoder().encode(memory) : bytesOf(memory);
    if (image === null) throw typeError("object with buffer protocol required");
    const fs = RomFs.open(image);
    if (!fs) throw osError(ENODEV);
    return new RomVfsObject(cls, new RomVolume(memory, fs));
  });

// ---- importing from the image ----

/**
 * A .mpy read from a ROM file (`data` as the file lent it): its str and bytes constants and its
 * new qstrs get addresses inside the image, where MicroPython's loader leaves them
 * (mp_reader_try_read_rom). Nothing happens for data from anywhere else.
 */
export function mapRomConstants(data: Uint8Array, module: CompiledModule): void {
  const file = lent.get(data);
  if (!file) return;
  const places = mpyDataOffsets(data);
  if (!places) return;
  const base = file.volume.address(file.offset);
  const qstrs = new Set<string>();
  module.qstrs.forEach((q, i) => {
    const at = places.qstrs[i];
    if (at === undefined || staticQstrIndex(q) !== undefined || mem.interned.has(q)) return;
    qstrs.add(q);
    addressSpace.place(q, base + at);
  });
  const mapConst = (c: ConstObject, at: Place) => {
    if (c.kind === "tuple") c.items.forEach((item, i) => mapConst(item, (at as Place[] | undefined)?.[i]));
    if (typeof at !== "number") return;
    // A str equal to a qstr is that qstr, in ROM only when this file brought it.
    if (c.kind === "str" && staticQstrIndex(c.value) === undefined && !mem.interned.has(c.value) && !qstrs.has(c.value)) addressSpace.place(c.value, base + at);
    if (c.kind === "bytes" && c.value.length) addressSpace.place(c.value, base + at);
  };
  module.consts.forEach((c, i) => mapConst(c, places.consts[i]));
}

/** Where a constant's data is in a .mpy file; a tuple's items each have theirs. */
type Place = number | undefined | Place[];

/**
 * Where a .mpy file keeps the data of each qstr and each top-level constant (py/persistentcode.c's
 * layout: header, counts, qstrs, then constants), by table index; null for what it cannot read.
 */
function mpyDataOffsets(b: Uint8Array): { qstrs: (number | undefined)[]; consts: Place[] } | null {
  let at = 4;
  const uint = (): number | null => {
    const d = decodeUint(b, at);
    if (!d) return null;
    at = d.next;
    return d.value;
  };
  if (b.length < 4 || (b[2]! & 0x40 && uint() === null)) return null;
  const nQstr = uint();
  const nObj = uint();
  if (nQstr === null || nObj === null) return null;
  const qstrs: (number | undefined)[] = [];
  for (let i = 0; i < nQstr; i++) {
    const len = uint();
    if (len === null) return null;
    // An odd length is a static qstr's index: no data.
    if (len & 1) qstrs.push(undefined);
    else {
      qstrs.push(at);
      at += (len >> 1) + 1;
    }
  }
  const object = (): Place | null => {
    const tag = b[at++];
    if (tag === undefined) return null;
    if (tag <= ObjTag.ELLIPSIS) return undefined;
    const len = uint();
    if (len === null) return null;
    if (tag === ObjTag.TUPLE) {
      const items: Place[] = [];
      for (let i = 0; i < len; i++) {
        const item = object();
        if (item === null) return null;
        items.push(item);
      }
      return items;
    }
    const start = at;
    // str and bytes data end in a NUL, which MicroPython's ROM strings rely on.
    at += len + (tag === ObjTag.STR || tag === ObjTag.BYTES ? 1 : 0);
    return start;
  };
  const consts: Place[] = [];
  for (let i = 0; i < nObj; i++) {
    const place = object();
    if (place === null) return null;
    consts.push(place);
  }
  return { qstrs, consts };
}
