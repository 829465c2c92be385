// A minimal `os` over an in-memory filesystem with a microcontroller port's semantics (extmod/vfs.c,
// vfs_lfs.c): stat gives (mode, 0, 0, 0, 0, 0, size, mtime, mtime, mtime) with S_IFDIR 0x4000 or
// S_IFREG 0x8000, errors are OSError with ENOENT/EEXIST/ENOTDIR/EISDIR numbers. A host directory
// can seed it (HostTree): its entries appear as they are first looked at; writes stay in memory.

import { osError } from "../lib/host-error.js";

export const S_IFDIR = 0x4000;
export const S_IFREG = 0x8000;

export const ENOENT = 2;
export const EBADF = 9;
export const EAGAIN = 11;
export const EEXIST = 17;
export const ENOTDIR = 20;
export const EISDIR = 21;
export const EINVAL = 22;
export const ENOSPC = 28;
export const ENOTEMPTY = 39;

/** littlefs's erase block on the boards modelled (rp2, esp32): a file takes whole blocks, a directory one. */
export const FLASH_BLOCK = 4096;
/** The filesystem's size unless told (`--flash`): an rp2 Pico's 1.4 MiB partition, 352 blocks. */
export const DEFAULT_FLASH_BYTES = 352 * FLASH_BLOCK;

const blocksOf = (n: Node) => (n.dir ? 1 : Math.ceil(n.size / FLASH_BLOCK));

/** A file's bytes: `size` used of a buffer that grows by doubling, or a host file read when first needed. */
export interface FileNode {
  dir: false;
  buf: Uint8Array;
  size: number;
  mtime: number;
  load?: () => Uint8Array;
}
type DirNode = { dir: true; mtime: number };
type Node = DirNode | FileNode;

/** Read-only access to a host directory tree (paths are absolute within it, "/" its root). */
export interface HostTree {
  /** The entries of a directory, or null when it is no directory. */
  list(path: string): readonly { name: string; dir: boolean; size: number }[] | null;
  read(path: string): Uint8Array;
}

export class VirtualFs {
  private nodes = new Map<string, Node>([["/", { dir: true, mtime: 0 }]]);
  /** Directories whose host entries are already in `nodes`. */
  private seeded = new Set<string>();
  cwd = "/";
  /** Seconds for mtime; the run binds it to the virtual clock. */
  now: () => number = () => 0;
  /** Blocks the flash holds, and blocks in use (the superblock pair from the start). */
  readonly totalBlocks: number;
  private usedBlocks = 2;
  /** Host entries that did not fit on the flash, so the board does not have them (the first few, and how many). */
  readonly leftOut = { count: 0, first: [] as string[] };

  constructor(
    private readonly host?: HostTree,
    flashBytes = DEFAULT_FLASH_BYTES,
  ) {
    this.totalBlocks = Math.max(2, Math.floor(flashBytes / FLASH_BLOCK));
  }

  /** Blocks in use and in all (os.statvfs's f_bfree is the difference). */
  get blocks(): { used: number; total: number } {
    return { used: this.usedBlocks, total: this.totalBlocks };
  }

  /** Takes `delta` blocks (negative gives them back); ENOSPC, changing nothing, when the flash is full. */
  private take(delta: number): void {
    if (delta > 0 && this.usedBlocks + delta > this.totalBlocks) throw osError(ENOSPC);
    this.usedBlocks += delta;
  }

  /** A file's size changes to `size` (a write): its blocks are taken first. */
  resize(f: FileNode, size: number): void {
    this.take(Math.ceil(size / FLASH_BLOCK) - Math.ceil(f.size / FLASH_BLOCK));
  }

  private put(p: string, n: Node): void {
    const old = this.nodes.get(p);
    this.take(blocksOf(n) - (old ? blocksOf(old) : 0));
    this.nodes.set(p, n);
  }

  private drop(p: string): void {
    const old = this.nodes.get(p);
    if (!old) return;
    this.usedBlocks -= blocksOf(old);
    this.nodes.delete(p);
  }

  resolve(path: string): string {
    const parts = (path.startsWith("/") ? path : `${this.cwd}/${path}`).split("/");
    const out: string[] = [];
    for (const p of parts) {
      if (p === "" || p === ".") continue;
      if (p === "..") out.pop();
      else out.push(p);
    }
    return "/" + out.join("/");
  }

