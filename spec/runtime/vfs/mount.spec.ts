// The VFS layer (extmod/vfs.c): vfs.mount of a filesystem written in Python, the root directory
// listing the mount points, os calls routed to the filesystem holding the path, execfile() and
// import reading files through it (open "rb", ioctl 11 for a buffer size, ioctl 4 to close), a bad
// .mpy refused with MicroPython's message, errno values for misuse. Expected output: the unix port's.

import { describe, expect, it } from "vitest";
import { runOnBoard } from "./run.js";

const MOUNT = `import io, os, sys, vfs

class File(io.IOBase):
    def __init__(self, data):
        self.data = memoryview(data)
        self.pos = 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0 if req == 4 else -1

class FS:
    def __init__(self, files):
        self.files = files
    def mount(self, readonly, mkfs):
        print("mount", readonly, mkfs)
    def umount(self):
        print("umount")
    def ilistdir(self, path):
        return iter([(name[1:], 0x8000, 0) for name in self.files])
    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)
    def open(self, path, mode):
        print("open", path, mode)
        if path not in self.files:
            raise OSError(2)
        return File(self.files[path])
    def getcwd(self):
        return "/"
    def chdir(self, path):
        print("chdir", path)

try:
    vfs.umount("/")
except OSError:
    pass
for p in os.listdir("/"):
    vfs.umount("/" + p)
print(os.listdir("/"), os.getcwd(), os.stat("/"))
files = {"/run.py": b"print('ran', x)", "/mod.py": b"print('mod', __name__, __file__)\\nv = 5", "/old.mpy": b"M\\x05\\x00\\x1f"}
vfs.mount(FS(files), "/fs", readonly=True)
print([p for fs, p in vfs.mount()], os.listdir("/"), os.listdir("/fs"))
x = 42
execfile("/fs/run.py")
try:
    execfile("/fs/none.py")
except OSError as e:
    print("OSError", e.errno)
sys.path.append("/fs")
import mod
print(mod.v)
try:
    import old
except ValueError as e:
    print("ValueError", e)
try:
    import nothing
except ImportError as e:
    print("ImportError", e)
os.chdir("/fs")
print(os.getcwd())
try:
    vfs.mount(FS({}), "/fs")
except OSError as e:
    print("OSError", e.errno)
try:
    os.mkdir("/x")
except OSError as e:
    print("mkdir", e.errno)
vfs.umount("/fs")
try:
    vfs.umount("/fs")
except OSError as e:
    print("umount", e.errno)
print(os.getcwd())
`;

const MOUNT_OUT = `[] / (16384, 0, 0, 0, 0, 0, 0, 0, 0, 0)
mount True False
['/fs'] ['fs'] ['old.mpy', 'run.py', 'mod.py']
open /run.py rb
ioctl 11 0
ioctl 4 0
ran 42
open /none.py rb
OSError 2
open /mod.py rb
ioctl 11 0
ioctl 4 0
mod mod /fs/mod.py
5
open /old.mpy rb
ioctl 11 0
ioctl 4 0
ValueError incompatible .mpy file
ImportError no module named 'nothing'
chdir /
/fs
mount False False
OSError 1
mkdir 19
umount
umount 22
/
`;

describe("vfs.mount", () => {
  it("routes os, open, execfile and import to a mounted Python filesystem", () => {
    expect(runOnBoard(MOUNT)).toBe(MOUNT_OUT);
  });

  it("mounts the board's own filesystem at / and lists mount points before it", () => {
    const src = `
import os, vfs
class Empty:
    def mount(self, ro, mkfs): pass
    def umount(self): pass
open("f.txt", "w").close()
print(vfs.mount(), os.getcwd())
vfs.mount(Empty(), "/sd")
print(os.listdir("/"), [p for fs, p in vfs.mount()], os.stat("/")[0])
print(os.statvfs("/")[:2])
`;
    expect(runOnBoard(src)).toBe("[(<VfsLfs2>, '/')] /\n['sd', 'f.txt'] ['/sd', '/'] 16384\n(4096, 4096)\n");
  });
});
