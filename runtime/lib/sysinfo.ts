// Constants the `sys`, `errno` and `micropython` modules expose, as MicroPython v1.27.0 reports them
// on a 32-bit port (checked against the WebAssembly port: py/modsys.c, py/moderrno.c).

export const SYS = {
  version: "3.4.0; MicroPython v1.27.0 on mpyc",
  versionInfo: [3, 4, 0] as const,
  implementation: { name: "micropython", version: [1, 27, 0, ""] as const, _machine: "mpyc virtual board", _mpy: 774 },
  platform: "mpyc",
  byteorder: "little",
  maxsize: 2 ** 31 - 1,
  path: ["", ".frozen", "/lib"] as const,
} as const;

/** errno names and numbers (Linux numbering, which MicroPython's ports share). */
export const ERRNO: Readonly<Record<string, number>> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EEXIST: 17, ENODEV: 19,
  EISDIR: 21, EINVAL: 22, EOPNOTSUPP: 95, EADDRINUSE: 98, ECONNABORTED: 103, ECONNRESET: 104,
  ENOBUFS: 105, ENOTCONN: 107, ETIMEDOUT: 110, ECONNREFUSED: 111, EHOSTUNREACH: 113, EALREADY: 114,
  EINPROGRESS: 115,
};

/** OSError's text for a known errno: "[Errno 19] ENODEV", as MicroPython prints it. */
export function osErrorText(errno: number): string {
  const name = Object.entries(ERRNO).find(([, n]) => n === errno)?.[0];
  return name ? `[Errno ${errno}] ${name}` : `${errno}`;
}