  private parent(p: string): string {
    const i = p.lastIndexOf("/");
    return i <= 0 ? "/" : p.slice(0, i);
  }

  /** Brings the host entries of directory `p` (and of its ancestors) in, once. */
  private seed(p: string): void {
    if (!this.host || this.seeded.has(p)) return;
    if (p !== "/") this.seed(this.parent(p));
    this.seeded.add(p);
    const n = this.nodes.get(p);
    if (!n?.dir) return;
    const host = this.host;
    for (const e of host.list(p) ?? []) {
      const child = p === "/" ? `/${e.name}` : `${p}/${e.name}`;
      if (this.nodes.has(child)) continue;
      // Host entries fill the flash as they are seen; what no longer fits is not on the board.
      try {
        if (e.dir) this.put(child, { dir: true, mtime: 0 });
        else this.put(child, { dir: false, buf: new Uint8Array(0), size: e.size, mtime: 0, load: () => host.read(child) });
      } catch {
        if (this.leftOut.first.length < 3) this.leftOut.first.push(child);
        this.leftOut.count++;
        continue;
      }
    }
  }

  private lookup(p: string): Node | undefined {
    this.seed(this.parent(p));
    return this.nodes.get(p);
  }

  private need(p: string): Node {
    const n = this.lookup(p);
    if (!n) throw osError(ENOENT);
    return n;
  }

  private needDir(p: string): void {
    if (!this.need(p).dir) throw osError(ENOTDIR);
  }

  stat(path: string): number[] {
    const n = this.need(this.resolve(path));
    const size = n.dir ? 0 : n.size;
    return [n.dir ? S_IFDIR : S_IFREG, 0, 0, 0, 0, 0, size, n.mtime, n.mtime, n.mtime];
  }

  /** Names, kinds and sizes of a directory's entries (ilistdir). */
  entries(path = "."): { name: string; dir: boolean; size: number }[] {
    const p = this.resolve(path);
    this.needDir(p);
    this.seed(p);
    const prefix = p === "/" ? "/" : p + "/";
    const out: { name: string; dir: boolean; size: number }[] = [];
    for (const [k, n] of this.nodes) {
      if (k === p || !k.startsWith(prefix) || k.slice(prefix.length).includes("/")) continue;
      out.push({ name: k.slice(prefix.length), dir: n.dir, size: n.dir ? 0 : n.size });
    }
    return out;
  }

  listdir(path = "."): string[] {
    return this.entries(path).map((e) => e.name);
  }

  mkdir(path: string): void {
    const p = this.resolve(path);
    if (this.lookup(p)) throw osError(EEXIST);
    this.needDir(this.parent(p));
    this.put(p, { dir: true, mtime: this.now() });
    this.seeded.add(p);
  }

  rmdir(path: string): void {
    const p = this.resolve(path);
    this.needDir(p);
    if (p === "/") throw osError(EINVAL);
    if (this.listdir(p).length) throw osError(ENOTEMPTY);
    this.drop(p);
  }

  remove(path: string): void {
    const p = this.resolve(path);
    if (this.need(p).dir) throw osError(EISDIR);
    this.drop(p);
  }

  rename(from: string, to: string): void {
    const a = this.resolve(from);
    const b = this.resolve(to);
    const n = this.need(a);
    this.needDir(this.parent(b));
    // A directory moves with everything under it, so bring its host entries in first.
    if (n.dir) this.seedAll(a);
    // A file renamed over another replaces it, whose blocks come back.
    if (b !== a) this.drop(b);
    for (const [k, v] of [...this.nodes]) {
      if (k === a || k.startsWith(a + "/")) {
        this.nodes.delete(k);
        this.nodes.set(b + k.slice(a.length), v);
        if (this.seeded.delete(k)) this.seeded.add(b + k.slice(a.length));
      }
    }
    this.nodes.set(b, n);
  }

  private seedAll(p: string): void {
    for (const e of this.entries(p)) if (e.dir) this.seedAll(`${p === "/" ? "" : p}/${e.name}`);
  }

  chdir(path: string): void {
    const p = this.resolve(path);
    this.needDir(p);
    this.cwd = p;
  }

  getcwd(): string {
    return this.cwd;
  }

