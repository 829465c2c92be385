// Reading a ROMFS image (the format of extmod/vfs_rom.c, written by mpremote romfs): records of a
// varuint kind, a varuint payload length and the payload, nested for directories, inside one
// filesystem record whose encoded kind spells "RM1". Lookups and listings walk the records as the
// C code does, so a corrupt image fails the same way (a lookup finds nothing, a listing stops).

import { KIND_DATA_POINTER, KIND_DATA_VERBATIM, KIND_DIRECTORY, KIND_FILE, KIND_FILESYSTEM, KIND_UNUSED, ROMFS_HEADER } from "../../bytecode/romfs-format.js";

const SIZE_MIN = 4;

/** A span of the image: where it starts and how many bytes it has. */
export interface Span {
  readonly start: number;
  readonly size: number;
}

export interface Found extends Span {
  readonly kind: "file" | "dir";
}

export interface Entry {
  readonly name: Uint8Array;
  readonly dir: boolean;
  /** A file's data size, or a directory's payload size after its name. */
  readonly size: number;
}

/** Where a listing is: the next record and the end of the directory's records. */
export interface Cursor {
  at: number;
  top: number;
}

/** mp_decode_uint_checked: a big-endian base-128 number, wrapping as a 32-bit mp_uint_t; null past `max`. */
function decodeUint(image: Uint8Array, pos: { at: number }, max: number): number | null {
  let n = 0;
  let b: number;
  let p = pos.at;
  do {
    if (p >= max) return null;
    b = image[p++]!;
    n = ((n << 7) | (b & 0x7f)) >>> 0;
  } while (b & 0x80);
  pos.at = p;
  return n;
}

export class RomFs {
  private constructor(
    readonly image: Uint8Array,
    /** The filesystem record's payload: where every other record lies. */
    readonly start: number,
    readonly end: number,
  ) {}

  /** vfs_rom_make_new's checks: null when the buffer holds no ROMFS (ENODEV). */
  static open(image: Uint8Array): RomFs | null {
    if (image.length < SIZE_MIN || ROMFS_HEADER.some((b, i) => image[i] !== b)) return null;
    const pos = { at: 0 };
    const rec = readRecord(image, pos, image.length);
    if (rec?.kind !== KIND_FILESYSTEM || rec.next > image.length) return null;
    return new RomFs(image, pos.at, rec.next);
  }

  /** The filesystem's size in bytes (statvfs's block count). */
  get size(): number {
    return this.end - this.start;
  }

  /** mp_vfs_rom_search_filesystem: the file's data or the directory's records at `path`, or null. */
  search(path: Uint8Array): Found | null {
    let p = path[0] === 0x2f ? 1 : 0;
    let fs = this.start;
    let top = this.end;
    while (p < path.length && fs < top) {
      const pos = { at: fs };
      const rec = readRecord(this.image, pos, top);
      if (!rec) return null;
      fs = pos.at;
      if (rec.kind !== KIND_DIRECTORY && rec.kind !== KIND_FILE) {
        fs = rec.next;
        continue;
      }
      const nameLen = decodeUint(this.image, pos, Math.min(rec.next, this.end));
      if (nameLen === null) return null;
      fs = pos.at;
      const rest = path.length - p;
      const fits = nameLen === rest || (nameLen < rest && path[p + nameLen] === 0x2f);
      if (!fits || !this.sameBytes(fs, path, p, nameLen)) {
        fs = rec.next;
        continue;
      }
      fs += nameLen;
      top = Math.min(rec.next, this.end);
      p += nameLen;
      if (rec.kind === KIND_DIRECTORY) {
        if (path[p] === 0x2f) p++;
        continue;
      }
      if (p !== path.length) return null;
      const data = this.fileData(fs, top);
      return data && { kind: "file", ...data };
    }
    return p === path.length ? { kind: "dir", start: fs, size: Math.max(0, top - fs) } : null;
  }

  /** extract_data: the first data record of a file's payload, verbatim or a pointer into the filesystem. */
  fileData(fs: number, top: number): Span | null {
    while (fs < top) {
      const pos = { at: fs };
      const rec = readRecord(this.image, pos, top);
      if (!rec) return null;
      if (rec.kind === KIND_DATA_VERBATIM) return { start: pos.at, size: rec.next - pos.at };
      if (rec.kind === KIND_DATA_POINTER) {
        const max = Math.min(rec.next, this.end);
        const size = decodeUint(this.image, pos, max);
        const offset = size === null ? null : decodeUint(this.image, pos, max);
        if (size === null || offset === null) return null;
        return { start: this.start + offset, size };
      }
      fs = rec.next;
    }
    return null;
  }

  /** The bytes of a span, cut at the end of the image (a corrupt pointer may point past it). */
  bytes(span: Span): Uint8Array {
    const start = Math.min(span.start, this.image.length);
    return this.image.subarray(start, Math.min(this.image.length, start + span.size));
  }

  /** vfs_rom_ilistdir_it_iternext: the next file or directory of a listing, or null at its end. */
  nextEntry(c: Cursor): Entry | null {
    while (c.at < c.top) {
      const pos = { at: c.at };
      const rec = readRecord(this.image, pos, c.top);
      if (!rec) {
        c.at = c.top;
        return null;
      }
      c.at = pos.at;
      if (rec.kind !== KIND_DIRECTORY && rec.kind !== KIND_FILE) {
        c.at = rec.next;
        continue;
      }
      const nameLen = decodeUint(this.image, pos, Math.min(rec.next, this.end));
      if (nameLen === null) {
        c.at = c.top;
        return null;
      }
      c.at = pos.at;
      let size: number;
      if (rec.kind === KIND_DIRECTORY) size = rec.next - c.at - nameLen;
      else {
        // A file without data ends the listing here (the cursor stays, as in MicroPython).
        const data = this.fileData(c.at + nameLen, Math.min(rec.next, this.end));
        if (!data) return null;
        size = data.size;
      }
      const name = this.bytes({ start: c.at, size: nameLen });
      c.at = rec.next;
      return { name, dir: rec.kind === KIND_DIRECTORY, size };
    }
    return null;
  }

  private sameBytes(at: number, path: Uint8Array, from: number, n: number): boolean {
    if (at + n > this.end) return false;
    for (let i = 0; i < n; i++) if (this.image[at + i] !== path[from + i]) return false;
    return true;
  }
}

/** extract_record: a record's kind and where the next one starts (pos moves to its payload); null when unreadable. */
function readRecord(image: Uint8Array, pos: { at: number }, max: number): { kind: number; next: number } | null {
  const kind = decodeUint(image, pos, max);
  if (kind === null) return null;
  const len = decodeUint(image, pos, max);
  if (len === null) return null;
  // A record of kind 0 is unused space: the image is corrupt from there on.
  return kind === KIND_UNUSED ? null : { kind, next: pos.at + len };
}
