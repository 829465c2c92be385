// Argument counts of native methods, as MicroPython checks them (py/argcheck.c): set on a native
// class's methods after it is built, counting self, so a wrong call fails with MicroPython's
// TypeError text before the method runs. None of these methods takes keyword arguments.

import { PyBuiltin, type PyType } from "../objects/value.js";
import { withArity } from "../objects/args.js";

/** [min, max] positional arguments, self included. */
export type Arity = readonly [number, number];

/** The stream methods of py/stream.c (mp_stream_*_obj) and mp_identity_obj's __enter__. */
export const STREAM_ARITY: Record<string, Arity> = {
  read: [1, 2],
  readinto: [2, 3],
  readline: [1, 2],
  readlines: [1, 1],
  write: [2, 4],
  seek: [2, 3],
  tell: [1, 1],
  flush: [1, 1],
  close: [1, 1],
  ioctl: [2, 3],
  __enter__: [1, 1],
  __exit__: [4, 4],
};

/** Gives each named method of `t` its argument counts. */
export function setArity(t: PyType, counts: Record<string, Arity>): void {
  for (const [name, [min, max]] of Object.entries(counts)) {
    const m = t.dict.get(name);
    if (!(m instanceof PyBuiltin)) continue;
    withArity(m, [min, max], []);
  }
}