  /** The file node at `path`, its host bytes loaded. */
  file(path: string): FileNode {
    const n = this.need(this.resolve(path));
    if (n.dir) throw osError(EISDIR);
    if (n.load) {
      n.buf = n.load();
      n.size = n.buf.length;
      delete n.load;
    }
    return n;
  }

  /** Creates (or empties, when asked) the file at `path`; EEXIST when `exclusive` and it exists. */
  create(path: string, truncate: boolean, exclusive = false): FileNode {
    const p = this.resolve(path);
    const n = this.lookup(p);
    if (n?.dir) throw osError(EISDIR);
    if (n && exclusive) throw osError(EEXIST);
    if (n && !truncate) return this.file(p);
    this.needDir(this.parent(p));
    const f: FileNode = { dir: false, buf: new Uint8Array(0), size: 0, mtime: this.now() };
    this.put(p, f);
    return f;
  }

  readFile(path: string): Uint8Array {
    const n = this.file(path);
    return n.buf.slice(0, n.size);
  }

  writeFile(path: string, data: Uint8Array): void {
    const f = this.create(path, true);
    this.resize(f, data.length);
    f.buf = data.slice();
    f.size = data.length;
  }
}

// lfs open flags, as vfs_lfsx_file.c builds them from the mode string.
const RDONLY = 1;
const WRONLY = 2;
const RDWR = 3;
const CREAT = 0x100;
const EXCL = 0x200;
const TRUNC = 0x400;
const APPEND = 0x800;

/** The flags a mode string asks for ("r", "wb", "a+"...), and whether it is binary; null for a bad mix such as "rw". */
export function parseMode(mode: string): { flags: number; binary: boolean } | null {
  let flags = 0;
  let binary = false;
  for (const c of mode) {
    const next = c === "r" ? RDONLY : c === "w" ? WRONLY | CREAT | TRUNC : c === "x" ? WRONLY | CREAT | EXCL : c === "a" ? WRONLY | CREAT | APPEND : 0;
    if (c === "+") flags |= RDWR;
    else if (c === "b") binary = true;
    else if (c === "t") binary = false;
    if (next) {
      if (flags) return null;
      flags = next;
    }
  }
  return { flags: flags || RDONLY, binary };
}

/** An open file: a position into a file node, with littlefs's access checks (EBADF) and seeks. */
export class FileHandle {
  pos = 0;
  constructor(
    private readonly fs: VirtualFs,
    readonly node: FileNode,
    private readonly flags: number,
  ) {}

  static open(fs: VirtualFs, path: string, flags: number): FileHandle {
    const node = flags & CREAT ? fs.create(path, (flags & TRUNC) !== 0, (flags & EXCL) !== 0) : fs.file(path);
    return new FileHandle(fs, node, flags);
  }

  read(into: Uint8Array): number {
    if (!(this.flags & RDONLY)) throw osError(EBADF);
    const n = Math.max(0, Math.min(into.length, this.node.size - this.pos));
    into.set(this.node.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return n;
  }

  write(data: Uint8Array): number {
    if (!(this.flags & WRONLY)) throw osError(EBADF);
    const f = this.node;
    if (this.flags & APPEND) this.pos = f.size;
    const end = this.pos + data.length;
    if (end > f.size) this.fs.resize(f, end);
    if (end > f.buf.length) {
      const grown = new Uint8Array(Math.max(end, f.buf.length * 2, 64));
      grown.set(f.buf.subarray(0, f.size));
      f.buf = grown;
    }
    if (this.pos > f.size) f.buf.fill(0, f.size, this.pos);
    f.buf.set(data, this.pos);
    this.pos = end;
    f.size = Math.max(f.size, end);
    f.mtime = this.fs.now();
    return data.length;
  }

  /** seek(offset, whence): 0 from the start, 1 from here, 2 from the end; EINVAL before the start. */
  seek(offset: number, whence: number): number {
    const base = whence === 1 ? this.pos : whence === 2 ? this.node.size : 0;
    if (base + offset < 0 || whence < 0 || whence > 2) throw osError(EINVAL);
    this.pos = base + offset;
    return this.pos;
  }
}

/** os.uname() fields for the virtual board. */
export const UNAME = {
  sysname: "mpyc",
  nodename: "mpyc",
  release: "1.27.0",
  version: "v1.27.0 on mpyc",
  machine: "mpyc virtual board",
} as const;
