// A minimal `os` over an in-memory filesystem with a microcontroller port's semantics (extmod/vfs.c,
// vfs_lfs.c): stat gives (mode, 0, 0, 0, 0, 0, size, mtime, mtime, mtime) with S_IFDIR 0x4000 or
// S_IFREG 0x8000, errors are OSError with ENOENT/EEXIST/ENOTDIR/EISDIR numbers. open() can share it.

import { osErrorText } from "./sysinfo.js";

export const S_IFDIR = 0x4000;
export const S_IFREG = 0x8000;

export class OsError extends Error {
  constructor(readonly errno: number) {
    super(osErrorText(errno));
    this.name = "OSError";
  }
}

const ENOENT = 2;
const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const ENOTEMPTY = 39;
const EINVAL = 22;

type Node = { dir: true; mtime: number } | { dir: false; data: Uint8Array; mtime: number };

export class VirtualFs {
  private nodes = new Map<string, Node>([["/", { dir: true, mtime: 0 }]]);
  cwd = "/";
  /** Seconds for mtime; the run binds it to the virtual clock. */
  now: () => number = () => 0;

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

  private need(p: string): Node {
    const n = this.nodes.get(p);
    if (!n) throw new OsError(ENOENT);
    return n;
  }

  private needDir(p: string): void {
    if (!this.need(p).dir) throw new OsError(ENOTDIR);
  }

  stat(path: string): number[] {
    const n = this.need(this.resolve(path));
    const size = n.dir ? 0 : n.data.length;
    return [n.dir ? S_IFDIR : S_IFREG, 0, 0, 0, 0, 0, size, n.mtime, n.mtime, n.mtime];
  }

  listdir(path = "."): string[] {
    const p = this.resolve(path);
    this.needDir(p);
    const prefix = p === "/" ? "/" : p + "/";
    return [...this.nodes.keys()].filter((k) => k !== p && k.startsWith(prefix) && !k.slice(prefix.length).includes("/")).map((k) => k.slice(prefix.length));
  }

  mkdir(path: string): void {
    const p = this.resolve(path);
    if (this.nodes.has(p)) throw new OsError(EEXIST);
    this.needDir(this.parent(p));
    this.nodes.set(p, { dir: true, mtime: this.now() });
  }

  rmdir(path: string): void {
    const p = this.resolve(path);
    this.needDir(p);
    if (p === "/") throw new OsError(EINVAL);
    if (this.listdir(p).length) throw new OsError(ENOTEMPTY);
    this.nodes.delete(p);
  }

  remove(path: string): void {
    const p = this.resolve(path);
    if (this.need(p).dir) throw new OsError(EISDIR);
    this.nodes.delete(p);
  }

  rename(from: string, to: string): void {
    const a = this.resolve(from);
    const b = this.resolve(to);
    const n = this.need(a);
    this.needDir(this.parent(b));
    for (const [k, v] of [...this.nodes]) {
      if (k === a || k.startsWith(a + "/")) {
        this.nodes.delete(k);
        this.nodes.set(b + k.slice(a.length), v);
      }
    }
    this.nodes.set(b, n);
  }

  chdir(path: string): void {
    const p = this.resolve(path);
    this.needDir(p);
    this.cwd = p;
  }

  getcwd(): string {
    return this.cwd;
  }

  readFile(path: string): Uint8Array {
    const n = this.need(this.resolve(path));
    if (n.dir) throw new OsError(EISDIR);
    return n.data;
  }

  writeFile(path: string, data: Uint8Array): void {
    const p = this.resolve(path);
    const n = this.nodes.get(p);
    if (n?.dir) throw new OsError(EISDIR);
    this.needDir(this.parent(p));
    this.nodes.set(p, { dir: false, data: data.slice(), mtime: this.now() });
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
