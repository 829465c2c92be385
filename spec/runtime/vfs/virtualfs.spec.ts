// The in-memory filesystem's own logic: a host tree read lazily (a file's bytes only when opened,
// a directory's entries when first looked into), and open files with littlefs's modes.

import { describe, expect, it } from "vitest";
import { FileHandle, type HostTree, parseMode, VirtualFs } from "../../../runtime/board/fs.js";
import { HostError } from "../../../runtime/lib/host-error.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function fakeHost(reads: string[], lists: string[]): HostTree {
  const tree: Record<string, { name: string; dir: boolean; size: number }[]> = {
    "/": [{ name: "a.txt", dir: false, size: 3 }, { name: "sub", dir: true, size: 0 }],
    "/sub": [{ name: "b.txt", dir: false, size: 1 }],
  };
  return {
    list: (p) => (lists.push(p), tree[p] ?? null),
    read: (p) => (reads.push(p), enc(p === "/a.txt" ? "abc" : "b")),
  };
}

describe("VirtualFs over a host tree", () => {
  it("reads directories and files only when used, and never writes back", () => {
    const reads: string[] = [];
    const lists: string[] = [];
    const fs = new VirtualFs(fakeHost(reads, lists));
    expect(fs.stat("/a.txt")[6]).toBe(3);
    expect(reads).toEqual([]);
    expect(lists).toEqual(["/"]);
    expect(dec(fs.readFile("a.txt"))).toBe("abc");
    expect(fs.listdir("/sub")).toEqual(["b.txt"]);
    fs.remove("/sub/b.txt");
    fs.writeFile("/a.txt", enc("new"));
    expect(fs.listdir("/sub")).toEqual([]);
    expect(dec(fs.readFile("/a.txt"))).toBe("new");
    fs.rename("/sub", "/moved");
    expect(fs.listdir("/")).toEqual(["a.txt", "moved"]);
    expect(reads).toEqual(["/a.txt"]);
  });

  it("opens files with littlefs's mode flags and access checks", () => {
    const fs = new VirtualFs();
    expect(parseMode("rw")).toBeNull();
    const w = FileHandle.open(fs, "/f", parseMode("w")!.flags);
    w.write(enc("hello"));
    const errno = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as HostError).errno;
      }
      return null;
    };
    expect(errno(() => w.read(new Uint8Array(1)))).toBe(9);
    expect(errno(() => FileHandle.open(fs, "/f", parseMode("x")!.flags))).toBe(17);
    expect(errno(() => FileHandle.open(fs, "/g", parseMode("r+")!.flags))).toBe(2);
    const a = FileHandle.open(fs, "/f", parseMode("a+")!.flags);
    a.seek(0, 0);
    a.write(enc("!"));
    const buf = new Uint8Array(8);
    a.seek(0, 0);
    expect(dec(buf.subarray(0, a.read(buf)))).toBe("hello!");
    expect(errno(() => a.seek(-1, 0))).toBe(22);
  });
});
