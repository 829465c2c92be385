// The virtual filesystem layer (extmod/vfs.c): a table of mount points, each holding a filesystem
// object (the board's own littlefs, or a Python class with mount/open/stat/ilistdir...), which
// os, open(), execfile() and import reach by path. The board's filesystem is an in-memory
// VirtualFs with littlefs's behaviour (extmod/vfs_lfsx.c), mounted at "/".

import { FLASH_BLOCK, parseMode, S_IFDIR, S_IFREG, UNAME, type VirtualFs } from "../board/fs.js";
import { fn, kwArg, toIndex } from "../objects/args.js";
import { newException, OS_ERROR, typeError, VALUE_ERROR } from "../objects/exceptions.js";
import { callValue, getAttr, getAttrOrUndefined } from "../objects/call.js";
import { getIter, iterNext, PyIterator } from "../objects/iter.js";
import { uncharged } from "../memory/charge.js";
import { bytesOf } from "../objects/ops.js";
import { subscr } from "../objects/subscr.js";
import { PyBytes, PyList, PyTuple, type KwArgs, type Namespace, type Value } from "../objects/value.js";
import { namedTupleType } from "./collections.js";
import { openFile } from "./io.js";
import { jsFn, nativeClass, NativeObject, ns, str, strOrBytes } from "../objects/native.js";
import { IOCTL_CLOSE, IOCTL_GET_BUFFER_SIZE, joinChunks, needStream, transfer } from "./stream.js";
import { VFS_ROM } from "./vfs-rom.js";
import { isOsError } from "../lib/host-error.js";
import { toPyException } from "../objects/exceptions.js";

const EPERM = 1;
const ENODEV = 19;
const EEXIST = 17;
const EINVAL = 22;
/** MICROPY_ALLOC_PATH_MAX of an rp2 board: what statvfs("/") reports as f_namemax with nothing mounted. */
const PATH_MAX = 128;

const osError = (errno: number) => newException(OS_ERROR, [errno]);
/** A filesystem object's method, looked up as mp_load_method does: no bound method is allocated. */
const methodOf = (obj: Value, name: string) => uncharged(() => getAttr(obj, name));

// ---- the board's filesystem as a mountable object ----

/** littlefs geometry of the virtual flash, for statvfs: 4 KiB blocks, as many as its size (`--flash`). */
const BLOCK = FLASH_BLOCK;

/** VfsLfs2 (extmod/vfs_lfsx.c) over the in-memory filesystem; os calls reach it through the mount table. */
export const VFS_LFS2 = nativeClass<VirtualFs>("VfsLfs2", {
  methods: {
    mount: () => null,
    umount: () => null,
    open: (fs, a) => {
      const mode = parseMode(str(a[1] ?? "r"));
      if (!mode) throw newException(VALUE_ERROR);
      return openFile(fs, str(a[0]), mode.flags, mode.binary);
    },
    ilistdir: (fs, a) => {
      const entries = fs.entries(a.length ? str(a[0]) : "");
      let i = 0;
      return new PyIterator(() => {
        const e = entries[i++];
        return e && new PyTuple([e.name, e.dir ? S_IFDIR : S_IFREG, 0, e.size]);
      });
    },
    stat: (fs, a) => new PyTuple(fs.stat(str(a[0]))),
    statvfs: (fs) => {
      const { used, total } = fs.blocks;
      return new PyTuple([BLOCK, BLOCK, total, total - used, total - used, 0, 0, 0, 0, 255]);
    },
    mkdir: (fs, a) => (fs.mkdir(str(a[0])), null),
    remove: (fs, a) => (fs.remove(str(a[0])), null),
    rename: (fs, a) => (fs.rename(str(a[0]), str(a[1])), null),
    rmdir: (fs, a) => (fs.rmdir(str(a[0])), null),
    chdir: (fs, a) => (fs.chdir(str(a[0])), null),
    getcwd: (fs) => fs.getcwd(),
  },
  repr: () => "<VfsLfs2>",
});

