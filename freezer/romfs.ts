// Writing a ROMFS image, the read-only filesystem MicroPython mounts at /rom (extmod/vfs_rom.c), as
// `mpremote romfs build` lays it out: each directory's entries in sorted order, every file's data
// stored verbatim inside its file record, and the filesystem record's length padded with one
// redundant 0x80 byte when that makes the image's length even. Browser-safe: a tree in, bytes out.

import { KIND_DATA_VERBATIM, KIND_DIRECTORY, KIND_FILE, ROMFS_HEADER } from "../bytecode/romfs-format.js";
import { encodeUint } from "../bytecode/varint.js";

/** A directory: names to file contents or subdirectories. Entries are written sorted by name, whatever the order here. */
export type RomfsTree = ReadonlyMap<string, Uint8Array | RomfsTree> | { readonly [name: string]: Uint8Array | RomfsTree };

export class RomfsError extends Error {
  override name = "RomfsError";
}

function entries(dir: RomfsTree): [string, Uint8Array | RomfsTree][] {
  const list = dir instanceof Map ? [...(dir as ReadonlyMap<string, Uint8Array | RomfsTree>)] : Object.entries(dir);
  // Names are ASCII, so code-unit order is Python's sorted() order.
  return list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A name's bytes: ASCII only (mpremote encodes names as ASCII), one path component. */
function nameBytes(name: string): number[] {
  if (name === "" || name === "." || name === ".." || name.includes("/")) throw new RomfsError(`'${name}' is not a file name`);
  const out: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7f) throw new RomfsError(`'${name}': ROMFS names must be ASCII`);
    out.push(c);
  }
  return out;
}

/** Bytes built from parts without copying each part more than once per nesting level. */
class Parts {
  readonly list: (number[] | Uint8Array)[] = [];
  length = 0;
  push(p: number[] | Uint8Array): void {
    this.list.push(p);
    this.length += p.length;
  }
  /** Wraps the parts so far as the payload of one record of `kind`. */
  record(kind: number, into: Parts): void {
    const head: number[] = [];
    encodeUint(kind, head);
    encodeUint(this.length, head);
    into.push(head);
    for (const p of this.list) into.push(p);
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const p of this.list) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
}

function isDir(v: Uint8Array | RomfsTree): v is RomfsTree {
  return !(v instanceof Uint8Array);
}

function writeDir(dir: RomfsTree, out: Parts): void {
  for (const [name, value] of entries(dir)) {
    const body = new Parts();
    const n = nameBytes(name);
    const len: number[] = [];
    encodeUint(n.length, len);
    body.push(len);
    body.push(n);
    if (isDir(value)) {
      writeDir(value, body);
      body.record(KIND_DIRECTORY, out);
    } else {
      const data = new Parts();
      data.push(value);
      data.record(KIND_DATA_VERBATIM, body);
      body.record(KIND_FILE, out);
    }
  }
}

/** The ROMFS image of a tree, byte for byte as mpremote's VfsRomWriter makes it for the same files. */
export function buildRomfs(tree: RomfsTree): Uint8Array {
  const body = new Parts();
  writeDir(tree, body);
  const len: number[] = [];
  encodeUint(body.length, len);
  // An odd total gets a leading 0x80 on the length: the same number, one byte longer.
  if ((ROMFS_HEADER.length + len.length + body.length) % 2 === 1) len.unshift(0x80);
  const image = new Parts();
  image.push([...ROMFS_HEADER]);
  image.push(len);
  for (const p of body.list) image.push(p);
  return image.bytes();
}
