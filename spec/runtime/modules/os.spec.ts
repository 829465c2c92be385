// The in-memory filesystem behind `os` and open(): paths, stat tuples and OSError numbers as a
// littlefs-backed MicroPython port gives them.

import { describe, expect, it } from "vitest";
import { S_IFDIR, S_IFREG, VirtualFs } from "../../../runtime/board/fs.js";
import { HostError } from "../../../runtime/lib/host-error.js";

const errno = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as HostError).errno;
  }
  return null;
};

describe("VirtualFs", () => {
  it("creates, lists, stats, renames and removes", () => {
    const fs = new VirtualFs();
    fs.mkdir("/data");
    fs.chdir("data");
    fs.writeFile("log.txt", new TextEncoder().encode("hello"));
    expect(fs.listdir()).toEqual(["log.txt"]);
    expect(fs.stat("/data/log.txt")).toEqual([S_IFREG, 0, 0, 0, 0, 0, 5, 0, 0, 0]);
    expect(fs.stat("/data")[0]).toBe(S_IFDIR);
    fs.rename("/data", "/old");
    expect(fs.listdir("/")).toEqual(["old"]);
    expect(new TextDecoder().decode(fs.readFile("/old/log.txt"))).toBe("hello");
    fs.remove("/old/log.txt");
    fs.rmdir("/old");
    expect(fs.listdir("/")).toEqual([]);
  });

  it("fails with the port's errno values", () => {
    const fs = new VirtualFs();
    fs.mkdir("/d");
    expect(errno(() => fs.mkdir("/d"))).toBe(17);
    expect(errno(() => fs.remove("/nope"))).toBe(2);
    expect(errno(() => fs.remove("/d"))).toBe(21);
    fs.writeFile("/d/f", new Uint8Array(1));
    expect(errno(() => fs.rmdir("/d"))).toBe(39);
    expect(errno(() => fs.listdir("/d/f"))).toBe(20);
    expect(errno(() => fs.writeFile("/missing/f", new Uint8Array(0)))).toBe(2);
  });
});