// ---- the mount table ----

interface Mount {
  /** The mount point as given, e.g. "/" or "/sd". */
  readonly path: string;
  readonly obj: Value;
}
const ROOT = "root" as const;
type Found = { mount: Mount; rest: string } | typeof ROOT | null;

export class Vfs {
  /** In mount order, except that a filesystem mounted at "/" stays last. */
  private table: Mount[] = [];
  private cur: Mount | typeof ROOT = ROOT;

  constructor(root?: VirtualFs) {
    if (root) {
      const m = { path: "/", obj: new NativeObject(VFS_LFS2, root) };
      this.table.push(m);
      this.cur = m;
    }
  }

  /** mp_vfs_lookup_path: the mount holding `path` and the path within it; ROOT for "/" itself; null for nothing. */
  lookup(path: string): Found {
    if (path.startsWith("/") || this.cur === ROOT) {
      const isAbs = path.startsWith("/");
      const p = isAbs ? path.slice(1) : path;
      if (p === "") return ROOT;
      for (const m of this.table) {
        const name = m.path.slice(1);
        if (name === "") return { mount: m, rest: isAbs ? "/" + p : p };
        if (p.startsWith(name)) {
          if (p[name.length] === "/") return { mount: m, rest: p.slice(name.length) };
          if (p.length === name.length) return { mount: m, rest: "/" };
        }
      }
      return null;
    }
    return { mount: this.cur, rest: path };
  }

  /** mp_vfs_proxy_call: a method of the filesystem holding the path. */
  private call(found: Found, method: string, args: Value[]): Value {
    if (found === null) throw osError(ENODEV);
    if (found === ROOT) throw osError(EPERM);
    return callValue(methodOf(found.mount.obj, method), args, null);
  }

  private at(path: Value, method: string, extra: Value[] = []): Value {
    const found = this.lookup(strOrBytes(path));
    return this.call(found, method, [found !== null && found !== ROOT ? ofType(path, found.rest) : null, ...extra]);
  }

  mounts(): PyList {
    return new PyList(this.table.map((m) => new PyTuple([m.obj, m.path])));
  }

  mount(obj: Value, point: string, readonly: Value, mkfs: Value): void {
    // An object without mount() would be a block device to detect a filesystem on: none is known here.
    if (uncharged(() => getAttrOrUndefined(obj, "mount")) === undefined) throw osError(ENODEV);
    const m = { path: point, obj };
    callValue(methodOf(obj, "mount"), [readonly, mkfs], null);
    const existing = this.lookup(point);
    if (existing !== null && existing !== ROOT && !(point.length !== 1 && existing.mount.path.length === 1)) throw osError(EPERM);
    const rootAt = this.table.findIndex((t) => t.path.length === 1);
    if (rootAt >= 0 && point.length !== 1) this.table.splice(rootAt, 0, m);
    else this.table.push(m);
  }

  umount(target: Value): void {
    const i = this.table.findIndex((m) => (typeof target === "string" && m.path === target) || m.obj === target);
    if (i < 0) throw osError(EINVAL);
    const [m] = this.table.splice(i, 1);
    if (this.cur === m) this.cur = ROOT;
    callValue(methodOf(m!.obj, "umount"), [], null);
  }

  open(path: Value, mode: Value): Value {
    return this.at(path, "open", [mode]);
  }

  chdir(path: Value): void {
    const found = this.lookup(str(path));
    if (found === ROOT) {
      const root = this.table.find((m) => m.path.length === 1);
      if (root) callValue(methodOf(root.obj, "chdir"), ["/"], null);
      this.cur = ROOT;
      return;
    }
    this.call(found, "chdir", [found?.rest ?? null]);
    this.cur = found!.mount;
  }

  getcwd(): Value {
    if (this.cur === ROOT) return "/";
    const cwd = str(callValue(methodOf(this.cur.obj, "getcwd"), [], null));
    if (this.cur.path.length === 1) return cwd;
    return this.cur.path + (cwd === "/" ? "" : cwd);
  }

  ilistdir(path: Value = ""): Value {
    const found = this.lookup(strOrBytes(path));
    if (found !== ROOT) return this.call(found, "ilistdir", [found ? ofType(path, found.rest) : null]);
    // The root directory: the mount points, then what a filesystem mounted at "/" holds.
    const mounts = [...this.table];
    let i = 0;
    let inner: Value = null;
    return new PyIterator(() => {
      if (inner !== null) return iterNext(inner);
      const m = mounts[i++];
      if (!m) return undefined;
      if (m.path.length === 1) {
        inner = getIter(callValue(methodOf(m.obj, "ilistdir"), ["/"], null));
        return iterNext(inner);
      }
      return new PyTuple([ofType(path, m.path.slice(1)), S_IFDIR, 0]);
    });
  }

  listdir(path?: Value): PyList {
    const it = getIter(this.ilistdir(path));
    const names: Value[] = [];
    for (let e = iterNext(it); e !== undefined; e = iterNext(it)) names.push(subscr(e, 0));
    return new PyList(names);
  }

  mkdir(path: Value): Value {
    const found = this.lookup(str(path));
    if (found === ROOT || (found !== null && found.rest === "/")) throw osError(EEXIST);
    return this.call(found, "mkdir", [found?.rest ?? null]);
  }

  rename(from: Value, to: Value): Value {
    const a = this.lookup(str(from));
    const b = this.lookup(str(to));
    const same = a === b || (a !== null && b !== null && a !== ROOT && b !== ROOT && a.mount === b.mount);
    if (!same) throw osError(EPERM);
    const rest = (f: Found) => (f !== null && f !== ROOT ? f.rest : null);
    return this.call(a, "rename", [rest(a), rest(b)]);
  }

  stat(path: Value): Value {
    const found = this.lookup(strOrBytes(path));
    if (found === ROOT) return new PyTuple([S_IFDIR, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    return this.call(found, "stat", [found ? ofType(path, found.rest) : null]);
  }

  statvfs(path: Value): Value {
    const found = this.lookup(str(path));
    if (found !== ROOT) return this.call(found, "statvfs", [found?.rest ?? null]);
    const root = this.table.find((m) => m.path.length === 1);
    if (!root) return new PyTuple([0, 0, 0, 0, 0, 0, 0, 0, 0, PATH_MAX]);
    return callValue(methodOf(root.obj, "statvfs"), ["/"], null);
  }

  remove(path: Value): Value {
    return this.at(path, "remove");
  }

  rmdir(path: Value): Value {
    return this.at(path, "rmdir");
  }

  /** mp_vfs_import_stat: "dir", "file", or null when absent (any error from stat counts as absent). */
  importStat(path: string): "dir" | "file" | null {
    const found = this.lookup(path);
    if (found === null || found === ROOT) return null;
    let st: Value;
    // A native filesystem (extmod/vfs.c mp_vfs_import_stat: the VfsLfs2/VfsFat/VfsRom protocol)
    // answers without allocating; a Python filesystem's stat() runs, raising as it does.
    const native = found.mount.obj instanceof NativeObject;
    try {
      st = native ? uncharged(() => callValue(methodOf(found.mount.obj, "stat"), [found.rest], null)) : callValue(methodOf(found.mount.obj, "stat"), [found.rest], null);
    } catch (e) {
      toPyException(e); // a Python error means absent; a bug is thrown on
      return null;
    }
    return toIndex(subscr(st, 0)) & S_IFDIR ? "dir" : "file";
  }

  /**
   * A whole file as import and execfile read it (extmod/vfs_reader.c): opened "rb", read in
   * chunks of the size the stream asks for (ioctl 11; 25 bytes when it has no preference)
   * until a short read, then closed.
   */
  readFile(path: string): Uint8Array {
    const file = this.open(path, "rb");
    // A file that lends its data (one in a ROM filesystem) is read in place, and stays open.
    const mapped = bytesOf(file);
    if (mapped) return mapped;
    const s = needStream(file, "read");
    let size: number;
    try {
      size = s.ioctl(IOCTL_GET_BUFFER_SIZE, 0);
    } catch (e) {
      if (!isOsError(e)) throw e;
      size = 0;
    }
    size = size === 0 ? 25 : Math.min(255, Math.max(9, size));
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(size);
      let n: number;
      try {
        n = transfer(s, chunk, false, true);
      } catch (e) {
        // The first read's error is raised; a later one ends the file.
        if (chunks.length === 0 || !isOsError(e)) throw e;
        n = 0;
      }
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (n < size) break;
    }
    s.ioctl(IOCTL_CLOSE, 0);
    return joinChunks(chunks, total);
  }
}

// ---- the vfs and os modules, open() ----

export function vfsNamespace(v: Vfs): Namespace {
  return ns("vfs", {
    mount: mountFn(v),
    umount: jsFn("umount", (a) => (v.umount(a[0]), null)),
    VfsRom: VFS_ROM,
  });
}

/** A path within a mount, of the type the caller gave (mp_obj_new_str_of_type): bytes stay bytes. */
function ofType(given: Value, path: string): Value {
  return given instanceof PyBytes ? new PyBytes(new TextEncoder().encode(path)) : path;
}

function mountFn(v: Vfs) {
  return jsFn("mount", (a, kw) => {
    if (a.length === 0) return v.mounts();
    const readonly = kwArg(kw, "readonly") ?? false;
    const mkfs = kwArg(kw, "mkfs") ?? false;
    v.mount(a[0], str(a[1]), readonly, mkfs);
    return null;
  });
}

/** open(file, mode='r', buffering=-1, encoding=None): the encoding is accepted and ignored, as MicroPython does. */
export function openBuiltin(v: Vfs) {
  return fn("open", (a: Value[], kw: KwArgs | null) => {
    const file = a[0] ?? kwArg(kw, "file");
    if (file === undefined) throw typeError("function missing required positional argument #1");
    const mode = a[1] ?? kwArg(kw, "mode") ?? "r";
    return v.open(file, mode);
  });
}

export function osNamespace(v: Vfs): Namespace {
  const UNAME_T = namedTupleType("uname_result", Object.keys(UNAME));
  return ns("os", {
    sep: "/",
    uname: jsFn("uname", () => callValue(UNAME_T, Object.values(UNAME), null)),
    urandom: jsFn("urandom", (a) => new PyBytes(Uint8Array.from({ length: toIndex(a[0]) }, () => Math.floor(Math.random() * 256)))),
    mount: mountFn(v),
    umount: jsFn("umount", (a) => (v.umount(a[0]), null)),
    chdir: jsFn("chdir", (a) => (v.chdir(a[0]), null)),
    getcwd: jsFn("getcwd", () => v.getcwd()),
    ilistdir: jsFn("ilistdir", (a) => v.ilistdir(a.length ? a[0] : "")),
    listdir: jsFn("listdir", (a) => v.listdir(a.length ? a[0] : "")),
    mkdir: jsFn("mkdir", (a) => v.mkdir(a[0])),
    remove: jsFn("remove", (a) => v.remove(a[0])),
    unlink: jsFn("unlink", (a) => v.remove(a[0])),
    rename: jsFn("rename", (a) => v.rename(a[0], a[1])),
    rmdir: jsFn("rmdir", (a) => v.rmdir(a[0])),
    stat: jsFn("stat", (a) => v.stat(a[0])),
    statvfs: jsFn("statvfs", (a) => v.statvfs(a[0])),
  });
}
